package org.inertia.sim.scenario.io;

import java.util.List;

/**
 * A scenario file could not be read into a scenario: a user mistake, with every problem found.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems, never empty. Records are immutable, but serialisation needs a concrete type. */
    private final transient List<ScenarioProblem> problems;

    /**
     * A failure with the problems found.
     *
     * @param problems at least one problem
     */
    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.isEmpty() ? "invalid scenario" : problems.get(0).format());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found, in file order} */
    public List<ScenarioProblem> problems() {
        return problems;
    }
}
