package org.inertia.cli.words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.inertia.cli.output.NumberText;
import org.inertia.cli.output.SummaryCells;
import org.inertia.cli.output.TerminalText;
import org.inertia.sim.findings.Comparison;
import org.inertia.sim.findings.Difference;
import org.inertia.sim.findings.GroupChange;
import org.inertia.sim.findings.GroupComparison;
import org.inertia.sim.findings.OptionFindings;
import org.inertia.sim.findings.PairedDraws;
import org.inertia.sim.findings.People;
import org.inertia.sim.findings.Recovery;
import org.inertia.sim.findings.ScenarioFindings;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
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
 * estimate for an average person, and the sentence should not claim more. A scenario that spares
 * the legs (a lumbar brace) leads with the group it costs most instead ({@link ScenarioFindings#lead()}).
 *
 * <p>{@link #meaning} compares several options as {@link OptionFindings} finds them: what each
 * costs, group by group, and how they compare on the groups that lose most, never ranking two
 * options whose difference is within the model's uncertainty.
 *
 * <p>The {@code forPatient} methods say the same findings to a patient ({@code inertia report
 * --audience patient}): short sentences in everyday words ("your back muscles", "about 5%
 * weaker", "normal"), no muscle's Latin name, no statistics, options the model cannot tell apart
 * said to be "about the same", and nothing the model does not say (nothing about pain).
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
            sb.append("After ");
            for (int i : f.earlierEpisodes()) {
                Phase earlier = scenario.phases().get(i);
                sb.append(Words.disuse(earlier.days(), earlier.mobility())).append(" and, later, ");
            }
            sb.append(Words.disuse(phase.days(), phase.mobility()));
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

        MeasureSummary lead = f.leadSummary();
        double threshold = lead.recoveryThresholdPercent();
        if (!lead.fellBelowThreshold()) {
            sb.append("; it never falls more than ")
                    .append(whole(100 - threshold))
                    .append("% below baseline");
        } else if (f.disusePhase().isPresent() && f.recoveryPhase().isPresent()) {
            sb.append(afterDisuse(f));
        }
        return TerminalText.oneLine(sb.append('.').toString());
    }

    /**
     * What happens to the lead measure after the disuse, naming an exercise only for a period over
     * which it holds: "; with 30 minutes of moderate walking a day it is back within 5% of baseline
     * after 6 days"; when it keeps falling after the disuse ends, "; it keeps falling for another 7
     * days (to about 21% lower), then with ... it is still about 12% lower 4 weeks after that"; when
     * the regime changes within the period, no exercise: "; it is still about 12% lower 5 weeks later".
     */
    private static String afterDisuse(ScenarioFindings f) {
        Scenario scenario = f.trajectory().scenario();
        MeasureSummary lead = f.leadSummary();
        String within = whole(100 - lead.recoveryThresholdPercent());
        String lower = whole(100 - lead.endPercent());
        int from = f.referenceDay();
        int last = scenario.totalDays();
        OptionalInt back = f.leadDaysBackAfterDisuse();
        int to = back.isPresent() ? from + back.getAsInt() : last;
        OptionalInt regime = f.regime(from, to);
        if (regime.isPresent()) {
            return "; with " + Words.afterwards(scenario.phases().get(regime.getAsInt()))
                    + (back.isPresent()
                            ? " it is back within " + within + "% of baseline after " + Words.duration(back.getAsInt())
                            : " it is still about " + lower + "% lower " + Words.duration(last - from) + " later");
        }
        int low = f.leadLowestDayAfterDisuse();
        if (low > from && low < to) {
            OptionalInt then = f.regime(low, to);
            return "; it keeps falling for another " + Words.duration(low - from) + " (to about "
                    + whole(100 - f.trajectory().percent(f.lead(), low)) + "% lower), then"
                    + (then.isPresent()
                            ? " with " + Words.afterwards(scenario.phases().get(then.getAsInt()))
                            : "")
                    + (back.isPresent()
                            ? " it is back within " + within + "% of baseline " + Words.duration(to - low)
                                    + " after that"
                            : " it is still about " + lower + "% lower at the end, " + Words.duration(last - low)
                                    + " after that");
        }
        return back.isPresent()
                ? "; it is back within " + within + "% of baseline after " + Words.duration(back.getAsInt())
                : "; it is still about " + lower + "% lower " + Words.duration(last - from) + " later";
    }

    /**
     * "leg strength is about 9% lower (overall strength about 6% lower)" at the end of the disuse;
     * for a scenario that spares the legs, the group that loses most leads: "back strength (trunk
     * extensors) is about 5% lower (leg strength has hardly changed, overall strength about 2% lower)".
     */
    private static String change(ScenarioFindings f) {
        double overall = -f.overallChangePercent();
        String overallWords = Math.round(overall) == 0
                ? "overall strength has hardly changed"
                : "overall strength about " + whole(Math.abs(overall)) + "% " + (overall > 0 ? "lower" : "higher");
        if (!f.lead().equals(ScenarioFindings.LEG_STRENGTH)) {
            return amount(strengthName(f.lead().group()), -f.leadChangePercent())
                    + " (leg strength has hardly changed, " + overallWords + ")";
        }
        double leg = -f.legChangePercent();
        String legWords = amount("leg strength", leg);
        if (Math.round(overall) == 0) {
            return Math.round(leg) == 0 ? legWords : legWords + " (" + overallWords + ")";
        }
        return legWords + " (" + overallWords + ")";
    }

    /** A group's strength as a sentence names it: "back strength (trunk extensors)". */
    private static String strengthName(MuscleGroup group) {
        return switch (group) {
            case KNEE_EXTENSORS -> "leg strength";
            case PLANTAR_FLEXORS -> "calf strength (plantar flexors)";
            case TRUNK_EXTENSORS -> "back strength (trunk extensors)";
            case TRUNK_FLEXORS -> "abdominal strength (trunk flexors)";
            case HANDGRIP -> "grip strength";
            case OVERALL -> "overall strength";
        };
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
     * {@return the points "what this means" makes, on overall strength}
     *
     * @param trajectories the simulated scenarios, at least one
     */
    public static List<String> meaning(List<Trajectory> trajectories) {
        return meaning(trajectories, Measure.OVERALL_STRENGTH);
    }

    /**
     * {@return the points "what this means" makes: each scenario's reading; which muscle groups
     * each one costs (when they do not all agree, each option's cost and, for every group that
     * loses most somewhere, how the options compare on it, options the model cannot tell apart
     * said to be alike); how strength and muscle size differ; and, for several scenarios, which
     * goes lowest, ends highest and recovers first on the chosen measure}
     *
     * @param trajectories the simulated scenarios, at least one
     * @param measure the measure chosen for the story (the report's comparison)
     */
    public static List<String> meaning(List<Trajectory> trajectories, Measure measure) {
        boolean several = trajectories.size() > 1;
        OptionFindings o = several
                ? OptionFindings.of(trajectories, measure)
                : OptionFindings.of(PairedDraws.none(trajectories), measure);
        List<ScenarioFindings> findings = o.options();
        List<String> lines = new ArrayList<>();
        for (ScenarioFindings f : findings) {
            lines.add((several ? name(f) + ": " : "") + reading(f));
        }
        People people =
                People.of(trajectories.stream().map(Trajectory::scenario).toList());
        if (!people.samePerson()) {
            lines.add(differentPeople(people));
        }
        if (agree(findings)) {
            lines.addAll(mostAndLeast(findings));
        } else {
            for (ScenarioFindings f : findings) {
                lines.add(costs(f));
            }
            for (GroupComparison g : o.groups()) {
                if (several) {
                    lines.add(group(findings, g));
                }
            }
        }
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
            lines.addAll(chosen(findings, o.chosen()));
        }
        lines.add("These are estimates for an average adult in the studies below, not a prediction for one person:"
                + " people differ, and the studies are mostly of healthy volunteers.");
        return lines;
    }

    /**
     * {@return that the scenarios are of different people, and how they differ: "These scenarios are
     * of different people (aged 45 to 75; women and a man; healthy, critically ill (in intensive
     * care)): they compare situations, not choices for one patient."}
     *
     * @param people whom the scenarios are about, not one person
     */
    public static String differentPeople(People people) {
        List<String> how = new ArrayList<>();
        for (People.Trait trait : people.differing()) {
            how.add(
                    switch (trait) {
                        case AGE -> {
                            IntSummaryStatistics ages = people.subjects().stream()
                                    .mapToInt(Subject::ageYears)
                                    .summaryStatistics();
                            yield "aged " + ages.getMin() + " to " + ages.getMax();
                        }
                        case SEX -> {
                            long women = people.subjects().stream()
                                    .filter(p -> p.sex() == Sex.FEMALE)
                                    .count();
                            long men = people.subjects().stream()
                                    .filter(p -> p.sex() == Sex.MALE)
                                    .count();
                            long unstated = people.subjects().size() - women - men;
                            List<String> sexes = new ArrayList<>();
                            if (women > 0) {
                                sexes.add(women == 1 ? "a woman" : "women");
                            }
                            if (men > 0) {
                                sexes.add(men == 1 ? "a man" : "men");
                            }
                            if (unstated > 0) {
                                sexes.add(unstated == 1 ? "a person of unstated sex" : "people of unstated sex");
                            }
                            yield and(sexes);
                        }
                        case CONDITION -> distinct(people, Subject::condition, Words::condition);
                        case FITNESS -> distinct(people, Subject::fitness, Words::fitness);
                    });
        }
        return "These scenarios are of different people (" + String.join("; ", how)
                + "): they compare situations, not choices for one patient.";
    }

    /** The distinct values of one trait of the people, in words, in order of first appearance. */
    private static <T> String distinct(People people, Function<Subject, T> trait, Function<T, String> words) {
        return String.join(
                ", ",
                people.subjects().stream().map(trait).distinct().map(words).toList());
    }

    /**
     * {@return when a measure is back to each threshold, in one sentence: "Overall strength: back
     * to 95 % of baseline on day 26, 12 days after its lowest point; not back to 100 % within the
     * scenario (at 99.1 % on day 56)."}
     *
     * @param trajectory the simulated scenario
     * @param measure the measure
     * @param thresholds the thresholds (% of baseline), in order
     */
    public static String recovery(Trajectory trajectory, Measure measure, List<Double> thresholds) {
        return capitalise(measureName(measure)) + ": " + recoveryClause(trajectory, measure, thresholds) + ".";
    }

    /**
     * When a measure is back to each threshold, without the measure's name or a full stop: "back to
     * 95 % of baseline on day 26, 12 days after its lowest point; never below 100 %".
     */
    private static String recoveryClause(Trajectory trajectory, Measure measure, List<Double> thresholds) {
        List<String> parts = new ArrayList<>();
        boolean first = true;
        boolean notBack = false;
        for (Recovery r : Recovery.of(trajectory, measure, thresholds)) {
            String pct = SummaryCells.threshold(r.thresholdPercent()) + " %" + (first ? " of baseline" : "");
            if (r.neverBelow()) {
                parts.add("never below " + pct);
            } else if (r.notWithinScenario()) {
                // Where it ends is said once: "not back to 95 % ... (at 94.7 % on day 52), nor to 100 %".
                parts.add(
                        notBack
                                ? "nor to " + pct
                                : "not back to " + pct + " within the scenario (at "
                                        + NumberText.percent(r.summary().endPercent()) + " % on day " + r.lastDay()
                                        + ")");
                notBack = true;
            } else {
                int days = r.daysAfterLowest().getAsInt();
                parts.add("back to " + pct + " on day " + r.day().getAsInt() + ", " + days
                        + (days == 1 ? " day" : " days") + " after its lowest point");
            }
            first = false;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            sb.append(i == 0 ? "" : parts.get(i).startsWith("nor ") ? ", " : "; ")
                    .append(parts.get(i));
        }
        return sb.toString();
    }

    /**
     * {@return what the scenarios do to whole-body measures (aerobic capacity, bone density), a few
     * sentences per measure: for one scenario how low it goes and when it is back to 95 %; for
     * several, which goes lowest, ends highest and recovers first, options the model cannot tell
     * apart said to be alike ({@link #meaning(List, Measure)}'s comparison, on each measure)}
     *
     * @param trajectories the simulated scenarios, at least one
     * @param measures the whole-body measures to speak of
     */
    public static List<String> wholeBody(List<Trajectory> trajectories, List<Measure> measures) {
        List<String> lines = new ArrayList<>();
        if (trajectories.size() == 1) {
            Trajectory t = trajectories.get(0);
            for (Measure m : measures) {
                MeasureSummary s = t.summary(m);
                lines.add(capitalise(measureName(m)) + " is lowest on day " + s.lowestDay() + " ("
                        + NumberText.percent(s.lowestPercent()) + " % of baseline): "
                        + recoveryClause(t, m, List.of(s.recoveryThresholdPercent())) + ".");
            }
            return lines;
        }
        PairedDraws draws = PairedDraws.of(trajectories);
        List<ScenarioFindings> findings =
                draws.options().stream().map(ScenarioFindings::of).toList();
        for (Measure m : measures) {
            lines.addAll(chosen(findings, Comparison.of(draws, m)));
        }
        return lines;
    }

    /**
     * {@return the points of {@link #meaning(List, Measure)}, and for each scenario when the chosen
     * measure is back to each threshold ({@link #recovery}), after its reading}
     *
     * @param trajectories the simulated scenarios, at least one
     * @param measure the measure chosen for the story
     * @param thresholds the recovery thresholds (% of baseline)
     */
    public static List<String> meaning(List<Trajectory> trajectories, Measure measure, List<Double> thresholds) {
        return meaning(trajectories, measure, measure, thresholds);
    }

    /**
     * {@return the points of {@link #meaning(List, Measure)} told on one measure, and for each
     * scenario when another measure is back to each threshold, after its reading}: the clinician
     * report told on muscle strength whose comparison is of aerobic capacity or bone
     *
     * @param trajectories the simulated scenarios, at least one
     * @param story the measure of the story: a muscle measure
     * @param recovered the measure whose recovery is told
     * @param thresholds the recovery thresholds (% of baseline)
     */
    public static List<String> meaning(
            List<Trajectory> trajectories, Measure story, Measure recovered, List<Double> thresholds) {
        List<String> lines = new ArrayList<>(meaning(trajectories, story));
        boolean several = trajectories.size() > 1;
        for (int i = 0; i < trajectories.size(); i++) {
            Trajectory t = trajectories.get(i);
            lines.add(
                    2 * i + 1,
                    (several ? TerminalText.oneLine(t.scenario().name()) + ": " : "")
                            + recovery(t, recovered, thresholds));
        }
        return lines;
    }

    /** Whether every scenario costs every group and they agree on the groups that lose most and least. */
    private static boolean agree(List<ScenarioFindings> findings) {
        ScenarioFindings first = findings.get(0);
        return findings.stream()
                .allMatch(f -> f.groupsThatLose().size() == f.strengthByGroup().size()
                        && f.mostLoss().measure().equals(first.mostLoss().measure())
                        && f.leastLoss().measure().equals(first.leastLoss().measure()));
    }

    /**
     * What one option costs: "\u201cA\u201d costs strength in every muscle group: most the calf ...",
     * "\u201cB\u201d costs strength only in the trunk: ...", "\u201cC\u201d costs no muscle group any strength."
     */
    private static String costs(ScenarioFindings f) {
        List<GroupChange> losing = f.groupsThatLose();
        String who = "\u201c" + name(f) + "\u201d";
        if (losing.isEmpty()) {
            return who + " costs no muscle group any strength (none falls "
                    + NumberText.plain(ScenarioFindings.NOTICEABLE_LOSS_POINTS)
                    + " % below baseline).";
        }
        if (losing.size() == f.strengthByGroup().size()) {
            return who + " costs strength in every muscle group: most " + groupName(f.mostLoss()) + ", down "
                    + NumberText.whole(f.mostLoss().lossPoints()) + " % at the lowest; least "
                    + groupName(f.leastLoss()) + ", down "
                    + NumberText.whole(f.leastLoss().lossPoints()) + " %.";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < losing.size(); i++) {
            GroupChange g = losing.get(i);
            String down = ", down " + NumberText.whole(g.lossPoints()) + " %" + (i == 0 ? " at the lowest" : "") + ")";
            parts.add(groupName(g).replaceFirst("\\)$", Matcher.quoteReplacement(down)));
        }
        String region = region(losing.stream().map(g -> g.measure().group()).toList());
        return who + " costs strength only in " + (region.isEmpty() ? "" : region + ": ") + and(parts)
                + "; the other muscle groups keep theirs.";
    }

    /** "the trunk" or "the legs" when every group named belongs to it, else "". */
    private static String region(List<MuscleGroup> groups) {
        if (groups.stream().allMatch(g -> g == MuscleGroup.TRUNK_EXTENSORS || g == MuscleGroup.TRUNK_FLEXORS)) {
            return "the trunk";
        }
        if (groups.stream().allMatch(g -> g == MuscleGroup.KNEE_EXTENSORS || g == MuscleGroup.PLANTAR_FLEXORS)) {
            return "the legs";
        }
        return "";
    }

    /**
     * How the options compare on one group: "The back muscles (trunk extensors) lose most with
     * \u201cA\u201d (down 7 % at the lowest), then with \u201cB\u201d (down 5 %); \u201cC\u201d costs them nothing.",
     * or, where the model cannot tell two options apart, "... lose about as much with \u201cA\u201d as
     * with \u201cB\u201d (down 7 % and 5 % at the lowest, a difference within the model's uncertainty) ...".
     */
    private static String group(List<ScenarioFindings> findings, GroupComparison g) {
        StringBuilder sb = new StringBuilder(capitalise(groupName(g.measure().group())));
        List<List<Integer>> tiers = g.tiers();
        int losing = tiers.stream().mapToInt(List::size).sum();
        int offset = 0;
        for (int t = 0; t < tiers.size(); t++) {
            List<Integer> tier = tiers.get(t);
            String at = t == 0 ? " at the lowest" : "";
            // Two options the model cannot rank, whose difference still points one way in most draws.
            Difference pair = tier.size() == 2 ? g.differences().get(offset) : null;
            offset += tier.size();
            if (pair != null && pair.probable()) {
                sb.append(t == 0 ? " lose most" : ", then")
                        .append(" with ")
                        .append(quoted(findings, tier.get(0)))
                        .append(" (down ")
                        .append(loss(g, tier.get(0)))
                        .append(" %")
                        .append(at)
                        .append("), probably more than with ")
                        .append(quoted(findings, tier.get(1)))
                        .append(" (down ")
                        .append(loss(g, tier.get(1)))
                        .append(" %: ")
                        .append(Math.round(pair.agreement() * 10))
                        .append(" in 10 of the parameter sets the evidence allows say so, but the difference is"
                                + " within the model's uncertainty)");
                continue;
            }
            if (t == 0) {
                sb.append(
                        losing == 1
                                ? " lose strength only"
                                : tier.size() > 1 && tiers.size() == 1 ? " lose" : " lose most");
            } else {
                sb.append(", then");
            }
            if (tier.size() == 1) {
                sb.append(" with ")
                        .append(quoted(findings, tier.get(0)))
                        .append(" (down ")
                        .append(loss(g, tier.get(0)))
                        .append(" %")
                        .append(at)
                        .append(')');
            } else {
                sb.append(" about as much with ")
                        .append(and(tier.subList(0, tier.size() - 1).stream()
                                .map(i -> quoted(findings, i))
                                .toList()))
                        .append(" as with ")
                        .append(quoted(findings, tier.get(tier.size() - 1)))
                        .append(" (down ")
                        .append(and(tier.stream().map(i -> loss(g, i) + " %").toList()))
                        .append(at)
                        .append(": the difference is within the model's uncertainty, so it cannot say which costs"
                                + " them more)");
            }
        }
        if (!g.spared().isEmpty()) {
            sb.append("; ")
                    .append(and(
                            g.spared().stream().map(i -> quoted(findings, i)).toList()))
                    .append(g.spared().size() == 1 ? " costs" : " cost")
                    .append(" them nothing");
        }
        return sb.append('.').toString();
    }

    /** How the options compare on the chosen measure: lowest, highest at the end, back to 95 %. */
    private static List<String> chosen(List<ScenarioFindings> findings, Comparison c) {
        List<Trajectory> t = findings.stream().map(ScenarioFindings::trajectory).toList();
        String what = capitalise(measureName(c.measure()));
        List<String> lines = new ArrayList<>();
        // When every option shares a place, that is said plainly, not as "lowest in every scenario".
        boolean allLow = c.lowest().size() == findings.size();
        boolean allEnd = c.highestEnd().size() == findings.size();
        String low = allLow
                ? "every scenario goes down to " + span(t, c.measure(), c.lowest(), true) + " % of baseline at the"
                        + " lowest" + alikeAfter(c.lowest(), t, c.measure(), true)
                : "goes lowest " + where(findings, c.lowest()) + " (" + values(t, c.measure(), c.lowest(), true)
                        + " % of baseline" + alike(c.lowest(), t, c.measure(), true) + ")";
        String end = allEnd
                ? "all end " + (span(t, c.measure(), c.highestEnd(), false).startsWith("between") ? "" : "at ")
                        + span(t, c.measure(), c.highestEnd(), false) + " %"
                        + alikeAfter(c.highestEnd(), t, c.measure(), false)
                : "ends highest " + where(findings, c.highestEnd()) + " ("
                        + values(t, c.measure(), c.highestEnd(), false) + " %"
                        + alike(c.highestEnd(), t, c.measure(), false) + ")";
        lines.add(
                allLow
                        ? what + ": " + low + "; " + (allEnd ? end : "it " + end) + "."
                        : what + " " + low + (allEnd ? "; " : " and ") + end + ".");
        List<Integer> fell = c.fellBelow();
        if (fell.size() == 1) {
            MeasureSummary s = t.get(fell.get(0)).summary(c.measure());
            lines.add("Only " + quoted(findings, fell.get(0)) + " takes " + measureName(c.measure()) + " below "
                    + NumberText.whole(s.recoveryThresholdPercent()) + " % of baseline; it is back there "
                    + (s.daysToRecover().isPresent()
                            ? Words.duration(s.daysToRecover().getAsInt()) + " after the lowest point."
                            : "not within the scenario (" + NumberText.percent(s.endPercent()) + " % on day "
                                    + t.get(fell.get(0)).lastDay() + ")."));
        } else if (fell.size() > 1 && c.soonest().size() == findings.size()) {
            lines.add(what + " is back to 95 % of baseline "
                    + Words.duration(c.soonestDaysToRecover().getAsInt())
                    + " after the lowest point in every scenario alike.");
        } else if (fell.size() > 1 && c.soonestDaysToRecover().isPresent()) {
            lines.add(what + " is back to 95 % of baseline soonest " + where(findings, c.soonest()) + ", "
                    + Words.duration(c.soonestDaysToRecover().getAsInt()) + " after the lowest point"
                    + (fell.size() < findings.size() ? " (of the scenarios that fall below 95 %)" : "") + ".");
        }
        return lines;
    }

    /** ", alike within the model's uncertainty" when several options share a place with different values. */
    private static String alike(List<Integer> indices, List<Trajectory> t, Measure m, boolean lowest) {
        if (indices.size() < 2 || values(t, m, indices, lowest).indexOf('\u2013') < 0) {
            return "";
        }
        return ", alike within the model's uncertainty";
    }

    /** " (alike within the model's uncertainty)" when several options share a place with different values. */
    private static String alikeAfter(List<Integer> indices, List<Trajectory> t, Measure m, boolean lowest) {
        return alike(indices, t, m, lowest).isEmpty() ? "" : " (alike within the model's uncertainty)";
    }

    /** "between 97.6 and 99.2" or "88.7": the values of the options named, as a span. */
    private static String span(List<Trajectory> t, Measure m, List<Integer> indices, boolean lowest) {
        String v = values(t, m, indices, lowest);
        int dash = v.indexOf('\u2013');
        return dash < 0 ? v : "between " + v.substring(0, dash) + " and " + v.substring(dash + 1);
    }

    /** "89.7" or "89.7\u201390.1": the values of the options named. */
    private static String values(List<Trajectory> t, Measure m, List<Integer> indices, boolean lowest) {
        double[] v = indices.stream()
                .mapToDouble(i -> lowest
                        ? t.get(i).summary(m).lowestPercent()
                        : t.get(i).summary(m).endPercent())
                .toArray();
        String lo = NumberText.percent(Arrays.stream(v).min().orElseThrow());
        String hi = NumberText.percent(Arrays.stream(v).max().orElseThrow());
        return lo.equals(hi) ? lo : lo + "\u2013" + hi;
    }

    /** A measure as a sentence names it: "overall strength", "strength of the back muscles (trunk extensors)". */
    private static String measureName(Measure m) {
        if (!m.ofMuscle()) {
            // "aerobic capacity (VO2max)", "bone density, total hip"
            return Character.toLowerCase(m.label().charAt(0)) + m.label().substring(1);
        }
        String outcome = m.outcome() == Outcome.STRENGTH ? "strength" : "muscle size";
        return m.group() == MuscleGroup.OVERALL ? "overall " + outcome : outcome + " of " + groupName(m.group());
    }

    private static String loss(GroupComparison g, int option) {
        return NumberText.whole(100 - g.lowestPercent().get(option));
    }

    private static String quoted(List<ScenarioFindings> findings, int option) {
        return "\u201c" + name(findings.get(option)) + "\u201d";
    }

    /** "a", "a and b", "a, b and c". */
    private static String and(List<String> parts) {
        return parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** Which muscle group loses most and least strength, in one line: every scenario agrees on it. */
    private static List<String> mostAndLeast(List<ScenarioFindings> findings) {
        ScenarioFindings first = findings.get(0);
        String most = range(
                findings.stream().mapToDouble(f -> f.mostLoss().lossPoints()).toArray());
        String least = range(
                findings.stream().mapToDouble(f -> f.leastLoss().lossPoints()).toArray());
        return List.of(capitalise(groupName(first.mostLoss())) + " lose" + (plural(first.mostLoss()) ? "" : "s")
                + " most strength" + (findings.size() > 1 ? " in every scenario" : "") + " (down " + most
                + " % at the lowest); " + groupName(first.leastLoss()) + " least ("
                + (least.equals("0") ? "hardly any" : "down " + least + " %") + ").");
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

    // ---- for a patient --------------------------------------------------------------------------

    /**
     * {@return a scenario's plan in everyday words: "2 weeks in bed, then 6 weeks of normal life."}
     *
     * @param scenario the scenario
     */
    public static String planForPatient(Scenario scenario) {
        List<String> parts = new ArrayList<>();
        for (Phase p : scenario.phases()) {
            String part = Words.duration(p.days()) + " " + placeForPatient(p.mobility());
            if (!p.exercise().isEmpty()) {
                part += " with " + Words.exercise(p.exercise().get(0))
                        + (p.exercise().size() > 1 ? " and more exercise" : "");
            }
            parts.add(part);
        }
        return capitalise(String.join(", then ", parts)) + ".";
    }

    private static String placeForPatient(Mobility mobility) {
        return switch (mobility) {
            case BED_REST -> "in bed";
            case LUMBAR_BRACE -> "in a back brace";
            case LEG_CAST -> "in a leg cast";
            case LIMB_SUSPENSION -> "on crutches, one leg off the ground";
            case SEDENTARY -> "of very little walking";
            case NORMAL -> "of normal life";
        };
    }

    /**
     * {@return what the options do to fitness, in two short sentences for a patient, when one of
     * them costs at least {@value #PATIENT_FITNESS_POINTS} % of aerobic capacity: "Staying still also
     * lowers fitness, how much oxygen your body can use: by about 14% with “Bed rest”. It comes back
     * 12 days after the low point."; empty otherwise}
     *
     * @param options the simulated options
     */
    public static java.util.Optional<String> fitnessForPatient(List<Trajectory> options) {
        Trajectory worst = options.stream()
                .min(Comparator.comparingDouble(t -> t.summary(Measure.VO2MAX).lowestPercent()))
                .orElseThrow();
        MeasureSummary s = worst.summary(Measure.VO2MAX);
        long loss = Math.round(100 - s.lowestPercent());
        if (loss < PATIENT_FITNESS_POINTS) {
            return java.util.Optional.empty();
        }
        String back = s.daysToRecover().isPresent()
                ? " It comes back " + Words.duration(s.daysToRecover().getAsInt()) + " after the low point."
                : "";
        return java.util.Optional.of("Staying still also lowers fitness, how much oxygen your body can use: by about "
                + loss + "%"
                + (options.size() > 1 ? " with \u201c" + worst.scenario().name() + "\u201d" : "") + "."
                + back);
    }

    /** The least loss of aerobic capacity (% of baseline) a patient handout speaks of. */
    public static final int PATIENT_FITNESS_POINTS = 3;

    /**
     * {@return what one option does to the muscles, in a few short sentences for a patient:
     * "After 2 weeks in bed, your leg muscles are about 14% weaker. All muscles get weaker, the
     * calf muscles most (about 19%). With normal life, they are nearly back to normal 17 days
     * later."}
     *
     * @param f the option's findings
     */
    public static String forPatient(ScenarioFindings f) {
        Scenario scenario = f.trajectory().scenario();
        if (f.costsNothing()) {
            return Math.round(f.legChangePercent()) > 0
                    ? "No muscle gets weaker. Your leg muscles even get a little stronger."
                    : "No muscle gets weaker.";
        }
        MuscleGroup lead = f.lead().group();
        String muscles = patientName(lead);
        long loss = Math.round(-f.leadChangePercent());
        StringBuilder sb = new StringBuilder();
        if (f.disusePhase().isPresent()) {
            Phase phase = scenario.phases().get(f.disusePhase().getAsInt());
            sb.append("After ");
            for (int i : f.earlierEpisodes()) {
                Phase earlier = scenario.phases().get(i);
                sb.append(Words.duration(earlier.days()))
                        .append(' ')
                        .append(placeForPatient(earlier.mobility()))
                        .append(" and, later, ");
            }
            sb.append(Words.duration(phase.days()))
                    .append(' ')
                    .append(placeForPatient(phase.mobility()))
                    .append(illnessForPatient(scenario))
                    .append(", ");
        } else {
            sb.append("After ").append(Words.duration(f.referenceDay())).append(", ");
        }
        sb.append("your ")
                .append(muscles)
                .append(loss == 0 ? " have hardly changed." : " are about " + loss + "% weaker.");
        // Which muscles are weaker is said of the day the sentence describes, not of another episode.
        List<GroupChange> onDay = f.strengthOnReferenceDay();
        List<GroupChange> losing = f.groupsDownOnReferenceDay();
        GroupChange most = onDay.get(0);
        if (!lead.equals(MuscleGroup.KNEE_EXTENSORS)) {
            sb.append(" Your legs stay as strong as before.");
        } else if (losing.size() == onDay.size() && !most.measure().group().equals(lead)) {
            sb.append(" All muscles get weaker, the ")
                    .append(patientName(most.measure().group()))
                    .append(" most (about ")
                    .append(whole(most.lossPoints()))
                    .append("%).");
        }
        MeasureSummary summary = f.leadSummary();
        if (f.leadDaysBackAfterDisuse().isPresent() && f.recoveryPhase().isPresent()) {
            int back = f.leadDaysBackAfterDisuse().getAsInt();
            OptionalInt regime = f.regime(f.referenceDay(), f.referenceDay() + back);
            sb.append(
                            regime.isPresent()
                                    ? " With "
                                            + afterwardsForPatient(
                                                    scenario.phases().get(regime.getAsInt())) + ", they are"
                                    : " They are")
                    .append(" nearly back to normal ")
                    .append(Words.duration(f.leadDaysBackAfterDisuse().getAsInt()))
                    .append(" later.");
        } else if (Math.round(100 - summary.endPercent()) <= 0) {
            sb.append(" By the end, they are back to normal.");
        } else if (!summary.fellBelowThreshold()) {
            sb.append(" By the end, they are nearly back to normal.");
        } else {
            sb.append(" At the end, they are still about ")
                    .append(whole(100 - summary.endPercent()))
                    .append("% weaker.");
        }
        return sb.toString();
    }

    /** Where the illness put the person, as the clinician sentence says it: " in intensive care", or "". */
    private static String illnessForPatient(Scenario scenario) {
        return switch (scenario.subject().condition()) {
            case CRITICAL_ILLNESS -> " in intensive care";
            case ACUTE_ILLNESS -> " in hospital with an illness";
            case SURGERY -> " after surgery or a broken bone";
            case HEALTHY -> "";
        };
    }

    /** What the phase after the disuse brings, for a patient: "normal life", "30 minutes of ...". */
    private static String afterwardsForPatient(Phase phase) {
        if (!phase.exercise().isEmpty()) {
            return Words.exercise(phase.exercise().get(0));
        }
        return switch (phase.mobility()) {
            case NORMAL -> "normal life";
            case SEDENTARY -> "very little walking";
            case BED_REST -> "more time in bed";
            case LEG_CAST -> "the leg still in a cast";
            case LIMB_SUSPENSION -> "the leg still off the ground";
            case LUMBAR_BRACE -> "the brace still on";
        };
    }

    /**
     * {@return how the options compare on one measure, for a patient, never ranking options the
     * model cannot tell apart: "\u201cA\u201d and \u201cB\u201d weaken your back muscles by about
     * the same amount (5 to 7% at the lowest point). The model cannot say which is worse. \u201cC\u201d does not
     * weaken them."}
     *
     * @param findings the options' findings
     * @param g the comparison on the measure shown
     */
    public static List<String> forPatient(OptionFindings findings, GroupComparison g) {
        List<ScenarioFindings> options = findings.options();
        Measure m = g.measure();
        String verb = m.outcome() == Outcome.STRENGTH ? "weaken" : "shrink";
        String what = patientName(m.group());
        List<String> lines = new ArrayList<>();
        List<List<Integer>> tiers = g.tiers();
        int losing = tiers.stream().mapToInt(List::size).sum();
        for (int t = 0; t < tiers.size(); t++) {
            List<Integer> tier = tiers.get(t);
            String names = and(tier.stream().map(i -> quoted(options, i)).toList());
            if (tier.size() > 1) {
                List<Long> losses = tier.stream()
                        .map(i -> Math.round(100 - g.lowestPercent().get(i)))
                        .sorted()
                        .toList();
                long lo = losses.get(0);
                long hi = losses.get(losses.size() - 1);
                String after = endForPatient(options, tier, g);
                lines.add(names + " " + verb + " your " + what + " by about the same amount ("
                        + (lo == hi ? lo + "%" : lo + " to " + hi + "%")
                        + " at the lowest point)."
                        + (after.isEmpty() ? " The model cannot say which is worse." : " " + after));
            } else {
                String amount = " (about " + whole(100 - g.lowestPercent().get(tier.get(0))) + "%).";
                if (losing == 1) {
                    lines.add("Only " + names + " " + verb + "s your " + what + amount);
                } else if (t == 0) {
                    lines.add(names + " " + verb + "s your " + what + " the most" + amount);
                } else {
                    lines.add(names + " " + verb + "s them less" + amount);
                }
            }
        }
        if (!g.spared().isEmpty()) {
            List<String> names =
                    g.spared().stream().map(i -> quoted(options, i)).toList();
            lines.add(and(names) + (names.size() == 1 ? " does not " : " do not ") + verb + " them.");
        }
        return lines;
    }

    /**
     * {@return how options that cost about the same at their lowest point differ by the end, when
     * the model can tell ({@link GroupComparison#highestEnd()}, judged against its uncertainty, or
     * {@link GroupComparison#likelyHighestEnd()}, said as likely): "By the end, \u201cA\u201d probably
     * leaves them about 5% stronger than before; \u201cB\u201d leaves them about 1% weaker."; empty
     * when it cannot tell them apart there either}
     */
    private static String endForPatient(List<ScenarioFindings> options, List<Integer> tier, GroupComparison g) {
        List<Integer> sure = tier.stream().filter(g.highestEnd()::contains).toList();
        List<Integer> likely =
                tier.stream().filter(g.likelyHighestEnd()::contains).toList();
        boolean surely = !sure.isEmpty() && sure.size() < tier.size();
        List<Integer> best = surely ? sure : likely;
        if (best.isEmpty() || best.size() == tier.size()) {
            return "";
        }
        List<Integer> rest = tier.stream().filter(i -> !best.contains(i)).toList();
        return "By the end, " + endWords(options, best, g.measure(), surely ? "" : "probably ") + "; "
                + endWords(options, rest, g.measure(), "") + ".";
    }

    /** "\u201cA\u201d leaves them about 5% stronger than before", for one or several options. */
    private static String endWords(List<ScenarioFindings> options, List<Integer> which, Measure m, String hedge) {
        List<Long> ends = which.stream()
                .map(i -> Math.round(options.get(i).trajectory().summary(m).endPercent() - 100))
                .sorted()
                .toList();
        long lo = ends.get(0);
        long hi = ends.get(ends.size() - 1);
        boolean strength = m.outcome() == Outcome.STRENGTH;
        String change;
        if (lo >= 1) {
            change = "about " + (lo == hi ? lo : lo + " to " + hi) + "% " + (strength ? "stronger" : "bigger")
                    + " than before";
        } else if (hi <= -1) {
            change = "about " + (lo == hi ? -lo : -hi + " to " + -lo) + "% " + (strength ? "weaker" : "smaller");
        } else if (lo == 0 && hi == 0) {
            change = strength ? "as strong as before" : "as big as before";
        } else {
            change = "within " + Math.max(Math.abs(lo), Math.abs(hi)) + "% of before";
        }
        return and(which.stream().map(i -> quoted(options, i)).toList()) + " " + hedge
                + (which.size() == 1 ? "leaves" : "leave") + " them " + change;
    }

    /**
     * {@return what a patient can take from the options, said only where the findings show it:
     * which options keep every muscle as strong as before, what time in bed costs, that strength
     * comes back with activity, and always to talk to a physiotherapist or doctor}
     *
     * @param findings the options' findings
     */
    public static List<String> adviceForPatient(OptionFindings findings) {
        List<ScenarioFindings> options = findings.options();
        List<String> lines = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).costsNothing()) {
                free.add(i);
            }
        }
        if (!free.isEmpty() && free.size() < options.size()) {
            lines.add("Keep moving. Of these choices, "
                    + and(free.stream().map(i -> quoted(options, i)).toList())
                    + " kept every muscle as strong as before.");
        } else if (!free.isEmpty()) {
            lines.add("Keep moving. " + (options.size() == 1 ? "This plan keeps" : "These choices kept")
                    + " every muscle as strong as before.");
        }
        for (ScenarioFindings f : options) {
            // Only a lone episode: after an earlier one, the loss on its last day is not the bed's alone.
            if (f.disusePhase().isPresent()
                    && !f.costsNothing()
                    && f.earlierEpisodes().isEmpty()) {
                Phase phase =
                        f.trajectory().scenario().phases().get(f.disusePhase().getAsInt());
                if (phase.mobility() == Mobility.BED_REST) {
                    lines.add("Time in bed weakens muscles fast: your "
                            + patientName(f.lead().group()) + " lose about " + whole(-f.leadChangePercent()) + "% in "
                            + Words.duration(phase.days())
                            + illnessForPatient(f.trajectory().scenario()) + ".");
                    break;
                }
            }
        }
        for (ScenarioFindings f : options) {
            if (f.leadDaysBackAfterDisuse().isPresent() && f.recoveryPhase().isPresent()) {
                lines.add("Lost strength comes back with activity, but slowly: "
                        + Words.duration(f.leadDaysBackAfterDisuse().getAsInt()) + " in "
                        + quoted(options, options.indexOf(f)) + ".");
                break;
            }
        }
        lines.add("Talk to your physiotherapist or doctor about what is right for you.");
        return lines;
    }

    /**
     * {@return how sure the figures are, in words a patient can follow: that they are about
     * muscle strength (and fitness, when the sheet speaks of it; nothing about pain), a best guess
     * for an average adult, and which options no study measured (options the model cannot tell apart are said to be so where
     * they are compared, {@link #forPatient(OptionFindings, GroupComparison)})}
     *
     * @param findings the options' findings
     * @param beyondStudies the options whose plan goes beyond what the studies measured (indices)
     * @param fitness whether the sheet also speaks of fitness ({@link #fitnessForPatient})
     */
    public static List<String> certaintyForPatient(
            OptionFindings findings, List<Integer> beyondStudies, boolean fitness) {
        List<String> lines = new ArrayList<>();
        lines.add("This sheet is about muscle strength" + (fitness ? " and fitness" : " only")
                + ". It says nothing about pain or how fast you heal.");
        lines.add("These numbers are a best guess for an average adult. They come from studies of mostly healthy"
                + " people. Your own muscles may change more or less.");
        if (!beyondStudies.isEmpty()) {
            lines.add("No study has measured "
                    + and(beyondStudies.stream()
                            .map(i -> quoted(findings.options(), i))
                            .toList())
                    + " directly. " + (beyondStudies.size() == 1 ? "Its" : "Their") + " numbers are a rougher guess.");
        }
        return lines;
    }

    /**
     * {@return whom the figures are for, in everyday words: "a 40-year-old man who is healthy"}
     *
     * @param subject the person simulated
     */
    public static String personForPatient(Subject subject) {
        String who = subject.sex() == null ? "person" : subject.sex() == Sex.FEMALE ? "woman" : "man";
        String state =
                switch (subject.condition()) {
                    case HEALTHY -> "is healthy";
                    case CRITICAL_ILLNESS -> "is in intensive care";
                    case ACUTE_ILLNESS -> "is in hospital with an illness";
                    case SURGERY -> "has had surgery or a broken bone";
                };
        return "a " + subject.ageYears() + "-year-old " + who + " who " + state;
    }

    /**
     * {@return a measure as a patient would name it: "back muscle strength"}
     *
     * @param measure the measure
     */
    public static String measureForPatient(Measure measure) {
        String group =
                switch (measure.group()) {
                    case KNEE_EXTENSORS -> "leg muscle";
                    case PLANTAR_FLEXORS -> "calf muscle";
                    case TRUNK_EXTENSORS -> "back muscle";
                    case TRUNK_FLEXORS -> "stomach muscle";
                    case HANDGRIP -> "grip";
                    case OVERALL -> "muscle";
                };
        return group + (measure.outcome() == Outcome.STRENGTH ? " strength" : " size");
    }

    /** A muscle group as a patient names it, plural: "leg muscles", "back muscles". */
    private static String patientName(MuscleGroup group) {
        return switch (group) {
            case KNEE_EXTENSORS -> "leg muscles";
            case PLANTAR_FLEXORS -> "calf muscles";
            case TRUNK_EXTENSORS -> "back muscles";
            case TRUNK_FLEXORS -> "stomach muscles";
            case HANDGRIP -> "hand muscles";
            case OVERALL -> "muscles";
        };
    }
}
