package org.inertia.sim.population;

import java.util.List;
import java.util.Objects;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.MeasureSummary;

/**
 * A fixed set of virtual subjects, drawn once and simulated under as many scenarios as asked: the
 * same people in every cell of a population sweep, so that cells differ by the scenario alone.
 * Subject {@code i} is drawn with {@link PopulationSimulator#randomFor}{@code (seed, i)}, so it
 * is the same subject {@code i} as in a population run with that seed.
 */
public final class Cohort {

    /** Most subjects in one cohort (each keeps its parameter set, about 0.6 kB). */
    public static final int MAX_SUBJECTS = 100_000;

    private final ModelParameters centre;
    private final ModelParameters[] subjects;

    private Cohort(ModelParameters centre, ModelParameters[] subjects) {
        this.centre = centre;
        this.subjects = subjects;
    }

    /**
     * Draws a cohort.
     *
     * @param centre the parameters to draw around (a scenario's {@link Scenario#modelParameters()})
     * @param sampler how each subject's parameters are drawn
     * @param subjects the number of subjects, 1 to {@value #MAX_SUBJECTS}
     * @param seed the seed
     * @return the cohort
     */
    public static Cohort draw(ModelParameters centre, ParameterSampler sampler, int subjects, long seed) {
        Objects.requireNonNull(centre, "centre");
        if (subjects < 1 || subjects > MAX_SUBJECTS) {
            throw new IllegalArgumentException("a cohort has 1 to " + MAX_SUBJECTS + " subjects, not " + subjects);
        }
        var draw = sampler.sampler(centre);
        ModelParameters[] drawn = new ModelParameters[subjects];
        for (int i = 0; i < subjects; i++) {
            drawn[i] = draw.apply(PopulationSimulator.randomFor(seed, i));
        }
        return new Cohort(centre, drawn);
    }

    /** {@return the number of subjects} */
    public int size() {
        return subjects.length;
    }

    /** {@return the parameters the subjects were drawn around} */
    public ModelParameters centre() {
        return centre;
    }

    /**
     * What each subject of a cohort shows of one measure under one scenario; index {@code i} is
     * subject {@code i}. Immutable: the arrays are copied in, and their accessors return copies;
     * {@link #lowest(int)}, {@link #daysToRecover(int)}, {@link #end(int)} and {@link #onDay(int)}
     * read one subject's value without copying.
     *
     * @param lowest the lowest value (% of baseline)
     * @param daysToRecover days from the lowest point back to 95 % of baseline: 0 when never below,
     *     NaN when not back within the scenario
     * @param end the value on the last day
     * @param onDay the value on the day asked for (the last day for a shorter scenario)
     */
    public record Readings(float[] lowest, float[] daysToRecover, float[] end, float[] onDay) {

        /**
         * Copies the arrays.
         *
         * @param lowest the lowest value (% of baseline)
         * @param daysToRecover days from the lowest point back to 95 % of baseline
         * @param end the value on the last day
         * @param onDay the value on the day asked for
         */
        public Readings {
            lowest = lowest.clone();
            daysToRecover = daysToRecover.clone();
            end = end.clone();
            onDay = onDay.clone();
        }

        /** {@return a copy of each subject's lowest value} */
        @Override
        public float[] lowest() {
            return lowest.clone();
        }

        /** {@return a copy of each subject's days to recover} */
        @Override
        public float[] daysToRecover() {
            return daysToRecover.clone();
        }

        /** {@return a copy of each subject's value on the last day} */
        @Override
        public float[] end() {
            return end.clone();
        }

        /** {@return a copy of each subject's value on the day asked for} */
        @Override
        public float[] onDay() {
            return onDay.clone();
        }

        /**
         * {@return subject {@code i}'s lowest value}
         *
         * @param i the subject
         */
        public float lowest(int i) {
            return lowest[i];
        }

        /**
         * {@return subject {@code i}'s days to recover (0: never below; NaN: not back)}
         *
         * @param i the subject
         */
        public float daysToRecover(int i) {
            return daysToRecover[i];
        }

        /**
         * {@return subject {@code i}'s value on the last day}
         *
         * @param i the subject
         */
        public float end(int i) {
            return end[i];
        }

        /**
         * {@return subject {@code i}'s value on the day asked for}
         *
         * @param i the subject
         */
        public float onDay(int i) {
            return onDay[i];
        }
    }

    /**
     * Simulates every subject under a scenario, on the calling thread, and reads one measure.
     *
     * @param simulator the engine
     * @param scenario the scenario; its own parameters are ignored (the cohort's are used)
     * @param measure the measure
     * @param day the day for {@link Readings#onDay()}, at least 0
     * @return the readings
     */
    public Readings read(Simulator simulator, Scenario scenario, Measure measure, int day) {
        if (day < 0) {
            throw new IllegalArgumentException("day must not be negative");
        }
        int n = subjects.length;
        int last = scenario.totalDays();
        float[][] lowest = new float[1][n];
        float[][] recover = new float[1][n];
        float[][] end = new float[1][n];
        float[][] onDay = new float[1][n];
        RunningSummaries sink = new RunningSummaries(
                1, null, false, MeasureSummary.DEFAULT_RECOVERY_PERCENT, last, Math.min(day, last));
        ModelParameters[] block = new ModelParameters[Math.min(n, PopulationSimulator.BLOCK)];
        List<Measure> one = List.of(measure);
        for (int from = 0; from < n; from += PopulationSimulator.BLOCK) {
            int count = Math.min(PopulationSimulator.BLOCK, n - from);
            System.arraycopy(subjects, from, block, 0, count);
            sink.start(count);
            simulator.simulate(scenario, block, count, one, sink);
            sink.finish(from, lowest, recover);
            sink.finishKept(0, from, end);
            sink.finishKept(1, from, onDay);
        }
        return new Readings(lowest[0], recover[0], end[0], onDay[0]);
    }
}
