package org.inertia.sim.population;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.commons.math3.random.RandomGenerator;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;

/**
 * Between-person variability of the model parameters: each varying parameter is drawn from a
 * log-normal distribution whose mean is the parameter's value and whose coefficient of variation
 * (SD / mean) is given here, then kept within the parameter's range.
 *
 * <p>The default coefficients come from the spread of individual changes in the evidence set
 * ({@code docs/evidence-spreads.md}): muscle-size losses vary with a CV of about 0.2–0.4 (de Boer
 * 2007: 0.7/5.2 and 2.0/10.0; Mulder 2006: 5.2/14.1), strength losses more, about 0.5–1.0
 * (Mulder 2006: 10.1/20.5; Vigelsø 2015: SD ≈ 25 on −28; Lombeida 2006: 12/12), and intensive-care
 * wasting about 0.7 (Puthucheary 2013: 12.1/17.7). Time constants and recovery are given a CV of
 * 0.3, an assumption: no study in the set reports their spread.
 *
 * @param coefficientOfVariation CV of each varying parameter (others are fixed)
 */
public record Variability(Map<Parameter, Double> coefficientOfVariation) implements ParameterSampler {

    /**
     * Checks the coefficients.
     *
     * @param coefficientOfVariation CV of each varying parameter (others are fixed)
     */
    public Variability {
        EnumMap<Parameter, Double> copy = new EnumMap<>(Parameter.class);
        coefficientOfVariation.forEach((p, cv) -> {
            if (!(cv >= 0 && cv <= 5)) {
                throw new IllegalArgumentException(
                        "coefficient of variation of " + p.key() + " must be in [0, 5], was " + cv);
            }
            copy.put(p, cv);
        });
        coefficientOfVariation = Collections.unmodifiableMap(copy);
    }

    /**
     * {@return the calibrated default variability of the muscle's parameters (see the class
     * documentation): no spread of aerobic capacity or bone, whose parameters it leaves as they
     * are. For a population that summarises those, use {@link #calibrated(java.util.Collection)}
     * with the measures, as the command line does}
     */
    public static Variability calibrated() {
        EnumMap<Parameter, Double> cv = new EnumMap<>(Parameter.class);
        cv.put(Parameter.MASS_LOSS_DEPTH, 0.35);
        cv.put(Parameter.NEURAL_LOSS_DEPTH, 0.6);
        cv.put(Parameter.MASS_LOSS_TAU_DAYS, 0.3);
        cv.put(Parameter.NEURAL_LOSS_TAU_DAYS, 0.3);
        cv.put(Parameter.MASS_RECOVERY_TAU_DAYS, 0.3);
        cv.put(Parameter.NEURAL_RECOVERY_TAU_DAYS, 0.3);
        cv.put(Parameter.CRITICAL_ILLNESS_DEPTH, 0.7);
        return new Variability(cv);
    }

    /**
     * {@return the calibrated variability of muscle ({@link #calibrated()}), and of aerobic capacity
     * and bone when the measures include them: their loss depths with a CV of 0.3 (VO2max: −21.2 ±
     * 2.1 % (SE, n = 8) after 60 days of bed rest, an SD of 5.9 on 21.2, Macias et al. 2008, FASEB J
     * 22:752.15; bone: an assumption, no study in the set reports the spread of its loss) and their
     * recovery time constants with 0.3, as for muscle. Their parameters come after the muscle's in
     * every draw, so a subject's muscle is the same whichever measures are asked for.}
     *
     * @param measures the measures a run summarises
     */
    public static Variability calibrated(Collection<Measure> measures) {
        EnumMap<Parameter, Double> cv = new EnumMap<>(calibrated().coefficientOfVariation());
        Set<Family> families = measures.stream().map(Measure::family).collect(Collectors.toSet());
        for (Outcome o : Outcome.values()) {
            if (!o.ofMuscle() && families.contains(o.family())) {
                cv.put(Parameter.lossDepth(o), 0.3);
            }
        }
        if (families.contains(Family.AEROBIC)) {
            cv.put(Parameter.VO2MAX_RECOVERY_TAU_DAYS, 0.3);
        }
        if (families.contains(Family.BONE)) {
            cv.put(Parameter.BONE_RECOVERY_TAU_DAYS, 0.3);
        }
        return new Variability(cv);
    }

    /** {@return no variability: every subject is the mean subject} */
    public static Variability none() {
        return new Variability(Map.of());
    }

    /**
     * {@return this variability with every coefficient multiplied by {@code factor}}
     *
     * @param factor 0 removes the spread, 1 keeps it
     */
    public Variability scaled(double factor) {
        EnumMap<Parameter, Double> cv = new EnumMap<>(Parameter.class);
        coefficientOfVariation.forEach((p, v) -> cv.put(p, v * factor));
        return new Variability(cv);
    }

    /**
     * Draws one subject's parameters.
     *
     * @param mean the population's mean parameters
     * @param random the subject's random generator
     * @return parameters for the subject
     */
    @Override
    public ModelParameters draw(ModelParameters mean, RandomGenerator random) {
        return sampler(mean).apply(random);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The varying parameters and their log-SDs are found once, not for each subject.
     */
    @Override
    public BiFunction<ModelParameters, RandomGenerator, ModelParameters> drawer() {
        if (coefficientOfVariation.isEmpty()) {
            return (mean, random) -> mean;
        }
        Parameter[] varying = varying();
        double[] sigma = sigma(varying);
        return (mean, random) -> draw(mean, random, varying, sigma);
    }

    /**
     * {@return a sampler for many subjects of one population: the distribution's constants are
     * computed once}
     *
     * @param mean the population's mean parameters
     */
    @Override
    public java.util.function.Function<RandomGenerator, ModelParameters> sampler(ModelParameters mean) {
        if (coefficientOfVariation.isEmpty()) {
            return random -> mean;
        }
        Parameter[] varying = varying();
        double[] sigma = sigma(varying);
        return random -> draw(mean, random, varying, sigma);
    }

    private Parameter[] varying() {
        return coefficientOfVariation.keySet().toArray(Parameter[]::new);
    }

    /** The log-SD of each varying parameter: {@code sqrt(ln(1 + CV²))}. */
    private double[] sigma(Parameter[] varying) {
        double[] sigma = new double[varying.length];
        for (int i = 0; i < varying.length; i++) {
            double cv = coefficientOfVariation.get(varying[i]);
            sigma[i] = Math.sqrt(Math.log1p(cv * cv));
        }
        return sigma;
    }

    /** Log-normal with mean {@code m} and log-SD {@code sigma}: {@code m·exp(sigma·z − sigma²/2)}. */
    private static ModelParameters draw(
            ModelParameters mean, RandomGenerator random, Parameter[] varying, double[] sigma) {
        double[] values = new double[varying.length];
        for (int i = 0; i < varying.length; i++) {
            Parameter p = varying[i];
            double m = mean.get(p);
            // Always draw, so that a subject's other parameters do not depend on which ones vary.
            double z = random.nextGaussian();
            double v = sigma[i] == 0 || m <= 0 ? m : m * Math.exp(sigma[i] * z - sigma[i] * sigma[i] / 2);
            values[i] = Math.max(p.min(), Math.min(p.max(), v));
        }
        return mean.with(varying, values);
    }
}
