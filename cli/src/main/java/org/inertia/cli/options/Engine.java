package org.inertia.cli.options;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.io.DidYouMean;
import org.inertia.sim.scenario.io.Excerpt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The simulation engine chosen with {@code --engine}. Both give the same result to 1e-6 %. */
public enum Engine {
    /** The exact piecewise solution: fast, the default. */
    EXACT("exact"),
    /** Numerical integration (Dormand–Prince): the check on the exact engine. */
    ODE("ode");

    private final String keyword;

    Engine(String keyword) {
        this.keyword = keyword;
    }

    /** {@return the spelling on the command line} */
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
    public static final class Converter implements ITypeConverter<Engine>, Iterable<String> {
        @Override
        public Engine convert(String value) {
            for (Engine e : values()) {
                if (e.keyword.equals(value)) {
                    return e;
                }
            }
            throw new TypeConversionException("unknown engine '" + Excerpt.of(value) + "' ("
                    + DidYouMean.hintWithAllowed(value, keywords()) + ")");
        }

        @Override
        public Iterator<String> iterator() {
            return keywords().iterator();
        }

        private static List<String> keywords() {
            return Arrays.stream(values()).map(Engine::keyword).toList();
        }
    }
}
