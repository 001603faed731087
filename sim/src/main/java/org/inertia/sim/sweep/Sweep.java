package org.inertia.sim.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.population.Cohort;
import org.inertia.sim.population.ParameterSampler;
import org.inertia.sim.population.Percentiles;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.scenario.Scenario;

/**
 * A grid of scenarios over one or two fields, and one outcome per grid point. Each point is an
 * ordinary single run of the modified scenario, so a sweep value always equals {@code inertia run}
 * of the same settings.
 *
 * @param axes one or two axes
 * @param readout what is read off each run
 * @param values outcome per grid point, indexed [first axis][second axis] (second dimension 1 for one axis);
 *     with uncertainty, the median over the draws
 * @param lower the lower edge of each point's uncertainty band, same shape; empty without uncertainty
 * @param upper the upper edge, same shape; empty without uncertainty
 * @param lastDays each grid point's last day, same shape as {@code values}: a run shorter than
 *     the day a {@link Readout.Kind#ON_DAY} readout asks for is read on its last day ({@link
 *     #dayRead})
 *     <p>Immutable: the arrays are copied in, and their accessors return copies; read single
 *     values with {@link #value(int, int)}, {@link #lower(int, int)}, {@link #upper(int, int)} and
 *     {@link #dayRead(int, int)}, which copy nothing.
 */
public record Sweep(
        List<SweepAxis> axes,
        Readout readout,
        double[][] values,
        double[][] lower,
        double[][] upper,
        int[][] lastDays) {

    /**
     * Copies the arrays, so that the caller's later changes do not reach the sweep.
     *
     * @param axes one or two axes
     * @param readout what is read off each run
     * @param values outcome per grid point
     * @param lower the lower edge of each point's band; empty without uncertainty
     * @param upper the upper edge; empty without uncertainty
     * @param lastDays each grid point's last day
     */
    public Sweep {
        axes = List.copyOf(axes);
        values = copy(values);
        lower = copy(lower);
        upper = copy(upper);
        lastDays = copy(lastDays);
    }

    /** {@return a copy of the outcome per grid point, indexed [first axis][second axis]} */
    @Override
    public double[][] values() {
        return copy(values);
    }

    /** {@return a copy of the lower band edges (empty without uncertainty)} */
    @Override
    public double[][] lower() {
        return copy(lower);
    }

    /** {@return a copy of the upper band edges (empty without uncertainty)} */
    @Override
    public double[][] upper() {
        return copy(upper);
    }

    /** {@return a copy of each grid point's last day} */
    @Override
    public int[][] lastDays() {
        return copy(lastDays);
    }

    /** {@return the number of points on the first axis} */
    public int rows() {
        return values.length;
    }

    /** {@return the number of points on the second axis (1 for a sweep over one axis)} */
    public int columns() {
        return values.length == 0 ? 0 : values[0].length;
    }

    /**
     * {@return the outcome of grid point (i, j)}
     *
     * @param i the index on the first axis
     * @param j the index on the second axis (0 for one axis)
     */
    public double value(int i, int j) {
        return values[i][j];
    }

    /**
     * {@return the lower edge of grid point (i, j)'s band}
     *
     * @param i the index on the first axis
     * @param j the index on the second axis (0 for one axis)
     * @throws IllegalStateException without uncertainty bands ({@link #hasBands})
     */
    public double lower(int i, int j) {
        requireBands();
        return lower[i][j];
    }

    /**
     * {@return the upper edge of grid point (i, j)'s band}
     *
     * @param i the index on the first axis
     * @param j the index on the second axis (0 for one axis)
     * @throws IllegalStateException without uncertainty bands ({@link #hasBands})
     */
    public double upper(int i, int j) {
        requireBands();
        return upper[i][j];
    }

    private void requireBands() {
        if (!hasBands()) {
            throw new IllegalStateException("this sweep has no uncertainty bands");
        }
    }

    private static double[][] copy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }

    private static int[][] copy(int[][] a) {
        return Arrays.stream(a).map(int[]::clone).toArray(int[][]::new);
    }

    /** Most runs in one sweep: a few seconds to a minute of work. */
    public static final int MAX_RUNS = 100_000;

    /** Most simulations of a sweep with uncertainty: grid points times draws. */
    public static final int MAX_UNCERTAIN_RUNS = 400_000;

    /**
     * Most simulated days of a sweep with uncertainty, grid points times draws times the longest
     * scenario's days (day 0 included): {@value #MAX_UNCERTAIN_RUNS} runs of a year, so a sweep of
     * scenarios up to a year is bounded by the runs alone, and one of ten years by a tenth of them.
     */
    public static final long MAX_UNCERTAIN_DAYS = MAX_UNCERTAIN_RUNS * 366L;

    /**
     * Most simulated subjects of a population sweep, grid points times subjects: a 28 × 60 grid
     * of 10,000 subjects (16.8 million) takes about a minute on two cores.
     */
    public static final long MAX_POPULATION_RUNS = 20_000_000L;

    /** The confidence of the interval around a share of subjects (a proportion). */
    public static final double SHARE_CONFIDENCE = 0.95;

    /**
     * A sweep without uncertainty bands.
     *
     * @param axes one or two axes
     * @param readout what is read off each run
     * @param values outcome per grid point
     * @param lastDays each grid point's last day
     */
    public Sweep(List<SweepAxis> axes, Readout readout, double[][] values, int[][] lastDays) {
        this(axes, readout, values, new double[0][], new double[0][], lastDays);
    }

    /**
     * {@return the day a grid point's value was read for a {@link Readout.Kind#ON_DAY} readout: the
     * day asked, or the point's last day when its run is shorter; the readout's day for the other
     * kinds}
     *
     * @param i the index on the first axis
     * @param j the index on the second axis (0 for one axis)
     */
    public int dayRead(int i, int j) {
        return readout.kind() == Readout.Kind.ON_DAY ? Math.min(readout.day(), lastDays[i][j]) : readout.day();
    }

    /** {@return whether the sweep carries uncertainty bands} */
    public boolean hasBands() {
        return lower.length > 0;
    }

    /** Refuses a band that is not 0 &lt;= lower &lt; 50 &lt; upper &lt;= 100, as a population run does. */
    private static void checkBand(double lowerPercentile, double upperPercentile) {
        if (!(0 <= lowerPercentile && lowerPercentile < 50 && 50 < upperPercentile && upperPercentile <= 100)) {
            throw new IllegalArgumentException("band must satisfy 0 <= lower < 50 < upper <= 100, was "
                    + lowerPercentile + " to " + upperPercentile);
        }
    }

    /**
     * {@return the scenario of grid point (i, j): both fields set, in the order that keeps each
     * pointing at what it names ({@link ScenarioField#setAfter})}
     */
    private static Scenario cell(Scenario scenario, List<SweepAxis> axes, int i, int j) {
        SweepAxis first = axes.get(0);
        double v1 = first.values().get(i);
        if (axes.size() == 1) {
            return first.field().apply(scenario, v1);
        }
        SweepAxis second = axes.get(1);
        double v2 = second.values().get(j);
        return first.field().setAfter(second.field())
                ? first.field().apply(second.field().apply(scenario, v2), v1)
                : second.field().apply(first.field().apply(scenario, v1), v2);
    }

    /**
     * {@return every reason a sweep of these axes cannot run on a scenario, empty when it can: not
     * one or two axes, one field twice, a field the scenario does not have, a value out of range,
     * more than {@value #MAX_RUNS} runs, or the largest values together making the scenario longer
     * than {@value Scenario#MAX_TOTAL_DAYS} days}
     *
     * @param scenario the base scenario
     * @param axes the axes
     */
    public static List<SweepProblem> check(Scenario scenario, List<SweepAxis> axes) {
        List<SweepProblem> problems = new ArrayList<>();
        if (axes.isEmpty() || axes.size() > 2) {
            problems.add(new SweepProblem(
                    "", SweepMessage.AXIS_COUNT, List.of(axes.size()), "one field gives a line, two a heat map"));
            return problems;
        }
        Set<String> paths = new HashSet<>();
        for (SweepAxis axis : axes) {
            ScenarioField field = axis.field();
            if (!paths.add(field.canonicalPath())) {
                problems.add(new SweepProblem(
                        SweepProblem.excerpt(field.path()),
                        SweepMessage.SAME_FIELD_TWICE,
                        List.of(),
                        "vary two different fields"));
                continue;
            }
            Optional<SweepProblem> problem = field.problemWith(scenario);
            for (int i = 0; problem.isEmpty() && i < axis.values().size(); i++) {
                problem = field.problemWith(axis.values().get(i));
            }
            problem.ifPresent(problems::add);
        }
        long runs = axes.stream().mapToLong(a -> a.values().size()).reduce(1, (a, b) -> a * b);
        if (runs > MAX_RUNS) {
            problems.add(new SweepProblem("", SweepMessage.TOO_MANY_RUNS, List.of(runs, MAX_RUNS), "use larger steps"));
        }
        if (problems.isEmpty()) {
            long longest = longestDays(scenario, axes);
            if (longest > Scenario.MAX_TOTAL_DAYS) {
                problems.add(new SweepProblem(
                        "",
                        SweepMessage.TOO_MANY_DAYS,
                        List.of(longest, Scenario.MAX_TOTAL_DAYS),
                        "shorten the ranges of the phases"));
            }
        }
        return problems;
    }

    /** The days of the longest scenario of the grid: each phase whose days vary at its largest value. */
    private static long longestDays(Scenario scenario, List<SweepAxis> axes) {
        long longest = scenario.totalDays();
        for (SweepAxis axis : axes) {
            int phase = axis.field().phaseOfDays();
            if (phase >= 0) {
                double most = axis.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElseThrow();
                longest += (long) most - scenario.phases().get(phase).days();
            }
        }
        return longest;
    }

    /**
     * Runs a sweep.
     *
     * @param scenario the base scenario
     * @param axes one or two axes
     * @param outcome what to read off each run
     * @param simulator the engine
     * @return the grid
     * @throws SweepException with every problem {@link #check} finds
     */
    public static Sweep run(Scenario scenario, List<SweepAxis> axes, Readout outcome, Simulator simulator) {
        List<SweepProblem> problems = check(scenario, axes);
        if (!problems.isEmpty()) {
            throw new SweepException(problems);
        }
        SweepAxis first = axes.get(0);
        SweepAxis second = axes.size() > 1 ? axes.get(1) : null;
        int n2 = second == null ? 1 : second.values().size();
        double[][] values = new double[first.values().size()][n2];
        int[][] lastDays = new int[first.values().size()][n2];
        for (int i = 0; i < first.values().size(); i++) {
            for (int j = 0; j < n2; j++) {
                Scenario s = cell(scenario, axes, i, j);
                values[i][j] = outcome.of(simulator.simulate(s));
                lastDays[i][j] = s.totalDays();
            }
        }
        return new Sweep(List.copyOf(axes), outcome, values, lastDays);
    }

    /**
     * Runs a sweep with the model's uncertainty: at every grid point the same {@code draws}
     * parameter sets are drawn with {@code sampler} (drawing {@code i} seeded from {@code seed} and
     * {@code i} alone), and the point's value is the median of the outcomes with a band between
     * two percentiles.
     *
     * @param scenario the base scenario
     * @param axes one or two axes
     * @param outcome what to read off each run
     * @param simulator the engine
     * @param sampler how each draw's parameters are drawn around each point's scenario
     * @param draws parameter sets per grid point, at least 1
     * @param seed the seed of the draws
     * @param lowerPercentile lower band edge, such as 5
     * @param upperPercentile upper band edge, such as 95
     * @return the grid with its bands
     * @throws SweepException with every problem {@link #check} finds, or when points times draws
     *     exceed {@value #MAX_UNCERTAIN_RUNS}
     */
    public static Sweep runWithUncertainty(
            Scenario scenario,
            List<SweepAxis> axes,
            Readout outcome,
            Simulator simulator,
            Function<Scenario, ParameterSampler> sampler,
            int draws,
            long seed,
            double lowerPercentile,
            double upperPercentile) {
        if (draws < 1) {
            throw new IllegalArgumentException("at least one draw, not " + draws);
        }
        checkBand(lowerPercentile, upperPercentile);
        List<SweepProblem> problems = new ArrayList<>(check(scenario, axes));
        long points = axes.stream().mapToLong(a -> a.values().size()).reduce(1, (a, b) -> a * b);
        long days = problems.isEmpty() ? longestDays(scenario, axes) : 0;
        if (problems.isEmpty() && points * draws > MAX_UNCERTAIN_RUNS) {
            problems.add(new SweepProblem(
                    "",
                    SweepMessage.TOO_MANY_RUNS,
                    List.of(points * draws, MAX_UNCERTAIN_RUNS),
                    "with --uncertainty each point runs " + draws + " times; use larger steps"));
        } else if (problems.isEmpty() && points * draws * (days + 1) > MAX_UNCERTAIN_DAYS) {
            problems.add(new SweepProblem(
                    "",
                    SweepMessage.TOO_MANY_RUNS,
                    List.of(points * draws, MAX_UNCERTAIN_DAYS / (days + 1)),
                    "with --uncertainty each point runs " + draws + " times over up to " + days
                            + " days; use larger steps or a shorter scenario"));
        }
        if (!problems.isEmpty()) {
            throw new SweepException(problems);
        }
        SweepAxis first = axes.get(0);
        SweepAxis second = axes.size() > 1 ? axes.get(1) : null;
        int n2 = second == null ? 1 : second.values().size();
        int n1 = first.values().size();
        double[][] median = new double[n1][n2];
        double[][] lower = new double[n1][n2];
        double[][] upper = new double[n1][n2];
        double[] outcomes = new double[draws];
        int[][] lastDays = new int[n1][n2];
        for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
                Scenario s = cell(scenario, axes, i, j);
                lastDays[i][j] = s.totalDays();
                ParameterSampler draw = sampler.apply(s);
                ModelParameters centre = s.modelParameters();
                for (int k = 0; k < draws; k++) {
                    ModelParameters p = draw.draw(centre, PopulationSimulator.randomFor(seed, k));
                    outcomes[k] = outcome.of(simulator.simulate(s, p));
                }
                median[i][j] = Percentiles.of(outcomes, 50);
                lower[i][j] = Percentiles.of(outcomes, lowerPercentile);
                upper[i][j] = Percentiles.of(outcomes, upperPercentile);
            }
        }
        return new Sweep(List.copyOf(axes), outcome, median, lower, upper, lastDays);
    }

    /**
     * Runs a population sweep: every grid point is simulated for the same {@code subjects}
     * virtual subjects (subject {@code i} drawn with {@link PopulationSimulator#randomFor}{@code
     * (seed, i)} around the point's parameters), and the point's value is the median of the
     * subjects' outcomes with a band between two percentiles; for a share ({@link
     * Readout#isShare()}) the value is the share of subjects and the band its Wilson score
     * interval at {@link #SHARE_CONFIDENCE} (how precisely that many virtual subjects pin it
     * down). Points run in parallel; the result does not depend on the number of threads.
     *
     * @param scenario the base scenario
     * @param axes one or two axes
     * @param outcome what to read off each subject
     * @param simulator the engine
     * @param sampler how each subject's parameters are drawn around each point's scenario
     * @param subjects subjects per grid point, 1 to {@link Cohort#MAX_SUBJECTS}
     * @param seed the seed of the subjects
     * @param lowerPercentile lower band edge, such as 5
     * @param upperPercentile upper band edge, such as 95
     * @param threads worker threads, at least 1
     * @param progress told the number of grid points done so far, from worker threads
     * @return the grid with its bands
     * @throws SweepException with every problem {@link #check} finds, or when points times
     *     subjects exceed {@value #MAX_POPULATION_RUNS}
     */
    public static Sweep runPopulation(
            Scenario scenario,
            List<SweepAxis> axes,
            Readout outcome,
            Simulator simulator,
            Function<Scenario, ParameterSampler> sampler,
            int subjects,
            long seed,
            double lowerPercentile,
            double upperPercentile,
            int threads,
            IntConsumer progress) {
        if (subjects < 1 || subjects > Cohort.MAX_SUBJECTS || threads < 1) {
            throw new IllegalArgumentException("subjects must be 1 to " + Cohort.MAX_SUBJECTS + ", threads at least 1");
        }
        if (!outcome.isShare()) {
            checkBand(lowerPercentile, upperPercentile);
        }
        List<SweepProblem> problems = new ArrayList<>(check(scenario, axes));
        long points = axes.stream().mapToLong(a -> a.values().size()).reduce(1, (a, b) -> a * b);
        if (problems.isEmpty() && points * subjects > MAX_POPULATION_RUNS) {
            problems.add(new SweepProblem(
                    "",
                    SweepMessage.TOO_MANY_SUBJECT_RUNS,
                    List.of(points, subjects, MAX_POPULATION_RUNS),
                    "use larger steps or fewer subjects"));
        }
        if (!problems.isEmpty()) {
            throw new SweepException(problems);
        }
        SweepAxis first = axes.get(0);
        SweepAxis second = axes.size() > 1 ? axes.get(1) : null;
        int n1 = first.values().size();
        int n2 = second == null ? 1 : second.values().size();
        Scenario[] cells = new Scenario[n1 * n2];
        int[][] lastDays = new int[n1][n2];
        for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
                cells[i * n2 + j] = cell(scenario, axes, i, j);
                lastDays[i][j] = cells[i * n2 + j].totalDays();
            }
        }
        double[][] value = new double[n1][n2];
        double[][] lower = new double[n1][n2];
        double[][] upper = new double[n1][n2];
        AtomicInteger done = new AtomicInteger();
        // The subjects depend only on the parameters a point's scenario sets (its preset and
        // overrides): each thread draws them again only when those change, as along a
        // parameters.<name> axis, and reuses its results array.
        ThreadLocal<Object[]> drawn = ThreadLocal.withInitial(() -> new Object[] {null, null, new double[subjects]});
        ParallelRuns.forEach(
                cells.length,
                c -> {
                    Scenario s = cells[c];
                    Object[] mine = drawn.get();
                    Object key = List.of(s.preset(), s.parameters());
                    if (!key.equals(mine[0])) {
                        mine[1] = Cohort.draw(s.modelParameters(), sampler.apply(s), subjects, seed);
                        mine[0] = key;
                    }
                    Cohort.Readings readings = ((Cohort) mine[1]).read(simulator, s, outcome.measure(), outcome.day());
                    double[] outcomes = (double[]) mine[2];
                    for (int k = 0; k < subjects; k++) {
                        outcomes[k] = outcome.of(readings, k);
                    }
                    int i = c / n2;
                    int j = c % n2;
                    if (outcome.isShare()) {
                        double share = 0;
                        for (double o : outcomes) {
                            share += o;
                        }
                        share /= subjects;
                        double[] interval = wilson(share / 100, subjects, SHARE_CONFIDENCE);
                        value[i][j] = share;
                        lower[i][j] = 100 * interval[0];
                        upper[i][j] = 100 * interval[1];
                    } else {
                        java.util.Arrays.sort(outcomes);
                        value[i][j] = Percentiles.ofSorted(outcomes, 50);
                        lower[i][j] = Percentiles.ofSorted(outcomes, lowerPercentile);
                        upper[i][j] = Percentiles.ofSorted(outcomes, upperPercentile);
                    }
                    progress.accept(done.incrementAndGet());
                },
                threads,
                1);
        return new Sweep(List.copyOf(axes), outcome, value, lower, upper, lastDays);
    }

    /**
     * The Wilson score interval of a proportion (Wilson 1927, J Am Stat Assoc 22:209–212;
     * recommended by Brown, Cai and DasGupta 2001, Stat Sci 16:101–133): it stays within [0, 1]
     * and keeps its coverage near 0 and 1, where the normal approximation fails.
     *
     * @param p the observed proportion
     * @param n the number of trials
     * @param confidence such as 0.95
     * @return the lower and upper ends
     */
    static double[] wilson(double p, int n, double confidence) {
        double z = new org.apache.commons.math3.distribution.NormalDistribution()
                .inverseCumulativeProbability(0.5 + confidence / 2);
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2n / (4 * n)) / (1 + z2n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
