package org.inertia.cli.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * Turns XChart's text back into text in SVG and PDF. XChart draws every word (title, axis titles,
 * tick labels, legend) as the outline of its glyphs ({@code TextLayout.getOutline}, then {@code
 * Graphics2D.fill}), so a vector file holds paths: nothing to select, search or edit. The charts
 * know every text they draw and in which fonts; this class lays each out the same way and, when
 * a filled shape is exactly one of those outlines, draws the text with {@code drawString}
 * instead, which VectorGraphics2D writes as an SVG {@code <text>} and PDFBox as PDF text. A shape
 * that matches nothing is filled as before, so the picture never loses anything.
 */
final class TextOutlines {

    /** Rounding of coordinates when comparing outlines (pt): far below a glyph's detail. */
    private static final double TOLERANCE = 1e-3;

    /**
     * The layout XChart's legend measures and outlines its names with, whatever it draws on: with
     * advances rounded to whole pixels, as on a bitmap.
     */
    private static final FontRenderContext LEGEND_CONTEXT = new FontRenderContext(null, true, false);

    /** How a viewer lays out an SVG or PDF text: with the font's unrounded advances. */
    private static final FontRenderContext VIEWER_CONTEXT = new FontRenderContext(null, true, true);

    private final List<Chart<?, ?>> charts;
    private final Map<FontRenderContext, Map<String, List<Candidate>>> byContext = new HashMap<>();
    private Set<Text> known = Set.of();
    private boolean drawing;

    /**
     * Outlines of the text of these charts.
     *
     * @param charts the charts about to be painted
     */
    TextOutlines(List<Chart<?, ?>> charts) {
        this.charts = List.copyOf(charts);
    }

    /**
     * Draws a filled shape as text when it is the outline of a text of the charts.
     *
     * @param g the graphics the shape is filled on, its transform placing the text's baseline
     *     start at the origin
     * @param shape the shape XChart fills
     * @return whether it was drawn as text; when not, the caller fills the shape
     */
    boolean drawAsText(Graphics2D g, Shape shape) {
        if (drawing) {
            // A graphics that cannot write a text in its font falls back to filling the glyphs.
            return false;
        }
        Candidate c = find(g.getFontRenderContext(), shape);
        if (c == null) {
            return false;
        }
        Font font = g.getFont();
        AffineTransform at = g.getTransform();
        drawing = true;
        try {
            g.setFont(c.font);
            g.rotate(c.rotation);
            // The text takes the room XChart gave it: a viewer's unrounded advances would run a
            // legend name (laid out with rounded ones) into the next entry.
            g.scale(c.widthScale, 1);
            g.drawString(c.text, 0f, 0f);
        } finally {
            drawing = false;
            g.setTransform(at);
            g.setFont(font);
        }
        return true;
    }

    private Candidate find(FontRenderContext frc, Shape shape) {
        double[] path = path(shape);
        Candidate c = lookUp(frc, shape, path);
        if (c == null) {
            // Tick labels exist only once XChart has laid the axes out, during the paint.
            Set<Text> now = texts();
            if (!now.equals(known)) {
                known = now;
                byContext.clear();
                c = lookUp(frc, shape, path);
            }
        }
        return c;
    }

    private Candidate lookUp(FontRenderContext frc, Shape shape, double[] path) {
        Map<String, List<Candidate>> table = byContext.computeIfAbsent(frc, this::table);
        for (Candidate c : table.getOrDefault(boundsKey(shape.getBounds2D()), List.of())) {
            if (same(c.path, path)) {
                return c;
            }
        }
        return null;
    }

    private Map<String, List<Candidate>> table(FontRenderContext frc) {
        if (known.isEmpty()) {
            known = texts();
        }
        Map<String, List<Candidate>> table = new HashMap<>();
        for (Text t : known) {
            double viewer = new TextLayout(t.text, t.font, VIEWER_CONTEXT).getAdvance();
            // XChart sizes a legend entry with the legend's own layout but outlines it with the
            // graphics' layout; other texts are sized and outlined with the graphics'.
            List<FontRenderContext> contexts =
                    t.legend && !frc.equals(LEGEND_CONTEXT) ? List.of(frc, LEGEND_CONTEXT) : List.of(frc);
            double room = new TextLayout(t.text, t.font, t.legend ? LEGEND_CONTEXT : frc).getAdvance();
            double scale = viewer > 0 ? Math.min(1, room / viewer) : 1;
            for (FontRenderContext context : contexts) {
                Shape outline = new TextLayout(t.text, t.font, context)
                        .getOutline(t.rotation == 0 ? null : AffineTransform.getRotateInstance(t.rotation));
                table.computeIfAbsent(boundsKey(outline.getBounds2D()), k -> new ArrayList<>())
                        .add(new Candidate(t.text, t.font, t.rotation, scale, path(outline)));
            }
        }
        return table;
    }

    /**
     * Every text the charts draw, each in the font and direction XChart draws it in: titles, axis
     * titles (the y axis' turned), legend names and, once laid out, tick labels.
     */
    private Set<Text> texts() {
        Set<Text> texts = new LinkedHashSet<>();
        for (Chart<?, ?> chart : charts) {
            Styler s = chart.getStyler();
            add(texts, chart.getTitle(), s.getChartTitleFont(), 0, false);
            for (Object series : chart.getSeriesMap().values()) {
                add(texts, ((Series) series).getName(), s.getLegendFont(), 0, true);
            }
            if (s instanceof AxesChartStyler a) {
                add(texts, chart.getXAxisTitle(), a.getAxisTitleFont(), 0, false);
                add(texts, chart.getYAxisTitle(), a.getAxisTitleFont(), -Math.PI / 2, false);
                for (String axis : List.of("getXAxis", "getYAxis")) {
                    for (String label : tickLabels(chart, axis)) {
                        add(texts, label, a.getAxisTickLabelsFont(), 0, false);
                    }
                }
            }
        }
        return texts;
    }

    private static void add(Set<Text> texts, String text, Font font, double rotation, boolean legend) {
        if (text != null && !text.isBlank() && font != null) {
            texts.add(new Text(text, font, rotation, legend));
        }
    }

    /**
     * The tick labels of an axis, as XChart last laid them out: its axes are not public, so they
     * are read by reflection; a later XChart that moved them leaves tick labels as outlines.
     */
    private static List<String> tickLabels(Chart<?, ?> chart, String getter) {
        try {
            Method m = Chart.class.getDeclaredMethod(getter);
            m.setAccessible(true);
            Axis<?, ?> axis = (Axis<?, ?>) m.invoke(chart);
            if (axis == null || axis.getAxisTickCalculator() == null) {
                return List.of();
            }
            return List.copyOf(axis.getAxisTickCalculator().getTickLabels());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return List.of();
        }
    }

    private static String boundsKey(Rectangle2D b) {
        return Math.round(b.getX() * 100) + "," + Math.round(b.getY() * 100) + "," + Math.round(b.getWidth() * 100)
                + "," + Math.round(b.getHeight() * 100);
    }

    /** A path as its segment types and coordinates, in order. */
    private static double[] path(Shape shape) {
        List<Double> values = new ArrayList<>();
        double[] coords = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            values.add((double) type);
            int n =
                    switch (type) {
                        case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                        case PathIterator.SEG_QUADTO -> 4;
                        case PathIterator.SEG_CUBICTO -> 6;
                        default -> 0;
                    };
            for (int i = 0; i < n; i++) {
                values.add(coords[i]);
            }
        }
        double[] path = new double[values.size()];
        for (int i = 0; i < path.length; i++) {
            path[i] = values.get(i);
        }
        return path;
    }

    private static boolean same(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /**
     * A text XChart draws.
     *
     * @param text the text
     * @param font its font
     * @param rotation its direction (radians; the y-axis title is turned a quarter to the left)
     * @param legend whether it is a legend name, which XChart sizes with rounded advances
     */
    private record Text(String text, Font font, double rotation, boolean legend) {}

    /**
     * A text as XChart may have outlined it.
     *
     * @param widthScale the width XChart laid it out at over the width a viewer gives it
     */
    private record Candidate(String text, Font font, double rotation, double widthScale, double[] path) {}
}
