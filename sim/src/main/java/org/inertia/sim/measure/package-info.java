/**
 * What Inertia simulates and reports: five {@link org.inertia.sim.measure.MuscleGroup}s (and their
 * overall mean), two {@link org.inertia.sim.measure.Outcome}s (strength and muscle mass), and
 * their combinations as named {@link org.inertia.sim.measure.Measure}s such as {@code
 * strength.knee_extensors}. Every value is in % of the subject's own baseline.
 */
package org.inertia.sim.measure;
