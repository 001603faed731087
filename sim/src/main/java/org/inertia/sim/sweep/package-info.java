/**
 * Questions over many scenarios: {@link org.inertia.sim.sweep.Sweep} runs a grid over one or two
 * scenario fields ({@link org.inertia.sim.sweep.ScenarioField}, such as {@code phases[0].days}),
 * {@link org.inertia.sim.sweep.Sensitivity} perturbs each model parameter in turn to show which
 * assumptions drive an answer, and {@link org.inertia.sim.sweep.GlobalSensitivity} varies them all
 * at once over their uncertainty (Sobol' indices, Morris screening).
 */
package org.inertia.sim.sweep;
