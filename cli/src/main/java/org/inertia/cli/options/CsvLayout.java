package org.inertia.cli.options;

import org.inertia.sim.scenario.Keyword;

/**
 * How {@code sweep} and {@code sensitivity} lay out their CSV, chosen with {@code --csv-layout}
 * (issue 14): {@code wide}, one row per grid point or parameter with one column per number (the
 * default, unchanged since the commands were added), or {@code long}, one row per number with
 * snake_case column names that R's {@code read.csv} and pandas' {@code query} take as they are.
 */
public enum CsvLayout implements Keyword {
    /** One row per grid point or parameter; sweep columns named by the field paths. */
    WIDE("wide"),
    /** One row per grid point or parameter and statistic, with fixed, safe column names. */
    LONG("long");

    private final String keyword;

    CsvLayout(String keyword) {
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

    /** Reads the lower-case spelling, spaces around it ignored; also lists it for completion and help. */
    public static final class Converter extends KeywordConverter<CsvLayout> {
        /** A converter for picocli. */
        public Converter() {
            super(CsvLayout.class, "layout");
        }

        @Override
        public CsvLayout convert(String value) {
            return super.convert(value.strip());
        }
    }
}
