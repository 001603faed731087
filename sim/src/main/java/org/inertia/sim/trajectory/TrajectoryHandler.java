package org.inertia.sim.trajectory;

/**
 * Receives the simulated state once per day, in order, from day 0 (baseline) to the last day, as
 * Commons Math's step handlers receive integration steps. {@link TrajectoryRecorder} is the
 * handler that keeps everything as a {@link Trajectory}.
 */
@FunctionalInterface
public interface TrajectoryHandler {

    /**
     * Called once per day.
     *
     * @param state the state at the end of the day (immutable; may be kept)
     */
    void handleDay(DailyState state);
}
