package org.inertia.sim.scenario.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One mistake in a scenario file, with where it stands and what would fix it.
 *
 * @param file the file (as the user named it)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param field the field path, such as {@code phases[0].days}, or empty for the whole file
 * @param message the problem, from the catalogue
 * @param arguments the message's arguments
 * @param hint what is allowed or what was probably meant; may be empty
 */
public record ScenarioProblem(
        Path file, int line, int column, String field, ScenarioMessage message, List<Object> arguments, String hint) {

    /**
     * Checks for nulls and copies the arguments.
     *
     * @param file the file (as the user named it)
     * @param line 1-based line, or 0 when the problem concerns the whole file
     * @param column 1-based column, or 0 when unknown
     * @param field the field path, such as {@code phases[0].days}, or empty for the whole file
     * @param message the problem, from the catalogue
     * @param arguments the message's arguments
     * @param hint what is allowed or what was probably meant; may be empty
     */
    public ScenarioProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        arguments = List.copyOf(arguments);
        hint = hint == null ? "" : hint;
    }

    /** {@return the message text with its arguments} */
    public String text() {
        return message.format(arguments.toArray());
    }

    /**
     * {@return the problem on one line: {@code file:line:column: field: message (hint)}; a file
     * name longer than {@value Excerpt#MAX_WORD} characters is shortened in the middle}
     */
    public String format() {
        // A file name of a thousand characters is shortened in the middle, as is any long word.
        StringBuilder sb = new StringBuilder(Excerpt.middle(file.toString()));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (!field.isEmpty()) {
            sb.append(Excerpt.middle(field)).append(": ");
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
}
