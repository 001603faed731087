package org.inertia.cli.report;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Charts made fit to sit inside an HTML page. Text needs nothing here: the report's templates
 * escape every value they write ({@link Templates}).
 */
final class Html {

    private static final Pattern PROLOG = Pattern.compile("\\A\\s*(<\\?xml[^>]*\\?>\\s*)?(<!DOCTYPE[^>]*>\\s*)?");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");

    private Html() {}

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
