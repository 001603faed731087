package org.inertia.cli.options;

import java.util.List;

/**
 * A mistake in what the user asked for that picocli cannot see while parsing: an output file with
 * an unknown extension, in a missing directory, or the same as an input. The command line reports
 * each line and exits with 2; no simulation output is written.
 */
public final class UserInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems, one line each; never empty. */
    private final List<String> lines;

    /**
     * A mistake described by one line.
     *
     * @param message what is wrong and what would fix it
     */
    public UserInputException(String message) {
        this(List.of(message));
    }

    /**
     * Several mistakes, one line each.
     *
     * @param lines at least one line
     */
    public UserInputException(List<String> lines) {
        super(lines.isEmpty() ? "invalid input" : lines.get(0));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a user input exception needs at least one line");
        }
        this.lines = List.copyOf(lines);
    }

    /** {@return every problem, one line each} */
    public List<String> lines() {
        return lines;
    }
}
