/**
 * What a simulation means, as values rather than sentences: the lowest point and the group that
 * loses most, when a measure is back to a threshold, and which of several options is better and
 * by how much. The command line and the classroom page word these findings in one place; the
 * library never does.
 */
package org.inertia.sim.findings;
