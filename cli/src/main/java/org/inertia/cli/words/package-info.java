/**
 * Plain words for plain readers: the library's findings ({@link org.inertia.sim.findings}) and
 * scenarios as sentences, worded once here for the HTML report, the classroom page and the
 * terminal ({@link org.inertia.cli.words.FindingWords}, {@link org.inertia.cli.words.ScenarioWords},
 * {@link org.inertia.cli.words.Words}). Returns plain text; whoever renders it escapes it.
 */
package org.inertia.cli.words;
