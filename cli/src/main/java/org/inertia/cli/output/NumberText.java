package org.inertia.cli.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How numbers are written in every table, sentence, chart label and file of the command line: one
 * place for each style, so that the same figure never reads differently in two outputs. Always
 * {@link Locale#ROOT}: a decimal point, never a comma, whatever the machine's language.
 */
public final class NumberText {

    /** Decimals of a value in a data file (CSV, JSON): 0.0001 % of baseline. */
    private static final int DATA_DECIMALS = 4;

    private NumberText() {}

    /**
     * {@return a value with a fixed number of decimals: {@code fixed(81.234, 1)} is "81.2"}
     *
     * @param value the value
     * @param decimals the number of decimals, 0 or more
     */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        return rounded(value, decimals).toPlainString();
    }

    /**
     * {@return a value rounded to a number of decimals by the one rule of every output, table, CSV
     * and JSON alike: half up, from the shortest decimal that reads back as the value (92.15625 →
     * 92.1563), so that a tie never reads differently in two files; never a negative zero (-0.04
     * to one decimal is 0.0, not -0.0)}
     *
     * @param value a finite value
     * @param decimals the number of decimals, 0 or more
     */
    public static BigDecimal rounded(double value, int decimals) {
        // BigDecimal has no negative zero: -0.0 and -0.04 to one decimal both become 0.0.
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * {@return a value with a fixed number of decimals and its sign, for differences: {@code
     * signed(2.34, 1)} is "+2.3", {@code signed(-0.5, 1)} is "-0.5"; a value that rounds to zero
     * has no sign: "0.0"}
     *
     * @param value the value
     * @param decimals the number of decimals, 0 or more
     */
    public static String signed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%+." + decimals + "f", value);
        }
        BigDecimal r = rounded(value, decimals);
        return (r.signum() > 0 ? "+" : "") + r.toPlainString();
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
     * {@return an estimate as tables of fitted values print it: {@code digits} significant digits
     * below 100 ("0.0123", "12.3" for 3), one decimal from 100 up ("1234.5"); "-" when not finite}
     *
     * @param value the value
     * @param digits the number of significant digits below 100, at least 1
     */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        // + 0.0 turns -0.0 into 0.0: no negative zero in a table.
        return Math.abs(value) >= 100 ? fixed(value, 1) : String.format(Locale.ROOT, "%." + digits + "g", value + 0.0);
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
     * {@return an input value (a sweep's step, a model parameter, a parameter moved by 10 %) as a
     * person writes it: ten significant digits at most, so that binary noise does not show, then
     * {@link #plain}: "7", "0.243", "0.3" for 0.30000000000000004}
     *
     * @param value a finite value
     */
    public static String decimal(double value) {
        return plain(value, 10);
    }

    /**
     * {@return a value as a person writes it, rounded (half up) to a number of significant digits
     * first, so that binary noise does not show: {@code plain(0.30000000000000004, 10)} is "0.3"}
     *
     * @param value a finite value
     * @param significantDigits the most significant digits to keep, at least 1
     */
    public static String plain(double value, int significantDigits) {
        return BigDecimal.valueOf(value)
                .round(new MathContext(significantDigits))
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * {@return a value rounded to a whole number: "9"}
     *
     * @param value the value
     */
    public static String whole(double value) {
        return Long.toString(Math.round(value));
    }

    /**
     * {@return a value as the CSV files write it: four decimals, always shown, rounded by {@link
     * #rounded}: "81.2340"}
     *
     * @param value the value
     */
    public static String data(double value) {
        return fixed(value, DATA_DECIMALS);
    }

    /**
     * {@return a value as the JSON files and the evidence files write it: rounded to four decimals
     * as the CSV files round it ({@link #dataNumber}), trailing zeros dropped: "81.234", "100"}
     *
     * @param value a finite value
     */
    public static String dataTrimmed(double value) {
        return dataNumber(value).toPlainString();
    }

    /**
     * {@return a value as data files hold it, as a number: rounded to four decimals by {@link
     * #rounded}, the rule of the CSV files, trailing zeros dropped (92.15625 → 92.1563, 100.0 →
     * 100)}
     *
     * @param value a finite value
     */
    public static BigDecimal dataNumber(double value) {
        return rounded(value, DATA_DECIMALS).stripTrailingZeros();
    }
}
