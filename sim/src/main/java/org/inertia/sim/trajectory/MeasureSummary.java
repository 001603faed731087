package org.inertia.sim.trajectory;

import java.util.OptionalInt;
import org.inertia.sim.measure.Measure;

/**
 * The figures a clinician asks of one measure: how low it goes and when, where it ends, and when
 * it is back to a threshold (by default 95 % of baseline).
 *
 * @param measure the measure
 * @param lowestPercent the lowest value (% of baseline)
 * @param lowestDay the first day the lowest value is reached
 * @param endPercent the value on the last day (% of baseline)
 * @param recoveryThresholdPercent the threshold for recovery (% of baseline)
 * @param fellBelowThreshold whether the measure ever fell below the threshold (by more than {@link
 *     #RECOVERY_TOLERANCE_PP})
 * @param recoveryDay the first day after the lowest point on which the value is back at the
 *     threshold (within {@link #RECOVERY_TOLERANCE_PP}) for good, not falling below it again
 *     within the scenario; empty when it never fell below it or is not back (for good) within the
 *     scenario
 */
public record MeasureSummary(
        Measure measure,
        double lowestPercent,
        int lowestDay,
        double endPercent,
        double recoveryThresholdPercent,
        boolean fellBelowThreshold,
        OptionalInt recoveryDay) {

    /** Threshold of "recovered" when none is given: 95 % of baseline. */
    public static final double DEFAULT_RECOVERY_PERCENT = 95.0;

    /**
     * How far below a threshold a value may be and still be back at it (percentage points): what
     * prints as the threshold at the one decimal every output shows. Recovery in the model is an
     * exponential return that reaches 100 % of baseline only in the limit, so without it "back to
     * 100 %" was never reached, beside an end value printed as 100.0 %.
     */
    public static final double RECOVERY_TOLERANCE_PP = 0.05;

    /** Lowest recovery threshold (% of baseline): a fraction of it (0.95 for 95 %) is refused, not met at once. */
    public static final double MIN_THRESHOLD_PERCENT = 1;

    /**
     * {@return the lowest value that counts as back at a threshold: the threshold less {@link
     * #RECOVERY_TOLERANCE_PP}} Below it, a series is below the threshold.
     *
     * @param thresholdPercent the threshold (% of baseline)
     */
    public static double reachedFrom(double thresholdPercent) {
        return thresholdPercent - RECOVERY_TOLERANCE_PP;
    }

    /**
     * Summarises a daily series.
     *
     * @param measure the measure the series is of
     * @param percentByDay values for days 0 to the last day (% of baseline)
     * @param thresholdPercent the recovery threshold (% of baseline)
     * @return the summary
     */
    public static MeasureSummary of(Measure measure, double[] percentByDay, double thresholdPercent) {
        Scan scan = new Scan(thresholdPercent).read(percentByDay);
        return new MeasureSummary(
                measure,
                percentByDay[scan.lowestDay()],
                scan.lowestDay(),
                percentByDay[percentByDay.length - 1],
                thresholdPercent,
                scan.fellBelowThreshold(),
                scan.recovered() ? OptionalInt.of(scan.recoveryDay()) : OptionalInt.empty());
    }

    /** {@return days from the lowest point until back at the threshold, when that happens} */
    public OptionalInt daysToRecover() {
        return recoveryDay.isPresent() ? OptionalInt.of(recoveryDay.getAsInt() - lowestDay) : OptionalInt.empty();
    }

    /**
     * The rule behind {@link MeasureSummary#of}: the first day of the lowest value, whether the
     * series fell below the threshold, and the first day after the lowest point from which it is
     * back at or above it to the end. One instance, reused, summarises many series without allocating (every
     * subject of a virtual population); it is not thread-safe, so use one per thread.
     */
    public static final class Scan {

        /** The lowest value back at the threshold ({@link #reachedFrom}). */
        private final double thresholdPercent;

        private double[] widened = new double[0];
        private int lowestDay;
        private boolean fellBelow;
        private int recoveryDay;

        /**
         * A scan against one threshold.
         *
         * @param thresholdPercent the recovery threshold (% of baseline)
         */
        public Scan(double thresholdPercent) {
            if (!(thresholdPercent >= MIN_THRESHOLD_PERCENT && thresholdPercent <= 100)) {
                // A fraction typed for a percentage (0.95) would never be fallen below.
                throw new IllegalArgumentException("a recovery threshold is " + (int) MIN_THRESHOLD_PERCENT
                        + " to 100 (% of baseline, as the command line takes it), was " + thresholdPercent);
            }
            this.thresholdPercent = reachedFrom(thresholdPercent);
        }

        /**
         * Scans a daily series; the results are read from this scan until the next call.
         *
         * @param percentByDay values for days 0 to the last day (% of baseline), at least one
         * @return this scan
         */
        public Scan read(double[] percentByDay) {
            return read(percentByDay, percentByDay.length);
        }

        /**
         * Scans a daily series of single-precision values, as a population stores them; each is
         * widened exactly to {@code double}, so the result is that of the same values as doubles.
         *
         * @param percentByDay values for days 0 to the last day (% of baseline), at least one
         * @return this scan
         */
        public Scan read(float[] percentByDay) {
            int days = percentByDay.length;
            if (widened.length < days) {
                widened = new double[days];
            }
            for (int d = 0; d < days; d++) {
                widened[d] = percentByDay[d];
            }
            return read(widened, days);
        }

        private Scan read(double[] percentByDay, int days) {
            if (days < 1) {
                throw new IllegalArgumentException("a series needs at least day 0");
            }
            int low = 0;
            boolean below = false;
            for (int d = 0; d < days; d++) {
                if (percentByDay[d] < percentByDay[low]) {
                    low = d;
                }
                below |= percentByDay[d] < thresholdPercent;
            }
            // Back for good: a return followed by another fall below the threshold (a second stay
            // in bed) is no return, and the search goes on from there.
            int back = -1;
            if (below) {
                for (int d = low + 1; d < days; d++) {
                    if (percentByDay[d] < thresholdPercent) {
                        back = -1;
                    } else if (back < 0) {
                        back = d;
                    }
                }
            }
            lowestDay = low;
            fellBelow = below;
            recoveryDay = back;
            return this;
        }

        /** {@return the first day the lowest value is reached} */
        public int lowestDay() {
            return lowestDay;
        }

        /** {@return whether the series ever fell below the threshold} */
        public boolean fellBelowThreshold() {
            return fellBelow;
        }

        /** {@return whether the series fell below the threshold and is back at it within the series} */
        public boolean recovered() {
            return recoveryDay >= 0;
        }

        /**
         * {@return the first day after the lowest point on which the value is back at or above the
         * threshold}
         *
         * @throws IllegalStateException when it is not ({@link #recovered()} is false)
         */
        public int recoveryDay() {
            if (recoveryDay < 0) {
                throw new IllegalStateException("the series is not back at the threshold");
            }
            return recoveryDay;
        }
    }
}
