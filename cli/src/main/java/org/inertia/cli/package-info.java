/**
 * The {@code inertia} command line: {@link org.inertia.cli.Inertia} is the root command and the
 * one place where outcomes become exit codes; each subcommand ({@code run}, {@code compare},
 * {@code sweep}, {@code sensitivity}, {@code evidence}, {@code fit}, {@code validate}, {@code
 * list}, {@code serve}, {@code report}) is one class that reads input, calls the simulation library
 * and writes output. Shared options are mixins in {@code options}, chart kinds in {@code chart},
 * file writers and terminal tables in {@code output}, findings and scenarios in plain words in
 * {@code words} (one wording for the report, the page and the terminal), the classroom web page in
 * {@code serve}, the
 * HTML report in {@code report}. The picocli {@code description} strings are the user documentation.
 */
package org.inertia.cli;
