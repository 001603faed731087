package org.inertia.cli.options;

import org.inertia.sim.scenario.Keyword;

/** The method of {@code inertia sensitivity}, chosen with {@code --method}. */
public enum SensitivityMethod implements Keyword {
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
    @Override
    public String keyword() {
        return keyword;
    }

    @Override
    public String toString() {
        return keyword;
    }

    /** Reads the lower-case spelling; also lists it for completion and help. */
    public static final class Converter extends KeywordConverter<SensitivityMethod> {
        /** A converter for picocli. */
        public Converter() {
            super(SensitivityMethod.class, "method");
        }
    }
}
