/**
 * Virtual populations: many subjects whose model parameters are drawn from distributions
 * calibrated to the between-person spread of the published studies ({@link
 * org.inertia.sim.population.Variability}), simulated in parallel with results independent of the
 * number of threads ({@link org.inertia.sim.population.PopulationSimulator}), summarised per day by
 * a median and a percentile band without keeping every trajectory ({@link
 * org.inertia.sim.population.DailyPercentiles}).
 */
package org.inertia.sim.population;
