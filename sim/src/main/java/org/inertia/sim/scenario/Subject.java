package org.inertia.sim.scenario;

import java.util.Objects;

/**
 * The simulated person.
 *
 * @param ageYears age in years, 18 to 100 (the range the studies behind the model cover)
 * @param sex biological sex, or {@code null} when the scenario does not say
 * @param condition health while the scenario runs
 * @param fitness training status before the scenario
 */
public record Subject(int ageYears, Sex sex, Condition condition, Fitness fitness) {

    /** Youngest age the model accepts (years). */
    public static final int MIN_AGE_YEARS = 18;

    /** Oldest age the model accepts (years). */
    public static final int MAX_AGE_YEARS = 100;

    /**
     * Checks the age range and that a condition is given.
     *
     * @param ageYears age in years, 18 to 100 (the range the studies behind the model cover)
     * @param sex biological sex, or {@code null} when the scenario does not say
     * @param condition health while the scenario runs
     * @param fitness training status before the scenario
     */
    public Subject {
        if (ageYears < MIN_AGE_YEARS || ageYears > MAX_AGE_YEARS) {
            throw new IllegalArgumentException("age must be between 18 and 100 years, was " + ageYears);
        }
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(fitness, "fitness");
    }

    /**
     * An untrained subject: the default of scenario files.
     *
     * @param ageYears age in years, 18 to 100
     * @param sex biological sex, or {@code null} when the scenario does not say
     * @param condition health while the scenario runs
     */
    public Subject(int ageYears, Sex sex, Condition condition) {
        this(ageYears, sex, condition, Fitness.UNTRAINED);
    }

    /**
     * {@return a copy of this subject with another age}
     *
     * @param newAgeYears the new age in years
     */
    public Subject withAgeYears(int newAgeYears) {
        return new Subject(newAgeYears, sex, condition, fitness);
    }
}
