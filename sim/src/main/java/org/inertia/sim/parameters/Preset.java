package org.inertia.sim.parameters;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.inertia.sim.measure.MuscleGroup;

/**
 * A named set of model parameters with the claim it stands for, the population that claim
 * describes, and its source. A scenario picks one with {@code model:}; {@link #DEFAULT} is
 * calibrated to the published studies listed in {@code docs/model.md}.
 */
public enum Preset {
    /**
     * The literature-calibrated model: first-order loss towards a plateau, a fast neural
     * component, slower age-dependent recovery. Healthy adults in bed rest, casts and braces.
     */
    DEFAULT(
            "default",
            "Literature-calibrated model (default)",
            "Loss decelerates towards a plateau: about 1 %/day of knee-extensor strength over the first"
                    + " two weeks of bed rest, far less per day after a month.",
            "healthy adults aged 20-75 in bed rest, leg casts and knee braces",
            "disuse parameters fitted to the shipped evidence set ('inertia evidence'); Marusic 2021 J Appl Physiol"
                    + " 131:194; Alkner & Tesch 2004 Eur J Appl Physiol 93:294; Vigelso 2015 J Rehabil Med 47:552;"
                    + " Hvid 2014 Exp Gerontol 52:1",
            defaults()),
    /**
     * The popular claim "about 1 % of strength lost per day of bed rest", taken literally: a
     * constant 1 %/day, compounded, for every muscle group, with no plateau. It matches healthy
     * adults' knee extensors over days 5–14 of bed rest (−4 % to −15 %); beyond 3–4 weeks it
     * overstates the loss (−43 % predicted at 8 weeks against about −17 % measured).
     */
    ONE_PERCENT_A_DAY(
            "one-percent-a-day",
            "\"About 1% of strength per day of bed rest\"",
            "Strength falls by a constant 1 % of its current value every day of bed rest, in every"
                    + " muscle group, without a plateau.",
            "healthy adults, knee extensors, days 5-14 of bed rest; overstates anything beyond a month",
            "Muller 1970 Arch Phys Med Rehabil 51:449 (as usually cited); checked against Marusic 2021",
            oneCompartment(-1.0 / Math.log(0.99))),
    /**
     * The popular claim that a week of bed rest can cost "20–40 % of muscle strength", at its
     * midpoint: 30 % in 7 days, compounded (about 5 %/day). No healthy-volunteer study shows this;
     * it describes critically ill patients (muscle size −2 %/day, −17.7 % by day 10) and the early
     * inactivity experiments it is traced to, and is labelled a worst case.
     */
    TWENTY_TO_FORTY_PERCENT_A_WEEK(
            "twenty-to-forty-percent-a-week",
            "\"A week of bed rest costs 20-40% of strength\" (30% midpoint)",
            "Strength falls by 30 % in the first 7 days (about 5 %/day compounded), in every muscle"
                    + " group, without a plateau.",
            "worst case: critically ill patients and early inactivity experiments, not healthy volunteers",
            "Muller 1970 (\"about 30 per cent in a week\"); Puthucheary 2013 JAMA 310:1591;"
                    + " Topp 2002 AACN Clin Issues 13:263 (unverified)",
            oneCompartment(-7.0 / Math.log(0.70)));

    private final String keyword;
    private final String title;
    private final String claim;
    private final String population;
    private final String source;
    private final ModelParameters parameters;

    Preset(
            String keyword,
            String title,
            String claim,
            String population,
            String source,
            Map<Parameter, Double> values) {
        this.keyword = keyword;
        this.title = title;
        this.claim = claim;
        this.population = population;
        this.source = source;
        this.parameters = ModelParameters.of(values);
    }

    /** {@return the name used after {@code model:} in scenario files} */
    public String keyword() {
        return keyword;
    }

    /** {@return a short title} */
    public String title() {
        return title;
    }

    /** {@return the claim the preset reproduces, in one sentence} */
    public String claim() {
        return claim;
    }

    /** {@return the population the claim describes} */
    public String population() {
        return population;
    }

    /** {@return the short citation} */
    public String source() {
        return source;
    }

    /** {@return the preset's parameter values} */
    public ModelParameters parameters() {
        return parameters;
    }

    /**
     * {@return the preset named {@code keyword}, if any}
     *
     * @param keyword a name such as {@code one-percent-a-day}
     */
    public static Optional<Preset> fromKeyword(String keyword) {
        for (Preset p : values()) {
            if (p.keyword.equals(keyword)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The default values: the calibration's fit to the shipped evidence set, stored with their
     * standard errors and covariance ({@link DefaultCalibration}).
     */
    private static Map<Parameter, Double> defaults() {
        return new EnumMap<>(DefaultCalibration.stored().values());
    }

    /**
     * The popular claims as stated: one compartment (no neural part), full-depth exponential decay
     * with time constant {@code tauDays}, every group equally susceptible; recovery as in the
     * default model.
     */
    private static Map<Parameter, Double> oneCompartment(double tauDays) {
        Map<Parameter, Double> v = defaults();
        v.put(Parameter.MASS_LOSS_DEPTH, 1.0);
        v.put(Parameter.MASS_LOSS_TAU_DAYS, tauDays);
        v.put(Parameter.NEURAL_LOSS_DEPTH, 0.0);
        v.put(Parameter.LEG_CAST_SEVERITY, 1.0);
        for (MuscleGroup g : MuscleGroup.SIMULATED) {
            v.put(Parameter.susceptibility(g), 1.0);
        }
        return v;
    }
}
