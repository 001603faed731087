/**
 * The evidence behind the model: a curated set of published human studies ({@link
 * org.inertia.sim.evidence.EvidenceSet}, one {@link org.inertia.sim.evidence.EvidenceRow} per
 * study arm, time point and measure, each with a scenario reproducing its protocol), the
 * comparison of the model with them ({@link org.inertia.sim.evidence.EvidenceReport}), the
 * calibration of the default parameters against them ({@link
 * org.inertia.sim.evidence.Calibration}), and fitting parameters to a user's own measurements
 * ({@link org.inertia.sim.evidence.ParameterFit}).
 */
package org.inertia.sim.evidence;
