/**
 * Turning a scenario into daily trajectories. A {@link org.inertia.sim.simulation.Simulator}
 * walks the phases and hands each day's state to a {@link
 * org.inertia.sim.simulation.TrajectoryHandler}; {@link org.inertia.sim.simulation.Trajectory}
 * is the handler that keeps every measure, with summaries such as the lowest value and the day
 * strength is back to 95 % of baseline.
 *
 * <p>Two engines share the interface and are tested against each other: {@link
 * org.inertia.sim.simulation.ClosedFormSimulator} solves each phase exactly (the model is
 * piecewise first-order linear), {@link org.inertia.sim.simulation.OdeSimulator} integrates the
 * equations with Commons Math's adaptive Dormand–Prince method, one integration per phase so that
 * no step straddles a phase boundary.
 */
package org.inertia.sim.simulation;
