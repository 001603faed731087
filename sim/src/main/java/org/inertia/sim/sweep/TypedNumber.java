package org.inertia.sim.sweep;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inertia.sim.scenario.io.Decimal;

/**
 * A number typed on the command line, read with the one grammar of {@link Decimal} (bounded in
 * length and magnitude, so no text costs more than a few microseconds); anything else is a
 * {@link SweepProblem} with a key.
 */
final class TypedNumber {

    /** Well written but refused by {@link Decimal} for its size. */
    private static final Pattern UNBOUNDED = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private static final Pattern NOT_FINITE =
            Pattern.compile("[-+]?(nan|inf|infinity|\\u221e)", Pattern.CASE_INSENSITIVE);

    private TypedNumber() {}

    /**
     * {@return the number written, exactly}
     *
     * @param text the text (surrounding whitespace is ignored)
     * @param field the field to name in a problem, or empty
     * @throws SweepException if the text is not a number of the grammar
     */
    static BigDecimal parse(String text, String field) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw problem(field, SweepMessage.EMPTY_VALUE, List.of(), "");
        }
        boolean unbounded = UNBOUNDED.matcher(t).matches();
        if (t.length() > Decimal.MAX_LENGTH && unbounded) {
            throw problem(field, SweepMessage.NUMBER_TOO_LONG, List.of(Decimal.MAX_LENGTH), "");
        }
        Optional<BigDecimal> v = Decimal.parse(t);
        if (v.isPresent()) {
            return v.get();
        }
        String shown = SweepProblem.excerpt(t);
        if (unbounded) {
            throw problem(field, SweepMessage.EXTREME_NUMBER, List.of(shown), "");
        }
        if (NOT_FINITE.matcher(t).matches()) {
            throw problem(field, SweepMessage.NOT_FINITE, List.of(shown), "");
        }
        String hint = t.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))
                ? "write the digits 0-9"
                : "write a decimal number, as in 7, 0.25 or 1e-3";
        throw problem(field, SweepMessage.NOT_A_NUMBER, List.of(shown), hint);
    }

    private static SweepException problem(String field, SweepMessage message, List<Object> arguments, String hint) {
        return new SweepException(new SweepProblem(field, message, arguments, hint));
    }
}
