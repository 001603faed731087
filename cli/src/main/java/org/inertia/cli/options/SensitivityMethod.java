package org.inertia.cli.options;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.inertia.sim.scenario.io.DidYouMean;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The method of {@code inertia sensitivity}, chosen with {@code --method}. */
public enum SensitivityMethod {
    /** Each parameter moved down and up by a step while the others stay: the default. */
    ONE_AT_A_TIME("one-at-a-time"),
    /** Variance-based first-order and total-effect indices, every parameter varying at once. */
    SOBOL("sobol"),
    /** Morris's elementary-effects screening, every parameter varying at once. */
    MORRIS("morris");

    private final String keyword;

    SensitivityMethod(String keyword) {
        this.keyword = keyword;
    }

    /** {@return the spelling on the command line and in the CSV's method column} */
    public String keyword() {
        return keyword;
    }

    @Override
    public String toString() {
        return keyword;
    }

    /** Reads the lower-case spelling; also lists it for completion and help. */
    public static final class Converter implements ITypeConverter<SensitivityMethod>, Iterable<String> {
        @Override
        public SensitivityMethod convert(String value) {
            for (SensitivityMethod m : values()) {
                if (m.keyword.equals(value)) {
                    return m;
                }
            }
            throw new TypeConversionException(
                    "unknown method '" + value + "' (" + DidYouMean.hintWithAllowed(value, keywords()) + ")");
        }

        @Override
        public Iterator<String> iterator() {
            return keywords().iterator();
        }

        private static List<String> keywords() {
            return Arrays.stream(values()).map(SensitivityMethod::keyword).toList();
        }
    }
}
