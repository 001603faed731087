package org.inertia.cli.options;

import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Keyword;

/** The simulation engine chosen with {@code --engine}. Both give the same result to 1e-6 %. */
public enum Engine implements Keyword {
    /** The exact piecewise solution: fast, the default. */
    EXACT("exact"),
    /** Numerical integration (Dormand–Prince): the check on the exact engine. */
    ODE("ode");

    private final String keyword;

    Engine(String keyword) {
        this.keyword = keyword;
    }

    /** {@return the spelling on the command line} */
    @Override
    public String keyword() {
        return keyword;
    }

    /** {@return a new simulator of this kind} */
    public Simulator simulator() {
        return switch (this) {
            case EXACT -> Simulator.exact();
            case ODE -> Simulator.ode();
        };
    }

    @Override
    public String toString() {
        return keyword;
    }

    /** Reads the lower-case spelling; also lists it for completion and help. */
    public static final class Converter extends KeywordConverter<Engine> {
        /** A converter for picocli. */
        public Converter() {
            super(Engine.class, "engine");
        }
    }
}
