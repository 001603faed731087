package org.inertia.sim.findings;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * When a measure is back to a threshold (a share of its own baseline, such as 95 % or 100 %),
 * with what to say when it is not: it never fell below it, it is back on a given day, or it is
 * not back within the scenario and still this far short of it on the last day. The rule is that of
 * {@link MeasureSummary} (the first day after the lowest point at or above the threshold), for any
 * threshold; "back to 95 %" is its default case.
 *
 * @param summary the measure's summary against the threshold
 * @param lastDay the scenario's last day
 */
public record Recovery(MeasureSummary summary, int lastDay) {

    /**
     * Checks for null.
     *
     * @param summary the measure's summary against the threshold
     * @param lastDay the scenario's last day
     */
    public Recovery {
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * {@return when a measure is back to each threshold, in the order given}
     *
     * @param trajectory the simulated scenario
     * @param measure the measure
     * @param thresholdsPercent the thresholds (% of baseline), each in (0, 100]
     */
    public static List<Recovery> of(Trajectory trajectory, Measure measure, List<Double> thresholdsPercent) {
        return thresholdsPercent.stream().map(t -> of(trajectory, measure, t)).toList();
    }

    /**
     * {@return when a measure is back to a threshold}
     *
     * @param trajectory the simulated scenario
     * @param measure the measure
     * @param thresholdPercent the threshold (% of baseline), 1 to 100 ({@link MeasureSummary.Scan})
     */
    public static Recovery of(Trajectory trajectory, Measure measure, double thresholdPercent) {
        return new Recovery(trajectory.summary(measure, thresholdPercent), trajectory.lastDay());
    }

    /** {@return the threshold (% of baseline)} */
    public double thresholdPercent() {
        return summary.recoveryThresholdPercent();
    }

    /** {@return whether the measure never fell below the threshold (nothing to recover)} */
    public boolean neverBelow() {
        return !summary.fellBelowThreshold();
    }

    /** {@return the first day back at the threshold after the lowest point; empty when never below or not back} */
    public OptionalInt day() {
        return summary.recoveryDay();
    }

    /** {@return days from the lowest point back to the threshold: 0 when never below; empty when not back} */
    public OptionalInt daysAfterLowest() {
        return neverBelow() ? OptionalInt.of(0) : summary.daysToRecover();
    }

    /** {@return whether it fell below the threshold and is not back within the scenario} */
    public boolean notWithinScenario() {
        return summary.fellBelowThreshold() && summary.recoveryDay().isEmpty();
    }

    /** {@return how far short of the threshold the measure still is on the last day (pp); 0 when it is not} */
    public double shortByPoints() {
        return Math.max(0, thresholdPercent() - summary.endPercent());
    }
}
