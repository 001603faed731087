package org.inertia.sim.sweep;

import java.util.List;

/**
 * What a sweep or a sensitivity analysis was asked to do cannot be done: a user mistake (a badly
 * written axis, an unknown field, a value out of range), with every problem found. Unchecked, as
 * axes are often written in code; a front end catches it and reports the problems as user errors.
 * Wrong arguments from code (a null, an unchecked value passed to {@link ScenarioField#apply}) stay
 * {@link IllegalArgumentException}s.
 */
public final class SweepException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems, never empty. */
    private final transient List<SweepProblem> problems;

    /**
     * A failure with the problems found.
     *
     * @param problems at least one problem
     */
    public SweepException(List<SweepProblem> problems) {
        super(problems.isEmpty() ? "invalid sweep" : problems.get(0).format());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a sweep exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * A failure with one problem.
     *
     * @param problem the problem
     */
    public SweepException(SweepProblem problem) {
        this(List.of(problem));
    }

    /** {@return every problem found} */
    public List<SweepProblem> problems() {
        return problems;
    }
}
