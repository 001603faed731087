package org.inertia.cli.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;

/**
 * The settings of one phase a class changes on the page: its length, its mobility and its first
 * exercise (or none), and which phase of the written scenario it started from (none for a phase
 * added on the page).
 *
 * @param from the index of the written phase it changes; empty for an added phase
 * @param days length of the phase (d)
 * @param mobility mobility during it
 * @param activity its first exercise, or empty for none
 * @param minutesPerSession length of a session of that exercise (min)
 * @param sessionsPerWeek sessions of it per week
 * @param intensity its intensity
 */
public record PhaseControls(
        OptionalInt from,
        int days,
        Mobility mobility,
        Optional<Activity> activity,
        double minutesPerSession,
        int sessionsPerWeek,
        Intensity intensity) {

    /** Exercise offered when a phase has none: 30 minutes of moderate activity a day. */
    static final double DEFAULT_MINUTES = 30;

    /** Length of a phase added on the page (d): two weeks. */
    static final int ADDED_DAYS = 14;

    /**
     * Checks for nulls and the ranges of the scenario format.
     *
     * @param from the index of the written phase it changes; empty for an added phase
     * @param days length of the phase (d)
     * @param mobility mobility during it
     * @param activity its first exercise, or empty for none
     * @param minutesPerSession length of a session of that exercise (min)
     * @param sessionsPerWeek sessions of it per week
     * @param intensity its intensity
     */
    public PhaseControls {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(mobility, "mobility");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(intensity, "intensity");
        if (days < 1 || days > Scenario.MAX_TOTAL_DAYS) {
            throw new IllegalArgumentException("a phase lasts 1 to 3650 days, was " + days);
        }
        // Exercise checks its own ranges; build one to apply those checks here.
        new Exercise(Activity.WALKING, minutesPerSession, sessionsPerWeek, intensity);
    }

    /**
     * {@return the controls of a written phase}
     *
     * @param index its index in the scenario
     * @param phase the phase
     */
    static PhaseControls of(int index, Phase phase) {
        Optional<Exercise> first = phase.exercise().stream().findFirst();
        return new PhaseControls(
                OptionalInt.of(index),
                phase.days(),
                phase.mobility(),
                first.map(Exercise::activity),
                first.map(Exercise::minutesPerSession).orElse(DEFAULT_MINUTES),
                first.map(Exercise::sessionsPerWeek).orElse(Exercise.DEFAULT_SESSIONS_PER_WEEK),
                first.map(Exercise::intensity).orElse(Intensity.MODERATE));
    }

    /** {@return a phase added on the page: two weeks of ordinary daily life, no exercise} */
    static PhaseControls added() {
        return new PhaseControls(
                OptionalInt.empty(),
                ADDED_DAYS,
                Mobility.NORMAL,
                Optional.empty(),
                DEFAULT_MINUTES,
                Exercise.DEFAULT_SESSIONS_PER_WEEK,
                Intensity.MODERATE);
    }

    /** {@return a copy that changes the written phase {@code index}} */
    PhaseControls withFrom(OptionalInt index) {
        return new PhaseControls(index, days, mobility, activity, minutesPerSession, sessionsPerWeek, intensity);
    }

    /** {@return the exercise these controls prescribe, or empty for none} */
    Optional<Exercise> exercise() {
        return activity.map(a -> new Exercise(a, minutesPerSession, sessionsPerWeek, intensity));
    }

    /** {@return whether these controls prescribe a different first exercise than the others} */
    boolean exerciseDiffers(PhaseControls other) {
        return !exercise().equals(other.exercise());
    }

    /**
     * {@return the phase these controls make: the written one (when there is one) with their
     * length, mobility and first exercise; its name follows the mobility when that changed
     * ({@link #nameOf}), and its other exercise is kept}
     *
     * @param written the written phase it changes, or null for an added phase
     */
    Phase applyTo(Phase written) {
        if (written == null) {
            return new Phase(
                    nameOf(mobility), days, mobility, exercise().map(List::of).orElse(List.of()));
        }
        List<Exercise> exercise = new ArrayList<>(written.exercise());
        Optional<Exercise> first = exercise.stream().findFirst();
        Optional<Exercise> wanted = exercise();
        boolean same = first.map(
                        e -> new Exercise(e.activity(), e.minutesPerSession(), e.sessionsPerWeek(), e.intensity()))
                .equals(wanted);
        if (!same) {
            // Set-dosed or muscle-specific exercise is kept as written unless its settings change.
            if (wanted.isEmpty()) {
                exercise.remove(0);
            } else if (exercise.isEmpty()) {
                exercise.add(wanted.get());
            } else {
                exercise.set(0, wanted.get());
            }
        }
        String name = mobility == written.mobility() ? written.name() : nameOf(mobility);
        return new Phase(name, days, mobility, exercise);
    }

    /**
     * {@return the name a phase gets from its mobility, for a phase added on the page or one whose
     * mobility was changed: a brace taken off is "Normal daily life", not still "Lumbar brace"}
     *
     * @param mobility the phase's mobility
     */
    public static String nameOf(Mobility mobility) {
        return switch (mobility) {
            case BED_REST -> "Bed rest";
            case LUMBAR_BRACE -> "Lumbar brace";
            case LEG_CAST -> "Leg in a cast";
            case LIMB_SUSPENSION -> "Leg off the ground";
            case SEDENTARY -> "Little walking";
            case NORMAL -> "Normal daily life";
        };
    }
}
