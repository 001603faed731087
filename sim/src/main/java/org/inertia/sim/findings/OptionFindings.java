package org.inertia.sim.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.trajectory.Trajectory;

/**
 * What several options (scenarios of the same question, such as bed rest, a brace or staying
 * active for back pain) show side by side: each option's own findings; for every muscle group
 * that is the one losing most in some option, how the options compare on it; and how they compare
 * on the measure chosen for the story. Differences within the model's uncertainty are not ranked.
 *
 * @param options each option's findings, in the order given
 * @param groups the comparisons on the groups that lose most in some option, the largest loss first
 * @param chosen the comparison on the measure chosen for the story (overall strength by default)
 */
public record OptionFindings(List<ScenarioFindings> options, List<GroupComparison> groups, Comparison chosen) {

    /**
     * Copies the lists.
     *
     * @param options each option's findings, in the order given
     * @param groups the comparisons on the groups that lose most in some option, the largest loss first
     * @param chosen the comparison on the measure chosen for the story
     */
    public OptionFindings {
        options = List.copyOf(options);
        groups = List.copyOf(groups);
    }

    /**
     * {@return the findings of several options, with the model's uncertainty from {@link
     * PairedDraws#of}}
     *
     * @param trajectories the simulated options, at least one
     * @param measure the measure chosen for the story
     */
    public static OptionFindings of(List<Trajectory> trajectories, Measure measure) {
        return of(PairedDraws.of(trajectories), measure);
    }

    /**
     * {@return the findings of several options}
     *
     * @param draws the options and the model's uncertainty about their differences
     * @param measure the measure chosen for the story
     */
    public static OptionFindings of(PairedDraws draws, Measure measure) {
        List<ScenarioFindings> options =
                draws.options().stream().map(ScenarioFindings::of).toList();
        Set<MuscleGroup> most = new LinkedHashSet<>();
        options.stream()
                .filter(f -> f.mostLoss().lossPoints() >= ScenarioFindings.NOTICEABLE_LOSS_POINTS)
                .sorted(Comparator.comparingDouble(
                        (ScenarioFindings f) -> f.mostLoss().lowestPercent()))
                .forEach(f -> most.add(f.mostLoss().measure().group()));
        List<GroupComparison> groups = new ArrayList<>();
        for (MuscleGroup g : most) {
            groups.add(GroupComparison.of(draws, new Measure(Outcome.STRENGTH, g)));
        }
        return new OptionFindings(options, groups, Comparison.of(draws, measure));
    }

    /**
     * {@return the measure to show when only one can be shown: of the measures the options'
     * sentences lead with ({@link ScenarioFindings#lead}: the legs, or the group a brace costs
     * when it spares the legs), the one that the most options cost, the larger loss first among
     * equals. For back pain, the back muscles, which bed rest and a brace both cost, rather than
     * the legs, which bed rest alone costs; for a hospital stay in bed or walking the ward, the
     * legs, which both cost. When no option costs anything, the first option's lead measure}
     */
    public Measure toShow() {
        List<Measure> leads = options.stream()
                .filter(f -> !f.costsNothing())
                .map(ScenarioFindings::lead)
                .distinct()
                .toList();
        Measure best = options.get(0).lead();
        int bestCount = 0;
        double bestLoss = 0;
        for (Measure m : leads) {
            int count = 0;
            double loss = 0;
            for (ScenarioFindings f : options) {
                double points = 100 - f.trajectory().summary(m).lowestPercent();
                if (points >= ScenarioFindings.NOTICEABLE_LOSS_POINTS) {
                    count++;
                }
                loss = Math.max(loss, points);
            }
            if (count > bestCount || count == bestCount && loss > bestLoss) {
                best = m;
                bestCount = count;
                bestLoss = loss;
            }
        }
        return best;
    }
}
