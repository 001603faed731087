/**
 * The classroom page of {@code inertia serve}: a web server on Jetty's core server
 * ({@link org.inertia.cli.serve.ClassroomServer}) that slow or hostile clients cannot stop ({@link
 * org.inertia.cli.serve.ServeLimits}), the "what if?" controls that change a scenario
 * ({@link org.inertia.cli.serve.ScenarioControls}), the plain-language sentence under each chart
 * ({@link org.inertia.cli.words.FindingWords}) and the shipped examples ({@link
 * org.inertia.cli.serve.Examples}). The page itself (HTML, CSS, script) is in this package's
 * resources; every figure and chart on it is computed here, by the code the command line uses.
 */
package org.inertia.cli.serve;
