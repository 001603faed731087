package org.inertia.cli.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inertia.cli.output.NumberText;
import org.inertia.cli.output.SafeText;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.Sweep;
import org.inertia.sim.sweep.SweepAxis;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A sweep over one field as a line chart: the outcome (y) against the field's value (x), one
 * point per run, so the reader sees where an answer changes quickly and where it levels off.
 * Undefined outcomes (not back to 95 % within the scenario) leave a gap. Styled like {@link
 * TrajectoryChart}; a sweep over two fields is a {@link SweepHeatMap}.
 */
public final class SweepChart {

    private static final Pattern PHASE = Pattern.compile("phases\\[(\\d+)].*");

    /** Most points drawn with a marker each; more are drawn as a plain line. */
    private static final int MARKED_POINTS = 60;

    private final XYChart chart;

    private SweepChart(XYChart chart) {
        this.chart = chart;
    }

    /**
     * {@return the chart of a one-field sweep}
     *
     * @param scenario the base scenario
     * @param sweep a sweep over one field
     */
    public static SweepChart of(Scenario scenario, Sweep sweep) {
        return of(scenario, sweep, null);
    }

    /**
     * {@return the chart of a one-field sweep; with a band, drawn as a translucent area around
     * the line with a legend entry saying what it is}
     *
     * @param scenario the base scenario
     * @param sweep a sweep over one field
     * @param bandLegend what the band is, such as "5th–95th percentile of 10,000 subjects"; null
     *     or a sweep without bands: no band
     */
    public static SweepChart of(Scenario scenario, Sweep sweep, String bandLegend) {
        if (sweep.axes().size() != 1) {
            throw new IllegalArgumentException("a line chart shows a sweep over one field");
        }
        SweepAxis axis = sweep.axes().get(0);
        double[] x = axis.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = sweep.value(i, 0);
        }
        XYChart chart = new XYChartBuilder()
                .width(TrajectoryChart.WIDTH)
                .height(TrajectoryChart.HEIGHT)
                .title(SlideStyle.shorten(SafeText.label(scenario.name()), SlideStyle.TITLE_LENGTH))
                .xAxisTitle(fieldTitle(axis.field().path(), scenario))
                .yAxisTitle(outcomeTitle(sweep.readout()))
                .build();
        SlideStyle.apply(chart.getStyler());
        boolean band = bandLegend != null && sweep.hasBands() && finite(sweep.lower()) && finite(sweep.upper());
        chart.getStyler().setLegendVisible(band);
        if (band) {
            // The band first, so that the line is drawn over it; a closed polygon: upper edge
            // forwards, lower edge back.
            double[] px = new double[2 * x.length];
            double[] py = new double[2 * x.length];
            for (int i = 0; i < x.length; i++) {
                px[i] = x[i];
                py[i] = sweep.upper(i, 0);
                px[2 * x.length - 1 - i] = x[i];
                py[2 * x.length - 1 - i] = sweep.lower(i, 0);
            }
            XYSeries area = chart.addSeries(bandLegend, px, py);
            SlideStyle.fill(area, SlideStyle.translucent(SlideStyle.PALETTE[0], 64));
        }
        chart.getStyler().setPlotMargin(12);
        chart.getStyler().setXAxisTickMarkSpacingHint(90);
        chart.getStyler().setChartTitlePadding(16);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(SweepChart::number);
        XYSeries s = chart.addSeries(band ? "Median" : outcomeTitle(sweep.readout()), x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setLineColor(SlideStyle.PALETTE[0]);
        s.setLineWidth(3f);
        s.setMarker(x.length <= MARKED_POINTS ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        s.setMarkerColor(SlideStyle.PALETTE[0]);
        chart.getStyler().setMarkerSize(x.length <= MARKED_POINTS ? 8 : 0);
        return new SweepChart(chart);
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

    /**
     * {@return what an outcome is, for an axis or a title: "Lowest strength, knee extensors (% of
     * baseline)", "Days from the lowest strength back to 95 %"}
     *
     * @param readout the outcome
     */
    static String outcomeTitle(Readout readout) {
        String axis = TrajectoryChart.yAxisTitle(List.of(readout.measure()));
        String what = axis.substring(0, axis.length() - " (% of baseline)".length());
        String lower = Character.toLowerCase(what.charAt(0)) + what.substring(1);
        return switch (readout.kind()) {
            case END -> what + " at the end (% of baseline)";
            case LOWEST -> "Lowest " + lower + " (% of baseline)";
            case DAYS_TO_RECOVER -> "Days from the lowest " + lower + " back to 95 %";
            case ON_DAY -> what + " on day " + readout.day() + " (% of baseline)";
                // Short enough for a heat map's title: the share of subjects back to 95 % in time.
            case SHARE_RECOVERED -> "% back within " + readout.day() + " d: " + lower;
        };
    }

    /** Whether every value of a grid is a number: a band with gaps (not back) is not drawn. */
    private static boolean finite(double[][] grid) {
        for (double[] row : grid) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A field's axis title: its path, and for a phase's field the phase's name: "phases[0].days (Bed rest)". */
    static String fieldTitle(String path, Scenario scenario) {
        Matcher m = PHASE.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            if (i < scenario.phases().size()) {
                return path + " (" + SafeText.label(scenario.phases().get(i).name()) + ")";
            }
        }
        return path;
    }

    /** A field value as a tick label: "7", "0.25". */
    static String number(double v) {
        return NumberText.plain(v, 6);
    }
}
