package org.inertia.sim.scenario.io;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for the text a user gives that the outputs show: a scenario's name and
 * description, a baseline's unit, a variant's name on the classroom page, a chart's or report's
 * title. Refused, with the character's position and code point:
 *
 * <ul>
 *   <li>control characters other than tab (and, where allowed, the line break), unpaired
 *       surrogates and the Unicode noncharacters (U+FFFE, U+FDD0, ...): no output can carry them;
 *   <li>the directional formatting characters (U+202A to U+202E, U+2066 to U+2069: embeddings,
 *       overrides and isolates): they reorder the characters that follow as a terminal, a chart or
 *       a report shows them, so that a name can read differently from what the file holds (the
 *       "Trojan Source" attack, CVE-2021-42574; Unicode Technical Standard 55 asks tools to flag
 *       them);
 *   <li>the invisible characters that join or separate nothing (U+200B zero width space, U+2060
 *       word joiner, U+FEFF byte order mark, U+180E): two names that look the same would differ.
 * </ul>
 *
 * <p>Allowed, because writing needs them: the zero width non-joiner and joiner (U+200C, U+200D:
 * Persian, the scripts of India, emoji) and the left-to-right and right-to-left marks (U+200E,
 * U+200F, U+061C), which affect only the characters beside them.
 */
public final class PrintableText {

    private PrintableText() {}

    /**
     * {@return what is wrong with a text, such as "its 3rd character is U+0007, a control
     * character"; empty when every character may be shown}
     *
     * @param text the text
     * @param lineBreaks whether line feeds are allowed (a description) or not (a name)
     */
    public static Optional<String> problem(String text, boolean lineBreaks) {
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            char ch = text.charAt(i);
            position++;
            String what = null;
            int c = ch;
            if (Character.isHighSurrogate(ch)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                c = Character.toCodePoint(ch, text.charAt(i + 1));
            } else if (Character.isSurrogate(ch)) {
                what = "a surrogate without its pair";
            }
            if (what == null) {
                what = kind(c, lineBreaks);
            }
            if (what != null) {
                return Optional.of("its " + Excerpt.ordinal(position) + " character is "
                        + String.format(Locale.ROOT, "U+%04X", c) + ", " + what);
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    private static String kind(int c, boolean lineBreaks) {
        if (Character.isISOControl(c) && c != '\t' && !(lineBreaks && c == '\n')) {
            return "a control character";
        }
        if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
            return "a Unicode noncharacter";
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return "a directional formatting character, which can reorder the text as shown";
        }
        if (c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x180E) {
            return "an invisible character";
        }
        return null;
    }
}
