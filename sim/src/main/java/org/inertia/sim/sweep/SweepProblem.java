package org.inertia.sim.sweep;

import java.util.List;
import java.util.Objects;
import org.inertia.sim.scenario.io.Excerpt;

/**
 * One mistake in what a sweep or a sensitivity analysis was asked to do, with what would fix it.
 *
 * @param field the field it concerns, such as {@code phases[0].days}, or empty
 * @param message the problem, from the catalogue
 * @param arguments the message's arguments
 * @param hint what is allowed or what was probably meant; may be empty
 */
public record SweepProblem(String field, SweepMessage message, List<Object> arguments, String hint) {

    /** Longest user text quoted back in a message (characters). */
    public static final int MAX_QUOTED = 40;

    /**
     * Checks for nulls and copies the arguments.
     *
     * @param field the field it concerns, such as {@code phases[0].days}, or empty
     * @param message the problem, from the catalogue
     * @param arguments the message's arguments
     * @param hint what is allowed or what was probably meant; may be empty
     */
    public SweepProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        arguments = List.copyOf(arguments);
        hint = hint == null ? "" : hint;
    }

    /** {@return the message text with its arguments} */
    public String text() {
        return message.format(arguments.toArray());
    }

    /** {@return the problem on one line: {@code field: message (hint)}} */
    public String format() {
        StringBuilder sb = new StringBuilder();
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

    /** A user's text as quoted back in a message: at most {@value #MAX_QUOTED} characters. */
    static String excerpt(String s) {
        return Excerpt.of(s);
    }
}
