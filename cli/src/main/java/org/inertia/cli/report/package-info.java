/**
 * The printable report of {@code inertia report}: one self-contained HTML file ({@link
 * org.inertia.cli.report.HtmlReport}) with the scenarios in plain words ({@link
 * org.inertia.cli.report.ScenarioWords}), inline SVG charts, the summary tables and the evidence
 * behind the default model; every user string escaped ({@link org.inertia.cli.report.Html}).
 */
package org.inertia.cli.report;
