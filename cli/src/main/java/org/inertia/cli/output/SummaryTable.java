package org.inertia.cli.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * The summary printed after a run or a comparison, as a plain-text table: how low a measure goes
 * and on which day, where it ends, and when it is back to 95 % of baseline. For a population, each
 * cell is the median across subjects with the band in brackets, "81.2 [74.0-87.3]". Percentages
 * have one decimal. Text from scenario files is made safe for the terminal ({@link TerminalText}).
 */
public final class SummaryTable {

    private static final String LOWEST = "Lowest %";
    private static final String DAY = "Day";
    private static final String END = "End %";

    /** What the last column of a population table counts, to print under it. */
    public static final String POPULATION_FOOTNOTE = "Days to recover: from each subject's lowest day back to "
            + threshold(MeasureSummary.DEFAULT_RECOVERY_PERCENT) + " % of baseline; 0: never below it;"
            + " 'not back': not within the scenario.";

    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();

    private SummaryTable(List<String> headers) {
        this.headers = headers;
    }

    /**
     * {@return the strength of every muscle group and overall, one row each}
     *
     * @param trajectory a simulated scenario
     */
    public static SummaryTable ofGroups(Trajectory trajectory) {
        SummaryTable table = new SummaryTable(
                List.of("Muscle group", LOWEST, DAY, END, backTo(MeasureSummary.DEFAULT_RECOVERY_PERCENT)));
        for (MuscleGroup group : MuscleGroup.values()) {
            table.add(group.label(), trajectory.summary(new Measure(Outcome.STRENGTH, group)));
        }
        return table;
    }

    /**
     * {@return one measure of several scenarios, one row each}
     *
     * @param trajectories the simulated scenarios
     * @param measure the measure to summarise
     */
    public static SummaryTable ofScenarios(List<Trajectory> trajectories, Measure measure) {
        SummaryTable table = new SummaryTable(
                List.of("Scenario", LOWEST, DAY, END, backTo(MeasureSummary.DEFAULT_RECOVERY_PERCENT)));
        for (Trajectory t : trajectories) {
            table.add(t.scenario().name(), t.summary(measure));
        }
        return table;
    }

    /**
     * {@return the strength of every muscle group and overall in a population, one row each:
     * the median and band across subjects of the lowest value, of the end value and of the days
     * to recover}
     *
     * @param population a population run that summarised every strength measure
     */
    public static SummaryTable ofPopulationGroups(PopulationResult population) {
        SummaryTable table = new SummaryTable(populationHeaders("Muscle group", population));
        for (MuscleGroup group : MuscleGroup.values()) {
            table.add(group.label(), population, new Measure(Outcome.STRENGTH, group));
        }
        return table;
    }

    /**
     * {@return measures of a population, one row each, labelled by measure}
     *
     * @param population a population run
     * @param measures measures it summarised
     */
    public static SummaryTable ofPopulationMeasures(PopulationResult population, List<Measure> measures) {
        SummaryTable table = new SummaryTable(populationHeaders("Measure", population));
        for (Measure m : measures) {
            table.add(m.label(), population, m);
        }
        return table;
    }

    /**
     * {@return one measure of several populations, one row per scenario}
     *
     * @param populations population runs with the same band
     * @param measure a measure each summarised
     */
    public static SummaryTable ofPopulations(List<PopulationResult> populations, Measure measure) {
        SummaryTable table = new SummaryTable(populationHeaders("Scenario", populations.get(0)));
        for (PopulationResult p : populations) {
            table.add(p.scenario().name(), p, measure);
        }
        return table;
    }

    private static List<String> populationHeaders(String label, PopulationResult p) {
        String band = " (median [" + percentile(p.lowerPercentile()) + "-" + percentile(p.upperPercentile()) + "])";
        return List.of(label, LOWEST + band, END + band, "Days to recover" + band);
    }

    private void add(String label, PopulationResult p, Measure m) {
        int k = p.indexOf(m);
        int last = p.median()[k].length - 1;
        double lo = p.lowerPercentile();
        double hi = p.upperPercentile();
        rows.add(new String[] {
            TerminalText.oneLine(label),
            spread(
                    percent(p.lowestPercentile(m, 50)),
                    percent(p.lowestPercentile(m, lo)),
                    percent(p.lowestPercentile(m, hi))),
            spread(percent(p.median()[k][last]), percent(p.lower()[k][last]), percent(p.upper()[k][last])),
            spread(
                    days(p.daysToRecoverPercentile(m, 50)),
                    days(p.daysToRecoverPercentile(m, lo)),
                    days(p.daysToRecoverPercentile(m, hi)))
        });
    }

    /** "81.2 [74.0-87.3]". */
    private static String spread(String median, String lower, String upper) {
        return median + " [" + lower + "-" + upper + "]";
    }

    /** Whole days, or "not back" for a percentile beyond the subjects who recovered (NaN). */
    private static String days(double days) {
        return Double.isNaN(days) ? "not back" : Long.toString(Math.round(days));
    }

    /** A percentile as written in headers: "5", "2.5". */
    private static String percentile(double q) {
        return BigDecimal.valueOf(q).stripTrailingZeros().toPlainString();
    }

    private void add(String label, MeasureSummary s) {
        rows.add(new String[] {
            TerminalText.oneLine(label),
            percent(s.lowestPercent()),
            Integer.toString(s.lowestDay()),
            percent(s.endPercent()),
            recovery(s)
        });
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

    /** {@return the number of rows} */
    public int rowCount() {
        return rows.size();
    }

    /**
     * {@return the table as text: a header, a rule, and one line per row; labels and the last
     * column left-aligned, numbers right-aligned; every line ends with a line break}
     */
    public String render() {
        int columns = headers.size();
        int[] width = new int[columns];
        for (int c = 0; c < columns; c++) {
            width[c] = headers.get(c).length();
            for (String[] row : rows) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers.toArray(String[]::new), width);
        String[] rule = new String[columns];
        for (int c = 0; c < columns; c++) {
            rule[c] = "-".repeat(width[c]);
        }
        line(sb, rule, width);
        for (String[] row : rows) {
            line(sb, row, width);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append("  ");
            }
            boolean right = c > 0 && c < cells.length - 1;
            String pad = " ".repeat(width[c] - cells[c].length());
            line.append(right ? pad + cells[c] : cells[c] + pad);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    private static String backTo(double thresholdPercent) {
        return "Back to " + threshold(thresholdPercent) + " %";
    }

    private static String threshold(double percent) {
        return percent == Math.rint(percent)
                ? Long.toString((long) percent)
                : String.format(Locale.ROOT, "%.1f", percent);
    }

    /**
     * {@return a percentage with one decimal, '.' as separator}
     *
     * @param value a value in %
     */
    public static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
