package org.inertia.sim.scenario;

/**
 * The dose of one resistance-exercise session as resistance training is prescribed: sets of a
 * number of repetitions at a relative load. Efforts at or near maximal load (isometric maximal
 * contractions, maximal flywheel actions) are a load of 100 %.
 *
 * @param sets sets per session, 1 to {@value #MAX_SETS}
 * @param repetitions repetitions per set, 1 to {@value #MAX_REPETITIONS}
 * @param loadPercent load in % of the one-repetition maximum, {@value #MIN_LOAD_PERCENT} to 100
 */
public record SetDose(int sets, int repetitions, double loadPercent) {

    /** Most sets per session accepted. */
    public static final int MAX_SETS = 20;

    /** Most repetitions per set accepted. */
    public static final int MAX_REPETITIONS = 100;

    /** Lightest load accepted (% of one-repetition maximum). */
    public static final double MIN_LOAD_PERCENT = 20;

    /** Repetitions per set when a scenario does not say. */
    public static final int DEFAULT_REPETITIONS = 10;

    /** Load when a scenario does not say (% of one-repetition maximum): a usual training load. */
    public static final double DEFAULT_LOAD_PERCENT = 70;

    /** Minutes one set takes, with its rest: the nominal session length is sets times this. */
    public static final double MINUTES_PER_SET = 2.5;

    /**
     * Checks ranges.
     *
     * @param sets sets per session, 1 to {@value #MAX_SETS}
     * @param repetitions repetitions per set, 1 to {@value #MAX_REPETITIONS}
     * @param loadPercent load in % of the one-repetition maximum, {@value #MIN_LOAD_PERCENT} to 100
     */
    public SetDose {
        if (sets < 1 || sets > MAX_SETS) {
            throw new IllegalArgumentException("sets must be between 1 and " + MAX_SETS + ", was " + sets);
        }
        if (repetitions < 1 || repetitions > MAX_REPETITIONS) {
            throw new IllegalArgumentException(
                    "repetitions must be between 1 and " + MAX_REPETITIONS + ", was " + repetitions);
        }
        if (!(loadPercent >= MIN_LOAD_PERCENT && loadPercent <= 100)) {
            throw new IllegalArgumentException("load must be between 20 and 100 % of 1RM, was " + loadPercent);
        }
    }

    /** {@return the nominal length of a session (min): {@value #MINUTES_PER_SET} minutes per set} */
    public double nominalMinutes() {
        return sets * MINUTES_PER_SET;
    }

    /** {@return the effort band of the load: under 50 % light, under 75 % moderate, else vigorous} */
    public Intensity intensity() {
        return loadPercent < 50 ? Intensity.LIGHT : loadPercent < 75 ? Intensity.MODERATE : Intensity.VIGOROUS;
    }
}
