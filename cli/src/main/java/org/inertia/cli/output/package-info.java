/**
 * What the commands write: tidy CSV ({@link org.inertia.cli.output.CsvWriter}), JSON ({@link
 * org.inertia.cli.output.JsonWriter}), the summary table printed on the terminal ({@link
 * org.inertia.cli.output.SummaryTable}), and all-or-nothing file writing ({@link
 * org.inertia.cli.output.AtomicFiles}).
 */
package org.inertia.cli.output;
