package org.inertia.sim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A stretch of days with constant mobility and a constant exercise prescription.
 *
 * @param name a label for charts and tables
 * @param days length of the phase (d), at least 1
 * @param mobility loading of the muscles outside exercise
 * @param exercise exercise prescriptions, possibly empty
 */
public record Phase(String name, int days, Mobility mobility, List<Exercise> exercise) {

    /**
     * Checks that the phase lasts at least a day; copies the exercise list.
     *
     * @param name a label for charts and tables
     * @param days length of the phase (d), at least 1
     * @param mobility loading of the muscles outside exercise
     * @param exercise exercise prescriptions, possibly empty
     */
    public Phase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mobility, "mobility");
        if (days < 1) {
            throw new IllegalArgumentException("a phase lasts at least one day, was " + days);
        }
        exercise = List.copyOf(exercise);
    }

    /**
     * {@return a copy lasting another number of days}
     *
     * @param newDays the new length (d)
     */
    public Phase withDays(int newDays) {
        return new Phase(name, newDays, mobility, exercise);
    }

    /**
     * {@return a copy with another exercise prescription}
     *
     * @param newExercise the new prescriptions
     */
    public Phase withExercise(List<Exercise> newExercise) {
        return new Phase(name, days, mobility, newExercise);
    }
}
