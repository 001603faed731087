package org.inertia.sim.scenario.io;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The catalogue of scenario-file problems. Tests check the key and its arguments, never the
 * English text, which may be reworded.
 */
public enum ScenarioMessage {
    /** The file does not exist. */
    FILE_NOT_FOUND("no such file"),
    /** The path names a directory or another non-file. */
    NOT_A_FILE("is a directory or special file, not a scenario file"),
    /** The file cannot be read. Argument: the system's reason. */
    UNREADABLE("cannot be read ({0})"),
    /** The file exceeds the size limit. Arguments: size, limit (bytes). */
    FILE_TOO_LARGE("is {0} bytes; scenario files are limited to {1} bytes"),
    /** A stream (standard input) exceeds the size limit; its full size is not read. Argument: the limit (bytes). */
    STREAM_TOO_LARGE("is more than {0} bytes; scenario files are limited to {0} bytes"),
    /** The bytes are not UTF-8. */
    NOT_UTF8("is not valid UTF-8 text"),
    /** The file holds nothing but whitespace and comments. */
    EMPTY_FILE("is empty"),
    /** The YAML parser rejected the text. Argument: the parser's reason. */
    SYNTAX("invalid YAML: {0}"),
    /** The file holds more than one YAML document. */
    SEVERAL_DOCUMENTS("holds more than one YAML document (a line with ''---''); put each scenario in its own file"),
    /** Nesting deeper than any scenario needs. Argument: the limit. */
    TOO_DEEP("is nested more than {0} levels deep"),
    /** Too many aliases. Argument: the limit. */
    TOO_MANY_ALIASES("uses more than {0} YAML aliases"),
    /** A mapping was expected. Argument: what was found. */
    EXPECTED_MAPPING("must be a mapping of keys to values (was {0})"),
    /** A list was expected. Argument: what was found. */
    EXPECTED_LIST("must be a list (was {0})"),
    /** A single value was expected. Argument: what was found. */
    EXPECTED_SCALAR("must be a single value (was {0})"),
    /** A key that the format does not know. Argument: the key (at most 40 characters). */
    UNKNOWN_KEY("unknown key ''{0}''"),
    /**
     * An unknown key with a character that no key has, such as a Cyrillic letter that looks Latin.
     * Arguments: the key (at most 40 characters), the character and its position ("its 2nd
     * character is U+0430 CYRILLIC SMALL LETTER A, not a Latin letter").
     */
    UNKNOWN_KEY_CHARACTER("unknown key ''{0}'': {1}"),
    /** A YAML merge key ({@code <<}); the format does not use them. */
    MERGE_KEY("uses a YAML merge key (''<<''), which scenario files do not use"),
    /** An alias inside the block its anchor names: a node that contains itself. Argument: the anchor. */
    ANCHOR_CYCLE("the anchor ''&{0}'' is used inside its own block"),
    /**
     * A name or description with a character that text in a scenario may not hold: a control
     * character, a lone surrogate or a Unicode noncharacter. Argument: the character and its
     * position ("its 3rd character is U+0007, a control character").
     */
    INVALID_CHARACTER("{0}; names and descriptions hold printable text only"),
    /** A key given twice in one mapping. Arguments: key, line of the first occurrence. */
    DUPLICATE_KEY("duplicate key ''{0}'' (first given on line {1})"),
    /** A required key is missing. Argument: the key. */
    MISSING_KEY("missing required key ''{0}''"),
    /** A value is empty. */
    EMPTY_VALUE("must not be empty"),
    /** A whole number was expected. Argument: the value. */
    NOT_AN_INTEGER("must be a whole number (was {0})"),
    /** A number was expected. Argument: the value. */
    NOT_A_NUMBER("must be a number (was {0})"),
    /** Infinity or NaN. Argument: the value. */
    NOT_FINITE("must be a finite number (was {0})"),
    /** A number written with more characters than any accepted value needs. Argument: the limit. */
    NUMBER_TOO_LONG("is a number longer than {0} characters"),
    /** A number whose exponent puts it far outside every range. Argument: the value. */
    EXTREME_NUMBER("must be a number of ordinary size (was {0})"),
    /** A value with an explicit YAML tag such as {@code !!str}. Argument: the tag. */
    EXPLICIT_TAG("carries the YAML tag {0}, which scenario files do not use"),
    /** A number outside its range. Arguments: min, max, value. */
    OUT_OF_RANGE("must be between {0} and {1} (was {2})"),
    /** A word outside a closed vocabulary. Argument: the word (at most 40 characters). */
    UNKNOWN_VALUE("unknown value ''{0}''"),
    /**
     * An unknown word with a character that no allowed word has. Arguments: the word (at most 40
     * characters), the character and its position, as for {@link #UNKNOWN_KEY_CHARACTER}.
     */
    UNKNOWN_VALUE_CHARACTER("unknown value ''{0}'': {1}"),
    /** A key that only some prescriptions take. Arguments: the key, what takes it. */
    NOT_APPLICABLE("''{0}'' applies only to {1}"),
    /** Two keys that exclude each other. Arguments: the two keys. */
    EITHER_OR("give either ''{0}'' or ''{1}'', not both"),
    /** A key that needs another. Arguments: the key given, the key it needs. */
    NEEDS_KEY("''{0}'' needs ''{1}'' as well"),
    /** A list that names an item twice. Argument: the item. */
    DUPLICATE_ITEM("names ''{0}'' twice"),
    /** A list that must not be empty. Argument: what it should hold. */
    EMPTY_LIST("must list at least one {0}"),
    /** A phase's exercise takes more time than a day has. Arguments: minutes a day, minutes in a day. */
    TOO_MANY_MINUTES("the exercise adds up to {0} minutes a day on average; a day has {1}"),
    /** The phases add up to too many days. Arguments: total, limit. */
    TOO_MANY_DAYS("the phases last {0} days in all; a scenario lasts at most {1} days"),
    /** Reading stopped after this many problems. Argument: the limit. */
    TOO_MANY_PROBLEMS("has more problems; reading stopped after the first {0}"),
    /** A measured baseline that is not above 0 or is too large. Arguments: the largest value, the value. */
    NOT_POSITIVE("must be greater than 0 and at most {0} (was {1})"),
    /** A measured baseline without its unit ("32" for "32 kg"). Argument: the value as written. */
    MISSING_UNIT("needs a unit after the number (was ''{0}'')"),
    /**
     * A baseline whose unit begins with more of the number: a decimal comma ("32,5 kg"), a
     * thousands separator ("1 800 N"). Argument: the unit as read.
     */
    NUMBER_IN_UNIT("has a unit that begins with a number (''{0}''): the value would be read as the part before it"),
    /** A baseline's unit longer than any unit symbol. Argument: the limit. */
    UNIT_TOO_LONG("has a unit longer than {0} characters"),
    /**
     * A baseline's unit with a character no output can show. Argument: the character and its
     * position, as for {@link #INVALID_CHARACTER}.
     */
    INVALID_UNIT_CHARACTER("has a unit that no output can show: {0}"),
    /** A text value is too long. Argument: the limit. */
    TEXT_TOO_LONG("is longer than {0} characters");

    private final String pattern;

    ScenarioMessage(String pattern) {
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
            return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }
}
