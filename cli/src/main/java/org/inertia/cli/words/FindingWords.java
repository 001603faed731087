package org.inertia.cli.words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.inertia.cli.output.NumberText;
import org.inertia.cli.output.TerminalText;
import org.inertia.sim.findings.Comparison;
import org.inertia.sim.findings.GroupChange;
import org.inertia.sim.findings.ScenarioFindings;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * Findings in plain words: the one place where the numbers of {@link ScenarioFindings} and {@link
 * Comparison} become sentences, for the report, the classroom page and the terminal alike.
 *
 * <p>{@link #reading} is a simulated scenario in one sentence, for a class or a patient: how much
 * leg strength (the knee extensors, the group most studies measure) and overall strength are down
 * at the end of the period of disuse, and whether and when leg strength is back within 5 % of
 * baseline afterwards, with what exercise. For example: "After 7 days in bed, leg strength is about
 * 9% lower (overall strength about 7% lower); with 30 minutes of moderate walking a day it is back
 * within 5% of baseline after 6 days." Figures are rounded to whole percent: the model is an
 * estimate for an average person, and the sentence should not claim more.
 */
public final class FindingWords {

    private FindingWords() {}

    /**
     * {@return the sentence for a simulated scenario}
     *
     * @param trajectory the simulated scenario
     */
    public static String reading(Trajectory trajectory) {
        return reading(ScenarioFindings.of(trajectory));
    }

    /**
     * {@return the sentence for a scenario's findings}
     *
     * @param f the findings
     */
    public static String reading(ScenarioFindings f) {
        Scenario scenario = f.trajectory().scenario();
        StringBuilder sb = new StringBuilder();
        if (f.disusePhase().isPresent()) {
            Phase phase = scenario.phases().get(f.disusePhase().getAsInt());
            sb.append("After ").append(Words.disuse(phase.days(), phase.mobility()));
            switch (scenario.subject().condition()) {
                case CRITICAL_ILLNESS -> sb.append(" in intensive care");
                case ACUTE_ILLNESS -> sb.append(" in hospital with an acute illness");
                case SURGERY -> sb.append(" after surgery or a fracture");
                case HEALTHY -> {
                    // Nothing to add: most scenarios are of healthy people.
                }
            }
        } else {
            sb.append("Over ").append(Words.duration(f.referenceDay())).append(" of ordinary activity");
        }
        sb.append(", ").append(change(f));

        MeasureSummary leg = f.legStrength();
        double threshold = leg.recoveryThresholdPercent();
        if (!leg.fellBelowThreshold()) {
            sb.append("; it never falls more than ")
                    .append(whole(100 - threshold))
                    .append("% below baseline");
        } else if (f.disusePhase().isPresent() && f.recoveryPhase().isPresent()) {
            sb.append("; with ")
                    .append(Words.afterwards(
                            scenario.phases().get(f.recoveryPhase().getAsInt())));
            if (f.daysBackAfterDisuse().isPresent()) {
                sb.append(" it is back within ")
                        .append(whole(100 - threshold))
                        .append("% of baseline after ")
                        .append(Words.duration(f.daysBackAfterDisuse().getAsInt()));
            } else {
                sb.append(" it is still about ")
                        .append(whole(f.legDeficitAtEndPoints()))
                        .append("% lower ")
                        .append(Words.duration(scenario.totalDays() - f.referenceDay()))
                        .append(" later");
            }
        }
        return TerminalText.oneLine(sb.append('.').toString());
    }

    /** "leg strength is about 9% lower (overall strength about 6% lower)" at the end of the disuse. */
    private static String change(ScenarioFindings f) {
        double leg = -f.legChangePercent();
        double overall = -f.overallChangePercent();
        String legWords = amount("leg strength", leg);
        if (Math.round(overall) == 0) {
            return Math.round(leg) == 0 ? legWords : legWords + " (overall strength has hardly changed)";
        }
        return legWords + " (overall strength about " + whole(Math.abs(overall)) + "% "
                + (overall > 0 ? "lower" : "higher") + ")";
    }

    /** "leg strength is about 9% lower", "... higher", or "... has hardly changed". */
    private static String amount(String what, double lossPercent) {
        if (Math.round(lossPercent) == 0) {
            return what + " has hardly changed";
        }
        return what + " is about " + whole(Math.abs(lossPercent)) + "% " + (lossPercent > 0 ? "lower" : "higher");
    }

    /** A whole percentage: "9". */
    private static String whole(double percent) {
        return NumberText.whole(percent);
    }

    /**
     * {@return the points "what this means" makes: each scenario's reading, which muscle group
     * loses most and least, how strength and muscle size differ, and, for several scenarios, which
     * goes lowest, ends highest and recovers first on overall strength}
     *
     * @param trajectories the simulated scenarios, at least one
     */
    public static List<String> meaning(List<Trajectory> trajectories) {
        List<ScenarioFindings> findings =
                trajectories.stream().map(ScenarioFindings::of).toList();
        List<String> lines = new ArrayList<>();
        boolean several = findings.size() > 1;
        for (ScenarioFindings f : findings) {
            lines.add((several ? name(f) + ": " : "") + reading(f));
        }
        lines.addAll(mostAndLeast(findings));
        // Strength against size, said once: for the scenario where the thigh loses most strength.
        ScenarioFindings deepest = findings.stream()
                .max(Comparator.comparingDouble(ScenarioFindings::thighStrengthLossPoints))
                .orElseThrow();
        if (deepest.strengthOutpacesSize().isPresent()) {
            lines.add("Strength falls further than muscle size (thigh"
                    + (several ? ", in \u201c" + name(deepest) + "\u201d" : "")
                    + ": strength down " + NumberText.whole(deepest.thighStrengthLossPoints())
                    + " %, muscle size down " + NumberText.whole(deepest.thighMassLossPoints()) + " % at the lowest):"
                    + " much of the early loss is in the nerves' drive to the muscle, which comes back faster than"
                    + " muscle does.");
        }
        if (several) {
            Comparison c = Comparison.of(trajectories, Measure.OVERALL_STRENGTH);
            lines.add("Overall strength goes lowest " + where(findings, c.lowest()) + " ("
                    + NumberText.percent(c.lowestPercent()) + " % of baseline) and ends highest "
                    + where(findings, c.highestEnd()) + " (" + NumberText.percent(c.highestEndPercent()) + " %).");
            if (c.soonestDaysToRecover().isPresent()) {
                lines.add("Overall strength is back to 95 % of baseline soonest " + where(findings, c.soonest()) + ", "
                        + Words.duration(c.soonestDaysToRecover().getAsInt()) + " after the lowest point.");
            }
        }
        lines.add("These are estimates for an average adult in the studies below, not a prediction for one person:"
                + " people differ, and the studies are mostly of healthy volunteers.");
        return lines;
    }

    /** Which muscle group loses most and least strength: one line when every scenario agrees, else one each. */
    private static List<String> mostAndLeast(List<ScenarioFindings> findings) {
        ScenarioFindings first = findings.get(0);
        boolean agree = findings.stream()
                .allMatch(f -> f.mostLoss().measure().equals(first.mostLoss().measure())
                        && f.leastLoss().measure().equals(first.leastLoss().measure()));
        List<String> lines = new ArrayList<>();
        if (agree) {
            String most = range(findings.stream()
                    .mapToDouble(f -> f.mostLoss().lossPoints())
                    .toArray());
            String least = range(findings.stream()
                    .mapToDouble(f -> f.leastLoss().lossPoints())
                    .toArray());
            if (!most.equals("0")) {
                lines.add(capitalise(groupName(first.mostLoss())) + " lose" + (plural(first.mostLoss()) ? "" : "s")
                        + " most strength" + (findings.size() > 1 ? " in every scenario" : "") + " (down " + most
                        + " % at the lowest); " + groupName(first.leastLoss()) + " least ("
                        + (least.equals("0") ? "hardly any" : "down " + least + " %") + ").");
            }
            return lines;
        }
        for (ScenarioFindings f : findings) {
            GroupChange most = f.mostLoss();
            GroupChange least = f.leastLoss();
            if (Math.round(most.lossPoints()) >= 1) {
                lines.add(capitalise(groupName(most)) + " lose" + (plural(most) ? "" : "s") + " most strength in \u201c"
                        + name(f) + "\u201d (down " + NumberText.whole(most.lossPoints()) + " %); " + groupName(least)
                        + " least ("
                        + (Math.round(least.lossPoints()) == 0
                                ? "hardly any"
                                : "down " + NumberText.whole(least.lossPoints()) + " %")
                        + ").");
            }
        }
        return lines;
    }

    private static String name(ScenarioFindings f) {
        return f.trajectory().scenario().name();
    }

    /** Whole percentages as "12" or "12\u201314". */
    private static String range(double[] values) {
        long lo = Math.round(Arrays.stream(values).min().orElse(0));
        long hi = Math.round(Arrays.stream(values).max().orElse(0));
        return lo == hi ? Long.toString(lo) : lo + "\u2013" + hi;
    }

    /** "in every scenario", or "in \u201cA\u201d" or "in \u201cA\u201d and \u201cB\u201d". */
    private static String where(List<ScenarioFindings> findings, List<Integer> indices) {
        if (indices.size() == findings.size()) {
            return "in every scenario";
        }
        List<String> names = indices.stream()
                .map(i -> "\u201c" + name(findings.get(i)) + "\u201d")
                .toList();
        return "in "
                + (names.size() == 1
                        ? names.get(0)
                        : String.join(", ", names.subList(0, names.size() - 1)) + " and "
                                + names.get(names.size() - 1));
    }

    /**
     * {@return a muscle group as a reader names it: "the thigh muscles (knee extensors)"}
     *
     * @param group a muscle group
     */
    public static String groupName(MuscleGroup group) {
        return switch (group) {
            case KNEE_EXTENSORS -> "the thigh muscles (knee extensors)";
            case PLANTAR_FLEXORS -> "the calf muscles (plantar flexors)";
            case TRUNK_EXTENSORS -> "the back muscles (trunk extensors)";
            case TRUNK_FLEXORS -> "the abdominal muscles (trunk flexors)";
            case HANDGRIP -> "the grip (forearm)";
            case OVERALL -> "all muscles together";
        };
    }

    private static String groupName(GroupChange c) {
        return groupName(c.measure().group());
    }

    private static boolean plural(GroupChange c) {
        return c.measure().group() != MuscleGroup.HANDGRIP;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
