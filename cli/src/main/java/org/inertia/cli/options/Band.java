package org.inertia.cli.options;

import org.inertia.cli.output.NumberText;
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

    /** Reads {@code LO,HI}; a malformed or out-of-order band is a usage error (exit 2). */
    public static final class Converter implements ITypeConverter<Band> {
        @Override
        public Band convert(String value) {
            String[] parts = value.split(",", -1);
            if (parts.length != 2) {
                throw new TypeConversionException(
                        "'" + value + "': write the band as LO,HI percentiles, such as 5,95 or 25,75");
            }
            double lo;
            double hi;
            try {
                lo = Double.parseDouble(parts[0].strip());
                hi = Double.parseDouble(parts[1].strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException(
                        "'" + value + "': the percentiles must be numbers, such as 5,95 or 25,75");
            }
            if (!(0 <= lo && lo < 50 && 50 < hi && hi <= 100)) {
                throw new TypeConversionException("'" + value
                        + "': the band must straddle the median: 0 <= LO < 50 < HI <= 100, such as 5,95 or 25,75");
            }
            return new Band(lo, hi);
        }
    }
}
