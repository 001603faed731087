package org.inertia.sim.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** Most runs in one sweep: a few seconds to a minute of work. */
    public static final int MAX_RUNS = 100_000;

    /**
     * {@return every reason a sweep of these axes cannot run on a scenario, empty when it can: not
     * one or two axes, one field twice, a field the scenario does not have, a value out of range,
     * more than {@value #MAX_RUNS} runs, or the largest values together making the scenario longer
     * than {@value Scenario#MAX_TOTAL_DAYS} days}
     *
     * @param scenario the base scenario
     * @param axes the axes
     */
    public static List<SweepProblem> check(Scenario scenario, List<SweepAxis> axes) {
        List<SweepProblem> problems = new ArrayList<>();
        if (axes.isEmpty() || axes.size() > 2) {
            problems.add(new SweepProblem(
                    "", SweepMessage.AXIS_COUNT, List.of(axes.size()), "one field gives a line, two a heat map"));
            return problems;
        }
        Set<String> paths = new HashSet<>();
        for (SweepAxis axis : axes) {
            ScenarioField field = axis.field();
            if (!paths.add(field.path())) {
                problems.add(new SweepProblem(
                        SweepProblem.excerpt(field.path()),
                        SweepMessage.SAME_FIELD_TWICE,
                        List.of(),
                        "vary two different fields"));
                continue;
            }
            Optional<SweepProblem> problem = field.problemWith(scenario);
            for (int i = 0; problem.isEmpty() && i < axis.values().size(); i++) {
                problem = field.problemWith(axis.values().get(i));
            }
            problem.ifPresent(problems::add);
        }
        long runs = axes.stream().mapToLong(a -> a.values().size()).reduce(1, (a, b) -> a * b);
        if (runs > MAX_RUNS) {
            problems.add(new SweepProblem("", SweepMessage.TOO_MANY_RUNS, List.of(runs, MAX_RUNS), "use larger steps"));
        }
        if (problems.isEmpty()) {
            long longest = scenario.totalDays();
            for (SweepAxis axis : axes) {
                int phase = axis.field().phaseOfDays();
                if (phase >= 0) {
                    double most = axis.values().stream()
                            .mapToDouble(Double::doubleValue)
                            .max()
                            .orElseThrow();
                    longest += (long) most - scenario.phases().get(phase).days();
                }
            }
            if (longest > Scenario.MAX_TOTAL_DAYS) {
                problems.add(new SweepProblem(
                        "",
                        SweepMessage.TOO_MANY_DAYS,
                        List.of(longest, Scenario.MAX_TOTAL_DAYS),
                        "shorten the ranges of the phases"));
            }
        }
        return problems;
    }

    /**
     * Runs a sweep.
     *
     * @param scenario the base scenario
     * @param axes one or two axes
     * @param outcome what to read off each run
     * @param simulator the engine
     * @return the grid
     * @throws SweepException with every problem {@link #check} finds
     */
    public static Sweep run(Scenario scenario, List<SweepAxis> axes, Readout outcome, Simulator simulator) {
        List<SweepProblem> problems = check(scenario, axes);
        if (!problems.isEmpty()) {
            throw new SweepException(problems);
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
                values[i][j] = outcome.of(simulator.simulate(s));
            }
        }
        return new Sweep(List.copyOf(axes), outcome, values);
    }
}
