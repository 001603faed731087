package org.inertia.cli.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.inertia.cli.chart.ChartFormat;
import org.inertia.cli.chart.ChartLook;
import org.inertia.cli.chart.TrajectoryChart;

/**
 * A chart as a page shows it: inline SVG drawn by {@link TrajectoryChart}, and what it shows in
 * words for screen readers (the template writes it, escaped, as the SVG's {@code aria-label}).
 *
 * @param description what the chart shows, in words; from the user in part (scenario names)
 * @param inlineSvg the SVG as {@link Html#inlineSvg} makes it, starting with {@code <svg}
 */
record Chart(String description, String inlineSvg) {

    /**
     * Checks that the SVG is an inline SVG element.
     *
     * @param description what the chart shows, in words
     * @param inlineSvg the SVG as {@link Html#inlineSvg} makes it, starting with {@code <svg}
     */
    public Chart {
        if (!inlineSvg.startsWith("<svg ") || !inlineSvg.stripTrailing().endsWith("</svg>")) {
            throw new IllegalArgumentException("not an inline SVG element");
        }
    }

    /**
     * {@return a chart drawn as SVG and made fit for a page}
     *
     * @param chart the chart
     * @param description what it shows, in words
     * @param idPrefix a prefix unique within the page, such as {@code chart3-}
     * @throws IOException if the chart cannot be drawn
     */
    static Chart of(TrajectoryChart chart, String description, String idPrefix) throws IOException {
        return of(chart, description, idPrefix, ChartLook.DEFAULT);
    }

    /**
     * {@return a chart drawn as SVG with a look of its own (title, size, value axis), made fit for
     * a page}
     *
     * @param chart the chart
     * @param description what it shows, in words
     * @param idPrefix a prefix unique within the page, such as {@code chart3-}
     * @param look the title, size and value axis to draw it with
     * @throws IOException if the chart cannot be drawn
     */
    static Chart of(TrajectoryChart chart, String description, String idPrefix, ChartLook look) throws IOException {
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        chart.writeTo(svg, ChartFormat.SVG, look);
        return new Chart(description, Html.inlineSvg(svg.toByteArray(), idPrefix));
    }

    /**
     * {@return the attributes of the SVG element (its view box, namespaces and role), written as
     * they are after the {@code aria-label} the template writes: they come from {@link
     * Html#inlineSvg}, not from the user}
     */
    public String attributes() {
        return inlineSvg.substring("<svg ".length(), startTagEnd());
    }

    /**
     * {@return what the SVG element holds, written as it is: XChart's SVG encoder escapes every
     * text it draws, and the chart classes make names well-formed first}
     */
    public String content() {
        int close = inlineSvg.lastIndexOf("</svg>");
        return inlineSvg.substring(startTagEnd() + 1, close);
    }

    /** The index of the {@code >} that ends the start tag: the first outside quotes. */
    private int startTagEnd() {
        char quote = 0;
        for (int i = 0; i < inlineSvg.length(); i++) {
            char c = inlineSvg.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        throw new IllegalArgumentException("an SVG element without the end of its start tag");
    }
}
