package org.inertia.sim.evidence;

import java.util.List;

/** A measurement file could not be used: a user mistake, with every problem as one line. */
public final class MeasurementException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems, each a one-line message naming file, line, column and what is allowed. */
    private final transient List<String> problems;

    /**
     * A failure with its problems.
     *
     * @param problems at least one one-line message
     */
    public MeasurementException(List<String> problems) {
        super(problems.isEmpty() ? "invalid measurements" : problems.get(0));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem, one line each} */
    public List<String> problems() {
        return problems;
    }
}
