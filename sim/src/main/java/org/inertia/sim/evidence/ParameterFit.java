package org.inertia.sim.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.Trajectory;

/**
 * Fits chosen model parameters to a user's own measurements taken during a scenario, by
 * Levenberg–Marquardt least squares. Measurements with a standard deviation are weighted by
 * 1/sd²; standard errors are then taken at face value when every row has one, and scaled by the
 * residual variance otherwise.
 */
public final class ParameterFit {

    /**
     * A fit.
     *
     * @param parameters the full parameter set with the fitted values
     * @param estimates fitted value of each chosen parameter
     * @param standardErrors their standard errors
     * @param rootMeanSquareErrorPp RMSE of the fit (percentage points)
     * @param rSquared coefficient of determination
     * @param observations number of measurements
     * @param trajectory the scenario simulated with the fitted parameters
     * @param converged whether the optimizer converged within its iterations; if not, the values
     *     are the best it found
     * @param stalled the fitted parameters the optimizer moved to where the measurements no longer
     *     depend on them (the model saturates: a loss deeper than the measured muscle can lose, say),
     *     so that no standard error exists there and the value is not an estimate
     */
    public record Result(
            ModelParameters parameters,
            Map<Parameter, Double> estimates,
            Map<Parameter, Double> standardErrors,
            double rootMeanSquareErrorPp,
            double rSquared,
            int observations,
            Trajectory trajectory,
            boolean converged,
            List<Parameter> stalled) {

        /**
         * A fit that stalled nowhere.
         *
         * @param parameters the full parameter set with the fitted values
         * @param estimates fitted value of each chosen parameter
         * @param standardErrors their standard errors
         * @param rootMeanSquareErrorPp RMSE of the fit (percentage points)
         * @param rSquared coefficient of determination
         * @param observations number of measurements
         * @param trajectory the scenario simulated with the fitted parameters
         * @param converged whether the optimizer converged
         */
        public Result(
                ModelParameters parameters,
                Map<Parameter, Double> estimates,
                Map<Parameter, Double> standardErrors,
                double rootMeanSquareErrorPp,
                double rSquared,
                int observations,
                Trajectory trajectory,
                boolean converged) {
            this(
                    parameters,
                    estimates,
                    standardErrors,
                    rootMeanSquareErrorPp,
                    rSquared,
                    observations,
                    trajectory,
                    converged,
                    List.of());
        }

        /**
         * A fit that converged.
         *
         * @param parameters the full parameter set with the fitted values
         * @param estimates fitted value of each chosen parameter
         * @param standardErrors their standard errors
         * @param rootMeanSquareErrorPp RMSE of the fit (percentage points)
         * @param rSquared coefficient of determination
         * @param observations number of measurements
         * @param trajectory the scenario simulated with the fitted parameters
         */
        public Result(
                ModelParameters parameters,
                Map<Parameter, Double> estimates,
                Map<Parameter, Double> standardErrors,
                double rootMeanSquareErrorPp,
                double rSquared,
                int observations,
                Trajectory trajectory) {
            this(
                    parameters,
                    estimates,
                    standardErrors,
                    rootMeanSquareErrorPp,
                    rSquared,
                    observations,
                    trajectory,
                    true);
        }

        /**
         * {@return the fitted parameters whose value sits at an end of its allowed range ({@link
         * Parameter#min()}, {@link Parameter#max()}): the optimizer was stopped by the range, not by
         * the data, so the value is not an estimate}
         */
        public List<Parameter> atBounds() {
            List<Parameter> at = new ArrayList<>();
            estimates.forEach((p, v) -> {
                double tolerance = BOUND_TOLERANCE * (p.max() - p.min());
                if (v <= p.min() + tolerance || v >= p.max() - tolerance) {
                    at.add(p);
                }
            });
            return List.copyOf(at);
        }

        /**
         * {@return whether the fitted values can be used as estimates: the optimizer converged, no
         * value sits at an end of its range and none stalled where the measurements no longer
         * depend on it}
         */
        public boolean trustworthy() {
            return converged && atBounds().isEmpty() && stalled.isEmpty();
        }

        /**
         * Copies the maps into unmodifiable ones that keep the fitted parameters' order.
         *
         * @param parameters the full parameter set with the fitted values
         * @param estimates fitted value of each chosen parameter
         * @param standardErrors their standard errors
         * @param rootMeanSquareErrorPp RMSE of the fit (percentage points)
         * @param rSquared coefficient of determination
         * @param observations number of measurements
         * @param trajectory the scenario simulated with the fitted parameters
         * @param converged whether the optimizer converged; if not, the values are the best found
         *     when it stopped
         * @param stalled the parameters moved to where the measurements no longer depend on them
         */
        public Result {
            estimates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(estimates));
            standardErrors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(standardErrors));
            stalled = List.copyOf(stalled);
        }

        /**
         * {@return whether the data determine a parameter: its standard error is finite (the
         * measurements depend on it). A parameter that no measured quantity depends on keeps its
         * starting value and has no standard error.}
         *
         * @param p one of the fitted parameters
         */
        public boolean determined(Parameter p) {
            Double se = standardErrors.get(p);
            return se != null && Double.isFinite(se);
        }

        /**
         * {@return the determined fitted values as a {@code parameters:} block to paste into a
         * scenario; empty when the data determine none}
         */
        public String asYamlBlock() {
            StringBuilder sb = new StringBuilder();
            estimates.forEach((p, v) -> {
                if (determined(p)) {
                    sb.append("  ")
                            .append(p.key())
                            .append(": ")
                            .append(new java.math.BigDecimal(v)
                                    .round(new java.math.MathContext(4))
                                    .stripTrailingZeros()
                                    .toPlainString())
                            .append('\n');
                }
            });
            return sb.length() == 0 ? "" : "parameters:\n" + sb;
        }
    }

    private ParameterFit() {}

    /** Share of a parameter's range within which a fitted value counts as at the range's end. */
    static final double BOUND_TOLERANCE = 1e-6;

    /**
     * Largest value (% of baseline) that a file of values all at most this size is taken to be
     * written as fractions of baseline: no measured strength or mass falls to 2 % of baseline.
     */
    public static final double FRACTION_LIMIT = 2;

    /** Most optimizer iterations of a fit. */
    static final int MAX_ITERATIONS = 1_000;

    /**
     * Checks that measurements fit a scenario and a parameter list, before fitting.
     *
     * @param scenario the scenario the measurements were taken in
     * @param data the measurements
     * @param free the parameters to fit
     * @param source the file name to quote
     * @throws MeasurementException if a day is outside the scenario or there are too few points
     */
    public static void check(Scenario scenario, List<Measurement> data, List<Parameter> free, String source)
            throws MeasurementException {
        List<MeasurementProblem> problems = new ArrayList<>(problemsWith(data, scenario.totalDays(), source));
        Trajectory start = Simulator.exact().simulate(scenario);
        Map<Measure, Measurement> firstOf = new LinkedHashMap<>();
        data.forEach(m -> firstOf.putIfAbsent(m.measure(), m));
        firstOf.forEach((measure, m) -> {
            if (atBaselineThroughout(start, measure)) {
                problems.add(new MeasurementProblem(
                        source,
                        m.line(),
                        0,
                        "measure",
                        MeasurementMessage.MEASURE_NOT_IN_SCENARIO,
                        List.of(measure.key()),
                        "measure what the scenario unloads or exercises, or check that the scenario is the one the"
                                + " measurements were taken in"));
            }
        });
        long withSd = data.stream().filter(m -> m.sdPercent().isPresent()).count();
        if (withSd > 0 && withSd < data.size()) {
            Measurement blank = data.stream()
                    .filter(m -> m.sdPercent().isEmpty())
                    .findFirst()
                    .orElseThrow();
            problems.add(new MeasurementProblem(
                    source,
                    blank.line(),
                    0,
                    "sd",
                    MeasurementMessage.SD_MISSING,
                    List.of(withSd),
                    "give every row its sd, or none (then the spread is estimated from the residuals)"));
        }
        if (free.isEmpty()) {
            problems.add(MeasurementProblem.ofFile(source, MeasurementMessage.NO_PARAMETERS, List.of(), ""));
        }
        if (data.size() <= free.size()) {
            problems.add(MeasurementProblem.ofFile(
                    source,
                    MeasurementMessage.TOO_FEW_MEASUREMENTS,
                    List.of(data.size(), free.size()),
                    "give more measurements than parameters, or fit fewer parameters"));
        }
        if (!problems.isEmpty()) {
            throw MeasurementException.of(problems);
        }
    }

    /**
     * Checks measurements against the scenario they were taken in, as {@link #check} does before
     * a fit and {@code --observed} does before drawing them: no day after the scenario's last day
     * ({@code totalDays}), and values in % of baseline, not fractions of it (every value at most
     * {@value #FRACTION_LIMIT}). One place for these rules, so that the same file gets the same
     * answer from every command.
     *
     * @param data the measurements
     * @param totalDays the scenario's last day (d)
     * @param source the file name to quote, as the user gave it
     * @throws MeasurementException if a day is after the end or the values look like fractions
     */
    public static void checkAgainstScenario(List<Measurement> data, int totalDays, String source)
            throws MeasurementException {
        List<MeasurementProblem> problems = problemsWith(data, totalDays, source);
        if (!problems.isEmpty()) {
            throw MeasurementException.of(problems);
        }
    }

    /** The problems of {@link #checkAgainstScenario}, one per day after the end, one for fractions. */
    private static List<MeasurementProblem> problemsWith(List<Measurement> data, int totalDays, String source) {
        List<MeasurementProblem> problems = new ArrayList<>();
        for (Measurement m : data) {
            if (m.day() > totalDays) {
                problems.add(new MeasurementProblem(
                        source, m.line(), 0, "day", MeasurementMessage.DAY_AFTER_END, List.of(m.day(), totalDays), ""));
            }
        }
        if (!data.isEmpty() && data.stream().allMatch(m -> Math.abs(m.valuePercent()) <= FRACTION_LIMIT)) {
            Measurement first = data.get(0);
            BigDecimal written = BigDecimal.valueOf(first.valuePercent()).stripTrailingZeros();
            problems.add(new MeasurementProblem(
                    source,
                    first.line(),
                    0,
                    "value",
                    MeasurementMessage.LOOKS_LIKE_FRACTIONS,
                    List.of(FRACTION_LIMIT, written),
                    "write " + written.movePointRight(2).stripTrailingZeros().toPlainString() + " not "
                            + written.toPlainString()));
        }
        return problems;
    }

    /**
     * {@return whether a measure stays at baseline on every day of a trajectory: the scenario
     * neither unloads nor exercises those muscles, whatever the parameters}
     */
    private static boolean atBaselineThroughout(Trajectory t, Measure measure) {
        for (int day = 0; day <= t.lastDay(); day++) {
            if (Math.abs(t.percent(measure, day) - 100) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fits parameters.
     *
     * @param scenario the scenario the measurements were taken in; its preset and overrides are the start
     * @param data the measurements, checked with {@link #check}
     * @param free the parameters to fit
     * @return the fit
     */
    public static Result fit(Scenario scenario, List<Measurement> data, List<Parameter> free) {
        return fit(scenario, data, free, MAX_ITERATIONS);
    }

    /**
     * Fits parameters, stopping the optimizer after a number of iterations.
     *
     * @param scenario the scenario the measurements were taken in
     * @param data the measurements, checked with {@link #check}
     * @param free the parameters to fit
     * @param maxIterations the most optimizer iterations
     * @return the fit; not {@link Result#converged} if the optimizer was stopped
     */
    static Result fit(Scenario scenario, List<Measurement> data, List<Parameter> free, int maxIterations) {
        boolean allSd = data.stream().allMatch(m -> m.sdPercent().isPresent());
        double[] weights = data.stream()
                .mapToDouble(m -> m.sdPercent().isPresent() ? 1 / m.sdPercent().getAsDouble() : 1)
                .toArray();
        Simulator simulator = Simulator.exact();
        LeastSquares.Result fit = LeastSquares.fit(
                scenario.modelParameters(),
                free,
                p -> {
                    Trajectory t = simulator.simulate(scenario, p);
                    double[] r = new double[data.size()];
                    for (int i = 0; i < r.length; i++) {
                        Measurement m = data.get(i);
                        r[i] = weights[i] * (t.percent(m.measure(), m.day()) - m.valuePercent());
                    }
                    return r;
                },
                !allSd,
                maxIterations);
        Trajectory best = simulator.simulate(scenario, fit.parameters());
        double ss = 0;
        double mean =
                data.stream().mapToDouble(Measurement::valuePercent).average().orElse(0);
        double tot = 0;
        for (Measurement m : data) {
            double e = best.percent(m.measure(), m.day()) - m.valuePercent();
            ss += e * e;
            tot += (m.valuePercent() - mean) * (m.valuePercent() - mean);
        }
        Map<Parameter, Double> estimates = new LinkedHashMap<>();
        Map<Parameter, Double> se = new LinkedHashMap<>();
        List<Parameter> stalled = new ArrayList<>();
        for (int j = 0; j < free.size(); j++) {
            Parameter p = free.get(j);
            estimates.put(p, fit.values()[j]);
            se.put(p, fit.standardErrors()[j]);
            // No standard error, yet moved from the start: the measurements did depend on it, until
            // the optimizer took it where they no longer do.
            boolean moved =
                    Math.abs(fit.values()[j] - scenario.modelParameters().get(p))
                            > BOUND_TOLERANCE * (p.max() - p.min());
            if (!Double.isFinite(fit.standardErrors()[j]) && moved) {
                stalled.add(p);
            }
        }
        // No standard error for any of several parameters is a singular covariance: parameters the
        // data cannot tell apart (a depth and a susceptibility that only act as a product), not
        // values where the model stopped responding.
        boolean singular =
                free.size() > 1 && java.util.Arrays.stream(fit.standardErrors()).noneMatch(Double::isFinite);
        if (singular) {
            stalled.clear();
        }
        return new Result(
                fit.parameters(),
                estimates,
                se,
                Math.sqrt(ss / data.size()),
                tot == 0 ? Double.NaN : 1 - ss / tot,
                data.size(),
                best,
                fit.converged(),
                stalled);
    }
}
