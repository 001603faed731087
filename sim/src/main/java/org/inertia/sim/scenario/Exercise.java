package org.inertia.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.inertia.sim.measure.MuscleGroup;

/**
 * A recurring exercise prescription within a phase. A timed exercise is dosed by minutes per
 * session and intensity; resistance exercise may instead be dosed by sets, repetitions and load
 * ({@link SetDose}), in which case the session length and intensity are nominal values derived
 * from the sets ({@link SetDose#nominalMinutes()}, {@link SetDose#intensity()}).
 *
 * @param activity the modality
 * @param minutesPerSession length of one session (min), 1 to {@value #MAX_MINUTES_PER_SESSION};
 *     nominal for a set-dosed exercise
 * @param sessionsPerWeek sessions per week, 1 to {@value #MAX_SESSIONS_PER_WEEK}
 * @param intensity effort of a session; nominal for a set-dosed exercise
 * @param sets the set dose of a resistance exercise dosed by sets; empty for a timed exercise
 * @param muscles the muscle groups the exercise loads, without repeats; empty for the activity's
 *     usual groups
 */
public record Exercise(
        Activity activity,
        double minutesPerSession,
        int sessionsPerWeek,
        Intensity intensity,
        Optional<SetDose> sets,
        List<MuscleGroup> muscles) {

    /** Longest session accepted (min): eight hours. */
    public static final double MAX_MINUTES_PER_SESSION = 480;

    /** Most sessions per week accepted: twice a day. */
    public static final int MAX_SESSIONS_PER_WEEK = 14;

    /** Sessions per week when a scenario does not say: daily. */
    public static final int DEFAULT_SESSIONS_PER_WEEK = 7;

    /**
     * Checks ranges, that only resistance exercise is dosed by sets, and that the muscles are
     * simulated groups named once each; copies the list.
     *
     * @param activity the modality
     * @param minutesPerSession length of one session (min)
     * @param sessionsPerWeek sessions per week
     * @param intensity effort of a session
     * @param sets the set dose, or empty
     * @param muscles the groups loaded, or empty for the activity's usual ones
     */
    public Exercise {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(intensity, "intensity");
        Objects.requireNonNull(sets, "sets");
        if (!(minutesPerSession >= 1 && minutesPerSession <= MAX_MINUTES_PER_SESSION)) {
            throw new IllegalArgumentException(
                    "minutes per session must be between 1 and 480, was " + minutesPerSession);
        }
        if (sessionsPerWeek < 1 || sessionsPerWeek > MAX_SESSIONS_PER_WEEK) {
            throw new IllegalArgumentException("sessions per week must be between 1 and 14, was " + sessionsPerWeek);
        }
        if (sets.isPresent() && activity != Activity.RESISTANCE) {
            throw new IllegalArgumentException("only resistance exercise is dosed by sets");
        }
        muscles = List.copyOf(muscles);
        for (MuscleGroup g : muscles) {
            if (g.isComposite()) {
                throw new IllegalArgumentException("an exercise loads simulated groups, not " + g.key());
            }
        }
        if (muscles.stream().distinct().count() != muscles.size()) {
            throw new IllegalArgumentException("a muscle group is named twice");
        }
    }

    /**
     * A timed exercise loading the activity's usual muscle groups.
     *
     * @param activity the modality
     * @param minutesPerSession length of one session (min)
     * @param sessionsPerWeek sessions per week
     * @param intensity effort of a session
     */
    public Exercise(Activity activity, double minutesPerSession, int sessionsPerWeek, Intensity intensity) {
        this(activity, minutesPerSession, sessionsPerWeek, intensity, Optional.empty(), List.of());
    }

    /**
     * A resistance exercise dosed by sets.
     *
     * @param dose sets, repetitions and load of a session
     * @param sessionsPerWeek sessions per week
     * @param muscles the groups trained, or empty for a whole-body programme
     * @return the prescription
     */
    public static Exercise resistance(SetDose dose, int sessionsPerWeek, List<MuscleGroup> muscles) {
        return new Exercise(
                Activity.RESISTANCE,
                dose.nominalMinutes(),
                sessionsPerWeek,
                dose.intensity(),
                Optional.of(dose),
                muscles);
    }

    /** {@return the time spent in this activity, averaged over the week (min/day)} */
    public double minutesPerDay() {
        return minutesPerSession * sessionsPerWeek / 7.0;
    }

    /** {@return whether the muscles loaded are the activity's usual ones (none named)} */
    public boolean usualMuscles() {
        return muscles.isEmpty();
    }

    /**
     * {@return a copy with another session length; a set-dosed exercise becomes a timed one}
     *
     * @param minutes the new session length (min)
     */
    public Exercise withMinutesPerSession(double minutes) {
        return new Exercise(activity, minutes, sessionsPerWeek, intensity, Optional.empty(), muscles);
    }

    /**
     * {@return a copy with another number of sessions a week}
     *
     * @param perWeek sessions per week, 1 to {@value #MAX_SESSIONS_PER_WEEK}
     */
    public Exercise withSessionsPerWeek(int perWeek) {
        return new Exercise(activity, minutesPerSession, perWeek, intensity, sets, muscles);
    }

    /**
     * {@return a copy with other muscle groups loaded}
     *
     * @param newMuscles the groups, or empty for the activity's usual ones
     */
    public Exercise withMuscles(List<MuscleGroup> newMuscles) {
        return new Exercise(activity, minutesPerSession, sessionsPerWeek, intensity, sets, new ArrayList<>(newMuscles));
    }
}
