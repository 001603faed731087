/**
 * Inertia's simulation library: scenarios of disuse and exercise in, daily trajectories of muscle
 * strength and mass out.
 *
 * <ul>
 *   <li>{@link org.inertia.sim.scenario} describes what happens to a person (records and enums);
 *   <li>{@link org.inertia.sim.scenario.io} reads and writes scenario files (YAML) and reports
 *       user mistakes with their file location;
 *   <li>{@link org.inertia.sim.model} holds the deconditioning model: muscle groups, parameters,
 *       presets and the equations, with their published sources;
 *   <li>{@link org.inertia.sim.simulation} turns a scenario into a trajectory, by an exact
 *       piecewise solution or by numerical integration.
 * </ul>
 *
 * <p>The library never prints, never exits and knows nothing of terminals or charts.
 */
package org.inertia.sim;
