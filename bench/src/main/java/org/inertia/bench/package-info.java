/**
 * JMH benchmarks of Inertia: one scenario on the exact and the ODE engine, a population step,
 * the streaming percentiles, parsing a scenario, and rendering a chart to PNG and SVG. Run with
 * {@code java -jar bench/target/benchmarks.jar}; docs/performance.md has the figures.
 */
package org.inertia.bench;
