/**
 * The deconditioning model's parameters: each {@link org.inertia.sim.parameters.Parameter} with
 * its unit, accepted range and the published source of its default; complete immutable value sets
 * ({@link org.inertia.sim.parameters.ModelParameters}); and the named
 * {@link org.inertia.sim.parameters.Preset}s a scenario starts from (the calibrated default and the
 * popular claims). Scenario files override single parameters by key.
 */
package org.inertia.sim.parameters;
