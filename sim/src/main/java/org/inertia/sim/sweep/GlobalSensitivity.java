package org.inertia.sim.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.inertia.sim.measure.Family;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.DefaultCalibration;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.population.Percentiles;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.scenario.Scenario;

/**
 * Global sensitivity analysis: every input varies at once over its distribution, and the analysis
 * says how much of the outcome's spread each one drives, interactions included, unlike
 * {@link Sensitivity}'s one-at-a-time moves around a single point.
 *
 * <ul>
 *   <li>{@link #sobol Sobol'} indices (Sobol' 2001, Math Comput Simul 55:271): first-order S1 and
 *       total-effect ST from Saltelli's design (Saltelli et al. 2010, Comput Phys Commun 181:259):
 *       matrices A and B of N base rows, and for each input j the matrix A_B^(j), A with column j
 *       from B; N(d + 2) model runs for d inputs. The base rows are points of the Sobol'
 *       low-discrepancy sequence (Joe and Kuo's direction numbers, Commons Math's {@link
 *       SobolSequenceGenerator}), unscrambled, skipping the first {@link #skipFor} points exactly as
 *       SALib's {@code saltelli.sample} does: such points fill the cube more evenly than random
 *       ones, so the indices settle with fewer runs, and the design needs no seed and is the one
 *       SALib users get. Estimators: {@link SobolEstimator}. Confidence intervals: {@value
 *       #RESAMPLES} bootstrap resamples of the N rows (percentile, {@value #CONFIDENCE_PERCENT} %),
 *       seeded. Convergence: the indices of the first N/2 rows against all N, and the intervals'
 *       width.
 *   <li>{@link #morris Morris} screening (Morris 1991, Technometrics 33:161): r random trajectories
 *       on a grid of p levels, each moving every input once by Δ = p / (2(p − 1)); μ* as
 *       Campolongo et al. 2007 (Environ Model Softw 22:1509), μ and σ as Morris. r(d + 1) runs.
 * </ul>
 *
 * <p>For the model, {@link #inputs} gives the default inputs: each calibrated parameter as the
 * marginal normal of its estimate (the calibration's standard error; correlations are dropped,
 * since the indices assume independent inputs), truncated to the parameter's range. Runs are
 * spread over threads and each result kept in its own slot, so a result is the same to the last
 * digit whatever the number of threads.
 */
public final class GlobalSensitivity {

    /** Most model runs in one analysis: seconds for a scenario of weeks, about a minute on two cores for a ten-year one. */
    public static final int MAX_RUNS = 500_000;

    /** Fewest base samples of a Sobol' analysis (a power of two). */
    public static final int MIN_SAMPLES = 16;

    /** Most base samples of a Sobol' analysis (a power of two). */
    public static final int MAX_SAMPLES = 1 << 16;

    /** Default base samples of a Sobol' analysis: indices of the model settle to about ±0.02. */
    public static final int DEFAULT_SAMPLES = 1024;

    /** Most inputs: Commons Math's direction numbers cover 1000 dimensions, and the design needs 2d. */
    public static final int MAX_INPUTS = 500;

    /** Fewest Morris trajectories (σ needs two). */
    public static final int MIN_TRAJECTORIES = 2;

    /** Most Morris trajectories. */
    public static final int MAX_TRAJECTORIES = 10_000;

    /** Default Morris trajectories. */
    public static final int DEFAULT_TRAJECTORIES = 20;

    /** Fewest levels of a Morris grid. */
    public static final int MIN_LEVELS = 2;

    /** Most levels of a Morris grid. */
    public static final int MAX_LEVELS = 20;

    /** Default levels of a Morris grid (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer). */
    public static final int DEFAULT_LEVELS = 4;

    /** Bootstrap resamples behind each confidence interval. */
    public static final int RESAMPLES = 1000;

    /** Confidence level of the intervals (%). */
    public static final double CONFIDENCE_PERCENT = 95;

    /** Largest change of an index from N/2 to N base samples for the indices to count as settled. */
    public static final double CHANGE_TOLERANCE = 0.05;

    /** Widest confidence interval of an index for the indices to count as settled. */
    public static final double WIDTH_TOLERANCE = 0.2;

    private GlobalSensitivity() {}

    /**
     * {@return the model's default inputs for a scenario, with the user's ranges: every calibrated
     * parameter (on the default preset) that the scenario does not set itself, as a normal
     * distribution with the scenario's value as mean and the calibration's standard error (the
     * square root of the covariance's diagonal) as standard deviation, truncated to the
     * parameter's range; then each range given, uniform, which replaces a parameter's default or
     * adds one (a parameter the scenario sets varies only when given a range). In the parameters'
     * declaration order.}
     *
     * @param scenario the scenario
     * @param ranges ranges given by the user, each parameter at most once
     * @throws SweepException if a parameter has two ranges, or when nothing varies
     */
    public static List<SensitivityInput> inputs(Scenario scenario, List<ParameterRange> ranges) {
        return inputs(scenario, ranges, Family.MUSCLE);
    }

    /**
     * {@return the model's default inputs for a scenario and a family of measures, with the user's
     * ranges: for muscle as {@link #inputs(Scenario, List)}; for aerobic capacity or bone, that
     * family's calibrated parameters, each a normal distribution with the calibration's standard
     * error, truncated to its range (their calibration is fitted apart from the muscle's and stores
     * no covariance); then the ranges given}
     *
     * @param scenario the scenario
     * @param ranges ranges given by the user, each parameter at most once
     * @param family the family of the measure read
     * @throws SweepException if a parameter has two ranges, or when nothing varies
     */
    public static List<SensitivityInput> inputs(Scenario scenario, List<ParameterRange> ranges, Family family) {
        Map<Parameter, SensitivityInput> chosen = new EnumMap<>(Parameter.class);
        ModelParameters values = scenario.modelParameters();
        if (scenario.preset() == Preset.DEFAULT) {
            DefaultCalibration calibration = DefaultCalibration.stored();
            // Muscle: the covariance's diagonal; aerobic capacity and bone, fitted apart, store a
            // standard error each and no covariance.
            Map<Parameter, Double> sd = new LinkedHashMap<>();
            if (family == Family.MUSCLE) {
                double[][] covariance = calibration.covariance();
                List<Parameter> fitted = calibration.fitted();
                for (int j = 0; j < fitted.size(); j++) {
                    sd.put(fitted.get(j), Math.sqrt(covariance[j][j]));
                }
            } else {
                for (Parameter p : Parameter.values()) {
                    if (p.family() == family) {
                        sd.put(p, calibration.standardError(p).orElse(0));
                    }
                }
            }
            sd.forEach((p, spread) -> {
                if (!scenario.parameters().containsKey(p) && spread > 0) {
                    chosen.put(
                            p,
                            SensitivityInput.of(
                                    p, new InputDistribution.TruncatedNormal(values.get(p), spread, p.min(), p.max())));
                }
            });
        }
        List<SweepProblem> problems = new ArrayList<>();
        Set<Parameter> given = new HashSet<>();
        for (ParameterRange r : ranges) {
            if (!given.add(r.parameter())) {
                problems.add(new SweepProblem(
                        r.parameter().key(),
                        SweepMessage.SAME_FIELD_TWICE,
                        List.of(),
                        "give each parameter one range"));
            }
            chosen.put(r.parameter(), r.input());
        }
        if (problems.isEmpty() && chosen.isEmpty()) {
            problems.add(new SweepProblem(
                    "",
                    SweepMessage.NOTHING_VARIES,
                    List.of(),
                    scenario.preset() != Preset.DEFAULT
                            ? "the preset '" + scenario.preset().keyword()
                                    + "' has no calibrated uncertainty; give parameters ranges"
                            : "the scenario sets every calibrated parameter itself; give parameters ranges"));
        }
        if (!problems.isEmpty()) {
            throw new SweepException(problems);
        }
        return List.copyOf(chosen.values());
    }

    /**
     * {@return the model runs of a Sobol' analysis: N(d + 2)}
     *
     * @param inputs the number of inputs d
     * @param samples the base samples N
     */
    public static long sobolRuns(int inputs, int samples) {
        return (long) samples * (inputs + 2);
    }

    /**
     * {@return the model runs of a Morris screening: r(d + 1)}
     *
     * @param inputs the number of inputs d
     * @param trajectories the trajectories r
     */
    public static long morrisRuns(int inputs, int trajectories) {
        return (long) trajectories * (inputs + 1);
    }

    /**
     * {@return the points of the Sobol' sequence skipped before the first base row, as SALib's
     * {@code saltelli.sample} does by default: the smallest power of two at or above N, and at
     * least 16}
     *
     * @param samples the base samples N
     */
    public static int skipFor(int samples) {
        int power = Integer.highestOneBit(Math.max(1, samples));
        if (power < samples) {
            power <<= 1;
        }
        return Math.max(16, power);
    }

    /**
     * {@return every reason a Sobol' analysis of this size cannot run, empty when it can: base
     * samples not a power of two from {@value #MIN_SAMPLES} to {@value #MAX_SAMPLES}, or more than
     * {@value #MAX_RUNS} model runs}
     *
     * @param inputs the number of inputs d
     * @param samples the base samples N
     */
    public static List<SweepProblem> checkSobol(int inputs, int samples) {
        List<SweepProblem> problems = new ArrayList<>();
        if (samples < MIN_SAMPLES || samples > MAX_SAMPLES || Integer.bitCount(samples) != 1) {
            problems.add(new SweepProblem(
                    "samples",
                    SweepMessage.NOT_A_POWER_OF_TWO,
                    List.of(MIN_SAMPLES, MAX_SAMPLES, samples),
                    "the Sobol' sequence is balanced at powers of two, such as 512, 1024 or 4096"));
        } else if (sobolRuns(inputs, samples) > MAX_RUNS) {
            int most = Integer.highestOneBit(MAX_RUNS / (inputs + 2));
            problems.add(new SweepProblem(
                    "samples",
                    SweepMessage.DESIGN_TOO_LARGE,
                    List.of(sobolRuns(inputs, samples), MAX_RUNS),
                    "with " + inputs + " inputs, at most " + most + " base samples"));
        }
        return problems;
    }

    /**
     * {@return every reason a Morris screening of this size cannot run, empty when it can:
     * trajectories outside {@value #MIN_TRAJECTORIES} to {@value #MAX_TRAJECTORIES}, levels not
     * even or outside {@value #MIN_LEVELS} to {@value #MAX_LEVELS}, more than {@value #MAX_RUNS}
     * model runs}
     *
     * @param inputs the number of inputs d
     * @param trajectories the trajectories r
     * @param levels the levels p
     */
    public static List<SweepProblem> checkMorris(int inputs, int trajectories, int levels) {
        List<SweepProblem> problems = new ArrayList<>();
        if (trajectories < MIN_TRAJECTORIES || trajectories > MAX_TRAJECTORIES) {
            problems.add(new SweepProblem(
                    "trajectories",
                    SweepMessage.OUT_OF_RANGE,
                    List.of(MIN_TRAJECTORIES, MAX_TRAJECTORIES, trajectories),
                    ""));
        } else if (morrisRuns(inputs, trajectories) > MAX_RUNS) {
            problems.add(new SweepProblem(
                    "trajectories",
                    SweepMessage.DESIGN_TOO_LARGE,
                    List.of(morrisRuns(inputs, trajectories), MAX_RUNS),
                    "with " + inputs + " inputs, at most " + MAX_RUNS / (inputs + 1) + " trajectories"));
        }
        if (levels < MIN_LEVELS || levels > MAX_LEVELS || levels % 2 != 0) {
            problems.add(new SweepProblem(
                    "levels",
                    SweepMessage.NOT_AN_EVEN_NUMBER,
                    List.of(MIN_LEVELS, MAX_LEVELS, levels),
                    "Morris's step of p/(2(p-1)) levels needs an even p; 4 is usual"));
        }
        return problems;
    }

    /**
     * Sobol' indices of a scenario's outcome to model parameters.
     *
     * @param scenario the scenario
     * @param readout the outcome read off each run
     * @param simulator the engine
     * @param inputs the parameters that vary, each named by its key (see {@link #inputs})
     * @param samples the base samples N, a power of two
     * @param seed the seed of the bootstrap
     * @param threads worker threads, at least 1
     * @return the indices, in the inputs' order
     * @throws SweepException if the size is refused ({@link #checkSobol}) or the outcome is
     *     undefined in some run
     */
    public static SobolIndices sobol(
            Scenario scenario,
            Readout readout,
            Simulator simulator,
            List<SensitivityInput> inputs,
            int samples,
            long seed,
            int threads) {
        return sobol(inputs, model(scenario, readout, simulator, inputs), samples, seed, threads);
    }

    /**
     * Sobol' indices of any function of independent inputs.
     *
     * @param inputs the inputs, at most {@value #MAX_INPUTS}
     * @param model the function: the inputs' values, in their order, to a number; called from
     *     several threads at once, so it must not keep state
     * @param samples the base samples N, a power of two
     * @param seed the seed of the bootstrap
     * @param threads worker threads, at least 1
     * @return the indices, in the inputs' order
     * @throws SweepException if the size is refused ({@link #checkSobol}) or the function gives a
     *     value that is not finite
     */
    public static SobolIndices sobol(
            List<SensitivityInput> inputs, ToDoubleFunction<double[]> model, int samples, long seed, int threads) {
        int d = checkInputs(inputs, threads);
        Objects.requireNonNull(model, "model");
        List<SweepProblem> problems = checkSobol(d, samples);
        if (!problems.isEmpty()) {
            throw new SweepException(problems);
        }
        double[] outputs = evaluate(saltelliRuns(inputs, samples), model, threads);
        SobolEstimator all = new SobolEstimator(outputs, d, samples);
        double[] point = all.indices(null);
        double[] half = new SobolEstimator(outputs, d, samples / 2).indices(null);

        double[][] resampled = new double[RESAMPLES][];
        ParallelRuns.forEach(
                RESAMPLES,
                r -> {
                    RandomGenerator random = PopulationSimulator.randomFor(seed, r);
                    int[] rows = new int[samples];
                    for (int i = 0; i < samples; i++) {
                        rows[i] = random.nextInt(samples);
                    }
                    resampled[r] = all.indices(rows);
                },
                threads);

        List<SobolIndices.Index> indices = new ArrayList<>();
        double largestChange = 0;
        double widest = 0;
        for (int j = 0; j < d; j++) {
            double[] s1 = column(resampled, j);
            double[] st = column(resampled, d + j);
            double s1Lower = Percentiles.of(s1, lowerPercent());
            double s1Upper = Percentiles.of(s1, upperPercent());
            double stLower = Percentiles.of(st, lowerPercent());
            double stUpper = Percentiles.of(st, upperPercent());
            indices.add(new SobolIndices.Index(
                    inputs.get(j), point[j], s1Lower, s1Upper, point[d + j], stLower, stUpper, all.noEffect(j)));
            largestChange = Math.max(
                    largestChange, Math.max(Math.abs(point[j] - half[j]), Math.abs(point[d + j] - half[d + j])));
            widest = Math.max(widest, Math.max(s1Upper - s1Lower, stUpper - stLower));
        }
        SobolIndices.Convergence convergence = new SobolIndices.Convergence(
                largestChange <= CHANGE_TOLERANCE && widest <= WIDTH_TOLERANCE,
                samples / 2,
                largestChange,
                widest,
                CHANGE_TOLERANCE,
                WIDTH_TOLERANCE);
        return new SobolIndices(
                indices,
                samples,
                outputs.length,
                all.mean(),
                all.standardDeviation(),
                convergence,
                RESAMPLES,
                CONFIDENCE_PERCENT,
                seed);
    }

    /**
     * The unit-cube points of Saltelli's design, one row per run in SALib's layout: for each base
     * row, A, then A_B^(1) to A_B^(d), then B.
     *
     * @param d the number of inputs
     * @param samples the base samples N
     * @return N(d + 2) points of d coordinates in [0, 1)
     */
    static double[][] unitSaltelliDesign(int d, int samples) {
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * d);
        double[][] design = new double[samples * (d + 2)][];
        double[] base = sequence.skipTo(skipFor(samples));
        for (int i = 0; i < samples; i++) {
            if (i > 0) {
                base = sequence.nextVector();
            }
            int row = i * (d + 2);
            double[] a = Arrays.copyOfRange(base, 0, d);
            double[] b = Arrays.copyOfRange(base, d, 2 * d);
            design[row] = a;
            for (int j = 0; j < d; j++) {
                double[] abj = a.clone();
                abj[j] = b[j];
                design[row + 1 + j] = abj;
            }
            design[row + d + 1] = b;
        }
        return design;
    }

    /**
     * Saltelli's design in the inputs' own values, as a function from the run's number to its
     * point: only A and B are kept (2Nd numbers), each run's point is made when it is run.
     */
    private static Design saltelliRuns(List<SensitivityInput> inputs, int samples) {
        int d = inputs.size();
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * d);
        double[][] a = new double[samples][];
        double[][] b = new double[samples][];
        double[] base = sequence.skipTo(skipFor(samples));
        for (int i = 0; i < samples; i++) {
            if (i > 0) {
                base = sequence.nextVector();
            }
            a[i] = toValues(inputs, Arrays.copyOfRange(base, 0, d), false);
            b[i] = toValues(inputs, Arrays.copyOfRange(base, d, 2 * d), false);
        }
        return new Design(samples * (d + 2), k -> {
            int i = k / (d + 2);
            int j = k % (d + 2);
            if (j == d + 1) {
                return b[i].clone();
            }
            double[] x = a[i].clone();
            if (j > 0) {
                x[j - 1] = b[i][j - 1];
            }
            return x;
        });
    }

    /** The points of a design, made one at a time. */
    private record Design(int runs, IntFunction<double[]> point) {}

    /**
     * Morris screening of a scenario's outcome to model parameters.
     *
     * @param scenario the scenario
     * @param readout the outcome read off each run
     * @param simulator the engine
     * @param inputs the parameters that vary, each named by its key (see {@link #inputs})
     * @param trajectories the trajectories r
     * @param levels the levels p, even
     * @param seed the seed of the trajectories and the bootstrap
     * @param threads worker threads, at least 1
     * @return the effects, in the inputs' order
     * @throws SweepException if the size is refused ({@link #checkMorris}) or the outcome is
     *     undefined in some run
     */
    public static MorrisScreening morris(
            Scenario scenario,
            Readout readout,
            Simulator simulator,
            List<SensitivityInput> inputs,
            int trajectories,
            int levels,
            long seed,
            int threads) {
        return morris(inputs, model(scenario, readout, simulator, inputs), trajectories, levels, seed, threads);
    }

    /**
     * Morris screening of any function of independent inputs. Trajectory {@code t} is drawn from
     * its own generator, seeded from {@code seed} and {@code t} alone: a random order of the
     * inputs, a random start on the grid's lower levels ({@code 0, 1/(p−1), …, 1 − Δ}) and a random
     * direction for each input, which then moves by Δ = p / (2(p − 1)), the standard design of
     * Morris 1991.
     *
     * @param inputs the inputs
     * @param model the function: the inputs' values, in their order, to a number; called from
     *     several threads at once, so it must not keep state
     * @param trajectories the trajectories r
     * @param levels the levels p, even
     * @param seed the seed of the trajectories and the bootstrap
     * @param threads worker threads, at least 1
     * @return the effects, in the inputs' order
     * @throws SweepException if the size is refused ({@link #checkMorris}) or the function gives a
     *     value that is not finite
     */
    public static MorrisScreening morris(
            List<SensitivityInput> inputs,
            ToDoubleFunction<double[]> model,
            int trajectories,
            int levels,
            long seed,
            int threads) {
        int d = checkInputs(inputs, threads);
        Objects.requireNonNull(model, "model");
        List<SweepProblem> problems = checkMorris(d, trajectories, levels);
        if (!problems.isEmpty()) {
            throw new SweepException(problems);
        }
        double delta = levels / (2.0 * (levels - 1));
        double[][] starts = new double[trajectories][];
        int[][] moved = new int[trajectories][d];
        double[][] steps = new double[trajectories][d];
        for (int t = 0; t < trajectories; t++) {
            RandomGenerator random = PopulationSimulator.randomFor(seed, t);
            int[] order = new int[d];
            for (int j = 0; j < d; j++) {
                order[j] = j;
            }
            for (int j = d - 1; j > 0; j--) {
                int k = random.nextInt(j + 1);
                int swap = order[j];
                order[j] = order[k];
                order[k] = swap;
            }
            double[] x = new double[d];
            double[] step = new double[d];
            for (int j = 0; j < d; j++) {
                double lower = random.nextInt(levels / 2) / (double) (levels - 1);
                boolean up = random.nextBoolean();
                x[j] = up ? lower : lower + delta;
                step[j] = up ? delta : -delta;
            }
            starts[t] = x;
            for (int k = 0; k < d; k++) {
                moved[t][k] = order[k];
                steps[t][k] = step[order[k]];
            }
        }
        // Run k of trajectory t is its start with its first k moves made.
        Design design = new Design(trajectories * (d + 1), run -> {
            int t = run / (d + 1);
            double[] x = starts[t].clone();
            for (int k = 0; k < run % (d + 1); k++) {
                x[moved[t][k]] += steps[t][k];
            }
            return toValues(inputs, x, true);
        });
        double[] outputs = evaluate(design, model, threads);

        double[][] effects = new double[d][trajectories];
        for (int t = 0; t < trajectories; t++) {
            int row = t * (d + 1);
            for (int k = 0; k < d; k++) {
                effects[moved[t][k]][t] = (outputs[row + 1 + k] - outputs[row + k]) / steps[t][k];
            }
        }
        return screening(inputs, effects, levels, seed, design.runs());
    }

    /**
     * The statistics of elementary effects: μ*, its bootstrap interval, μ and σ.
     *
     * @param inputs the inputs
     * @param effects for each input, its elementary effect in each trajectory
     * @param levels the grid's levels, to report
     * @param seed the seed of the bootstrap
     * @param runs the model runs made, to report
     * @return the screening
     */
    static MorrisScreening screening(
            List<SensitivityInput> inputs, double[][] effects, int levels, long seed, long runs) {
        int d = inputs.size();
        int r = effects[0].length;
        List<MorrisScreening.Effect> out = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            double[] e = effects[j];
            double sum = 0;
            double sumAbs = 0;
            boolean none = true;
            for (double v : e) {
                sum += v;
                sumAbs += Math.abs(v);
                none &= v == 0;
            }
            double mu = sum / r;
            double squares = 0;
            for (double v : e) {
                squares += (v - mu) * (v - mu);
            }
            double sigma = Math.sqrt(squares / (r - 1));
            double[] resampled = new double[RESAMPLES];
            for (int b = 0; b < RESAMPLES; b++) {
                // A generator apart from the trajectories': the bootstrap must not replay their draws.
                RandomGenerator random = PopulationSimulator.randomFor(~seed + 0x632BE59BD9B4E019L * j, b);
                double s = 0;
                for (int k = 0; k < r; k++) {
                    s += Math.abs(e[random.nextInt(r)]);
                }
                resampled[b] = s / r;
            }
            out.add(new MorrisScreening.Effect(
                    inputs.get(j),
                    sumAbs / r,
                    Percentiles.of(resampled, lowerPercent()),
                    Percentiles.of(resampled, upperPercent()),
                    mu,
                    sigma,
                    none));
        }
        return new MorrisScreening(out, r, levels, runs, RESAMPLES, CONFIDENCE_PERCENT, seed);
    }

    /** The outcome of a scenario as a function of the inputs' values. */
    private static ToDoubleFunction<double[]> model(
            Scenario scenario, Readout readout, Simulator simulator, List<SensitivityInput> inputs) {
        Parameter[] parameters = inputs.stream()
                .map(i -> Parameter.fromKey(i.name())
                        .orElseThrow(() -> new IllegalArgumentException("not a model parameter: " + i.name())))
                .toArray(Parameter[]::new);
        ModelParameters base = scenario.modelParameters();
        Objects.requireNonNull(readout, "readout");
        Objects.requireNonNull(simulator, "simulator");
        return x -> readout.of(simulator.simulate(scenario, base.with(parameters, x)));
    }

    private static int checkInputs(List<SensitivityInput> inputs, int threads) {
        if (inputs.isEmpty() || inputs.size() > MAX_INPUTS) {
            throw new IllegalArgumentException("1 to " + MAX_INPUTS + " inputs, not " + inputs.size());
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        return inputs.size();
    }

    /** Replaces unit-cube coordinates by the inputs' values, in place; returns the point. */
    private static double[] toValues(List<SensitivityInput> inputs, double[] point, boolean screening) {
        for (int j = 0; j < point.length; j++) {
            InputDistribution dist = inputs.get(j).distribution();
            point[j] = screening ? dist.screeningValue(point[j]) : dist.quantile(point[j]);
        }
        return point;
    }

    /** Runs the model at every point; a value that is not finite is the user's outcome's fault. */
    private static double[] evaluate(Design design, ToDoubleFunction<double[]> model, int threads) {
        double[] outputs = ParallelRuns.evaluate(
                design.runs(), i -> model.applyAsDouble(design.point().apply(i)), threads);
        long undefined = Arrays.stream(outputs).filter(v -> !Double.isFinite(v)).count();
        if (undefined > 0) {
            throw new SweepException(new SweepProblem(
                    "",
                    SweepMessage.UNDEFINED_OUTCOME,
                    List.of(undefined, (long) outputs.length),
                    "read an outcome every run has, such as the value on a day"));
        }
        return outputs;
    }

    private static double[] column(double[][] rows, int j) {
        double[] c = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i][j];
        }
        return c;
    }

    private static double lowerPercent() {
        return (100 - CONFIDENCE_PERCENT) / 2;
    }

    private static double upperPercent() {
        return 100 - lowerPercent();
    }
}
