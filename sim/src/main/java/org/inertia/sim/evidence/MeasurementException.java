package org.inertia.sim.evidence;

import java.util.List;

/**
 * A user's measurements could not be used: a user mistake, with every problem found. Thrown by
 * {@link MeasurementReader} with a {@link MeasurementProblem} (key, arguments, location) for each
 * problem.
 */
public final class MeasurementException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems with their keys. */
    private final transient List<MeasurementProblem> details;

    /** The problems, each on one line. */
    private final transient List<String> lines;

    private MeasurementException(List<MeasurementProblem> details, List<String> lines) {
        super(lines.isEmpty() ? "invalid measurements" : lines.get(0));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a measurement exception needs at least one problem");
        }
        this.details = List.copyOf(details);
        this.lines = List.copyOf(lines);
    }

    /**
     * {@return a failure with the problems found}
     *
     * @param problems at least one problem
     */
    public static MeasurementException of(List<MeasurementProblem> problems) {
        return new MeasurementException(
                problems, problems.stream().map(MeasurementProblem::format).toList());
    }

    /** {@return every problem found, in file order, with its key, arguments and location} */
    public List<MeasurementProblem> details() {
        return details;
    }

    /** {@return every problem, one line each: {@code file:line:column: column-name: message (hint)}} */
    public List<String> problems() {
        return lines;
    }
}
