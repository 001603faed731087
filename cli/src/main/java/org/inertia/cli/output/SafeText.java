package org.inertia.cli.output;

/**
 * Makes text from scenarios well-formed for the files it is written to (issue 12). The library
 * accepts any Java string as a scenario or phase name, so a writer may be handed characters that a
 * strict reader of its file refuses: control characters and the noncharacters U+FFFE and U+FFFF
 * are not allowed in XML 1.0 (an SVG chart with one is a parse error in a browser), and an
 * unpaired surrogate cannot be encoded in UTF-8 at all (Java's encoder silently writes '?'). Each
 * such character becomes U+FFFD, the replacement character, so that what was lost stays visible.
 *
 * <p>Noncharacters are U+FDD0..U+FDEF and the last two code points of every plane (U+FFFE,
 * U+FFFF, U+1FFFE, ...), per The Unicode Standard, section 23.7.
 */
public final class SafeText {

    /** U+FFFD, which stands for a character that could not be written. */
    public static final char REPLACEMENT = '\uFFFD';

    private SafeText() {}

    /**
     * {@return the text with every character that XML 1.0 or UTF-8 cannot carry replaced by
     * U+FFFD: control characters other than tab, line feed and carriage return, noncharacters and
     * unpaired surrogates; tabs and line breaks are kept}
     *
     * @param text any text
     */
    public static String wellFormed(String text) {
        return clean(text, false);
    }

    /**
     * {@return the text as one line of a chart: line breaks and tabs become spaces; what {@link
     * #wellFormed} replaces, and the other control characters (DEL, C1), the line and paragraph
     * separators and the bidirectional overrides and isolates, which would reorder the label,
     * become U+FFFD}
     *
     * @param text any text
     */
    public static String label(String text) {
        return clean(text, true);
    }

    /**
     * {@return whether a code point is a noncharacter: U+FDD0..U+FDEF, or U+xxFFFE and U+xxFFFF
     * in any plane}
     *
     * @param codePoint any code point
     */
    public static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String clean(String text, boolean oneLine) {
        StringBuilder sb = null;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            int replacement = replacement(cp, oneLine);
            if (replacement != cp && sb == null) {
                sb = new StringBuilder(n).append(text, 0, i);
            }
            if (sb != null) {
                sb.appendCodePoint(replacement);
            }
            i += width;
        }
        return sb == null ? text : sb.toString();
    }

    /** The character written for {@code cp}: itself, a space or U+FFFD. */
    private static int replacement(int cp, boolean oneLine) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return oneLine ? ' ' : cp;
        }
        // codePointAt returns an unpaired surrogate as itself.
        boolean bad = cp < 0x20 || (cp <= 0xFFFF && Character.isSurrogate((char) cp)) || isNoncharacter(cp);
        if (!bad && oneLine) {
            bad = (cp >= 0x7f && cp < 0xa0)
                    || cp == 0x2028
                    || cp == 0x2029
                    || (cp >= 0x202a && cp <= 0x202e)
                    || (cp >= 0x2066 && cp <= 0x2069);
        }
        return bad ? REPLACEMENT : cp;
    }
}
