package org.inertia.sim.sweep;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The catalogue of mistakes in what a sweep or a sensitivity analysis is asked to do: how an axis
 * is written ({@code phases[0].days=1..28:7}), which field it names, its values, and the grid as a
 * whole. Tests check the key and its arguments, never the English text, which may be reworded.
 */
public enum SweepMessage {
    /** The text is not an axis. Argument: the text (at most 40 characters). */
    NOT_AN_AXIS("''{0}'' is not FIELD=FROM..TO, FIELD=FROM..TO:STEP or FIELD=A,B,C"),
    /** A value, the end of a range or a step is missing. */
    EMPTY_VALUE("a value is missing"),
    /** Not a number in the grammar of {@code Decimal}. Argument: the text (at most 40 characters). */
    NOT_A_NUMBER("''{0}'' is not a number"),
    /** {@code NaN}, {@code Infinity} and the like. Argument: the text. */
    NOT_FINITE("''{0}'' is not a finite number"),
    /** A number with more characters than any accepted value needs. Argument: the limit. */
    NUMBER_TOO_LONG("a number is longer than {0} characters"),
    /** A number whose exponent puts it far outside every range. Argument: the text (at most 40 characters). */
    EXTREME_NUMBER("''{0}'' is not a number of ordinary size"),
    /** A range that goes down. Arguments: from, to, as written. */
    DOWNWARD_RANGE("the range must go upwards (was {0}..{1})"),
    /** A step of zero or less. Argument: the step, as written. */
    STEP_NOT_POSITIVE("the step must be greater than 0 (was {0})"),
    /** More values on one axis than allowed. Argument: the limit. */
    TOO_MANY_VALUES("gives more than {0} values"),
    /** A field that a sweep cannot vary. Argument: the field (at most 40 characters). */
    CANNOT_VARY("cannot vary ''{0}''"),
    /** {@code parameters.<name>} with an unknown name. Argument: the name (at most 40 characters). */
    UNKNOWN_PARAMETER("unknown parameter ''{0}''"),
    /** A phase index beyond the scenario's phases. Argument: the index, as written. */
    NO_SUCH_PHASE("the scenario has no phases[{0}]"),
    /** An exercise index beyond a phase's exercise list. Arguments: phase index, exercise index, as written. */
    NO_SUCH_EXERCISE("phases[{0}] has no exercise[{1}]"),
    /** A fraction for a whole-number field. Argument: the value. */
    NOT_WHOLE("takes whole numbers (was {0})"),
    /** A value outside the field's range. Arguments: min, max, the value. */
    OUT_OF_RANGE("must be between {0} and {1} (was {2})"),
    /** The largest values together make the scenario too long. Arguments: days, limit. */
    TOO_MANY_DAYS("with the largest values together the scenario lasts {0} days; at most {1}"),
    /** Not one or two axes. Argument: the number given. */
    AXIS_COUNT("a sweep varies one or two fields, not {0}"),
    /** Two axes on one field. */
    SAME_FIELD_TWICE("is given twice"),
    /** More grid points than allowed. Arguments: runs, limit. */
    TOO_MANY_RUNS("the grid has {0} runs, at most {1}"),
    /** A sensitivity step outside (0, 100) %. Argument: the step, as written. */
    STEP_PERCENT_OUT_OF_RANGE("must be more than 0 and below 100 (was {0})"),
    /** A parameter range not written as {@code NAME=LOW..HIGH}. Argument: the text (at most 40 characters). */
    NOT_A_RANGE("''{0}'' is not NAME=LOW..HIGH"),
    /** A global sensitivity analysis with no input that varies. */
    NOTHING_VARIES("no model parameter varies"),
    /** A number of base samples that is not a power of two in range. Arguments: min, max, the value. */
    NOT_A_POWER_OF_TWO("must be a power of two from {0} to {1} (was {2})"),
    /** A number of Morris levels that is odd or out of range. Arguments: min, max, the value. */
    NOT_AN_EVEN_NUMBER("must be an even number from {0} to {1} (was {2})"),
    /** A sensitivity design with more model runs than allowed. Arguments: runs, limit. */
    DESIGN_TOO_LARGE("the design needs {0} model runs, at most {1}"),
    /** An outcome that is not a number in some runs (not back to 95 %). Arguments: runs without one, runs. */
    UNDEFINED_OUTCOME("the outcome is undefined in {0} of {1} runs"),
    /** A population sweep too large. Arguments: grid points, subjects, the limit of their product. */
    TOO_MANY_SUBJECT_RUNS("{0} grid points of {1} subjects each are more than {2} simulated subjects"),
    /**
     * A note, not an error: a range FROM..TO:STEP whose end is not FROM plus a whole number of
     * steps stops before it. Arguments: the last value, the end asked for.
     */
    END_NOT_ON_GRID("stops at {0}: {1} is not on the grid of its step");

    private final String pattern;

    SweepMessage(String pattern) {
        this.pattern = pattern;
    }

    /** {@return the MessageFormat pattern} */
    public String pattern() {
        return pattern;
    }

    /**
     * {@return the message with its arguments filled in}
     *
     * @param arguments the arguments, as the constant's documentation lists them
     */
    public String format(Object... arguments) {
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // Numbers as written (3650, not "3,650"): MessageFormat would group and round them.
            plain[i] = arguments[i] instanceof Number n ? plain(n) : arguments[i];
        }
        return new MessageFormat(pattern, Locale.ROOT).format(plain);
    }

    /** A number without grouping or exponent: 3650, 0.25. */
    static String plain(Number n) {
        if (n instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d)
                    ? new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString()
                    : n.toString();
        }
        return n.toString();
    }
}
