package org.inertia.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.inertia.sim.evidence.EvidenceCategory;
import org.inertia.sim.evidence.EvidenceReport;
import org.inertia.sim.evidence.EvidenceRow;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The figure a reviewer expects of a calibrated model: published change (y, with the published
 * spread as error bars) against simulated change (x), one colour per design category, and the
 * identity line on which a perfect model's points would lie.
 */
public final class EvidenceChart {

    private static final Color[] CATEGORY_COLOURS = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7)
    };

    private final XYChart chart;

    private EvidenceChart(XYChart chart) {
        this.chart = chart;
    }

    /**
     * Builds the chart of an evidence report.
     *
     * @param report the comparisons
     * @return the chart
     */
    public static EvidenceChart of(EvidenceReport report) {
        XYChart chart = new XYChartBuilder()
                .width(TrajectoryChart.WIDTH)
                .height(TrajectoryChart.HEIGHT)
                .title("Model against " + report.comparisons().size() + " published figures")
                .xAxisTitle("Simulated change (% of baseline)")
                .yAxisTitle("Published change (% of baseline)")
                .build();
        // Both axes cover every figure with its error bar and every simulated value, on one scale
        // (the identity line must stay a diagonal), from at most 0 to at least +15.
        double lo = 0;
        double hi = 15;
        for (EvidenceReport.Comparison c : report.comparisons()) {
            double half = c.row().spread().map(EvidenceRow.Spread::halfWidth).orElse(0.0);
            lo = Math.min(lo, Math.min(c.row().changePercent() - half, c.simulatedChangePercent()));
            hi = Math.max(hi, Math.max(c.row().changePercent() + half, c.simulatedChangePercent()));
        }
        double min = 5 * Math.floor((lo - 2) / 5);
        double max = 5 * Math.ceil((hi + 2) / 5);
        XYSeries identity = chart.addSeries("Model = published", new double[] {min, max}, new double[] {min, max});
        identity.setLineColor(new Color(0x8C959F));
        identity.setLineStyle(
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f));
        identity.setMarker(SeriesMarkers.NONE);
        for (EvidenceCategory category : EvidenceCategory.values()) {
            List<EvidenceReport.Comparison> points = report.comparisons().stream()
                    .filter(c -> c.row().category() == category)
                    .toList();
            if (points.isEmpty()) {
                continue;
            }
            double[] x = points.stream()
                    .mapToDouble(EvidenceReport.Comparison::simulatedChangePercent)
                    .toArray();
            double[] y =
                    points.stream().mapToDouble(c -> c.row().changePercent()).toArray();
            double[] error = points.stream()
                    .mapToDouble(c ->
                            c.row().spread().map(EvidenceRow.Spread::halfWidth).orElse(0.0))
                    .toArray();
            XYSeries s = chart.addSeries(label(category, points.size()), x, y, error);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(CATEGORY_COLOURS[category.ordinal()]);
            s.setLineColor(CATEGORY_COLOURS[category.ordinal()]);
        }
        SlideStyle.apply(chart.getStyler());
        chart.getStyler().setPlotGridVerticalLinesVisible(true); // both axes are values here
        chart.getStyler().setXAxisMin(min);
        chart.getStyler().setXAxisMax(max);
        chart.getStyler().setYAxisMin(min);
        chart.getStyler().setYAxisMax(max);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        chart.getStyler().setMarkerSize(11);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        return new EvidenceChart(chart);
    }

    private static String label(EvidenceCategory category, int n) {
        String name =
                switch (category) {
                    case DISUSE -> "Disuse";
                    case RECOVERY -> "Recovery";
                    case EXERCISE -> "Exercise during disuse";
                    case TRAINING -> "Training";
                };
        return name + " (" + n + ")";
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

    /** {@return the XChart chart, for inspection} */
    public XYChart xyChart() {
        return chart;
    }
}
