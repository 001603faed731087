package org.inertia.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inertia.sim.findings.Recovery;
import org.inertia.sim.measure.Baseline;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * The summary of {@code inertia run} and {@code inertia compare} as cells: how low a measure goes
 * and on which day, where it ends, and when it is back to 95 % of baseline; for a population, each
 * cell is the median across subjects with the band in brackets, "81.2 [74.0-87.3]"; where a single
 * run's scenario gives the measure's baseline, a level is shown in its unit first, "29.8 kg (93.1 %)".
 * The one place
 * that writes the summary's headers and figures (one decimal for percentages, {@link #recovery} for
 * the last column): {@link SummaryTable} lays these cells out for the terminal, web pages and the
 * HTML report render them as tables, so every output shows the same figures. Cells are plain text
 * with scenario names made safe for the terminal ({@link TerminalText}); whoever renders them
 * escapes.
 *
 * @param header the column titles
 * @param rows one list of cells per row, as many as there are columns
 */
public record SummaryCells(List<String> header, List<List<String>> rows) {

    private static final String LOWEST = "Lowest %";
    private static final String DAY = "Day";
    private static final String END = "End %";
    private static final String BACK_TO = "Back to ";

    /** The recovery column when none is asked for: back to 95 % of baseline. */
    private static final List<Double> DEFAULT_THRESHOLDS = List.of(MeasureSummary.DEFAULT_RECOVERY_PERCENT);

    /**
     * Copies the lists and checks that every row has a cell per column.
     *
     * @param header the column titles
     * @param rows one list of cells per row, as many as there are columns
     */
    public SummaryCells {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(
                        "row has " + row.size() + " cells, the table " + header.size() + " columns");
            }
        }
    }

    /**
     * {@return the strength of every muscle group and overall, one row each, as {@code inertia run} prints it}
     *
     * @param trajectory a simulated scenario
     */
    public static SummaryCells ofGroups(Trajectory trajectory) {
        List<List<String>> rows = new ArrayList<>();
        for (MuscleGroup group : MuscleGroup.values()) {
            Measure m = new Measure(Outcome.STRENGTH, group);
            rows.add(row(group.label(), trajectory, m, DEFAULT_THRESHOLDS));
        }
        return new SummaryCells(header("Muscle group", DEFAULT_THRESHOLDS), rows);
    }

    /**
     * {@return one measure of several scenarios, one row each, as {@code inertia compare} prints it}
     *
     * @param trajectories the simulated scenarios
     * @param measure the measure to summarise
     */
    public static SummaryCells ofScenarios(List<Trajectory> trajectories, Measure measure) {
        List<List<String>> rows = new ArrayList<>();
        for (Trajectory t : trajectories) {
            rows.add(row(t.scenario().name(), t, measure, DEFAULT_THRESHOLDS));
        }
        return new SummaryCells(header("Scenario", DEFAULT_THRESHOLDS), rows);
    }

    /**
     * {@return one outcome (strength or muscle size) of every muscle group and overall, one row
     * each, with one "Back to X %" column per recovery threshold ({@link #recovery(Recovery)})}
     *
     * @param trajectory a simulated scenario
     * @param outcome strength or muscle size
     * @param thresholds the recovery thresholds (% of baseline), in order
     */
    public static SummaryCells ofGroups(Trajectory trajectory, Outcome outcome, List<Double> thresholds) {
        List<List<String>> rows = new ArrayList<>();
        for (MuscleGroup group : MuscleGroup.values()) {
            rows.add(row(group.label(), trajectory, new Measure(outcome, group), thresholds));
        }
        return new SummaryCells(header("Muscle group", thresholds), rows);
    }

    /**
     * {@return some measures of one scenario, one row each labelled by measure, with one "Back to X
     * %" column per recovery threshold: aerobic capacity and bone density, which have no groups}
     *
     * @param trajectory a simulated scenario
     * @param measures the measures to summarise
     * @param thresholds the recovery thresholds (% of baseline), in order
     */
    public static SummaryCells ofMeasures(Trajectory trajectory, List<Measure> measures, List<Double> thresholds) {
        List<List<String>> rows = new ArrayList<>();
        for (Measure m : measures) {
            rows.add(row(m.label(), trajectory, m, thresholds));
        }
        return new SummaryCells(header("Measure", thresholds), rows);
    }

    /**
     * {@return one measure of several scenarios, one row each, with one "Back to X %" column per
     * recovery threshold}
     *
     * @param trajectories the simulated scenarios
     * @param measure the measure to summarise
     * @param thresholds the recovery thresholds (% of baseline), in order
     */
    public static SummaryCells ofScenarios(List<Trajectory> trajectories, Measure measure, List<Double> thresholds) {
        List<List<String>> rows = new ArrayList<>();
        for (Trajectory t : trajectories) {
            rows.add(row(t.scenario().name(), t, measure, thresholds));
        }
        return new SummaryCells(header("Scenario", thresholds), rows);
    }

    /**
     * {@return when a measure is back at a threshold, in words: "day 12 (5 days after the lowest)",
     * "never below 100 %", or "not within the scenario (at 99.1 % on day 90)": how far short it
     * still is on the last day}
     *
     * @param r the measure's recovery to one threshold
     */
    public static String recovery(Recovery r) {
        if (r.notWithinScenario()) {
            return "not within the scenario (at "
                    + NumberText.percent(r.summary().endPercent()) + " % on day " + r.lastDay() + ")";
        }
        return recovery(r.summary());
    }

    /** Whether a column holds words rather than a number: the "Back to X %" columns. */
    static boolean isWords(String header) {
        return header.startsWith(BACK_TO);
    }

    private static List<String> header(String label, List<Double> thresholds) {
        List<String> header = new ArrayList<>(List.of(label, LOWEST, DAY, END));
        for (double t : thresholds) {
            header.add(BACK_TO + threshold(t) + " %");
        }
        return header;
    }

    private static List<String> row(String label, Trajectory t, Measure m, List<Double> thresholds) {
        MeasureSummary s = t.summary(m);
        Optional<Baseline> b = t.scenario().baseline(m);
        List<String> row = new ArrayList<>(List.of(
                TerminalText.oneLine(label),
                level(s.lowestPercent(), b),
                Integer.toString(s.lowestDay()),
                level(s.endPercent(), b)));
        for (Recovery r : Recovery.of(t, m, thresholds)) {
            row.add(recovery(r));
        }
        return row;
    }

    /**
     * {@return the strength of every muscle group and overall in a population, one row each: the
     * median and band across subjects of the lowest value, of the end value and of the days to
     * recover}
     *
     * @param population a population run that summarised every strength measure
     */
    public static SummaryCells ofPopulationGroups(PopulationResult population) {
        List<List<String>> rows = new ArrayList<>();
        for (MuscleGroup group : MuscleGroup.values()) {
            rows.add(populationRow(group.label(), population, new Measure(Outcome.STRENGTH, group)));
        }
        return new SummaryCells(populationHeader("Muscle group", population), rows);
    }

    /**
     * {@return measures of a population, one row each, labelled by measure}
     *
     * @param population a population run
     * @param measures measures it summarised
     */
    public static SummaryCells ofPopulationMeasures(PopulationResult population, List<Measure> measures) {
        List<List<String>> rows = new ArrayList<>();
        for (Measure m : measures) {
            rows.add(populationRow(m.label(), population, m));
        }
        return new SummaryCells(populationHeader("Measure", population), rows);
    }

    /**
     * {@return one measure of several populations, one row per scenario}
     *
     * @param populations population runs with the same band, at least one
     * @param measure a measure each summarised
     */
    public static SummaryCells ofPopulations(List<PopulationResult> populations, Measure measure) {
        List<List<String>> rows = new ArrayList<>();
        for (PopulationResult p : populations) {
            rows.add(populationRow(p.scenario().name(), p, measure));
        }
        return new SummaryCells(populationHeader("Scenario", populations.get(0)), rows);
    }

    /**
     * {@return when a measure is back at its threshold, in words: "day 12 (5 days after the
     * lowest)", "never below 95 %", or "not within the scenario"}
     *
     * @param s a measure's summary
     */
    public static String recovery(MeasureSummary s) {
        if (!s.fellBelowThreshold()) {
            return "never below " + threshold(s.recoveryThresholdPercent()) + " %";
        }
        if (s.recoveryDay().isEmpty()) {
            return "not within the scenario";
        }
        int days = s.daysToRecover().getAsInt();
        return "day " + s.recoveryDay().getAsInt() + " (" + days + (days == 1 ? " day" : " days")
                + " after the lowest)";
    }

    /** A recovery threshold as headers and sentences write it: "95", "97.5". */
    public static String threshold(double percent) {
        return percent == Math.rint(percent) ? NumberText.whole(percent) : NumberText.percent(percent);
    }

    /**
     * {@return a level as the summary shows it: "93.1" (% of baseline), or, where the scenario
     * gives the measure's baseline, the value in its unit first: "29.8 kg (93.1 %)" (issue 13)}
     *
     * @param percent the level (% of baseline)
     * @param baseline the measure's measured baseline, if any
     */
    public static String level(double percent, Optional<Baseline> baseline) {
        if (baseline.isEmpty()) {
            return NumberText.percent(percent);
        }
        Baseline b = baseline.get();
        return NumberText.significant(b.inUnit(percent), 3) + " " + TerminalText.oneLine(b.unit()) + " ("
                + NumberText.percent(percent) + " %)";
    }

    private static List<String> populationHeader(String label, PopulationResult p) {
        String band = " (median [" + NumberText.plain(p.lowerPercentile()) + "-" + NumberText.plain(p.upperPercentile())
                + "])";
        return List.of(label, LOWEST + band, END + band, "Days to recover" + band);
    }

    private static List<String> populationRow(String label, PopulationResult p, Measure m) {
        int k = p.indexOf(m);
        int last = p.days() - 1;
        double lo = p.lowerPercentile();
        double hi = p.upperPercentile();
        Optional<Baseline> b = p.scenario().baseline(m);
        return List.of(
                TerminalText.oneLine(label),
                levels(p.lowestPercentile(m, 50), p.lowestPercentile(m, lo), p.lowestPercentile(m, hi), b),
                levels(p.median(k, last), p.lower(k, last), p.upper(k, last), b),
                spread(
                        days(p.daysToRecoverPercentile(m, 50)),
                        days(p.daysToRecoverPercentile(m, lo)),
                        days(p.daysToRecoverPercentile(m, hi))));
    }

    /**
     * "81.2 [74.0-87.3]" (% of baseline), or with the measure's baseline "26.0 [23.7-27.9] kg (81.2
     * [74.0-87.3] %)".
     */
    private static String levels(double median, double lower, double upper, Optional<Baseline> baseline) {
        String percent = spread(NumberText.percent(median), NumberText.percent(lower), NumberText.percent(upper));
        if (baseline.isEmpty()) {
            return percent;
        }
        Baseline b = baseline.get();
        return spread(
                        NumberText.significant(b.inUnit(median), 3),
                        NumberText.significant(b.inUnit(lower), 3),
                        NumberText.significant(b.inUnit(upper), 3))
                + " " + TerminalText.oneLine(b.unit()) + " (" + percent + " %)";
    }

    /** "81.2 [74.0-87.3]". */
    private static String spread(String median, String lower, String upper) {
        return median + " [" + lower + "-" + upper + "]";
    }

    /** Whole days, or "not back" for a percentile beyond the subjects who recovered (NaN). */
    private static String days(double days) {
        return Double.isNaN(days) ? "not back" : NumberText.whole(days);
    }
}
