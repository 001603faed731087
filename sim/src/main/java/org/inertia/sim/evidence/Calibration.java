package org.inertia.sim.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;

/**
 * Fits model parameters to an evidence set: weighted least squares on the differences between
 * simulated and published changes, each row weighted by its number of subjects (capped at
 * {@value #MAX_WEIGHT}, so that one meta-analysis does not outweigh every other study), with
 * Commons Math's Levenberg–Marquardt optimizer. Also estimates out-of-sample error by
 * leave-one-study-out.
 */
public final class Calibration {

    /** Largest weight of a single row (subjects); meta-analyses count as this many. */
    public static final int MAX_WEIGHT = 100;

    /**
     * Strength loss over atrophy of the knee extensors in bed rest, by day, pooled from 318
     * subjects: 4.2 on day 5, 2.4 on day 14, 1.9 from about day 35 (Marusic et al. 2021, J Appl
     * Physiol 131:194, abstract). Fitted alongside the rows, each weighted as {@value #MAX_WEIGHT}
     * subjects, as the strength loss the model's own atrophy predicts through the ratio.
     */
    public static final Map<Integer, Double> STRENGTH_TO_ATROPHY_RATIO =
            new java.util.TreeMap<>(Map.of(5, 4.2, 14, 2.4, 35, 1.9));

    private static final double MARUSIC_SUBJECTS_WEIGHT = MAX_WEIGHT;
    private static final Measure KNEE_STRENGTH = new Measure(Outcome.STRENGTH, MuscleGroup.KNEE_EXTENSORS);
    private static final Measure KNEE_MASS = new Measure(Outcome.MASS, MuscleGroup.KNEE_EXTENSORS);

    /**
     * The parameters the evidence set constrains well, fitted by default: those of disuse. The
     * recovery and exercise parameters are left at their documented values: the set's eight
     * recovery and three exercise rows cannot pin them down (a trial fit sent them to their
     * bounds with standard errors larger than the values).
     */
    public static final List<Parameter> DEFAULT_FREE = List.of(
            Parameter.MASS_LOSS_DEPTH,
            Parameter.MASS_LOSS_TAU_DAYS,
            Parameter.NEURAL_LOSS_DEPTH,
            Parameter.NEURAL_LOSS_TAU_DAYS,
            Parameter.LEG_CAST_SEVERITY,
            Parameter.SEDENTARY_SEVERITY,
            Parameter.SUSCEPTIBILITY_PLANTAR_FLEXORS,
            Parameter.SUSCEPTIBILITY_TRUNK_EXTENSORS,
            Parameter.SUSCEPTIBILITY_TRUNK_FLEXORS,
            Parameter.SUSCEPTIBILITY_HANDGRIP,
            Parameter.CRITICAL_ILLNESS_DEPTH,
            Parameter.CRITICAL_ILLNESS_TAU_DAYS);

    /**
     * A calibration.
     *
     * @param parameters the full parameter set with the fitted values
     * @param standardErrors standard error of each fitted parameter
     * @param report the evidence report at the fitted values
     * @param iterations optimizer iterations
     */
    public record Result(
            ModelParameters parameters, Map<Parameter, Double> standardErrors, EvidenceReport report, int iterations) {}

    /**
     * Out-of-sample error.
     *
     * @param heldOut each row's comparison when its study was left out of the fit
     * @param rootMeanSquareErrorPp RMSE over all held-out rows (percentage points)
     * @param disuseRootMeanSquareErrorPp RMSE over held-out disuse rows
     */
    public record HoldOut(
            List<EvidenceReport.Comparison> heldOut,
            double rootMeanSquareErrorPp,
            double disuseRootMeanSquareErrorPp) {}

    private Calibration() {}

    /**
     * Fits parameters to an evidence set.
     *
     * @param evidence the rows to fit
     * @param start starting values, and values of the parameters not fitted
     * @param free the parameters to fit
     * @return the fitted parameters, their standard errors, and the report at the optimum
     */
    public static Result fit(EvidenceSet evidence, ModelParameters start, List<Parameter> free) {
        double[] weights = evidence.rows().stream()
                .mapToDouble(r -> Math.sqrt(Math.min(r.subjects(), MAX_WEIGHT)))
                .toArray();
        int[] ratioDays = STRENGTH_TO_ATROPHY_RATIO.keySet().stream()
                .mapToInt(Integer::intValue)
                .toArray();
        Scenario bedRest = Scenario.of(
                "pooled bed rest",
                new Subject(30, null, Condition.HEALTHY),
                List.of(new Phase("Bed rest", ratioDays[ratioDays.length - 1], Mobility.BED_REST, List.of())));
        LeastSquares.Result fit = LeastSquares.fit(
                start,
                free,
                p -> {
                    List<EvidenceReport.Comparison> c =
                            EvidenceReport.evaluate(evidence, p).comparisons();
                    double[] r = new double[c.size() + ratioDays.length];
                    for (int i = 0; i < c.size(); i++) {
                        r[i] = weights[i] * c.get(i).differencePp();
                    }
                    // Marusic 2021's pooled ratios, as strength loss predicted from the model's own atrophy (pp).
                    Trajectory t = Simulator.exact().simulate(bedRest, p);
                    for (int k = 0; k < ratioDays.length; k++) {
                        double strengthLoss = 100 - t.percent(KNEE_STRENGTH, ratioDays[k]);
                        double massLoss = 100 - t.percent(KNEE_MASS, ratioDays[k]);
                        r[c.size() + k] = Math.sqrt(MARUSIC_SUBJECTS_WEIGHT)
                                * (strengthLoss - STRENGTH_TO_ATROPHY_RATIO.get(ratioDays[k]) * massLoss);
                    }
                    return r;
                },
                true);
        Map<Parameter, Double> se = new LinkedHashMap<>();
        for (int j = 0; j < free.size(); j++) {
            se.put(free.get(j), fit.standardErrors()[j]);
        }
        return new Result(fit.parameters(), se, EvidenceReport.evaluate(evidence, fit.parameters()), fit.iterations());
    }

    /**
     * Leave-one-study-out: for each study, fit on the others and predict its rows.
     *
     * @param evidence the evidence set
     * @param start starting values
     * @param free the parameters to fit
     * @return the held-out comparisons and their error
     */
    public static HoldOut leaveOneStudyOut(EvidenceSet evidence, ModelParameters start, List<Parameter> free) {
        List<EvidenceReport.Comparison> heldOut = new ArrayList<>();
        for (String study : evidence.studies()) {
            EvidenceSet training = evidence.filter(r -> !r.study().equals(study));
            EvidenceSet testing = evidence.filter(r -> r.study().equals(study));
            ModelParameters fitted = fit(training, start, free).parameters();
            heldOut.addAll(EvidenceReport.evaluate(testing, fitted).comparisons());
        }
        double all = rmse(heldOut);
        double disuse = rmse(heldOut.stream()
                .filter(c -> c.row().category() == EvidenceCategory.DISUSE)
                .toList());
        return new HoldOut(heldOut, all, disuse);
    }

    private static double rmse(List<EvidenceReport.Comparison> c) {
        return Math.sqrt(c.stream()
                .mapToDouble(x -> x.differencePp() * x.differencePp())
                .average()
                .orElse(Double.NaN));
    }
}
