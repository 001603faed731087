package org.inertia.cli.options;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.inertia.sim.parameters.Parameter;

/**
 * The words that shell completion ({@code inertia completion}) offers for options whose values
 * are names from the model rather than files or free numbers (issue 14). Each is a picocli {@code
 * completionCandidates} class, listed at the time the script is generated, so the script always
 * knows the current vocabulary. Options with a converter of their own ({@code --measure}, {@code
 * --outcome}, {@code --method}, {@code --csv-layout}) list their words there.
 */
public final class CompletionValues {

    private CompletionValues() {}

    /** Model parameter keys, as {@code fit --parameters} takes them. */
    public static final class ParameterKeys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return keys().iterator();
        }
    }

    /** {@code NAME=} for every model parameter, the start of a {@code sensitivity --range}. */
    public static final class ParameterRanges implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return keys().stream().map(k -> k + "=").iterator();
        }
    }

    /**
     * {@code FIELD=} for the fields a sweep varies: the subject's age, the first phases' days and
     * first exercise's minutes and sessions, and every model parameter.
     */
    public static final class SweepFields implements Iterable<String> {
        /** Phases offered by completion; later ones are typed by hand. */
        static final int PHASES = 3;

        @Override
        public Iterator<String> iterator() {
            List<String> fields = new ArrayList<>();
            fields.add("subject.age=");
            for (int i = 0; i < PHASES; i++) {
                fields.add("phases[" + i + "].days=");
                fields.add("phases[" + i + "].exercise[0].minutes=");
                fields.add("phases[" + i + "].exercise[0].sessions-per-week=");
            }
            keys().forEach(k -> fields.add("parameters." + k + "="));
            return fields.iterator();
        }
    }

    private static List<String> keys() {
        return Arrays.stream(Parameter.values()).map(Parameter::key).toList();
    }
}
