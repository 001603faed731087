package org.inertia.cli.output;

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
