package org.inertia.cli.chart;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.inertia.sim.evidence.Measurement;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.trajectory.Trajectory;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A fit, seen: the fitted trajectory of each measured measure as a line (the house trajectory
 * chart), and the measurements as points in the same colour, with their standard deviations as
 * error bars.
 */
public final class FitChart {

    private final TrajectoryChart trajectoryChart;

    private FitChart(TrajectoryChart trajectoryChart) {
        this.trajectoryChart = trajectoryChart;
    }

    /**
     * Builds the chart.
     *
     * @param fitted the scenario simulated with the fitted parameters
     * @param data the measurements
     * @return the chart
     */
    public static FitChart of(Trajectory fitted, List<Measurement> data) {
        List<Measure> measures =
                data.stream().map(Measurement::measure).distinct().toList();
        TrajectoryChart base = TrajectoryChart.ofMeasures(fitted, measures);
        XYChart chart = base.xyChart();
        Color[] colours = chart.getStyler().getSeriesColors();
        double lowest = chart.getStyler().getYAxisMin();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            List<Measurement> points =
                    data.stream().filter(d -> d.measure().equals(m)).toList();
            double[] x = points.stream().mapToDouble(Measurement::day).toArray();
            double[] y = points.stream().mapToDouble(Measurement::valuePercent).toArray();
            double[] sd =
                    points.stream().mapToDouble(d -> d.sdPercent().orElse(0)).toArray();
            for (double v : y) {
                lowest = Math.min(lowest, v - 2);
            }
            XYSeries s = chart.addSeries("Measured: " + base.lineNames().get(i), x, y, sd);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            Color c = colours[i % colours.length];
            s.setMarkerColor(c);
            s.setLineColor(c);
        }
        // Lines and points double the legend: stack it inside the plot, where recovery leaves room.
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        chart.getStyler().setXAxisMax((double) fitted.lastDay());
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        chart.getStyler().setYAxisMin(5 * Math.floor(lowest / 5));
        return new FitChart(base);
    }

    /**
     * Writes the chart.
     *
     * @param out where to write; not closed
     * @param format the file format
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out, ChartFormat format) throws IOException {
        trajectoryChart.writeTo(out, format);
    }
}
