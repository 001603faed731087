package org.inertia.cli.options;

import java.util.OptionalDouble;
import org.inertia.cli.output.NumberText;
import org.inertia.sim.scenario.io.Decimal;
import org.inertia.sim.scenario.io.Excerpt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The percentile band of a population run, chosen with {@code --band LO,HI}: the shaded band on
 * the chart and the {@code lower}/{@code upper} columns of the CSV. The median is always the
 * line, so the band must straddle it: {@code 0 <= LO < 50 < HI <= 100}.
 *
 * @param lower the lower percentile, such as 5
 * @param upper the upper percentile, such as 95
 */
public record Band(double lower, double upper) {

    /** The default band: 5th to 95th percentile, nine in ten subjects. */
    public static final Band DEFAULT = new Band(5, 95);

    /**
     * Checks that the band straddles the median.
     *
     * @param lower the lower percentile, such as 5
     * @param upper the upper percentile, such as 95
     */
    public Band {
        if (!(0 <= lower && lower < 50 && 50 < upper && upper <= 100)) {
            throw new IllegalArgumentException("band must satisfy 0 <= lower < 50 < upper <= 100");
        }
    }

    /** {@return the band in words for charts, e.g. "5th–95th percentile"} */
    public String words() {
        return ordinal(lower) + "\u2013" + ordinal(upper) + " percentile";
    }

    /** {@return the band in words for the terminal, in ASCII, e.g. "5th to 95th percentile"} */
    public String plainWords() {
        return ordinal(lower) + " to " + ordinal(upper) + " percentile";
    }

    /** "5th", "1st", "22nd", "2.5th". */
    static String ordinal(double percentile) {
        String n = NumberText.plain(percentile);
        if (percentile != Math.rint(percentile)) {
            return n + "th";
        }
        long v = (long) percentile;
        if (v % 100 >= 11 && v % 100 <= 13) {
            return n + "th";
        }
        return n
                + switch ((int) (v % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
    }

    @Override
    public String toString() {
        return NumberText.plain(lower) + "," + NumberText.plain(upper);
    }

    /**
     * Reads {@code LO,HI}, each in the one number grammar of the scenario format ({@link
     * Decimal}); a malformed or out-of-order band is a usage error (exit 2).
     */
    public static final class Converter implements ITypeConverter<Band> {
        @Override
        public Band convert(String value) {
            String shown = "'" + Excerpt.of(value) + "'";
            String[] parts = value.split(",", 3);
            if (parts.length != 2) {
                throw new TypeConversionException(
                        shown + ": write the band as LO,HI percentiles, such as 5,95 or 25,75");
            }
            OptionalDouble lo = Decimal.parseDouble(parts[0].strip());
            OptionalDouble hi = Decimal.parseDouble(parts[1].strip());
            if (lo.isEmpty() || hi.isEmpty()) {
                String bad = (lo.isEmpty() ? parts[0] : parts[1]).strip();
                throw new TypeConversionException(shown + ": '" + Excerpt.of(bad) + "' " + Decimal.refusal(bad)
                        + "; write decimal numbers such as 5,95 or 2.5,97.5");
            }
            double l = lo.getAsDouble();
            double h = hi.getAsDouble();
            if (!(0 <= l && l < 50 && 50 < h && h <= 100)) {
                throw new TypeConversionException(
                        shown + ": the band must straddle the median: 0 <= LO < 50 < HI <= 100, such as 5,95 or 25,75");
            }
            return new Band(l == 0 ? 0 : l, h);
        }
    }
}
