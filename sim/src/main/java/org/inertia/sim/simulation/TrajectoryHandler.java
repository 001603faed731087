package org.inertia.sim.simulation;

/**
 * Receives the simulated state once per day, in order, from day 0 (baseline) to the last day, as
 * Commons Math's step handlers receive integration steps.
 */
@FunctionalInterface
public interface TrajectoryHandler {

    /**
     * Called once per day.
     *
     * @param state the state at the end of the day; valid only during this call
     */
    void handleDay(DailyState state);
}
