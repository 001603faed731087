package org.inertia.sim.sweep;

import java.util.List;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Scenario;

/**
 * A grid of scenarios over one or two fields, and one outcome per grid point. Each point is an
 * ordinary single run of the modified scenario, so a sweep value always equals {@code inertia run}
 * of the same settings.
 *
 * @param axes one or two axes
 * @param readout what is read off each run
 * @param values outcome per grid point, indexed [first axis][second axis] (second dimension 1 for one axis)
 */
public record Sweep(List<SweepAxis> axes, Readout readout, double[][] values) {

    /**
     * Runs a sweep.
     *
     * @param scenario the base scenario
     * @param axes one or two axes, each valid for the scenario
     * @param outcome what to read off each run
     * @param simulator the engine
     * @return the grid
     * @throws IllegalArgumentException if an axis cannot vary the scenario or a value is out of range
     */
    public static Sweep run(Scenario scenario, List<SweepAxis> axes, Readout outcome, Simulator simulator) {
        if (axes.isEmpty() || axes.size() > 2) {
            throw new IllegalArgumentException("a sweep varies one or two fields");
        }
        for (SweepAxis a : axes) {
            a.field().problemWith(scenario).ifPresent(p -> {
                throw new IllegalArgumentException(a.field().path() + ": " + p);
            });
        }
        SweepAxis first = axes.get(0);
        SweepAxis second = axes.size() > 1 ? axes.get(1) : null;
        int n2 = second == null ? 1 : second.values().size();
        double[][] values = new double[first.values().size()][n2];
        for (int i = 0; i < first.values().size(); i++) {
            Scenario s1 = first.field().apply(scenario, first.values().get(i));
            for (int j = 0; j < n2; j++) {
                Scenario s = second == null
                        ? s1
                        : second.field().apply(s1, second.values().get(j));
                if (s.totalDays() > Scenario.MAX_TOTAL_DAYS) {
                    throw new IllegalArgumentException(
                            "a grid point lasts " + s.totalDays() + " days; at most " + Scenario.MAX_TOTAL_DAYS);
                }
                values[i][j] = outcome.of(simulator.simulate(s));
            }
        }
        return new Sweep(List.copyOf(axes), outcome, values);
    }
}
