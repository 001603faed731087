package org.inertia.cli.chart;

import java.awt.Graphics2D;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Something {@link ChartFormat} can encode: a size and a way to paint itself on any {@link
 * Graphics2D} (a bitmap's, VectorGraphics2D's for SVG, PDFBox's for PDF), so that one XChart chart
 * and a figure composed of several ({@link FacetChart}) go through the same encoders. It also
 * names the charts it paints, so that the vector encoders can write their text as text ({@link
 * TextOutlines}).
 */
interface Drawing {

    /** {@return the width (px; pt in SVG and PDF)} */
    int width();

    /** {@return the height (px; pt in SVG and PDF)} */
    int height();

    /**
     * Paints the drawing from (0, 0) to ({@link #width}, {@link #height}) in user space.
     *
     * @param g where to paint
     */
    void paint(Graphics2D g);

    /** {@return the XChart charts this drawing paints, whose text XChart draws as outlines} */
    List<Chart<?, ?>> charts();

    /**
     * {@return one XChart chart as a drawing, at the size it was last painted or built at}
     *
     * @param chart the chart
     */
    static Drawing of(Chart<?, ?> chart) {
        return new Drawing() {
            @Override
            public int width() {
                return chart.getWidth();
            }

            @Override
            public int height() {
                return chart.getHeight();
            }

            @Override
            public void paint(Graphics2D g) {
                chart.paint(g, chart.getWidth(), chart.getHeight());
            }

            @Override
            public List<Chart<?, ?>> charts() {
                return List.of(chart);
            }
        };
    }
}
