package org.inertia.cli.options;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.inertia.sim.scenario.io.Decimal;
import org.inertia.sim.scenario.io.Excerpt;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Whole-number options ({@code --subjects}, {@code --threads}, {@code --seed}, {@code --day},
 * {@code --port}) read in the one number grammar of the scenario format ({@link Decimal}), without
 * a point or exponent: ASCII digits and an optional sign. Java's own parsing, which picocli uses
 * by default, also takes digits of other scripts ({@code --threads ٤}); this refuses them and says
 * what is wrong in one short line.
 */
public final class WholeNumbers {

    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");

    private WholeNumbers() {}

    /**
     * Installs the converters for {@code int}, {@code Integer}, {@code long} and {@code Long}
     * options on a command line and every subcommand it has.
     *
     * @param commandLine the root command line, with its subcommands added
     */
    public static void install(CommandLine commandLine) {
        ITypeConverter<Integer> ints = text -> (int) parse(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
        ITypeConverter<Long> longs = text -> parse(text, Long.MIN_VALUE, Long.MAX_VALUE);
        commandLine.registerConverter(Integer.class, ints);
        commandLine.registerConverter(int.class, ints);
        commandLine.registerConverter(Long.class, longs);
        commandLine.registerConverter(long.class, longs);
    }

    /**
     * {@return a whole number written in ASCII digits with an optional sign, within bounds}
     *
     * @param text the option's value
     * @param min the smallest value the type holds
     * @param max the largest value the type holds
     * @throws TypeConversionException (exit 2) saying what is wrong
     */
    static long parse(String text, long min, long max) {
        String s = text.strip();
        String shown = "'" + Excerpt.of(s) + "'";
        if (s.isEmpty()) {
            throw new TypeConversionException("the value is empty; give a whole number such as 4");
        }
        if (!WHOLE.matcher(s).matches()) {
            String hint;
            if (s.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
                hint = "write the digits 0-9";
            } else if (s.length() <= Decimal.MAX_LENGTH && Decimal.parse(s).isPresent()) {
                hint = "write it without a decimal point or exponent";
            } else {
                hint = "give a whole number such as 4";
            }
            throw new TypeConversionException(shown + " is not a whole number (" + hint + ")");
        }
        // Leading zeros aside, at most 19 digits: bounded before any arbitrary-precision arithmetic.
        String unsigned = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        String digits = unsigned.replaceFirst("^0+", "");
        BigInteger v = digits.length() > 19 ? null : new BigInteger(s.startsWith("-") ? "-" + unsigned : unsigned);
        // The type's bounds are Java's, not the option's: the option's own range is in its help.
        if (v == null ? !s.startsWith("-") : v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new TypeConversionException(shown + " is too large (the option's range is in --help)");
        }
        if (v == null || v.compareTo(BigInteger.valueOf(min)) < 0) {
            throw new TypeConversionException(shown + " is too small (the option's range is in --help)");
        }
        return v.longValueExact();
    }
}
