package org.inertia.cli.options;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.inertia.sim.scenario.io.DidYouMean;
import org.inertia.sim.scenario.io.Excerpt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Whom {@code inertia report --audience} writes for. */
public enum Audience {
    /** Clinicians and teachers: every table, chart and source (the report as it always was). */
    CLINICIAN("clinician"),
    /** A patient: one page in plain words, one chart, what to do. */
    PATIENT("patient");

    private final String keyword;

    Audience(String keyword) {
        this.keyword = keyword;
    }

    /** {@return the spelling on the command line} */
    public String keyword() {
        return keyword;
    }

    @Override
    public String toString() {
        return keyword;
    }

    /** Reads the lower-case spelling; also lists it for completion and help. */
    public static final class Converter implements ITypeConverter<Audience>, Iterable<String> {
        @Override
        public Audience convert(String value) {
            for (Audience a : values()) {
                if (a.keyword.equals(value)) {
                    return a;
                }
            }
            throw new TypeConversionException("unknown audience '" + Excerpt.of(value) + "' ("
                    + DidYouMean.hintWithAllowed(value, keywords()) + ")");
        }

        @Override
        public Iterator<String> iterator() {
            return keywords().iterator();
        }

        private static List<String> keywords() {
            return Arrays.stream(values()).map(Audience::keyword).toList();
        }
    }
}
