package org.inertia.cli.options;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.inertia.sim.scenario.io.DidYouMean;
import org.inertia.sim.scenario.io.Excerpt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How {@code sweep} and {@code sensitivity} lay out their CSV, chosen with {@code --csv-layout}
 * (issue 14): {@code wide}, one row per grid point or parameter with one column per number (the
 * default, unchanged since the commands were added), or {@code long}, one row per number with
 * snake_case column names that R's {@code read.csv} and pandas' {@code query} take as they are.
 */
public enum CsvLayout {
    /** One row per grid point or parameter; sweep columns named by the field paths. */
    WIDE("wide"),
    /** One row per grid point or parameter and statistic, with fixed, safe column names. */
    LONG("long");

    private final String keyword;

    CsvLayout(String keyword) {
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
    public static final class Converter implements ITypeConverter<CsvLayout>, Iterable<String> {
        @Override
        public CsvLayout convert(String value) {
            for (CsvLayout l : values()) {
                if (l.keyword.equals(value.strip())) {
                    return l;
                }
            }
            throw new TypeConversionException("unknown layout '" + Excerpt.of(value) + "' ("
                    + DidYouMean.hintWithAllowed(value, keywords()) + ")");
        }

        @Override
        public Iterator<String> iterator() {
            return keywords().iterator();
        }

        private static List<String> keywords() {
            return Arrays.stream(values()).map(CsvLayout::keyword).toList();
        }
    }
}
