package org.inertia.sim.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.commons.math3.random.RandomGenerator;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.MeasureSummary;

/**
 * Simulates a virtual population. Subject {@code i} draws its parameters from its own random
 * generator, seeded from the run's seed and {@code i} alone, and percentiles are built from
 * integer histogram counts, so a run is reproducible to the last digit whatever the number of
 * threads. Subjects are simulated in chunks; each chunk's values are added to shared histograms
 * and dropped, so memory does not grow with the number of subjects beyond a few bytes each.
 */
public final class PopulationSimulator {

    /** Subjects simulated by one task before its values are merged. */
    public static final int CHUNK = 256;

    /**
     * {@return the memory a run keeps per summarised measure and day (bytes): the day's histogram
     * and its median and band}
     */
    public static long bytesPerMeasureDay() {
        return 4L * DailyPercentiles.DEFAULT_BINS + 3 * 8;
    }

    private final Simulator simulator;
    private final ParameterSampler sampler;
    private final int threads;

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
     * Stores one subject's lowest value and the days from it back to 95 % (0: never below; NaN:
     * not back), found by {@link MeasureSummary}'s rule through a scan reused for every subject.
     */
    private static void summarise(
            MeasureSummary.Scan scan, float[] series, float[] lowest, float[] recover, int subject) {
        scan.read(series);
        lowest[subject] = series[scan.lowestDay()];
        if (!scan.fellBelowThreshold()) {
            recover[subject] = 0f;
        } else if (scan.recovered()) {
            recover[subject] = scan.recoveryDay() - scan.lowestDay();
        } else {
            recover[subject] = Float.NaN;
        }
    }

    /**
     * Simulates {@code subjects} virtual subjects of a scenario.
     *
     * @param scenario the scenario; its preset and overrides give the population mean
     * @param subjects number of subjects, at least 1
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
        if (subjects < 1) {
            throw new IllegalArgumentException("at least one subject");
        }
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
        ModelParameters mean = scenario.modelParameters();
        java.util.function.Function<RandomGenerator, ModelParameters> draw = sampler.sampler(mean);
        AtomicInteger done = new AtomicInteger();
        // One chunk buffer per worker thread, reused: a million-subject run allocates it twice, not 4,000 times.
        ThreadLocal<float[][][]> buffers = ThreadLocal.withInitial(() -> new float[CHUNK][m][days]);
        ThreadLocal<MeasureSummary.Scan> scans =
                ThreadLocal.withInitial(() -> new MeasureSummary.Scan(MeasureSummary.DEFAULT_RECOVERY_PERCENT));

        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, (subjects + CHUNK - 1) / CHUNK), r -> {
            Thread t = new Thread(r, "inertia-population");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int start = 0; start < subjects; start += CHUNK) {
                int from = start;
                int to = Math.min(subjects, start + CHUNK);
                tasks.add(pool.submit(() -> {
                    float[][][] values = buffers.get();
                    MeasureSummary.Scan scan = scans.get();
                    for (int i = from; i < to; i++) {
                        ModelParameters p = draw.apply(randomFor(seed, i));
                        float[][] v = values[i - from];
                        simulator.simulate(scenario, p, measures, v);
                        for (int k = 0; k < m; k++) {
                            summarise(scan, v[k], lowest[k], recover[k], i);
                        }
                    }
                    for (int k = 0; k < m; k++) {
                        synchronized (histograms[k]) {
                            for (int i = 0; i < to - from; i++) {
                                float[][] subject = values[i];
                                for (int d = 0; d < days; d++) {
                                    histograms[k].add(d, subject[k][d]);
                                }
                            }
                        }
                    }
                    progress.accept(done.addAndGet(to - from));
                }));
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
                List.copyOf(measures),
                median,
                lower,
                upper,
                lowest,
                recover,
                histograms.length == 0 ? 0 : histograms[0].resolutionPp());
    }
}
