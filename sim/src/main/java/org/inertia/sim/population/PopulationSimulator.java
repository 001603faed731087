package org.inertia.sim.population;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.apache.commons.math3.random.RandomGenerator;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.CohortSink;
import org.inertia.sim.trajectory.DailyState;
import org.inertia.sim.trajectory.MeasureSummary;

/**
 * Simulates a virtual population. Subject {@code i} draws its parameters from its own random
 * generator, seeded from the run's seed and {@code i} alone, and percentiles are built from
 * integer histogram counts, so a run is reproducible to the last digit whatever the number of
 * threads. Subjects are simulated in blocks of {@value #BLOCK}, in step ({@link
 * Simulator#simulate(Scenario, ModelParameters[], int, List, CohortSink)}); each block's values
 * of a day are counted into the day's histogram and each subject's lowest value and recovery are
 * followed as the days pass, so memory does not grow with the number of subjects beyond a few
 * bytes each, nor with the days beyond the histograms.
 */
public final class PopulationSimulator {

    /** Subjects simulated in step by one worker, then summarised and dropped. */
    public static final int BLOCK = 1024;

    /**
     * Most subjects of one run: 10 million (two numbers each per measure are kept, 80 MB; the
     * command line's limit).
     */
    public static final int MAX_SUBJECTS = 10_000_000;

    /**
     * Most memory for the workers' own copies of the histograms, all workers together (bytes):
     * below it each worker counts into its own copy and the copies are merged once at the end;
     * above it (many measures over many years) the workers share one set, a day at a time.
     */
    static final long OWN_HISTOGRAMS_BUDGET = 128L << 20;

    /**
     * {@return the memory a run keeps per summarised measure and day (bytes): the day's histogram
     * and its median and band}
     */
    public static long bytesPerMeasureDay() {
        return 4L * DailyPercentiles.DEFAULT_BINS + 3 * 8;
    }

    /**
     * {@return the memory of one worker thread (bytes): a block's states and each subject's
     * running summary, and its own copy of the histograms where the budget allows}
     *
     * @param measures the number of measures summarised
     * @param days the number of days, day 0 included
     * @param threads the number of worker threads
     */
    public static long bytesPerWorker(int measures, int days, int threads) {
        long block = 3L * 8 * DailyState.STATES * BLOCK + measures * RunningSummaries.bytesPerMeasure() + 8L * BLOCK;
        long copy = measures * bytesPerMeasureDay() * days;
        return block + (ownHistograms(copy, threads) ? copy : 0);
    }

    private static boolean ownHistograms(long copyBytes, int workers) {
        return ownHistograms(copyBytes, workers, OWN_HISTOGRAMS_BUDGET);
    }

    private static boolean ownHistograms(long copyBytes, int workers, long budget) {
        return workers > 1 && workers * copyBytes <= budget;
    }

    private final Simulator simulator;
    private final ParameterSampler sampler;
    private final int threads;
    private final long ownHistogramsBudget;

    /**
     * A population simulator.
     *
     * @param simulator the engine for each subject
     * @param sampler how each subject's parameters are drawn around the scenario's: the
     *     between-person spread ({@link Variability}), the calibration's uncertainty ({@link
     *     CalibrationUncertainty}), or both
     * @param threads worker threads, at least 1
     */
    public PopulationSimulator(Simulator simulator, ParameterSampler sampler, int threads) {
        this(simulator, sampler, threads, OWN_HISTOGRAMS_BUDGET);
    }

    /** As the public constructor, with another budget for the workers' own histograms (tests: 0 shares them). */
    PopulationSimulator(Simulator simulator, ParameterSampler sampler, int threads, long ownHistogramsBudget) {
        this.ownHistogramsBudget = ownHistogramsBudget;
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.sampler = Objects.requireNonNull(sampler, "sampler");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    /**
     * The random generator of subject {@code i} of a run: seeded from the run's seed and the
     * subject's index alone (SplitMix64 mixing), so a subject draws the same parameters whatever
     * thread simulates it and however many subjects there are.
     *
     * @param seed the run's seed
     * @param subject the subject's index
     * @return a generator for that subject
     */
    public static RandomGenerator randomFor(long seed, int subject) {
        long z = seed + 0x9E3779B97F4A7C15L * (subject + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplitMixRandom(z ^ (z >>> 31));
    }

    /**
     * Simulates {@code subjects} virtual subjects of a scenario.
     *
     * @param scenario the scenario; its preset and overrides give the population mean
     * @param subjects number of subjects, 1 to {@value #MAX_SUBJECTS}
     * @param seed the seed
     * @param measures the measures to summarise
     * @param lowerPercentile lower band edge, such as 5
     * @param upperPercentile upper band edge, such as 95
     * @param progress told the number of subjects done so far, from worker threads; may be a no-op
     * @return the summarised population
     */
    public PopulationResult simulate(
            Scenario scenario,
            int subjects,
            long seed,
            List<Measure> measures,
            double lowerPercentile,
            double upperPercentile,
            IntConsumer progress) {
        if (subjects < 1 || subjects > MAX_SUBJECTS) {
            throw new IllegalArgumentException("a run has 1 to " + MAX_SUBJECTS + " subjects, not " + subjects);
        }
        Objects.requireNonNull(progress, "progress (use n -> {} for none)");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(measures, "measures");
        if (!(0 <= lowerPercentile && lowerPercentile < 50 && 50 < upperPercentile && upperPercentile <= 100)) {
            throw new IllegalArgumentException("band must satisfy 0 <= lower < 50 < upper <= 100");
        }
        int days = scenario.totalDays() + 1;
        int m = measures.size();
        DailyPercentiles[] histograms = new DailyPercentiles[m];
        for (int k = 0; k < m; k++) {
            histograms[k] = new DailyPercentiles(days, DailyPercentiles.DEFAULT_BINS);
        }
        float[][] lowest = new float[m][subjects];
        float[][] recover = new float[m][subjects];
        Function<RandomGenerator, ModelParameters> draw = sampler.sampler(scenario.modelParameters());
        int blocks = (subjects + BLOCK - 1) / BLOCK;
        int workers = Math.min(threads, blocks);
        long copyBytes = 0;
        for (DailyPercentiles h : histograms) {
            copyBytes += h.bytes();
        }
        boolean own = ownHistograms(copyBytes, workers, ownHistogramsBudget);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable worker = () -> {
            DailyPercentiles[] mine = histograms;
            if (own) {
                mine = new DailyPercentiles[m];
                for (int k = 0; k < m; k++) {
                    mine[k] = new DailyPercentiles(days, DailyPercentiles.DEFAULT_BINS);
                }
            }
            ModelParameters[] cohort = new ModelParameters[BLOCK];
            RunningSummaries sink =
                    new RunningSummaries(m, mine, !own && workers > 1, MeasureSummary.DEFAULT_RECOVERY_PERCENT);
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                int from = b * BLOCK;
                int count = Math.min(BLOCK, subjects - from);
                for (int i = 0; i < count; i++) {
                    cohort[i] = draw.apply(randomFor(seed, from + i));
                }
                sink.start(count);
                simulator.simulate(scenario, cohort, count, measures, sink);
                sink.finish(from, lowest, recover);
                progress.accept(done.addAndGet(count));
            }
            if (own) {
                // Integer counts: the order of the merges cannot change a digit.
                synchronized (histograms) {
                    for (int k = 0; k < m; k++) {
                        histograms[k].addAll(mine[k]);
                    }
                }
            }
        };
        runWorkers(worker, workers);

        double[][] median = new double[m][days];
        double[][] lower = new double[m][days];
        double[][] upper = new double[m][days];
        for (int k = 0; k < m; k++) {
            for (int d = 0; d < days; d++) {
                median[k][d] = histograms[k].percentile(d, 50);
                lower[k][d] = histograms[k].percentile(d, lowerPercentile);
                upper[k][d] = histograms[k].percentile(d, upperPercentile);
            }
        }
        return new PopulationResult(
                scenario,
                subjects,
                seed,
                lowerPercentile,
                upperPercentile,
                measures,
                median,
                lower,
                upper,
                lowest,
                recover,
                histograms.length == 0 ? 0 : histograms[0].resolutionPp());
    }

    /** Most memory {@link #eachSubject} keeps for a block of subjects' series (bytes). */
    public static final long SUBJECT_BUFFER_BYTES = 16L << 20;

    /** Receives the subjects of {@link #eachSubject}, one at a time, in the order of their index. */
    @FunctionalInterface
    public interface SubjectSink {

        /**
         * Called once per subject.
         *
         * @param subject the subject's index, from 0
         * @param parameters the subject's drawn parameters
         * @param values the subject's value of each measure (in the order asked) on each day, day 0
         *     first (% of baseline); the arrays are reused for the next subject
         * @throws IOException if the sink cannot take the subject
         */
        void accept(int subject, ModelParameters parameters, float[][] values) throws IOException;
    }

    /**
     * Simulates the subjects of a population run one by one and hands each one's parameters and
     * daily values to a sink, on the calling thread: subject {@code i} is the same person as
     * subject {@code i} of {@link #simulate} with the same seed, and of every scenario run with
     * that seed, so paired analyses across scenarios are possible. Memory stays within {@link
     * #SUBJECT_BUFFER_BYTES} however many subjects and days.
     *
     * @param scenario the scenario; its preset and overrides give the population mean
     * @param subjects number of subjects, at least 1
     * @param seed the seed
     * @param measures the measures; none to draw the subjects' parameters without simulating them
     * @param sink receives each subject
     * @throws IOException if the sink throws it
     */
    public void eachSubject(Scenario scenario, int subjects, long seed, List<Measure> measures, SubjectSink sink)
            throws IOException {
        if (subjects < 1) {
            throw new IllegalArgumentException("at least one subject");
        }
        int days = scenario.totalDays() + 1;
        int m = measures.size();
        long perSubject = Math.max(1, 4L * m * days);
        int block = (int) Math.max(1, Math.min(BLOCK, SUBJECT_BUFFER_BYTES / perSubject));
        float[][][] series = new float[block][m][days];
        ModelParameters[] cohort = new ModelParameters[block];
        Function<RandomGenerator, ModelParameters> draw = sampler.sampler(scenario.modelParameters());
        CohortSink keep = (measure, day, values, count) -> {
            for (int i = 0; i < count; i++) {
                series[i][measure][day] = values[i];
            }
        };
        for (int from = 0; from < subjects; from += block) {
            int count = Math.min(block, subjects - from);
            for (int i = 0; i < count; i++) {
                cohort[i] = draw.apply(randomFor(seed, from + i));
            }
            if (m > 0) {
                simulator.simulate(scenario, cohort, count, measures, keep);
            }
            for (int i = 0; i < count; i++) {
                sink.accept(from + i, cohort[i], series[i]);
            }
        }
    }

    /** Runs {@code count} copies of a worker on their own threads and waits for all of them. */
    private static void runWorkers(Runnable worker, int count) {
        ExecutorService pool = Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, "inertia-population");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tasks.add(pool.submit(worker));
            }
            for (Future<?> f : tasks) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("population run interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
