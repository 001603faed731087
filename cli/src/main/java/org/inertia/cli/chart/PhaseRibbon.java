package org.inertia.cli.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * The phases as a ribbon of named boxes just above the plot, each spanning its phase's days, so
 * that the names never cover a line. A name too long for its box is shortened with an ellipsis.
 * An XChart annotation, painted after the plot, in the space the chart reserves above it with
 * {@link #HEIGHT_PX} of title padding.
 */
final class PhaseRibbon extends Annotation {

    /** Height of the ribbon (px). */
    static final int HEIGHT_PX = 26;

    /** Space between the ribbon and the plot (px). */
    static final int GAP_PX = 4;

    private static final Color[] FILLS = {new Color(0xE8EDF3), new Color(0xD9E1EA)};
    private static final Color TEXT = new Color(0x33414F);

    private final List<PhaseMark> marks;
    private Font font;
    private int height = HEIGHT_PX;
    private int gap = GAP_PX;

    PhaseRibbon(List<PhaseMark> marks, Font font) {
        super(false);
        this.marks = List.copyOf(marks);
        this.font = font;
    }

    /**
     * Changes the names' font: smaller in a panel of several ({@link FacetChart}).
     *
     * @param newFont the font
     */
    void font(Font newFont) {
        this.font = newFont;
    }

    /**
     * Scales the ribbon with the text of a resized chart: its height, its gap to the plot and
     * its font (never below 8 pt).
     *
     * @param scale the text scale (1 at the chart's own size)
     */
    void scale(double scale) {
        height = Math.max(12, (int) Math.round(HEIGHT_PX * scale));
        gap = Math.max(2, (int) Math.round(GAP_PX * scale));
        font = font.deriveFont((float) Math.max(8, font.getSize2D() * scale));
    }

    /** {@return the names' font} */
    Font font() {
        return font;
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible || marks.isEmpty()) {
            return;
        }
        Object antialias = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int plotTop = getYAxisScreenValueForMin();
        int top = plotTop - gap - height;
        int baseline = top + (height + fm.getAscent() - fm.getDescent()) / 2;
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (int i = 0; i < marks.size(); i++) {
            PhaseMark m = marks.get(i);
            int x0 = getXAxisScreenValue(m.startDay());
            int x1 = getXAxisScreenValue(m.endDay());
            g.setColor(FILLS[i % FILLS.length]);
            // One pixel of white between neighbours makes the boundaries visible.
            g.fillRect(x0 + (i == 0 ? 0 : 1), top, Math.max(1, x1 - x0 - (i == 0 ? 0 : 1)), height);
            String text = fit(m.name(), fm, x1 - x0 - 10);
            if (!text.isEmpty()) {
                g.setColor(TEXT);
                g.drawString(text, (x0 + x1 - fm.stringWidth(text)) / 2, baseline);
            }
            minX = Math.min(minX, x0);
            maxX = Math.max(maxX, x1);
        }
        bounds = new Rectangle2D.Double(minX, top, maxX - minX, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias);
    }

    /** The text, shortened with an ellipsis to fit {@code width} pixels; empty if nothing fits. */
    static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        for (int n = text.length() - 1; n > 0; n--) {
            String s = SlideStyle.start(text, n).stripTrailing() + "\u2026";
            if (fm.stringWidth(s) <= width) {
                return s;
            }
        }
        return "";
    }
}
