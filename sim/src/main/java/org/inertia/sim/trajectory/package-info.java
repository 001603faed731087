/**
 * The result of a simulation. A simulator hands each day's immutable {@link
 * org.inertia.sim.trajectory.DailyState} to a {@link org.inertia.sim.trajectory.TrajectoryHandler}
 * (Commons Math's step-handler shape); {@link org.inertia.sim.trajectory.TrajectoryRecorder} is the
 * handler that keeps every measure and hands over an immutable {@link
 * org.inertia.sim.trajectory.Trajectory}; {@link org.inertia.sim.trajectory.MeasureSummary} holds
 * what a clinician asks of one measure (lowest point, end, when back to a threshold).
 */
package org.inertia.sim.trajectory;
