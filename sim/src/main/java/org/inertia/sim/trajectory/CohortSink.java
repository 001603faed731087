package org.inertia.sim.trajectory;

/**
 * Receives the values of a cohort, many subjects of one scenario simulated in step, one measure
 * and one day at a time: days in order from 0 to the last day, and for each day every measure in
 * the order asked. What a population engine needs of its subjects, without keeping their
 * trajectories.
 */
@FunctionalInterface
public interface CohortSink {

    /**
     * Called once per measure and day.
     *
     * @param measure the index of the measure in the list asked for
     * @param day the day
     * @param values the value of each subject of the cohort on that day (% of baseline), in
     *     {@code values[0]} to {@code values[count - 1]}; the array is reused for the next call
     * @param count the number of subjects
     */
    void accept(int measure, int day, float[] values, int count);
}
