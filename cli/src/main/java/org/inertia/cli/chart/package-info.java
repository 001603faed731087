/**
 * Charts with XChart: {@link org.inertia.cli.chart.TrajectoryChart} builds a line chart of
 * simulated measures, {@link org.inertia.cli.chart.ChartFormat} picks the encoder from the file
 * extension. Only loaded when a chart is requested.
 */
package org.inertia.cli.chart;
