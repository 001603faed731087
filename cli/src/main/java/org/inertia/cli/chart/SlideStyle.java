package org.inertia.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look Inertia's charts share, so that they sit together on one slide: white background, dark
 * ink, light grid, large sans-serif text, and a colour-blind-safe palette (Okabe and Ito).
 */
final class SlideStyle {

    /** Okabe–Ito, without its yellow (too pale on white), then two greys for long lists. */
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x7F7F7F)
    };

    static final Color INK = new Color(0x22272E);
    static final Color MUTED = new Color(0x6E7781);
    static final Color GRID = new Color(0xE6E9ED);
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final int PADDING = 14;

    /** Longest title before it is shortened with an ellipsis (characters). */
    static final int TITLE_LENGTH = 90;

    private SlideStyle() {}

    /**
     * Applies the shared look to an axes chart: colours, fonts, padding, a light horizontal grid.
     *
     * @param s the chart's styler
     */
    static void apply(AxesChartStyler s) {
        s.setAntiAlias(true);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartFontColor(INK);
        s.setChartPadding(PADDING);
        s.setChartTitleFont(TITLE_FONT);
        s.setChartTitleBoxVisible(false);
        s.setPlotBorderVisible(false);
        s.setPlotGridVerticalLinesVisible(false);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setAxisTitleFont(AXIS_TITLE_FONT);
        s.setAxisTitlePadding(12);
        s.setAxisTickLabelsFont(TICK_FONT);
        s.setAxisTickLabelsColor(INK);
        s.setAxisTickMarksColor(MUTED);
        s.setAxisTickPadding(8);
        s.setLegendFont(LEGEND_FONT);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendPadding(14);
    }

    /**
     * {@return a colour made translucent, for areas behind lines}
     *
     * @param c the colour
     * @param alpha opacity, 0 to 255
     */
    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /**
     * Makes a series a filled closed polygon (XChart's {@code PolygonArea}) with no outline and no
     * markers: a band, a bar, a legend swatch.
     *
     * @param series the series, its points the polygon's corners in order
     * @param fill the fill colour
     */
    static void fill(XYSeries series, Color fill) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        series.setFillColor(fill);
        series.setLineColor(new Color(0, 0, 0, 0));
        series.setLineStyle(new BasicStroke(0f));
        series.setMarker(SeriesMarkers.NONE);
    }

    /**
     * {@return the width of a title in the title font (px)}
     *
     * @param title the title
     */
    static double titleWidth(String title) {
        return TITLE_FONT
                .getStringBounds(title, new FontRenderContext(null, true, true))
                .getWidth();
    }

    /**
     * {@return text shortened to {@code max} characters with an ellipsis}
     *
     * @param text the text
     * @param max the most characters
     */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : start(text, max - 1).stripTrailing() + "\u2026";
    }

    /**
     * {@return the first {@code n} characters of a text, or one fewer where the n-th is the first
     * half of a surrogate pair: a cut never leaves half a character, which no file can carry}
     *
     * @param text the text, longer than {@code n} characters
     * @param n how many characters to keep
     */
    static String start(String text, int n) {
        int end = n > 0 && Character.isHighSurrogate(text.charAt(n - 1)) ? n - 1 : n;
        return text.substring(0, end);
    }
}
