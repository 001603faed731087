package org.inertia.sim.scenario;

import java.util.Objects;

/**
 * A recurring exercise prescription within a phase.
 *
 * @param activity the modality
 * @param minutesPerSession length of one session (min), 1 to {@value #MAX_MINUTES_PER_SESSION}
 * @param sessionsPerWeek sessions per week, 1 to {@value #MAX_SESSIONS_PER_WEEK}
 * @param intensity effort of a session
 */
public record Exercise(Activity activity, double minutesPerSession, int sessionsPerWeek, Intensity intensity) {

    /** Longest session accepted (min): eight hours. */
    public static final double MAX_MINUTES_PER_SESSION = 480;

    /** Most sessions per week accepted: twice a day. */
    public static final int MAX_SESSIONS_PER_WEEK = 14;

    /** Sessions per week when a scenario does not say: daily. */
    public static final int DEFAULT_SESSIONS_PER_WEEK = 7;

    /**
     * Checks ranges.
     *
     * @param activity the modality
     * @param minutesPerSession length of one session (min), 1 to {@value #MAX_MINUTES_PER_SESSION}
     * @param sessionsPerWeek sessions per week, 1 to {@value #MAX_SESSIONS_PER_WEEK}
     * @param intensity effort of a session
     */
    public Exercise {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(intensity, "intensity");
        if (!(minutesPerSession >= 1 && minutesPerSession <= MAX_MINUTES_PER_SESSION)) {
            throw new IllegalArgumentException(
                    "minutes per session must be between 1 and 480, was " + minutesPerSession);
        }
        if (sessionsPerWeek < 1 || sessionsPerWeek > MAX_SESSIONS_PER_WEEK) {
            throw new IllegalArgumentException("sessions per week must be between 1 and 14, was " + sessionsPerWeek);
        }
    }

    /** {@return the time spent in this activity, averaged over the week (min/day)} */
    public double minutesPerDay() {
        return minutesPerSession * sessionsPerWeek / 7.0;
    }

    /**
     * {@return a copy with another session length}
     *
     * @param minutes the new session length (min)
     */
    public Exercise withMinutesPerSession(double minutes) {
        return new Exercise(activity, minutes, sessionsPerWeek, intensity);
    }
}
