package org.inertia.sim.trajectory;

import java.util.List;
import java.util.Objects;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.scenario.Scenario;

/**
 * The handler that records every measure of every day of one simulation and then hands over the
 * result as an immutable {@link Trajectory}. One recorder serves one simulation run.
 */
public final class TrajectoryRecorder implements TrajectoryHandler {

    private static final List<Measure> MEASURES = Trajectory.measures();

    private final Scenario scenario;
    private final double[][] values;
    private final int[] phaseOfDay;
    private int recordedDays;
    private boolean finished;

    /**
     * An empty recorder for a scenario.
     *
     * @param scenario the scenario about to be simulated
     */
    public TrajectoryRecorder(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        int days = scenario.totalDays() + 1;
        this.values = new double[MEASURES.size()][days];
        this.phaseOfDay = new int[days];
    }

    /**
     * Records one day.
     *
     * @param state the day's state
     * @throws IllegalStateException if days arrive out of order, past the scenario's end, or after
     *     {@link #trajectory()} was called
     */
    @Override
    public void handleDay(DailyState state) {
        if (finished) {
            throw new IllegalStateException("the trajectory was already handed over");
        }
        if (state.day() != recordedDays || state.day() >= phaseOfDay.length) {
            throw new IllegalStateException("expected day " + recordedDays + ", got " + state.day());
        }
        for (int m = 0; m < MEASURES.size(); m++) {
            values[m][state.day()] = state.percent(MEASURES.get(m));
        }
        phaseOfDay[state.day()] = state.phaseIndex();
        recordedDays++;
    }

    /**
     * {@return the recorded trajectory; the recorder accepts no more days afterwards}
     *
     * @throws IllegalStateException if not every day of the scenario was recorded
     */
    public Trajectory trajectory() {
        if (recordedDays != phaseOfDay.length) {
            throw new IllegalStateException("recorded " + recordedDays + " of " + phaseOfDay.length + " days");
        }
        finished = true;
        return new Trajectory(scenario, values, phaseOfDay);
    }
}
