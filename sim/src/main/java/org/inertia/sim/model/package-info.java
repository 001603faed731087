/**
 * The deconditioning model: which muscles ({@link org.inertia.sim.model.MuscleGroup}), what is
 * measured ({@link org.inertia.sim.model.Measure}), its parameters with their published sources
 * ({@link org.inertia.sim.model.Parameter}, {@link org.inertia.sim.model.Preset}), what each
 * activity does ({@link org.inertia.sim.model.ActivityEffect}), and the equations
 * ({@link org.inertia.sim.model.DeconditioningModel}, {@link
 * org.inertia.sim.model.DeconditioningEquations}).
 *
 * <p>In brief: each muscle group carries two states, muscle mass {@code M} and a neural factor
 * {@code N}, both 1 at baseline; strength is {@code M·N}. In every phase each state relaxes
 * first-order towards a target set by the phase's unloading and exercise, with one time constant
 * while it falls and another, age-dependent one while it recovers. The full derivation with
 * every parameter, its value, unit and source is in {@code docs/model.md}.
 */
package org.inertia.sim.model;
