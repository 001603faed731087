/**
 * The printable reports of {@code inertia report}, each one self-contained HTML file: the
 * clinician report ({@link org.inertia.cli.report.HtmlReport}) with the scenarios in plain words,
 * inline SVG charts, the summary tables and the evidence behind the default model, and the
 * one-page patient handout ({@link org.inertia.cli.report.HtmlPatientHandout}). Each page is a jte
 * template (cli/src/main/jte, compiled to classes of this package at build time) filled in with
 * plain text, which the template escapes; the style sheets are resources beside the classes.
 */
package org.inertia.cli.report;
