/**
 * What happens to a person, as plain values: a {@link org.inertia.sim.scenario.Scenario} is a
 * {@link org.inertia.sim.scenario.Subject} and an ordered list of
 * {@link org.inertia.sim.scenario.Phase}s, each with a {@link org.inertia.sim.scenario.Mobility}
 * and optional {@link org.inertia.sim.scenario.Exercise}.
 *
 * <p>Records validate their arguments in their constructors; an invalid value there is a
 * programming error ({@link java.lang.IllegalArgumentException}). User input is checked earlier,
 * with file locations, by {@link org.inertia.sim.scenario.io.ScenarioReader}.
 */
package org.inertia.sim.scenario;
