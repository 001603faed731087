/**
 * Charts with XChart: {@link org.inertia.cli.chart.TrajectoryChart} builds a line chart of
 * simulated measures (with a shaded band for populations), {@link org.inertia.cli.chart.SweepChart}
 * and {@link org.inertia.cli.chart.SweepHeatMap} show sweeps over one and two fields, {@link
 * org.inertia.cli.chart.TornadoChart} a sensitivity analysis, {@link
 * org.inertia.cli.chart.FacetChart} one panel per muscle group; {@link
 * org.inertia.cli.chart.ChartFormat} picks the encoder from the file extension and keeps text as
 * text in SVG and PDF. Only loaded when a chart is requested.
 */
package org.inertia.cli.chart;
