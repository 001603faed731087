package org.inertia.sim.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
     * {@return of the groups compared ({@link #groups}), the one that the most options cost
     * (the larger loss first among equals): the muscles on which most options can be told
     * apart, and so the one measure to show when only one can be shown. For back pain, the back
     * muscles, which bed rest and a brace both cost, rather than the calf, which bed rest costs
     * most but alone. Empty when no option costs any group noticeably}
     */
    public Optional<GroupComparison> mostShared() {
        GroupComparison best = null;
        int bestCount = 0;
        for (GroupComparison g : groups) {
            int count = g.tiers().stream().mapToInt(List::size).sum();
            // Strictly more: among equals the earlier, which loses more, stays.
            if (count > bestCount) {
                best = g;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * {@return the measure to show when only one can be shown: for several options, the
     * strength of the group {@link #mostShared} picks; for one option, or when no option costs
     * anything, the measure the (first) option's sentence leads with ({@link ScenarioFindings#lead})}
     */
    public Measure toShow() {
        if (options.size() > 1) {
            Optional<GroupComparison> shared = mostShared();
            if (shared.isPresent()) {
                return shared.get().measure();
            }
        }
        return options.get(0).lead();
    }
}
