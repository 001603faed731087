package org.inertia.sim.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * Which of several simulated scenarios goes lowest, ends highest and recovers soonest on one
 * measure. Options closer than the model's uncertainty ({@link Difference#withinUncertainty()})
 * are not ranked: they share the place, so that a difference no table shows, or one the evidence
 * cannot tell, is never a ranking. Which recovers soonest is asked only of the options that fell
 * below the threshold: one that never fell is not "back soonest".
 *
 * @param measure the measure compared
 * @param lowestPercent the lowest value any scenario reaches (% of baseline)
 * @param lowest the scenarios (indices) that reach it, or come within the model's uncertainty of it
 * @param highestEndPercent the highest value any scenario ends at
 * @param highestEnd the scenarios that end there, or within the model's uncertainty of it
 * @param soonestDaysToRecover the fewest days from the lowest point back to the threshold among
 *     the scenarios that fall below it and come back; empty when none does
 * @param soonest the scenarios that recover in that many days
 * @param fellBelow the scenarios that fall below the recovery threshold (95 % of baseline)
 */
public record Comparison(
        Measure measure,
        double lowestPercent,
        List<Integer> lowest,
        double highestEndPercent,
        List<Integer> highestEnd,
        OptionalInt soonestDaysToRecover,
        List<Integer> soonest,
        List<Integer> fellBelow) {

    /** Differences smaller than this are ties (percentage points): half the last printed digit. */
    public static final double TIE_POINTS = 0.05;

    /**
     * Copies the lists.
     *
     * @param measure the measure compared
     * @param lowestPercent the lowest value any scenario reaches (% of baseline)
     * @param lowest the scenarios (indices) that reach it, or come within the model's uncertainty of it
     * @param highestEndPercent the highest value any scenario ends at
     * @param highestEnd the scenarios that end there, or within the model's uncertainty of it
     * @param soonestDaysToRecover the fewest days from the lowest point back to the threshold among the scenarios that fall below it and come back; empty when none does
     * @param soonest the scenarios that recover in that many days
     * @param fellBelow the scenarios that fall below the recovery threshold (95 % of baseline)
     */
    public Comparison {
        lowest = List.copyOf(lowest);
        highestEnd = List.copyOf(highestEnd);
        soonest = List.copyOf(soonest);
        fellBelow = List.copyOf(fellBelow);
    }

    /**
     * {@return the comparison of several scenarios on a measure, ties only below {@link
     * #TIE_POINTS}}
     *
     * @param trajectories the simulated scenarios, at least one
     * @param measure the measure
     */
    public static Comparison of(List<Trajectory> trajectories, Measure measure) {
        return of(PairedDraws.none(trajectories), measure);
    }

    /**
     * {@return the comparison of several options on a measure, options within the model's
     * uncertainty of the lowest (or highest end) sharing the place}
     *
     * @param draws the options and the model's uncertainty about their differences
     * @param measure the measure
     */
    public static Comparison of(PairedDraws draws, Measure measure) {
        List<Trajectory> trajectories = draws.options();
        List<MeasureSummary> s =
                trajectories.stream().map(t -> t.summary(measure)).toList();
        int lowestIndex = 0;
        int highestIndex = 0;
        for (int i = 1; i < s.size(); i++) {
            if (s.get(i).lowestPercent() < s.get(lowestIndex).lowestPercent()) {
                lowestIndex = i;
            }
            if (s.get(i).endPercent() > s.get(highestIndex).endPercent()) {
                highestIndex = i;
            }
        }
        int lo = lowestIndex;
        int hi = highestIndex;
        List<Integer> fell = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).fellBelowThreshold()) {
                fell.add(i);
            }
        }
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
                s.get(lo).lowestPercent(),
                near(s.size(), i -> draws.lowest(measure, i, lo)),
                s.get(hi).endPercent(),
                near(s.size(), i -> draws.end(measure, i, hi)),
                soonest,
                soonestIndices,
                fell);
    }

    private static List<Integer> near(int n, IntFunction<Difference> toBest) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (toBest.apply(i).withinUncertainty()) {
                indices.add(i);
            }
        }
        return indices;
    }
}
