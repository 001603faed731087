/**
 * The printable report of {@code inertia report}: one self-contained HTML file ({@link
 * org.inertia.cli.report.HtmlReport}) with the scenarios in plain words, inline SVG charts, the
 * summary tables and the evidence behind the default model. The page is a jte template
 * (cli/src/main/jte, compiled at build time) filled in with plain text, which the template
 * escapes; the style sheet is a resource beside the classes.
 */
package org.inertia.cli.report;
