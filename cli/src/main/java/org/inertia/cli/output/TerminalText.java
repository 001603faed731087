package org.inertia.cli.output;

import org.inertia.sim.scenario.io.Excerpt;

/**
 * Makes text from files and arguments safe to print on a terminal: scenario names and paths may
 * hold line breaks, escape sequences or bidirectional overrides that would break a one-line
 * message or rewrite the screen.
 */
public final class TerminalText {

    private TerminalText() {}

    /**
     * {@return the text on one line: line breaks and tabs become spaces, other control and
     * bidirectional-formatting characters become '?'}
     *
     * @param text any text
     */
    public static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (isUnsafe(c)) {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Longest line of a problem printed (characters); a longer one is cut, ending in "...". */
    public static final int MAX_ERROR_LINE = 400;

    /**
     * {@return a problem as printed on the terminal: on one line ({@link #oneLine}), each
     * command-line argument longer than {@value Excerpt#MAX_WORD} characters that the message
     * quotes (picocli quotes them whole, spaces and all) shortened in the middle, every other long
     * word too, and at most {@value #MAX_ERROR_LINE} characters in all}
     *
     * @param message the problem, as the library or picocli words it
     * @param args the command line's arguments, which the message may quote in full
     */
    public static String errorLine(String message, java.util.List<String> args) {
        String s = message;
        // Longest first, so that an argument inside another is not shortened twice.
        java.util.List<String> longArgs = args.stream()
                .filter(a -> a.length() > Excerpt.MAX_WORD)
                .distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList();
        for (String a : longArgs) {
            if (s.contains(a)) {
                s = s.replace(a, Excerpt.middle(a));
            }
        }
        s = Excerpt.longWords(oneLine(s));
        if (s.codePointCount(0, s.length()) > MAX_ERROR_LINE) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_ERROR_LINE)) + "...";
        }
        return s;
    }

    /**
     * Prints "Wrote FILE" for each file a command wrote, after a blank line; nothing when none.
     *
     * @param out the command's output
     * @param written the files written, in order
     */
    public static void printWritten(java.io.PrintWriter out, java.util.List<java.nio.file.Path> written) {
        if (written.isEmpty()) {
            return;
        }
        out.println();
        for (java.nio.file.Path file : written) {
            out.println("Wrote " + oneLine(file.toString()));
        }
    }

    private static boolean isUnsafe(char c) {
        return c < 0x20
                || (c >= 0x7f && c < 0xa0)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028
                || c == 0x2029;
    }
}
