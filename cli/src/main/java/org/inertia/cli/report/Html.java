package org.inertia.cli.report;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.inertia.cli.output.SafeText;

/**
 * Text and images made safe to put in an HTML page. Every string that comes from a scenario file
 * or the command line goes through {@link #escape} before it is written, in text and in
 * attribute values alike.
 */
public final class Html {

    private static final Pattern PROLOG = Pattern.compile("\\A\\s*(<\\?xml[^>]*\\?>\\s*)?(<!DOCTYPE[^>]*>\\s*)?");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");

    private Html() {}

    /**
     * {@return text with the five characters that HTML gives meaning escaped ({@code & < > " '}),
     * and control characters other than tab and line breaks, which HTML does not allow, replaced
     * by U+FFFD, as are noncharacters and unpaired surrogates ({@link SafeText#wellFormed})}
     *
     * @param any any text
     */
    public static String escape(String any) {
        String text = SafeText.wellFormed(any);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0);
                    sb.append(control ? '\uFFFD' : c);
                }
            }
        }
        return sb.toString();
    }

    /**
     * {@return an SVG document (as XChart's encoder writes it) ready to sit inside an HTML page:
     * without its XML declaration and document type, every id prefixed so that several charts on
     * one page cannot share one, and the size left to the page's style (its view box kept)}
     *
     * @param svg the SVG file's bytes (UTF-8)
     * @param idPrefix a prefix unique within the page, such as {@code chart3-}
     */
    public static String inlineSvg(byte[] svg, String idPrefix) {
        if (!idPrefix.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("an id prefix is a letter, then letters, digits and '-': " + idPrefix);
        }
        String text = new String(svg, StandardCharsets.UTF_8);
        text = PROLOG.matcher(text).replaceFirst("");
        if (!text.startsWith("<svg")) {
            throw new IllegalArgumentException("not an SVG document");
        }
        text = ID.matcher(text).replaceAll("id=\"" + idPrefix + "$1\"");
        text = text.replace("url(#", "url(#" + idPrefix).replace("href=\"#", "href=\"#" + idPrefix);
        // The page sets the size; the view box keeps the proportions.
        text = text.replaceFirst("^<svg([^>]*?) height=\"[^\"]*\"", "<svg$1")
                .replaceFirst("^<svg([^>]*?) width=\"[^\"]*\"", "<svg$1");
        return text.replaceFirst("^<svg", "<svg role=\"img\"");
    }
}
