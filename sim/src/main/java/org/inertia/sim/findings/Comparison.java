package org.inertia.sim.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * Which of several simulated scenarios goes lowest, ends highest and recovers soonest on one
 * measure. Values closer than {@value #TIE_POINTS} percentage points count as equal, so that a
 * difference no table shows is never a ranking.
 *
 * @param measure the measure compared
 * @param lowestPercent the lowest value any scenario reaches (% of baseline)
 * @param lowest the scenarios (indices) that reach it
 * @param highestEndPercent the highest value any scenario ends at
 * @param highestEnd the scenarios that end there
 * @param soonestDaysToRecover the fewest days from the lowest point back to the threshold among
 *     the scenarios that fall below it and come back; empty when none does
 * @param soonest the scenarios that recover in that many days
 */
public record Comparison(
        Measure measure,
        double lowestPercent,
        List<Integer> lowest,
        double highestEndPercent,
        List<Integer> highestEnd,
        OptionalInt soonestDaysToRecover,
        List<Integer> soonest) {

    /** Differences smaller than this are ties (percentage points): half the last printed digit. */
    public static final double TIE_POINTS = 0.05;

    /**
     * Copies the lists.
     *
     * @param measure the measure compared
     * @param lowestPercent the lowest value any scenario reaches (% of baseline)
     * @param lowest the scenarios (indices) that reach it
     * @param highestEndPercent the highest value any scenario ends at
     * @param highestEnd the scenarios that end there
     * @param soonestDaysToRecover the fewest days from the lowest point back to the threshold among the scenarios that fall below it and come back; empty when none does
     * @param soonest the scenarios that recover in that many days
     */
    public Comparison {
        lowest = List.copyOf(lowest);
        highestEnd = List.copyOf(highestEnd);
        soonest = List.copyOf(soonest);
    }

    /**
     * {@return the comparison of several scenarios on a measure}
     *
     * @param trajectories the simulated scenarios, at least one
     * @param measure the measure
     */
    public static Comparison of(List<Trajectory> trajectories, Measure measure) {
        if (trajectories.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        List<MeasureSummary> s =
                trajectories.stream().map(t -> t.summary(measure)).toList();
        double lowest =
                s.stream().mapToDouble(MeasureSummary::lowestPercent).min().orElseThrow();
        double highestEnd =
                s.stream().mapToDouble(MeasureSummary::endPercent).max().orElseThrow();
        OptionalInt soonest = s.stream()
                .filter(x -> x.daysToRecover().isPresent())
                .mapToInt(x -> x.daysToRecover().getAsInt())
                .min();
        List<Integer> soonestIndices = new ArrayList<>();
        if (soonest.isPresent()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.get(i).daysToRecover().orElse(-1) == soonest.getAsInt()) {
                    soonestIndices.add(i);
                }
            }
        }
        return new Comparison(
                measure,
                lowest,
                near(s, MeasureSummary::lowestPercent, lowest),
                highestEnd,
                near(s, MeasureSummary::endPercent, highestEnd),
                soonest,
                soonestIndices);
    }

    private static List<Integer> near(List<MeasureSummary> s, ToDoubleFunction<MeasureSummary> value, double target) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (Math.abs(value.applyAsDouble(s.get(i)) - target) < TIE_POINTS) {
                indices.add(i);
            }
        }
        return indices;
    }
}
