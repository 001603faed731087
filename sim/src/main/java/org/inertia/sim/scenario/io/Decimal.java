package org.inertia.sim.scenario.io;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one grammar of numbers typed by users outside YAML's own (measurement files, command-line
 * values): ASCII digits, an optional sign, an optional decimal point and an optional exponent, as
 * in {@code 92}, {@code -3.5}, {@code .5} or {@code 1.2e3}. Nothing else: no Java suffixes
 * ({@code 92d}), no hexadecimal, no digits of other scripts, no {@code NaN} or {@code Infinity}.
 *
 * <p>Parsing is bounded: text over {@value #MAX_LENGTH} characters and exponents that put a value
 * beyond {@code 1e±}{@value #MAX_MAGNITUDE} are refused before any arbitrary-precision arithmetic,
 * so no input, however written, costs more than a few microseconds.
 */
public final class Decimal {

    /** Longest number accepted (characters). */
    public static final int MAX_LENGTH = 40;

    /** Largest power of ten, up or down, of an accepted value. */
    public static final int MAX_MAGNITUDE = 20;

    private static final Pattern GRAMMAR = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]{1,9})?");

    private Decimal() {}

    /**
     * {@return the number written, exactly; empty when the text does not follow the grammar, is
     * too long, or is of extreme magnitude (such as {@code 1e-999999999})}
     *
     * @param text the text, without surrounding whitespace
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text.length() > MAX_LENGTH || !GRAMMAR.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal v = new BigDecimal(text);
        if (v.signum() != 0 && Math.abs((long) v.precision() - v.scale() - 1) > MAX_MAGNITUDE) {
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /**
     * {@return why {@link #parse} refuses a text, in words that follow a quotation of it: "is not a
     * number of ordinary size" when it is written as a number but is too long or of extreme
     * magnitude ({@code 1e-300}, a thousand digits), else "is not a number"}
     *
     * @param text the refused text, without surrounding whitespace
     */
    public static String refusal(String text) {
        return outOfSize(text) ? "is not a number of ordinary size" : "is not a number";
    }

    /**
     * {@return whether a text is written as a number but {@link #parse} refuses it for its length
     * or magnitude ({@code 1e-300}, a thousand digits)}
     *
     * @param text the text, without surrounding whitespace
     */
    public static boolean outOfSize(String text) {
        return text.length() <= MAX_WRITTEN
                && GRAMMAR.matcher(text).matches()
                && parse(text).isEmpty();
    }

    /** Longest text {@link #refusal} checks against the grammar (a bound on the work, not a rule). */
    private static final int MAX_WRITTEN = 10_000;

    /**
     * {@return the number written, as a double; empty as for {@link #parse}}
     *
     * @param text the text, without surrounding whitespace
     */
    public static java.util.OptionalDouble parseDouble(String text) {
        Optional<BigDecimal> v = parse(text);
        return v.isPresent() ? java.util.OptionalDouble.of(v.get().doubleValue()) : java.util.OptionalDouble.empty();
    }
}
