package org.inertia.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.inertia.cli.output.SafeText;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.Sensitivity;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A tornado chart of a one-at-a-time sensitivity analysis: one row per parameter, the largest
 * swing at the top, each with two horizontal bars from the outcome at base (a vertical line) to
 * the outcome with the parameter lowered (blue) and raised (orange). The widest bars are the
 * assumptions that drive the answer. Parameters that change nothing are left out.
 *
 * <p>XChart 3.8 has no horizontal bar chart: each bar is a filled rectangle ({@code PolygonArea})
 * on an XY chart whose y axis is labelled with the parameters' names, one per whole number.
 */
public final class TornadoChart {

    /** Half the thickness of a bar, in rows. */
    private static final double HALF_BAR = 0.36;

    /** Swings smaller than this (in the outcome's unit) count as no effect. */
    static final double NO_EFFECT = 1e-6;

    private static final Color LOW = SlideStyle.PALETTE[0];
    private static final Color HIGH = SlideStyle.PALETTE[1];

    private final XYChart chart;
    private final List<String> rows;

    private TornadoChart(XYChart chart, List<String> rows) {
        this.chart = chart;
        this.rows = rows;
    }

    /**
     * {@return the tornado chart of a sensitivity analysis}
     *
     * @param scenario the scenario analysed
     * @param effects the effects, largest swing first
     * @param readout the outcome read off each run
     * @param stepPercent the relative step of each parameter (%)
     */
    public static TornadoChart of(
            Scenario scenario, List<Sensitivity.Effect> effects, Readout readout, double stepPercent) {
        List<Sensitivity.Effect> shown =
                effects.stream().filter(e -> e.swing() > NO_EFFECT).toList();
        List<String> names = shown.stream().map(e -> e.parameter().key()).toList();
        int n = Math.max(1, shown.size());
        String step = SweepChart.number(stepPercent);
        XYChart chart = new XYChartBuilder()
                .width(TrajectoryChart.WIDTH)
                .height(TrajectoryChart.HEIGHT)
                .title(SlideStyle.shorten(SafeText.label(scenario.name()), SlideStyle.TITLE_LENGTH - 25)
                        + " (each parameter \u00b1" + step + " %)")
                .xAxisTitle(SweepChart.outcomeTitle(readout))
                .yAxisTitle("")
                .build();
        double base = effects.isEmpty() ? 0 : effects.get(0).outcomeAtBase();
        double min = base;
        double max = base;
        for (int i = 0; i < shown.size(); i++) {
            Sensitivity.Effect e = shown.get(i);
            double y = n - 1 - i;
            bar(chart, "\u2212" + step + " % (lowered)", i, base, e.outcomeAtLow(), y, LOW);
            bar(chart, "+" + step + " % (raised)", i, base, e.outcomeAtHigh(), y, HIGH);
            min = Math.min(min, Math.min(e.outcomeAtLow(), e.outcomeAtHigh()));
            max = Math.max(max, Math.max(e.outcomeAtLow(), e.outcomeAtHigh()));
        }
        if (shown.isEmpty()) {
            // Nothing moves the outcome: an empty row keeps the axes, the title says the rest.
            XYSeries none =
                    chart.addSeries("No parameter changes the outcome", new double[] {base, base}, new double[] {0, 0});
            none.setLineColor(SlideStyle.MUTED);
        }
        // The line at base, and a legend entry for it: a one-point line that draws nothing.
        chart.addAnnotation(new AnnotationLine(base, true, false));
        XYSeries key = chart.addSeries(
                "As given: " + SweepChart.number(Math.round(base * 100) / 100.0), new double[] {base}, new double[] {0
                });
        key.setLineColor(SlideStyle.INK);
        key.setLineStyle(new BasicStroke(1.5f));
        key.setMarker(SeriesMarkers.NONE);
        style(chart.getStyler(), names, n, min, max);
        return new TornadoChart(chart, names);
    }

    /** One bar from the base outcome to another, as a rectangle; the first of each colour names it in the legend. */
    private static void bar(XYChart chart, String legend, int row, double from, double to, double y, Color colour) {
        String name = row == 0 ? legend : legend + " " + row;
        XYSeries s = chart.addSeries(name, new double[] {from, to, to, from, from}, new double[] {
            y - HALF_BAR, y - HALF_BAR, y + HALF_BAR, y + HALF_BAR, y - HALF_BAR
        });
        SlideStyle.fill(s, colour);
        s.setShowInLegend(row == 0);
    }

    private static void style(XYStyler s, List<String> names, int n, double min, double max) {
        SlideStyle.apply(s);
        s.setChartTitlePadding(16);
        s.setPlotGridHorizontalLinesVisible(false);
        s.setPlotGridVerticalLinesVisible(true);
        s.setPlotMargin(0);
        s.setYAxisMin(-0.5);
        s.setYAxisMax(n - 0.5);
        double pad = Math.max(0.05, (max - min) * 0.06);
        s.setXAxisMin(min - pad);
        s.setXAxisMax(max + pad);
        s.setXAxisTickMarkSpacingHint(90);
        // Room for one label per row: a tick step of at most 1 puts a tick on every whole number.
        s.setYAxisTickMarkSpacingHint(Math.max(8, (int) (0.7 * 520 / n)));
        s.setyAxisTickLabelsFormattingFunction(v -> rowLabel(v, names, n));
        s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        s.setAxisTickMarksColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setAnnotationLineColor(SlideStyle.INK);
        s.setAnnotationLineStroke(new BasicStroke(1.5f));
    }

    /**
     * The y tick label at {@code v}: a parameter's name on its row's whole number. Between rows,
     * a different number of spaces each, since XChart widens the tick step until every label is
     * unique.
     */
    static String rowLabel(double v, List<String> names, int n) {
        long r = Math.round(v);
        if (Math.abs(v - r) < 1e-9 && r >= 0 && r < names.size()) {
            return names.get((int) (n - 1 - r));
        }
        return " ".repeat(1 + (int) Math.max(0, Math.round((v + 1) * 10)));
    }

    /**
     * Writes the chart.
     *
     * @param out where to write; not closed
     * @param format the file format
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out, ChartFormat format) throws IOException {
        format.encode(chart, out);
    }

    /**
     * Writes the chart with the user's title, size or value range ({@code --title}, {@code
     * --size}, {@code --y-range}).
     *
     * @param out where to write; not closed
     * @param format the file format
     * @param look the look asked for; {@link ChartLook#DEFAULT} for the chart as drawn
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out, ChartFormat format, ChartLook look) throws IOException {
        format.encode(look.applyTo(chart), out);
    }

    /** {@return the parameters shown, top row first} */
    public List<String> rows() {
        return rows;
    }

    /** {@return the XChart chart, for inspection} */
    public XYChart xyChart() {
        return chart;
    }
}
