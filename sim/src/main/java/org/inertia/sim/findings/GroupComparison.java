package org.inertia.sim.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.inertia.sim.measure.Measure;

/**
 * How several options compare on one muscle group's strength at its lowest point: the options
 * that cost it strength, most first, in tiers of options the model cannot tell apart (their
 * difference is within its uncertainty, {@link Difference#withinUncertainty()}), and the options
 * that cost it nothing.
 *
 * @param measure the measure compared (a muscle group's strength)
 * @param lowestPercent each option's lowest value (% of baseline), by option index
 * @param tiers the options that lose at least {@link ScenarioFindings#NOTICEABLE_LOSS_POINTS},
 *     most loss first, grouped where neighbours differ by less than the model's uncertainty
 * @param differences the differences between neighbours in that order (one fewer than the losing
 *     options): how much lower the first goes, with the model's uncertainty
 * @param spared the options that lose less than {@link ScenarioFindings#NOTICEABLE_LOSS_POINTS}
 * @param highestEnd the options that end highest on the measure, or within the model's uncertainty
 *     of it ({@link Comparison#highestEnd()}): how options alike at their lowest point may differ
 *     by the end (a week in bed, then walking or nothing)
 * @param likelyHighestEnd of those, the ones not probably below the highest ({@link
 *     Difference#probable()}): the likelier order, to be said as such
 */
public record GroupComparison(
        Measure measure,
        List<Double> lowestPercent,
        List<List<Integer>> tiers,
        List<Difference> differences,
        List<Integer> spared,
        List<Integer> highestEnd,
        List<Integer> likelyHighestEnd) {

    /**
     * Copies the lists.
     *
     * @param measure the measure compared (a muscle group's strength)
     * @param lowestPercent each option's lowest value (% of baseline), by option index
     * @param tiers the options that lose noticeably, most loss first, grouped where neighbours differ by less than the model's uncertainty
     * @param differences the differences between neighbours in that order
     * @param spared the options that lose less than {@link ScenarioFindings#NOTICEABLE_LOSS_POINTS}
     * @param highestEnd the options that end highest, or within the model's uncertainty of it
     * @param likelyHighestEnd of those, the ones not probably below the highest
     */
    public GroupComparison {
        lowestPercent = List.copyOf(lowestPercent);
        tiers = tiers.stream().map(List::copyOf).toList();
        differences = List.copyOf(differences);
        spared = List.copyOf(spared);
        highestEnd = List.copyOf(highestEnd);
        likelyHighestEnd = List.copyOf(likelyHighestEnd);
    }

    /**
     * {@return how several options compare on a measure at its lowest point}
     *
     * @param draws the options and the model's uncertainty about their differences
     * @param measure the measure
     */
    public static GroupComparison of(PairedDraws draws, Measure measure) {
        int n = draws.options().size();
        List<Double> lowest = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lowest.add(draws.options().get(i).summary(measure).lowestPercent());
        }
        List<Integer> losing = new ArrayList<>();
        List<Integer> spared = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (100 - lowest.get(i) >= ScenarioFindings.NOTICEABLE_LOSS_POINTS ? losing : spared).add(i);
        }
        losing.sort(Comparator.comparingDouble(lowest::get));
        List<List<Integer>> tiers = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        List<Integer> tier = new ArrayList<>();
        for (int k = 0; k < losing.size(); k++) {
            if (k > 0) {
                Difference d = draws.lowest(measure, losing.get(k - 1), losing.get(k));
                differences.add(d);
                if (!d.withinUncertainty()) {
                    tiers.add(tier);
                    tier = new ArrayList<>();
                }
            }
            tier.add(losing.get(k));
        }
        if (!tier.isEmpty()) {
            tiers.add(tier);
        }
        List<Integer> highestEnd = Comparison.of(draws, measure).highestEnd();
        int top = 0;
        for (int i = 1; i < n; i++) {
            if (draws.options().get(i).summary(measure).endPercent()
                    > draws.options().get(top).summary(measure).endPercent()) {
                top = i;
            }
        }
        List<Integer> likely = new ArrayList<>();
        for (int i : highestEnd) {
            if (i == top || !draws.end(measure, top, i).probable()) {
                likely.add(i);
            }
        }
        return new GroupComparison(measure, lowest, tiers, differences, spared, highestEnd, likely);
    }

    /** {@return the options that cost the group most, alike within the model's uncertainty; empty when none costs it} */
    public List<Integer> mostLoss() {
        return tiers.isEmpty() ? List.of() : tiers.get(0);
    }
}
