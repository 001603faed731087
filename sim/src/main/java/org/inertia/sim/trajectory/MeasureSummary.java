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
 * @param fellBelowThreshold whether the measure ever fell below the threshold
 * @param recoveryDay the first day after the lowest point on which the value is back at or above
 *     the threshold; empty when it never fell below it or is not back within the scenario
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
     * Summarises a daily series.
     *
     * @param measure the measure the series is of
     * @param percentByDay values for days 0 to the last day (% of baseline)
     * @param thresholdPercent the recovery threshold (% of baseline)
     * @return the summary
     */
    public static MeasureSummary of(Measure measure, double[] percentByDay, double thresholdPercent) {
        int lowestDay = 0;
        boolean below = false;
        for (int d = 0; d < percentByDay.length; d++) {
            if (percentByDay[d] < percentByDay[lowestDay]) {
                lowestDay = d;
            }
            below |= percentByDay[d] < thresholdPercent;
        }
        OptionalInt recovery = OptionalInt.empty();
        if (below) {
            for (int d = lowestDay + 1; d < percentByDay.length; d++) {
                if (percentByDay[d] >= thresholdPercent) {
                    recovery = OptionalInt.of(d);
                    break;
                }
            }
        }
        return new MeasureSummary(
                measure,
                percentByDay[lowestDay],
                lowestDay,
                percentByDay[percentByDay.length - 1],
                thresholdPercent,
                below,
                recovery);
    }

    /** {@return days from the lowest point until back at the threshold, when that happens} */
    public OptionalInt daysToRecover() {
        return recoveryDay.isPresent() ? OptionalInt.of(recoveryDay.getAsInt() - lowestDay) : OptionalInt.empty();
    }
}
