package org.inertia.sim.simulation;

import java.util.List;
import java.util.Objects;
import org.inertia.sim.model.Measure;
import org.inertia.sim.scenario.Scenario;

/**
 * Every measure of a simulated scenario, day by day, in % of baseline. Built by a {@link
 * Simulator} as a {@link TrajectoryHandler}.
 */
public final class Trajectory implements TrajectoryHandler {

    private static final List<Measure> MEASURES = Measure.all();

    private final Scenario scenario;
    private final double[][] values;
    private final int[] phaseOfDay;
    private int recordedDays;

    /**
     * An empty trajectory for a scenario, to be filled by a simulator.
     *
     * @param scenario the scenario being simulated
     */
    public Trajectory(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        int days = scenario.totalDays() + 1;
        this.values = new double[MEASURES.size()][days];
        this.phaseOfDay = new int[days];
    }

    @Override
    public void handleDay(DailyState state) {
        if (state.day() != recordedDays) {
            throw new IllegalStateException("expected day " + recordedDays + ", got " + state.day());
        }
        for (int m = 0; m < MEASURES.size(); m++) {
            values[m][state.day()] = state.percent(MEASURES.get(m));
        }
        phaseOfDay[state.day()] = state.phaseIndex();
        recordedDays++;
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
        return MeasureSummary.of(measure, values[MEASURES.indexOf(measure)], MeasureSummary.DEFAULT_RECOVERY_PERCENT);
    }
}
