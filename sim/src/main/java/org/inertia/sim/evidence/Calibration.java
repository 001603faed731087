package org.inertia.sim.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.DefaultCalibration;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;

/**
 * Fits the model's parameters, all together, to an evidence set by penalised least squares: the
 * maximum of a posterior with normal errors and the weakly informative {@link Priors}. Each
 * published figure counts with its own uncertainty, {@code σ² = τ² + se²}: the standard error of
 * the mean change (from the reported spread, or a typical spread of 8 pp over √n when none is
 * reported) plus a between-study spread {@code τ} of {@value #BETWEEN_STUDY_SD_PP} pp (protocols,
 * methods and populations differ more than sampling alone explains). Commons Math's
 * Levenberg–Marquardt optimizer finds the optimum within each parameter's range; the covariance
 * of the estimate is the inverse of the Gauss–Newton matrix (data and priors), inflated by the
 * reduced chi-square when the residuals scatter more than their σ say.
 *
 * <p>The honest error is out of sample: {@link #leaveOneStudyOut} fits without each study in turn
 * and predicts its figures.
 */
public final class Calibration {

    /** Between-study standard deviation of a published mean change (percentage points). */
    public static final double BETWEEN_STUDY_SD_PP = 3.0;

    /** Spread of individual changes assumed when a paper reports none (percentage points). */
    public static final double TYPICAL_SD_PP = 8.0;

    /**
     * Strength loss over atrophy of the knee extensors in bed rest, by day, pooled from 318
     * subjects: 4.2 on day 5, 2.4 on day 14, 1.9 from about day 35 (Marusic et al. 2021, J Appl
     * Physiol 131:194, abstract). Fitted alongside the rows as the strength loss the model's own
     * atrophy predicts through the ratio, each with the uncertainty of a pooled figure.
     */
    public static final Map<Integer, Double> STRENGTH_TO_ATROPHY_RATIO =
            Collections.unmodifiableMap(new TreeMap<>(Map.of(5, 4.2, 14, 2.4, 35, 1.9)));

    private static final double RATIO_SIGMA_PP = 1.5;
    private static final Measure KNEE_STRENGTH = new Measure(Outcome.STRENGTH, MuscleGroup.KNEE_EXTENSORS);
    private static final Measure KNEE_MASS = new Measure(Outcome.MASS, MuscleGroup.KNEE_EXTENSORS);
    private static final int MAX_ITERATIONS = 200;

    /**
     * The parameters held fixed: the reference group, the age at which ageing effects start, the
     * time constant of neural training gains (left free, the fit sends it to a few days on two
     * studies of very early gains, and then predicts held-out recovery studies worse), the exponent
     * by which the training headroom follows susceptibility, the shares of size and neural gains
     * built while unloaded and the exercise recovery boost (all chosen by leave-one-study-out
     * error, docs/model.md), and the aerobic half-dose (the evidence set has no dose contrast of an
     * aerobic activity; left free it runs to its bound).
     */
    public static final List<Parameter> FIXED = List.of(
            Parameter.SUSCEPTIBILITY_KNEE_EXTENSORS,
            Parameter.AGE_RECOVERY_ONSET_YEARS,
            Parameter.NEURAL_GAIN_TAU_DAYS,
            Parameter.HEADROOM_SUSCEPTIBILITY_EXPONENT,
            Parameter.UNLOADED_MASS_GAIN_SHARE,
            Parameter.UNLOADED_NEURAL_GAIN_SHARE,
            Parameter.EXERCISE_RECOVERY_BOOST,
            Parameter.AEROBIC_HALF_MINUTES_PER_DAY);

    /** Every muscle parameter with a prior: all are fitted together, to the muscle evidence. */
    public static final List<Parameter> DEFAULT_FREE = free(Family.MUSCLE);

    /**
     * {@return the parameters of a family that have a prior: fitted together to the family's
     * evidence; the families' parameters are disjoint, so each family is fitted on its own}
     *
     * @param family the family
     */
    public static List<Parameter> free(Family family) {
        return Priors.all().keySet().stream().filter(p -> p.family() == family).toList();
    }

    /** How well the evidence set pins a parameter down, compared with its prior. */
    public enum Identification {
        /** The data shrink the uncertainty to under a third of the prior's. */
        WELL,
        /** The data shrink it to between a third and 70 % of the prior's. */
        PARTLY,
        /** The uncertainty stays above 70 % of the prior's: the value is mostly the prior's. */
        NOT
    }

    /**
     * A calibration.
     *
     * @param parameters the full parameter set with the fitted values
     * @param free the fitted parameters, in the order of the covariance matrix
     * @param standardErrors standard error of each fitted parameter (unmodifiable)
     * @param covariance the covariance matrix of the fitted parameters, in the order of {@code free}
     * @param identification how well the data pin each fitted parameter (unmodifiable)
     * @param report the evidence report at the fitted values
     * @param reducedChiSquare the weighted residual scatter; 1 when the figures scatter as their
     *     σ say
     * @param iterations optimizer iterations
     */
    public record Result(
            ModelParameters parameters,
            List<Parameter> free,
            Map<Parameter, Double> standardErrors,
            double[][] covariance,
            Map<Parameter, Identification> identification,
            EvidenceReport report,
            double reducedChiSquare,
            int iterations) {

        /**
         * Copies the collections.
         *
         * @param parameters the fitted parameter set
         * @param free the fitted parameters
         * @param standardErrors their standard errors
         * @param covariance their covariance
         * @param identification how well each is identified
         * @param report the report at the fit
         * @param reducedChiSquare the residual scatter
         * @param iterations optimizer iterations
         */
        public Result {
            free = List.copyOf(free);
            standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
            identification = Collections.unmodifiableMap(new LinkedHashMap<>(identification));
            covariance = copy(covariance);
        }

        /** {@return a copy of the covariance matrix} */
        @Override
        public double[][] covariance() {
            return copy(covariance);
        }
    }

    /**
     * Out-of-sample error.
     *
     * @param heldOut each row's comparison when its study was left out of the fit
     * @param overall statistics over every held-out row
     * @param byCategory statistics per category (unmodifiable)
     */
    public record HoldOut(
            List<EvidenceReport.Comparison> heldOut,
            EvidenceReport.Statistics overall,
            Map<EvidenceCategory, EvidenceReport.Statistics> byCategory) {

        /**
         * Copies the collections.
         *
         * @param heldOut the held-out comparisons
         * @param overall statistics over them
         * @param byCategory statistics per category
         */
        public HoldOut {
            heldOut = List.copyOf(heldOut);
            byCategory = Collections.unmodifiableMap(new EnumMap<>(byCategory));
        }

        /** {@return RMSE over all held-out rows (percentage points)} */
        public double rootMeanSquareErrorPp() {
            return overall.rootMeanSquareErrorPp();
        }
    }

    private Calibration() {}

    /**
     * {@return the uncertainty of a published figure as the calibration weighs it (pp)}
     *
     * @param row a published figure
     */
    public static double sigmaPp(EvidenceRow row) {
        int n = Math.max(1, row.subjects());
        double se = row.spread()
                .map(s -> switch (s.type()) {
                    case SE -> s.value();
                    case SD -> s.value() / Math.sqrt(n);
                    case CI95 -> s.value() / 1.96;
                })
                .orElse(TYPICAL_SD_PP / Math.sqrt(n));
        return Math.sqrt(BETWEEN_STUDY_SD_PP * BETWEEN_STUDY_SD_PP + se * se);
    }

    /**
     * Fits every parameter with a prior to an evidence set.
     *
     * @param evidence the rows to fit
     * @param start starting values, and values of the parameters not fitted
     * @return the fitted parameters, their uncertainty, and the report at the optimum
     */
    public static Result fit(EvidenceSet evidence, ModelParameters start) {
        return fit(evidence, start, DEFAULT_FREE, MAX_ITERATIONS);
    }

    /**
     * Fits chosen parameters to an evidence set; the others keep their values.
     *
     * @param evidence the rows to fit
     * @param start starting values, and values of the parameters not fitted
     * @param free the parameters to fit, each with a prior
     * @return the fit
     */
    public static Result fit(EvidenceSet evidence, ModelParameters start, List<Parameter> free) {
        return fit(evidence, start, free, MAX_ITERATIONS);
    }

    private static Result fit(EvidenceSet evidence, ModelParameters start, List<Parameter> free, int iterations) {
        List<EvidenceRow> rows = evidence.rows();
        double[] weights = rows.stream().mapToDouble(r -> 1 / sigmaPp(r)).toArray();
        // Marusic's ratios inform the muscle parameters only.
        int[] ratioDays = free.stream().anyMatch(p -> p.family() == Family.MUSCLE)
                ? STRENGTH_TO_ATROPHY_RATIO.keySet().stream()
                        .mapToInt(Integer::intValue)
                        .toArray()
                : new int[0];
        Scenario bedRest = Scenario.of(
                "pooled bed rest",
                new Subject(30, Sex.MALE, Condition.HEALTHY),
                List.of(new Phase(
                        "Bed rest",
                        Collections.max(STRENGTH_TO_ATROPHY_RATIO.keySet()),
                        Mobility.BED_REST,
                        List.of())));
        Priors.Prior[] priors = free.stream()
                .map(p -> Priors.of(p)
                        .orElseThrow(() -> new IllegalArgumentException(p.key() + " has no prior to fit with")))
                .toArray(Priors.Prior[]::new);
        LeastSquares.Result fit = LeastSquares.fit(
                start,
                free,
                p -> {
                    List<EvidenceReport.Comparison> c =
                            EvidenceReport.evaluate(evidence, p).comparisons();
                    double[] r = new double[c.size() + ratioDays.length + free.size()];
                    for (int i = 0; i < c.size(); i++) {
                        r[i] = weights[i] * c.get(i).differencePp();
                    }
                    // Marusic 2021's pooled ratios, as strength loss predicted from the model's own atrophy (pp).
                    Trajectory t =
                            ratioDays.length == 0 ? null : Simulator.exact().simulate(bedRest, p);
                    int at = c.size();
                    for (int k = 0; k < ratioDays.length; k++) {
                        double strengthLoss = 100 - t.percent(KNEE_STRENGTH, ratioDays[k]);
                        double massLoss = 100 - t.percent(KNEE_MASS, ratioDays[k]);
                        r[at++] = (strengthLoss - STRENGTH_TO_ATROPHY_RATIO.get(ratioDays[k]) * massLoss)
                                / RATIO_SIGMA_PP;
                    }
                    for (int j = 0; j < free.size(); j++) {
                        r[at++] = (p.get(free.get(j)) - priors[j].mean()) / priors[j].sd();
                    }
                    return r;
                },
                false,
                iterations);
        if (!fit.converged()) {
            // The built-in evidence always converges; a failure here is a defect, as it was before.
            throw new IllegalStateException("the calibration did not converge in " + iterations + " iterations");
        }
        // Figures that scatter more than their σ say widen the uncertainty, never narrow it.
        double inflation = Math.max(1, fit.reducedChiSquare());
        double[][] covariance = fit.covariance();
        Map<Parameter, Double> se = new LinkedHashMap<>();
        Map<Parameter, Identification> identified = new LinkedHashMap<>();
        for (int j = 0; j < free.size(); j++) {
            for (int k = 0; k < free.size(); k++) {
                covariance[j][k] *= inflation;
            }
            double sigma = Math.sqrt(covariance[j][j]);
            se.put(free.get(j), sigma);
            double shrink = sigma / priors[j].sd();
            identified.put(
                    free.get(j),
                    shrink < 1.0 / 3
                            ? Identification.WELL
                            : shrink <= 0.7 ? Identification.PARTLY : Identification.NOT);
        }
        return new Result(
                fit.parameters(),
                free,
                se,
                covariance,
                identified,
                EvidenceReport.evaluate(evidence, fit.parameters()),
                fit.reducedChiSquare(),
                fit.iterations());
    }

    /**
     * Leave-one-study-out: for each study, fit on the others (starting from {@code start}) and
     * predict its rows. Studies are fitted in parallel; the result does not depend on the order.
     *
     * @param evidence the evidence set
     * @param start starting values (the full fit, for speed)
     * @param free the parameters to fit
     * @return the held-out comparisons and their error
     */
    public static HoldOut leaveOneStudyOut(EvidenceSet evidence, ModelParameters start, List<Parameter> free) {
        List<String> studies = new ArrayList<>(evidence.studies());
        List<List<EvidenceReport.Comparison>> predicted = studies.parallelStream()
                .map(study -> {
                    EvidenceSet training = evidence.filter(r -> !r.study().equals(study));
                    EvidenceSet testing = evidence.filter(r -> r.study().equals(study));
                    ModelParameters fitted =
                            fit(training, start, free, MAX_ITERATIONS).parameters();
                    return EvidenceReport.evaluate(testing, fitted).comparisons();
                })
                .toList();
        // Back in the evidence set's row order, whatever the study order.
        Map<EvidenceRow, EvidenceReport.Comparison> byRow = new LinkedHashMap<>();
        predicted.forEach(list -> list.forEach(c -> byRow.put(c.row(), c)));
        List<EvidenceReport.Comparison> heldOut =
                evidence.rows().stream().map(byRow::get).toList();
        EvidenceReport report = EvidenceReport.of(heldOut);
        return new HoldOut(heldOut, report.overall(), report.byCategory());
    }

    /**
     * {@return a fit's values as the resource {@link DefaultCalibration#VALUES} stores them: every
     * parameter, fitted ones rounded to three significant digits with their standard error}
     *
     * @param fit a calibration
     */
    public static String valuesCsv(Result fit) {
        return valuesCsv(List.of(fit));
    }

    /**
     * {@return the values of fits made one after the other, each family's from the last one's
     * values, as {@link DefaultCalibration#VALUES} stores them: the last fit's values, each fitted
     * parameter with the standard error of the fit that fitted it}
     *
     * @param fits the fits, the last one holding every value
     */
    public static String valuesCsv(List<Result> fits) {
        Result last = fits.get(fits.size() - 1);
        Map<Parameter, Double> errors = new LinkedHashMap<>();
        Map<Parameter, Identification> identification = new LinkedHashMap<>();
        for (Result r : fits) {
            errors.putAll(r.standardErrors());
            identification.putAll(r.identification());
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Default parameters of the deconditioning model: the calibration to the shipped evidence set.\n");
        sb.append("# Regenerate after a deliberate model or evidence change (docs/testing.md); never edit by hand.\n");
        sb.append("parameter,value,standard_error,identification\n");
        for (Parameter p : Parameter.values()) {
            double v = last.parameters().get(p);
            Double se = errors.get(p);
            sb.append(p.key()).append(',').append(se == null ? Double.toString(v) : round(v, 3));
            sb.append(',').append(se == null ? "" : round(se, 2));
            sb.append(',')
                    .append(se == null ? "fixed" : identification.get(p).name().toLowerCase(java.util.Locale.ROOT));
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * {@return a fit's covariance as the resource {@link DefaultCalibration#COVARIANCE} stores it}
     *
     * @param fit a calibration
     */
    public static String covarianceCsv(Result fit) {
        StringBuilder sb = new StringBuilder("parameter");
        for (Parameter p : fit.free()) {
            sb.append(',').append(p.key());
        }
        sb.append('\n');
        double[][] c = fit.covariance();
        for (int i = 0; i < c.length; i++) {
            sb.append(fit.free().get(i).key());
            for (int j = 0; j < c.length; j++) {
                sb.append(',').append(round(c[i][j], 6));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String round(double v, int significant) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        return new java.math.BigDecimal(v)
                .round(new java.math.MathContext(significant))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
