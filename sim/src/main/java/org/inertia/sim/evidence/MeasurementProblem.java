package org.inertia.sim.evidence;

import java.util.List;
import java.util.Objects;
import org.inertia.sim.scenario.io.Excerpt;

/**
 * One mistake in a measurement file, with where it stands and what would fix it.
 *
 * @param source the file (as the user named it), or another name for the text
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column of the CSV (the first field is column 1), or 0 for the whole line
 * @param field the column's name, such as {@code value}, or empty
 * @param message the problem, from the catalogue
 * @param arguments the message's arguments
 * @param hint what is allowed or what was probably meant; may be empty
 */
public record MeasurementProblem(
        String source,
        int line,
        int column,
        String field,
        MeasurementMessage message,
        List<Object> arguments,
        String hint) {

    /** Longest user text quoted back in a message (characters). */
    public static final int MAX_QUOTED = 40;

    /**
     * Checks for nulls and copies the arguments.
     *
     * @param source the file (as the user named it), or another name for the text
     * @param line 1-based line, or 0 when the problem concerns the whole file
     * @param column 1-based column of the CSV (the first field is column 1), or 0 for the whole line
     * @param field the column's name, such as {@code value}, or empty
     * @param message the problem, from the catalogue
     * @param arguments the message's arguments
     * @param hint what is allowed or what was probably meant; may be empty
     */
    public MeasurementProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        arguments = List.copyOf(arguments);
        hint = hint == null ? "" : hint;
    }

    /**
     * {@return a problem of the whole file}
     *
     * @param source the file
     * @param message the problem
     * @param arguments its arguments
     * @param hint what would fix it, or empty
     */
    static MeasurementProblem ofFile(String source, MeasurementMessage message, List<Object> arguments, String hint) {
        return new MeasurementProblem(source, 0, 0, "", message, arguments, hint);
    }

    /** {@return the message text with its arguments} */
    public String text() {
        return message.format(arguments.toArray());
    }

    /** {@return the problem on one line: {@code file:line:column: field: message (hint)}} */
    public String format() {
        // A file name of a thousand characters is shortened in the middle.
        StringBuilder sb = new StringBuilder(Excerpt.middle(source));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (!field.isEmpty()) {
            sb.append(field).append(": ");
        }
        sb.append(text());
        if (!hint.isEmpty()) {
            sb.append(" (").append(hint).append(')');
        }
        return sb.toString().replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public String toString() {
        return format();
    }

    /** A user's text as quoted back in a message: at most {@value #MAX_QUOTED} characters. */
    static String excerpt(String s) {
        return Excerpt.of(s);
    }
}
