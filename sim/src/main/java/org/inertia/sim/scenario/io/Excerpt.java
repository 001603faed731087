package org.inertia.sim.scenario.io;

import java.util.Locale;

/**
 * How user text is quoted back in a problem: a short excerpt, never the whole of it, so that every
 * message stays one short line whatever was typed (a 1 MB key, a file name of a thousand
 * characters). Lengths count Unicode code points, so an excerpt never splits a character.
 */
public final class Excerpt {

    /** Longest value or key quoted back (code points); longer ones are cut and end in "...". */
    public static final int MAX_QUOTED = 40;

    /** Longest file name or other word kept whole in a message (code points). */
    public static final int MAX_WORD = 120;

    private Excerpt() {}

    /**
     * {@return the text as quoted back in a message: at most {@value #MAX_QUOTED} code points,
     * then "..."}
     *
     * @param text what the user wrote
     */
    public static String of(String text) {
        return text.codePointCount(0, text.length()) > MAX_QUOTED
                ? text.substring(0, text.offsetByCodePoints(0, MAX_QUOTED)) + "..."
                : text;
    }

    /**
     * {@return a file name or other long word shortened in the middle when it has more than
     * {@value #MAX_WORD} code points: the first 80 and the last 30, joined by "..."; the end of a
     * path (its file name) stays readable}
     *
     * @param word a file name, path or other text without spaces
     */
    public static String middle(String word) {
        int n = word.codePointCount(0, word.length());
        if (n <= MAX_WORD) {
            return word;
        }
        int head = word.offsetByCodePoints(0, 80);
        int tail = word.offsetByCodePoints(0, n - 30);
        return word.substring(0, head) + "..." + word.substring(tail);
    }

    /**
     * {@return the text with every word (a run without spaces) longer than {@value #MAX_WORD} code
     * points shortened in the middle, as {@link #middle} does; for messages of other libraries that
     * quote user text in full}
     *
     * @param text a message
     */
    public static String longWords(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), 1024));
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                sb.append(middle(text.substring(start, i)));
                if (i < text.length()) {
                    sb.append(' ');
                }
                start = i + 1;
            }
        }
        return sb.toString();
    }

    /**
     * {@return a character as a message names it: {@code U+0430 CYRILLIC SMALL LETTER A}}
     *
     * @param codePoint the character
     */
    public static String character(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name);
    }

    /**
     * {@return the English ordinal of a position: 1st, 2nd, 3rd, 4th, 11th, 22nd}
     *
     * @param n the 1-based position
     */
    public static String ordinal(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return n + "th";
        }
        return n
                + switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
    }
}
