/**
 * What the commands write: tidy CSV ({@link org.inertia.cli.output.CsvWriter}), JSON ({@link
 * org.inertia.cli.output.JsonWriter}), the tables printed on the terminal ({@link
 * org.inertia.cli.output.SummaryTable}, {@link org.inertia.cli.output.SweepTable}, {@link
 * org.inertia.cli.output.SensitivityTable}), a progress bar for long population runs ({@link
 * org.inertia.cli.output.ProgressBar}), and all-or-nothing file writing ({@link
 * org.inertia.cli.output.AtomicFiles}).
 */
package org.inertia.cli.output;
