package org.inertia.cli.output;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How numbers are written in every table, sentence, chart label and file of the command line: one
 * place for each style, so that the same figure never reads differently in two outputs. Always
 * {@link Locale#ROOT}: a decimal point, never a comma, whatever the machine's language.
 */
public final class NumberText {

    private NumberText() {}

    /**
     * {@return a value with a fixed number of decimals: {@code fixed(81.234, 1)} is "81.2"}
     *
     * @param value the value
     * @param decimals the number of decimals, 0 or more
     */
    public static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * {@return a percentage of baseline as tables print it, with one decimal: "81.2"}
     *
     * @param percent the value (% of baseline)
     */
    public static String percent(double percent) {
        return fixed(percent, 1);
    }

    /**
     * {@return a value as a person writes it, without trailing zeros or exponent: "30", "12.5",
     * "0.0125"}
     *
     * @param value a finite value
     */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * {@return a value rounded to a whole number: "9"}
     *
     * @param value the value
     */
    public static String whole(double value) {
        return Long.toString(Math.round(value));
    }
}
