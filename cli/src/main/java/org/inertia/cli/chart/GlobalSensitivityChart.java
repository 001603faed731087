package org.inertia.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.inertia.cli.output.NumberText;
import org.inertia.cli.output.TerminalText;
import org.inertia.cli.words.Words;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.sweep.MorrisScreening;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.SobolIndices;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A global sensitivity analysis as horizontal bars, one row per parameter, the most influential at
 * the top: for Sobol', the total-effect index ST and the first-order index S1 side by side; for
 * Morris, μ*; each bar with its confidence interval as a whisker. At most {@value #MAX_ROWS}
 * parameters are shown, and none that never changed the outcome; the title says how many.
 *
 * <p>XChart 3.8 has no horizontal bar chart: as in {@link TornadoChart}, each bar is a filled
 * rectangle on an XY chart whose y axis is labelled with the parameters' names.
 */
public final class GlobalSensitivityChart {

    /** Most parameters shown: more would not be readable on a slide. */
    static final int MAX_ROWS = 15;

    /** Sobol' indices below this total effect are left out of the chart (they are in the table). */
    static final double SMALLEST_SHOWN = 0.005;

    private static final Color FIRST = SlideStyle.PALETTE[1];
    private static final Color TOTAL = SlideStyle.PALETTE[0];

    private final XYChart chart;
    private final List<String> rows;

    private GlobalSensitivityChart(XYChart chart, List<String> rows) {
        this.chart = chart;
        this.rows = rows;
    }

    /** A bar: its value, interval and row. */
    private record Bar(double value, double lower, double upper) {}

    /**
     * {@return the chart of Sobol' indices: ST and S1 with their intervals}
     *
     * @param scenario the scenario analysed
     * @param indices the analysis
     * @param readout the outcome read off each run
     */
    public static GlobalSensitivityChart of(Scenario scenario, SobolIndices indices, Readout readout) {
        List<SobolIndices.Index> shown = indices.byTotal().stream()
                .filter(i -> !i.noEffect() && i.total() >= SMALLEST_SHOWN)
                .limit(MAX_ROWS)
                .toList();
        List<String> names = shown.stream().map(i -> i.input().name()).toList();
        XYChart chart = builder(
                        scenario,
                        "Sobol' indices",
                        names,
                        "Share of the variance of " + Words.inSentence(withoutUnit(SweepChart.outcomeTitle(readout)))
                                + " (" + count(shown.size(), indices.indices().size()) + ")")
                .build();
        int n = Math.max(1, shown.size());
        double min = 0;
        double max = 0.05;
        for (int r = 0; r < shown.size(); r++) {
            SobolIndices.Index i = shown.get(r);
            double y = n - 1 - r;
            bar(chart, "Total effect ST", r, new Bar(i.total(), i.totalLower(), i.totalUpper()), y + 0.19, TOTAL);
            bar(
                    chart,
                    "First order S1",
                    r,
                    new Bar(i.firstOrder(), i.firstOrderLower(), i.firstOrderUpper()),
                    y - 0.19,
                    FIRST);
            min = Math.min(min, Math.min(i.firstOrderLower(), i.totalLower()));
            max = Math.max(max, Math.max(i.firstOrderUpper(), i.totalUpper()));
        }
        finish(chart, shown.isEmpty(), indices.confidencePercent());
        style(chart.getStyler(), names, n, min, Math.min(1.05, max * 1.05));
        chart.getStyler().setXAxisDecimalPattern("0.00");
        return new GlobalSensitivityChart(chart, names);
    }

    /**
     * {@return the chart of a Morris screening: μ* with its interval}
     *
     * @param scenario the scenario analysed
     * @param screening the screening
     * @param readout the outcome read off each run
     */
    public static GlobalSensitivityChart of(Scenario scenario, MorrisScreening screening, Readout readout) {
        List<MorrisScreening.Effect> shown = screening.byMuStar().stream()
                .filter(e -> !e.noEffect())
                .limit(MAX_ROWS)
                .toList();
        List<String> names = shown.stream().map(e -> e.input().name()).toList();
        String unit = readout.kind() == Readout.Kind.DAYS_TO_RECOVER ? "days" : "pp";
        XYChart chart = builder(
                        scenario,
                        "Morris screening",
                        names,
                        "\u03bc*: mean absolute change of "
                                + Words.inSentence(withoutUnit(SweepChart.outcomeTitle(readout)))
                                + " (" + unit + ") across a parameter's span ("
                                + count(shown.size(), screening.effects().size()) + ")")
                .build();
        int n = Math.max(1, shown.size());
        double max = 0.1;
        for (int r = 0; r < shown.size(); r++) {
            MorrisScreening.Effect e = shown.get(r);
            bar(chart, "\u03bc*", r, new Bar(e.muStar(), e.muStarLower(), e.muStarUpper()), n - 1 - r, TOTAL);
            max = Math.max(max, e.muStarUpper());
        }
        finish(chart, shown.isEmpty(), screening.confidencePercent());
        style(chart.getStyler(), names, n, 0, max * 1.05);
        chart.getStyler().setXAxisDecimalPattern("0.0");
        return new GlobalSensitivityChart(chart, names);
    }

    private static XYChartBuilder builder(Scenario scenario, String what, List<String> names, String xTitle) {
        return new XYChartBuilder()
                .width(TrajectoryChart.WIDTH)
                .height(TrajectoryChart.HEIGHT)
                .title(title(TerminalText.oneLine(scenario.name()), what, names))
                .xAxisTitle(xTitle)
                .yAxisTitle("");
    }

    /**
     * "Scenario (what)", the scenario's name shortened until the title fits: XChart centres the
     * title over the plot, which starts right of the longest row label.
     */
    static String title(String scenario, String what, List<String> names) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double labels = names.stream()
                .mapToDouble(l -> SlideStyle.TICK_FONT.getStringBounds(l, frc).getWidth())
                .max()
                .orElse(0);
        double room = TrajectoryChart.WIDTH - labels - 60 - 4.0 * SlideStyle.PADDING;
        String name = scenario;
        String title = name + " (" + what + ")";
        while (SlideStyle.titleWidth(title) > room && name.length() > 8) {
            name = SlideStyle.shorten(name, name.length() - 1);
            title = name + " (" + what + ")";
        }
        return title;
    }

    private static String count(int shown, int all) {
        return shown == all ? "all " + all + " parameters" : "top " + shown + " of " + all + " parameters";
    }

    /**
     * One bar with its whisker: a rectangle from 0 to the value, and a line from the interval's
     * lower to its upper end with short caps. The first of each kind names it in the legend.
     */
    private static void bar(XYChart chart, String legend, int row, Bar bar, double y, Color colour) {
        double half = 0.17;
        XYSeries s = chart.addSeries(
                row == 0 ? legend : legend + " " + row,
                new double[] {0, bar.value(), bar.value(), 0, 0},
                new double[] {y - half, y - half, y + half, y + half, y - half});
        SlideStyle.fill(s, colour);
        s.setShowInLegend(row == 0);
        double cap = 0.09;
        XYSeries whisker = chart.addSeries(
                legend + " interval " + row,
                new double[] {bar.lower(), bar.lower(), bar.lower(), bar.upper(), bar.upper(), bar.upper()},
                new double[] {y - cap, y + cap, y, y, y - cap, y + cap});
        whisker.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        whisker.setLineColor(SlideStyle.INK);
        whisker.setLineStyle(new BasicStroke(1.8f));
        whisker.setMarker(SeriesMarkers.NONE);
        whisker.setShowInLegend(false);
    }

    /** The legend entry of the whiskers, the line at zero, and a note when nothing is shown. */
    private static void finish(XYChart chart, boolean empty, double confidencePercent) {
        if (empty) {
            XYSeries none =
                    chart.addSeries("No parameter changes the outcome", new double[] {0, 0}, new double[] {0, 0});
            none.setLineColor(SlideStyle.MUTED);
            none.setMarker(SeriesMarkers.NONE);
        }
        XYSeries key = chart.addSeries(
                NumberText.plain(confidencePercent) + " % confidence interval (bootstrap)",
                new double[] {0},
                new double[] {0});
        key.setLineColor(SlideStyle.INK);
        key.setLineStyle(new BasicStroke(1.8f));
        key.setMarker(SeriesMarkers.NONE);
        chart.addAnnotation(new AnnotationLine(0, true, false));
    }

    private static void style(XYStyler s, List<String> names, int n, double min, double max) {
        SlideStyle.apply(s);
        s.setChartTitlePadding(16);
        s.setPlotGridHorizontalLinesVisible(false);
        s.setPlotGridVerticalLinesVisible(true);
        s.setPlotMargin(0);
        s.setYAxisMin(-0.5);
        s.setYAxisMax(n - 0.5);
        double pad = (max - min) * 0.02;
        s.setXAxisMin(min - pad);
        s.setXAxisMax(max + pad);
        s.setXAxisTickMarkSpacingHint(90);
        s.setYAxisTickMarkSpacingHint(Math.max(8, (int) (0.7 * 520 / n)));
        s.setyAxisTickLabelsFormattingFunction(v -> TornadoChart.rowLabel(v, names, n));
        s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        s.setAxisTickMarksColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setAnnotationLineColor(SlideStyle.MUTED);
        s.setAnnotationLineStroke(new BasicStroke(1f));
    }

    private static String withoutUnit(String title) {
        int paren = title.lastIndexOf(" (");
        return paren > 0 ? title.substring(0, paren) : title;
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
