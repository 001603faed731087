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

    /**
     * A sink that takes each day's values before they are rounded to {@code float} and rounds
     * them itself: {@code (float) values[i]} is exactly the value {@link #accept} would receive.
     * An engine then hands its own values over without a rounding pass of its own (a conversion the
     * compiler of Java 17 does not vectorise); a sink that reads each value once anyway rounds it
     * on the way.
     */
    interface Unrounded extends CohortSink {

        /**
         * Called once per measure and day, instead of {@link #accept}.
         *
         * @param measure the index of the measure in the list asked for
         * @param day the day
         * @param values the value of each subject of the cohort on that day (% of baseline), in
         *     {@code values[0]} to {@code values[count - 1]}, in full precision; the array is
         *     reused for the next call
         * @param count the number of subjects
         */
        void acceptUnrounded(int measure, int day, double[] values, int count);
    }
}
