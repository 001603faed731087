package org.inertia.cli.options;

import org.inertia.sim.scenario.Keyword;

/** Whom {@code inertia report --audience} writes for. */
public enum Audience implements Keyword {
    /** Clinicians and teachers: every table, chart and source (the report as it always was). */
    CLINICIAN("clinician"),
    /** A patient: one page in plain words, one chart, what to do. */
    PATIENT("patient");

    private final String keyword;

    Audience(String keyword) {
        this.keyword = keyword;
    }

    /** {@return the spelling on the command line} */
    @Override
    public String keyword() {
        return keyword;
    }

    @Override
    public String toString() {
        return keyword;
    }

    /** Reads the lower-case spelling; also lists it for completion and help. */
    public static final class Converter extends KeywordConverter<Audience> {
        /** A converter for picocli. */
        public Converter() {
            super(Audience.class, "audience");
        }
    }
}
