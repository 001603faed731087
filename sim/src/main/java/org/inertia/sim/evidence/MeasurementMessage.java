package org.inertia.sim.evidence;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The catalogue of problems with a user's measurements: with the file itself ({@link
 * MeasurementReader}), and with the measurements against the scenario and the parameters to fit.
 * Tests check the key and its arguments, never the English text, which may be reworded.
 */
public enum MeasurementMessage {
    /** The file does not exist. */
    FILE_NOT_FOUND("no such file"),
    /** The path names a directory or another non-file. */
    NOT_A_FILE("is a directory or special file, not a measurement file"),
    /** The file cannot be read. Argument: the system's reason. */
    UNREADABLE("cannot be read ({0})"),
    /** The file exceeds the size limit. Arguments: size, limit (bytes). */
    FILE_TOO_LARGE("is {0} bytes; measurement files are limited to {1} bytes"),
    /** The bytes are not UTF-8. */
    NOT_UTF8("is not valid UTF-8 text"),
    /** The file holds nothing, or only blank lines. */
    EMPTY_FILE("is empty"),
    /** A quoted field is never closed; the location is where its quote opens. */
    UNCLOSED_QUOTE("a quoted field is never closed"),
    /** A quote inside a field that does not start with one, as in {@code 9"0}. */
    QUOTE_INSIDE_FIELD("a quote inside a field that does not start with one"),
    /** Text between the closing quote of a field and the next comma, as in {@code "90"x}. */
    TEXT_AFTER_QUOTE("text after the closing quote of a field"),
    /** The header is one column, as when the file is separated by semicolons or tabs. */
    ONE_COLUMN_HEADER("the header has one column"),
    /** A required column is missing from the header. Argument: the column. */
    MISSING_COLUMN("missing column ''{0}''"),
    /** A column is named twice in the header. Arguments: the column, the column number of its first occurrence. */
    DUPLICATE_COLUMN("column ''{0}'' is given twice (first as column {1})"),
    /** A row has a different number of fields than the header. Arguments: fields in the row, in the header. */
    FIELD_COUNT("{0} fields, the header has {1}"),
    /** A cell that must hold a value is empty. */
    EMPTY_CELL("empty cell"),
    /** A whole number was expected. Argument: the cell, as written (at most 40 characters). */
    NOT_AN_INTEGER("must be a whole number (was ''{0}'')"),
    /** A number was expected. Argument: the cell, as written (at most 40 characters). */
    NOT_A_NUMBER("must be a number (was ''{0}'')"),
    /** {@code NaN}, {@code Infinity} and the like. Argument: the cell. */
    NOT_FINITE("must be a finite number (was ''{0}'')"),
    /** A number written with more characters than any accepted value needs. Argument: the limit. */
    NUMBER_TOO_LONG("is a number longer than {0} characters"),
    /** A number whose exponent puts it far outside every range, such as {@code 1e-999}. Argument: the cell. */
    EXTREME_NUMBER("must be a number of ordinary size (was ''{0}'')"),
    /** A number outside its range. Arguments: min, max, the cell as written. */
    OUT_OF_RANGE("must be between {0} and {1} (was {2})"),
    /** A number that must be positive is not. Argument: the cell as written. */
    NOT_POSITIVE("must be greater than 0 (was {0})"),
    /** A measure name that is not known. Argument: the cell (at most 40 characters). */
    UNKNOWN_MEASURE("unknown measure ''{0}''"),
    /** The same day and measure twice. Arguments: day, measure, line of the first. */
    DUPLICATE_ROW("duplicate row: day {0}, {1} was already given on line {2}"),
    /** A subject id longer than allowed. Arguments: its length, the limit (code points). */
    SUBJECT_TOO_LONG("subject id is {0} characters long; at most {1}"),
    /**
     * A subject id holding a control or invisible character. Arguments: the character (such as
     * U+0007), its position in the id (1-based).
     */
    SUBJECT_CHARACTER("subject id holds the control or invisible character {0} (character {1})"),
    /**
     * More work than one fit of subjects may take. Arguments: subjects, the scenario's days,
     * subject-days, the limit.
     */
    TOO_MANY_SUBJECT_DAYS("{0} subjects over a {1}-day scenario are {2} subject-days; at most {3} at a time"),
    /** More subjects than one file may hold. Argument: the limit. */
    TOO_MANY_SUBJECTS("more than {0} subjects"),
    /**
     * A subject's measurements cannot determine the parameters. Arguments: the subject's id, its
     * measurements, the parameters.
     */
    SUBJECT_TOO_FEW_MEASUREMENTS("subject ''{0}'' has {1} measurements, which cannot determine {2} parameters"),
    /** A header and no rows. */
    NO_MEASUREMENTS("has a header but no measurements"),
    /** Reading stopped after this many problems. Argument: the limit. */
    TOO_MANY_PROBLEMS("has more problems; reading stopped after the first {0}"),
    /** A measurement after the scenario's last day. Arguments: the day, the scenario's last day. */
    DAY_AFTER_END("day {0} is after the end of the scenario (day {1})"),
    /** No parameters were chosen to fit. */
    NO_PARAMETERS("no parameters to fit"),
    /**
     * Some rows give an sd and this one does not: a fit weights each measurement by 1/sd², and a
     * blank cannot be given a weight. Argument: the number of rows with an sd.
     */
    SD_MISSING("gives no sd, while {0} other rows do"),
    /** Too few measurements for the parameters. Arguments: measurements, parameters. */
    TOO_FEW_MEASUREMENTS("{0} measurements cannot determine {1} parameters"),
    /**
     * Every value is at most a few percent, as fractions of baseline would be (0.91 for 91 %).
     * Arguments: the largest value accepted as a fraction, the first value.
     */
    LOOKS_LIKE_FRACTIONS("every value is at most {0}: they look like fractions of baseline (such as {1}), but"
            + " values are percent of baseline"),
    /**
     * The scenario leaves a measured quantity at baseline on every day (it neither unloads nor
     * exercises those muscles), so its measurements cannot inform any parameter. Argument: the measure.
     */
    MEASURE_NOT_IN_SCENARIO(
            "the scenario leaves {0} at 100 % of baseline on every day; its measurements" + " cannot inform the fit");

    private final String pattern;

    MeasurementMessage(String pattern) {
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

    private static String plain(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return Double.isFinite(n.doubleValue())
                    ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
                    : n.toString();
        }
        if (n instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return n.toString();
    }
}
