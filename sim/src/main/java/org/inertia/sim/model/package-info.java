/**
 * The deconditioning model and its engines. A {@link org.inertia.sim.model.Simulator} turns a
 * scenario into daily states: {@link org.inertia.sim.model.Simulator#exact()} solves each phase in
 * closed form (the model is piecewise first-order linear), {@link
 * org.inertia.sim.model.Simulator#ode()} integrates the same equations with Commons Math's adaptive
 * Dormand–Prince method, one integration per phase so that no step straddles a phase boundary;
 * the two are tested against each other. {@link org.inertia.sim.model.ActivityEffect} is the
 * catalogue of what each activity does to each muscle group.
 *
 * <p>In brief: each muscle group carries two states, muscle mass {@code M} and a neural factor
 * {@code N}, both 1 at baseline; strength is {@code M·N}. In every phase each state relaxes
 * first-order towards a target set by the phase's unloading and exercise, with one time constant
 * while it falls and another, age-dependent one while it recovers. The equations live in one
 * package-private class; the derivation with every parameter, its value, unit and source is in
 * {@code docs/model.md}.
 */
package org.inertia.sim.model;
