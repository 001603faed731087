package org.inertia.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inertia.cli.output.SafeText;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One panel per muscle group ({@code --facet groups}): the same chart as {@link TrajectoryChart}
 * drawn five times, once for each group of one outcome, in a grid of three by two whose sixth cell
 * holds the one legend. Every panel has the same value axis (the union of their ranges, or the
 * user's {@code --y-range}), so that a small loss looks small beside a large one; each panel keeps
 * the phase ribbon and is titled with its group and measure; the figure's title and value-axis
 * title are drawn once. XChart has no subplots: each panel is an XChart chart painted into its cell
 * of one {@link java.awt.Graphics2D}, so that PNG, SVG and PDF go through the same {@link
 * ChartFormat} encoders as every chart.
 */
public final class FacetChart {

    /** Panels per row. */
    static final int COLUMNS = 3;

    /** Rows of panels; the last cell of the last row is the legend's. */
    static final int ROWS = 2;

    private final List<TrajectoryChart> panels;
    private final List<Measure> measures;
    private final String defaultTitle;
    private final String valueTitle;

    private FacetChart(List<Measure> measures, List<TrajectoryChart> panels, String valueTitle) {
        this.measures = List.copyOf(measures);
        this.panels = List.copyOf(panels);
        this.defaultTitle = panels.get(0).xyChart().getTitle();
        this.valueTitle = valueTitle;
    }

    /**
     * {@return a figure of one panel per simulated muscle group}
     *
     * @param outcome strength or muscle mass
     * @param panel the chart of one measure, as the command would draw it for that measure alone;
     *     its title becomes the figure's
     */
    public static FacetChart of(Outcome outcome, Function<Measure, TrajectoryChart> panel) {
        List<Measure> measures =
                MuscleGroup.SIMULATED.stream().map(g -> new Measure(outcome, g)).toList();
        List<TrajectoryChart> charts = measures.stream().map(panel).toList();
        String first = charts.get(0).xyChart().getYAxisTitle();
        String what = TrajectoryChart.yAxisTitle(List.of(new Measure(outcome, MuscleGroup.OVERALL)))
                .replaceFirst("^Overall s", "S")
                .replaceFirst("^Overall m", "M");
        if (first.startsWith("Median ")) {
            what = "Median " + Character.toLowerCase(what.charAt(0)) + what.substring(1);
        }
        return new FacetChart(measures, charts, what);
    }

    /** {@return the panels' measures, in panel order} */
    public List<Measure> measures() {
        return measures;
    }

    /** {@return the panels, in order, for inspection} */
    public List<XYChart> panels() {
        return panels.stream().map(TrajectoryChart::xyChart).toList();
    }

    /** {@return the title of each panel: its group and measure, such as "Strength, knee extensors"} */
    static String panelTitle(Measure m) {
        String label = m.label();
        int paren = label.indexOf(" (");
        return paren < 0 ? label : label.substring(0, paren);
    }

    /**
     * Writes the figure with the user's title, size and value range.
     *
     * @param out where to write; not closed
     * @param format the file format
     * @param look the look asked for; {@link ChartLook#DEFAULT} for 1200 × 700 and the panels'
     *     shared range
     * @return the figure's layout as drawn, for inspection
     * @throws IOException if writing fails
     */
    public Layout writeTo(OutputStream out, ChartFormat format, ChartLook look) throws IOException {
        Layout layout = layout(look);
        format.encode(layout, out);
        return layout;
    }

    /**
     * {@return the figure laid out for a look: panels styled, sized and given one value range}
     *
     * @param look the look asked for
     */
    public Layout layout(ChartLook look) {
        int width = look.width() == 0 ? TrajectoryChart.WIDTH : look.width();
        int height = look.height() == 0 ? TrajectoryChart.HEIGHT : look.height();
        double scale = Math.max(
                ChartLook.MIN_TEXT_SCALE,
                Math.min(
                        ChartLook.MAX_TEXT_SCALE,
                        Math.min(width / (double) TrajectoryChart.WIDTH, height / (double) TrajectoryChart.HEIGHT)));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TrajectoryChart p : panels) {
            lo = Math.min(lo, p.xyChart().getStyler().getYAxisMin());
            hi = Math.max(hi, p.xyChart().getStyler().getYAxisMax());
        }
        if (look.hasYRange()) {
            lo = look.yMin();
            hi = look.yMax();
        }
        for (int i = 0; i < panels.size(); i++) {
            TrajectoryChart p = panels.get(i);
            p.asPanel(panelTitle(measures.get(i)), scale);
            p.xyChart().getStyler().setYAxisMin(lo);
            p.xyChart().getStyler().setYAxisMax(hi);
        }
        String title = SlideStyle.shorten(
                SafeText.label(look.title() == null ? defaultTitle : look.title()), SlideStyle.TITLE_LENGTH);
        return new Layout(title, valueTitle, width, height, scale, lo, hi, this);
    }

    /** The legend: every series any panel shows in a legend, each name once, in order. */
    private List<XYSeries> legendSeries() {
        Map<String, XYSeries> entries = new LinkedHashMap<>();
        for (TrajectoryChart p : panels) {
            for (XYSeries s : p.xyChart().getSeriesMap().values()) {
                if (s.isShowInLegend()) {
                    entries.putIfAbsent(s.getName(), s);
                }
            }
        }
        return List.copyOf(entries.values());
    }

    /**
     * The figure at one size: where its title, value-axis title, panels and legend go.
     *
     * @param title the figure's title, as drawn before fitting the width
     * @param valueTitle the value axis' title, drawn once along the left edge
     * @param width the width (px)
     * @param height the height (px)
     * @param scale the text scale (1 at 1200 × 700)
     * @param yMin the lower end of every panel's value axis
     * @param yMax the upper end of every panel's value axis
     * @param figure the figure
     */
    public record Layout(
            String title,
            String valueTitle,
            int width,
            int height,
            double scale,
            double yMin,
            double yMax,
            FacetChart figure)
            implements Drawing {

        /** {@return the cell of panel {@code i} (0–4), or of the legend (5)} */
        public Rectangle2D cell(int i) {
            double pad = SlideStyle.PADDING * scale;
            double top = pad + titleFont().getSize2D() * 1.4 + pad / 2;
            double left = pad + axisFont().getSize2D() * 1.4;
            double cw = (width - left - pad) / COLUMNS;
            double ch = (height - top - pad) / ROWS;
            return new Rectangle2D.Double(left + (i % COLUMNS) * cw, top + (i / COLUMNS) * ch, cw, ch);
        }

        /** {@return the names in the legend, in order} */
        public List<String> legendNames() {
            return figure.legendSeries().stream().map(XYSeries::getName).toList();
        }

        private Font titleFont() {
            return SlideStyle.TITLE_FONT.deriveFont((float) (SlideStyle.TITLE_FONT.getSize2D() * scale));
        }

        private Font axisFont() {
            return SlideStyle.AXIS_TITLE_FONT.deriveFont((float) (SlideStyle.AXIS_TITLE_FONT.getSize2D() * scale));
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public int height() {
            return height;
        }

        @Override
        public List<Chart<?, ?>> charts() {
            return List.copyOf(figure.panels());
        }

        @Override
        public void paint(Graphics2D g) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            double pad = SlideStyle.PADDING * scale;

            // The title, centred and shortened until it fits.
            g.setFont(titleFont());
            g.setColor(SlideStyle.INK);
            FontMetrics tm = g.getFontMetrics();
            String t = title;
            for (int n = t.length(); n > 1 && tm.stringWidth(t) > width - 2 * pad; n--) {
                t = SlideStyle.shorten(title, n - 1);
            }
            g.drawString(t, (float) (width - tm.stringWidth(t)) / 2, (float) (pad + tm.getAscent()));

            // The value axis' title, once, turned along the left edge of the panels.
            g.setFont(axisFont());
            FontMetrics am = g.getFontMetrics();
            Rectangle2D first = cell(0);
            double gridTop = first.getY();
            double gridBottom = cell(COLUMNS).getMaxY();
            String v = valueTitle;
            for (int n = v.length(); n > 1 && am.stringWidth(v) > gridBottom - gridTop; n--) {
                v = SlideStyle.shorten(valueTitle, n - 1);
            }
            AffineTransform at = g.getTransform();
            g.translate(pad + am.getAscent(), (gridTop + gridBottom + am.stringWidth(v)) / 2);
            g.rotate(-Math.PI / 2);
            g.drawString(v, 0f, 0f);
            g.setTransform(at);

            for (int i = 0; i < figure.panels.size(); i++) {
                Rectangle2D c = cell(i);
                g.translate(c.getX(), c.getY());
                figure.panels.get(i).xyChart().paint(g, (int) c.getWidth(), (int) c.getHeight());
                g.setTransform(at);
                g.setClip(null);
            }
            paintLegend(g, cell(COLUMNS * ROWS - 1));
        }

        /** The legend in its cell: a sample of each line, band or marker, and its name, wrapped to fit. */
        private void paintLegend(Graphics2D g, Rectangle2D cell) {
            List<XYSeries> entries = figure.legendSeries();
            double pad = SlideStyle.PADDING * scale;
            double sample = 36 * scale;
            double textWidth = cell.getWidth() - 3 * pad - sample;
            // The largest text, from the slide's legend size down, at which every entry fits the cell.
            float size = (float) (SlideStyle.LEGEND_FONT.getSize2D() * scale);
            List<List<String>> lines;
            FontMetrics fm;
            do {
                g.setFont(SlideStyle.LEGEND_FONT.deriveFont(size));
                fm = g.getFontMetrics();
                lines = new ArrayList<>();
                double needed = 0;
                for (XYSeries s : entries) {
                    List<String> wrapped = wrap(s.getName(), fm, textWidth);
                    lines.add(wrapped);
                    needed += wrapped.size() * fm.getHeight() + pad / 2;
                }
                if (needed <= cell.getHeight() - 2 * pad || size <= 8) {
                    break;
                }
                size -= 1;
            } while (true);

            double y = cell.getY() + 2 * pad;
            double x = cell.getX() + 2 * pad;
            Stroke stroke = g.getStroke();
            for (int k = 0; k < entries.size(); k++) {
                XYSeries s = entries.get(k);
                double mid = y + fm.getAscent() - fm.getAscent() / 3.0;
                sample(g, s, x, mid, sample);
                g.setStroke(stroke);
                g.setColor(SlideStyle.INK);
                g.setFont(SlideStyle.LEGEND_FONT.deriveFont(size));
                for (String line : lines.get(k)) {
                    g.drawString(line, (float) (x + sample + pad / 2), (float) (y + fm.getAscent()));
                    y += fm.getHeight();
                }
                y += pad / 2;
            }
        }

        private void sample(Graphics2D g, XYSeries s, double x, double mid, double length) {
            switch (s.getXYSeriesRenderStyle()) {
                case PolygonArea, Area -> {
                    g.setColor(s.getFillColor());
                    g.fill(new Rectangle2D.Double(x, mid - 7 * scale, length, 14 * scale));
                }
                case Scatter -> {
                    double r = 5.5 * scale;
                    g.setColor(s.getMarkerColor() == null ? SlideStyle.INK : s.getMarkerColor());
                    g.fill(new Ellipse2D.Double(x + length / 2 - r, mid - r, 2 * r, 2 * r));
                }
                default -> {
                    g.setColor(s.getLineColor() == null ? SlideStyle.INK : s.getLineColor());
                    BasicStroke own = s.getLineStyle() != null ? s.getLineStyle() : new BasicStroke(3f);
                    g.setStroke(new BasicStroke(
                            s.getLineWidth() > 0 ? s.getLineWidth() : own.getLineWidth(),
                            own.getEndCap(),
                            own.getLineJoin(),
                            own.getMiterLimit(),
                            own.getDashArray(),
                            own.getDashPhase()));
                    g.draw(new Line2D.Double(x, mid, x + length, mid));
                }
            }
        }

        /** Words of a name in lines of at most {@code width}; a word longer than a line is shortened. */
        static List<String> wrap(String text, FontMetrics fm, double width) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fm.stringWidth(candidate) <= width || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
            List<String> fitted = new ArrayList<>();
            for (String l : lines) {
                fitted.add(PhaseRibbon.fit(l, fm, (int) width).isEmpty() ? l : PhaseRibbon.fit(l, fm, (int) width));
            }
            return fitted;
        }
    }
}
