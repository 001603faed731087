/**
 * Charts with XChart: {@link org.inertia.cli.chart.TrajectoryChart} builds a line chart of
 * simulated measures (with a shaded band for populations), {@link org.inertia.cli.chart.SweepChart}
 * and {@link org.inertia.cli.chart.SweepHeatMap} show sweeps over one and two fields, {@link
 * org.inertia.cli.chart.TornadoChart} a sensitivity analysis; {@link
 * org.inertia.cli.chart.ChartFormat} picks the encoder from the file extension. Only loaded when
 * a chart is requested.
 */
package org.inertia.cli.chart;
