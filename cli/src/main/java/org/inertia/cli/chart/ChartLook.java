package org.inertia.cli.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import org.inertia.cli.output.SafeText;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * What the user asked of a chart's look for a slide ({@code --title}, {@code --size}, {@code
 * --y-range}), applied the same way to every chart kind just before it is encoded: the title
 * replaced, the picture drawn at another size, the value axis fixed so that successive charts
 * share one scale.
 *
 * @param title the chart's title instead of its own; null to keep it
 * @param width the width (px; points in SVG and PDF), or 0 to keep the chart's own
 * @param height the height, or 0 to keep the chart's own
 * @param yMin the lower end of the value axis, or NaN to keep the chart's own
 * @param yMax the upper end of the value axis, or NaN to keep the chart's own
 */
public record ChartLook(String title, int width, int height, double yMin, double yMax) {

    /** Smallest width (px): below it the axis titles and a legend no longer fit. */
    public static final int MIN_WIDTH = 320;

    /** Smallest height (px). */
    public static final int MIN_HEIGHT = 240;

    /** Largest width or height (px): a 4000 × 4000 PNG is about 64 MB while drawn. */
    public static final int MAX_SIDE = 4000;

    /** The chart as each kind draws it. */
    public static final ChartLook DEFAULT = new ChartLook(null, 0, 0, Double.NaN, Double.NaN);

    /**
     * Checks the size and the range.
     *
     * @param title the chart's title instead of its own; null to keep it
     * @param width the width (px), or 0 to keep the chart's own
     * @param height the height, or 0 to keep the chart's own
     * @param yMin the lower end of the value axis, or NaN to keep the chart's own
     * @param yMax the upper end of the value axis, or NaN to keep the chart's own
     */
    public ChartLook {
        if ((width == 0) != (height == 0)
                || width != 0 && (width < MIN_WIDTH || width > MAX_SIDE || height < MIN_HEIGHT || height > MAX_SIDE)) {
            throw new IllegalArgumentException("size " + width + "x" + height + " out of bounds");
        }
        if (Double.isNaN(yMin) != Double.isNaN(yMax) || !Double.isNaN(yMin) && !(yMin < yMax)) {
            throw new IllegalArgumentException("y range " + yMin + ".." + yMax);
        }
    }

    /**
     * {@return the same look with another title}
     *
     * @param newTitle the title; null to keep the chart's own
     */
    public ChartLook withTitle(String newTitle) {
        return new ChartLook(newTitle, width, height, yMin, yMax);
    }

    /** {@return whether the value axis is fixed} */
    public boolean hasYRange() {
        return !Double.isNaN(yMin);
    }

    /**
     * Applies the look to a chart about to be encoded.
     *
     * @param chart the chart
     * @param <C> its type
     * @return the same chart
     */
    <C extends Chart<?, ?>> C applyTo(C chart) {
        if (title != null) {
            chart.setTitle(SlideStyle.shorten(SafeText.label(title), SlideStyle.TITLE_LENGTH));
        }
        if (hasYRange() && chart.getStyler() instanceof AxesChartStyler s) {
            s.setYAxisMin(yMin);
            s.setYAxisMax(yMax);
        }
        if (width != 0) {
            double scale = textScale(chart);
            scaleText(chart.getStyler(), scale);
            scaleSpacing(chart.getStyler(), scale);
            fitTitle(chart, width);
            fitLegend(chart, width);
            // XChart sizes a chart when it is painted at a size; the encoders then use that size.
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = scratch.createGraphics();
            try {
                chart.paint(g, width, height);
            } finally {
                g.dispose();
            }
        }
        return chart;
    }

    /**
     * {@return the scale of a resized chart's text and spacing: text keeps its share of the
     * picture, so a 640 × 400 chart gets smaller letters than a slide's and a 2400 × 1400 one larger
     * (within {@value #MIN_TEXT_SCALE} to {@value #MAX_TEXT_SCALE} times); 1 when the size is kept}
     *
     * @param chart the chart as drawn at its own size
     */
    double textScale(Chart<?, ?> chart) {
        if (width == 0) {
            return 1;
        }
        return Math.max(
                MIN_TEXT_SCALE,
                Math.min(
                        MAX_TEXT_SCALE,
                        Math.min(width / (double) chart.getWidth(), height / (double) chart.getHeight())));
    }

    /**
     * Paddings, the legend's line samples and the axes' tick spacing follow the text: at a small
     * size the slide's spacing left a strip of plot and no tick labels on the value axis.
     */
    private static void scaleSpacing(Styler s, double scale) {
        if (scale == 1) {
            return;
        }
        s.setChartPadding(scaled(s.getChartPadding(), scale));
        s.setChartTitlePadding(scaled(s.getChartTitlePadding(), scale));
        s.setLegendPadding(scaled(s.getLegendPadding(), scale));
        s.setLegendSeriesLineLength(scaled(s.getLegendSeriesLineLength(), scale));
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitlePadding(scaled(a.getAxisTitlePadding(), scale));
            a.setAxisTickPadding(scaled(a.getAxisTickPadding(), scale));
            a.setAxisTickMarkLength(scaled(a.getAxisTickMarkLength(), scale));
            a.setXAxisTickMarkSpacingHint(scaled(a.getXAxisTickMarkSpacingHint(), scale));
            a.setYAxisTickMarkSpacingHint(scaled(a.getYAxisTickMarkSpacingHint(), scale));
        }
    }

    private static int scaled(int pixels, double scale) {
        return Math.max(1, (int) Math.round(pixels * scale));
    }

    /** Smallest scale of the text of a resized chart. */
    static final double MIN_TEXT_SCALE = 0.55;

    /** Largest scale of the text of a resized chart. */
    static final double MAX_TEXT_SCALE = 2.0;

    private static void scaleText(Styler s, double scale) {
        if (scale == 1) {
            return;
        }
        s.setChartTitleFont(scaled(s.getChartTitleFont(), scale));
        s.setLegendFont(scaled(s.getLegendFont(), scale));
        s.setAnnotationTextPanelFont(scaled(s.getAnnotationTextPanelFont(), scale));
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(scaled(a.getAxisTitleFont(), scale));
            a.setAxisTickLabelsFont(scaled(a.getAxisTickLabelsFont(), scale));
        }
    }

    private static Font scaled(Font f, double scale) {
        return f == null ? null : f.deriveFont((float) Math.max(8, f.getSize2D() * scale));
    }

    /** Shortens the title with an ellipsis until it fits the width, so that it is never clipped. */
    private static void fitTitle(Chart<?, ?> chart, int width) {
        Font font = chart.getStyler().getChartTitleFont();
        String t = chart.getTitle();
        if (t == null || t.isEmpty() || font == null) {
            return;
        }
        double room = width - 2.0 * chart.getStyler().getChartPadding();
        for (int n = t.length(); n > 1 && textWidth(font, t) > room; n--) {
            t = SlideStyle.shorten(chart.getTitle(), n - 1);
        }
        chart.setTitle(t);
    }

    /** A legend in one row below the plot that would overflow the width is stacked instead. */
    private static void fitLegend(Chart<?, ?> chart, int width) {
        Styler s = chart.getStyler();
        if (s.getLegendPosition() != Styler.LegendPosition.OutsideS
                || s.getLegendLayout() != Styler.LegendLayout.Horizontal) {
            return;
        }
        double needed = 0;
        for (Object series : chart.getSeriesMap().values()) {
            if (series instanceof org.knowm.xchart.internal.series.Series x && x.isShowInLegend()) {
                needed += textWidth(s.getLegendFont(), x.getName())
                        + s.getLegendSeriesLineLength()
                        + 4.0 * s.getLegendPadding();
            }
        }
        if (needed > width - 2.0 * s.getChartPadding()) {
            s.setLegendLayout(Styler.LegendLayout.Vertical);
        }
    }

    private static double textWidth(Font font, String text) {
        return font.getStringBounds(text, new FontRenderContext(null, true, true))
                .getWidth();
    }
}
