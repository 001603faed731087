/**
 * Inertia's simulation library: scenarios of disuse and exercise in, daily trajectories of muscle
 * strength and mass out.
 *
 * <p>Packages, each depending only on those above it:
 *
 * <ul>
 *   <li>{@link org.inertia.sim.measure}: what is simulated and measured (muscle groups, strength
 *       and mass, measure names);
 *   <li>{@link org.inertia.sim.parameters}: the model's parameters, their ranges and published
 *       sources, and the presets;
 *   <li>{@link org.inertia.sim.scenario}: what happens to a person (records and enums);
 *   <li>{@link org.inertia.sim.scenario.io}: scenario files (YAML) in and out, with user mistakes
 *       reported at their file location;
 *   <li>{@link org.inertia.sim.trajectory}: the result of a simulation, day by day, its handlers
 *       and summaries;
 *   <li>{@link org.inertia.sim.model}: the deconditioning model and its two engines behind
 *       {@link org.inertia.sim.model.Simulator};
 *   <li>{@link org.inertia.sim.findings}: what a result means, as values (lowest point, the group
 *       that loses most, when it is back, which option is better);
 *   <li>{@link org.inertia.sim.evidence}, {@link org.inertia.sim.population} and {@link
 *       org.inertia.sim.sweep}: the model against published studies, virtual populations, and
 *       questions over many runs.
 * </ul>
 *
 * <p>A first use, as in the README:
 *
 * <pre>
 *   Scenario scenario = ScenarioReader.read(Path.of("scenarios/bed-rest-21d.yaml"));
 *   Trajectory trajectory = Simulator.exact().simulate(scenario);
 *   MeasureSummary knee = trajectory.summary(Measure.parse("strength.knee_extensors").orElseThrow());
 * </pre>
 *
 * <p>The library never prints, never exits and knows nothing of terminals or charts.
 */
package org.inertia.sim;
