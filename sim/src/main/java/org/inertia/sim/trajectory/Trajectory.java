package org.inertia.sim.trajectory;

import java.util.List;
import java.util.Objects;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.scenario.Scenario;

/**
 * Every measure of a simulated scenario, day by day, in % of baseline: the immutable result of a
 * simulation, built by a {@link TrajectoryRecorder}.
 */
public final class Trajectory {

    private static final List<Measure> MEASURES = Measure.all();

    private final Scenario scenario;
    private final double[][] values;
    private final int[] phaseOfDay;

    /** Takes ownership of arrays the recorder no longer writes. */
    Trajectory(Scenario scenario, double[][] values, int[] phaseOfDay) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.values = values;
        this.phaseOfDay = phaseOfDay;
    }
    /** {@return the scenario simulated} */
    public Scenario scenario() {
        return scenario;
    }

    /** {@return the last day (d); days run from 0 (baseline) to this} */
    public int lastDay() {
        return scenario.totalDays();
    }

    /** {@return the measures a trajectory holds} */
    public static List<Measure> measures() {
        return MEASURES;
    }

    /**
     * {@return the value of a measure on a day (% of baseline)}
     *
     * @param measure the measure
     * @param day a day from 0 to {@link #lastDay()}
     */
    public double percent(Measure measure, int day) {
        if (day < 0 || day > lastDay()) {
            throw new IllegalArgumentException("day " + day + " is outside the scenario's days 0 to " + lastDay());
        }
        return values[MEASURES.indexOf(measure)][day];
    }

    /**
     * {@return the values of a measure for days 0 to {@link #lastDay()} (% of baseline); a copy}
     *
     * @param measure the measure
     */
    public double[] series(Measure measure) {
        return values[MEASURES.indexOf(measure)].clone();
    }

    /**
     * {@return the phase a day belongs to (day 0 belongs to the first)}
     *
     * @param day a day from 0 to {@link #lastDay()}
     */
    public int phaseOf(int day) {
        return phaseOfDay[day];
    }

    /**
     * {@return the summary of a measure with the default recovery threshold (95 % of baseline)}
     *
     * @param measure the measure
     */
    public MeasureSummary summary(Measure measure) {
        return summary(measure, MeasureSummary.DEFAULT_RECOVERY_PERCENT);
    }

    /**
     * {@return the summary of a measure with a recovery threshold: when it is back to that share
     * of baseline after its lowest point; the default summary is the case of 95 %}
     *
     * @param measure the measure
     * @param thresholdPercent the threshold (% of baseline), such as 95 or 100
     */
    public MeasureSummary summary(Measure measure, double thresholdPercent) {
        return MeasureSummary.of(measure, values[MEASURES.indexOf(measure)], thresholdPercent);
    }
}
