/**
 * Scenario files: {@link org.inertia.sim.scenario.io.ScenarioReader} turns YAML into a {@link
 * org.inertia.sim.scenario.Scenario} or a list of {@link
 * org.inertia.sim.scenario.io.ScenarioProblem}s, each with its file, line, column and field, a
 * message from the {@link org.inertia.sim.scenario.io.ScenarioMessage} catalogue and a hint; {@link
 * org.inertia.sim.scenario.io.ScenarioWriter} writes a scenario back as YAML. The format is
 * documented in {@code docs/scenario-format.md}.
 */
package org.inertia.sim.scenario.io;
