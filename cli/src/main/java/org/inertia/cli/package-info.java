/**
 * The {@code inertia} command line: {@link org.inertia.cli.Inertia} is the root command and the
 * one place where outcomes become exit codes; each subcommand ({@code run}, {@code compare},
 * {@code validate}, {@code list}) is one class that reads input, calls the simulation library and
 * writes output. The picocli {@code description} strings are the user documentation.
 */
package org.inertia.cli;
