package org.inertia.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inertia.sim.model.Measure;
import org.inertia.sim.model.MuscleGroup;
import org.inertia.sim.model.Outcome;
import org.inertia.sim.simulation.MeasureSummary;
import org.inertia.sim.simulation.Trajectory;

/**
 * The summary printed after a run or a comparison, as a plain-text table: how low a measure goes
 * and on which day, where it ends, and when it is back to 95 % of baseline. Percentages have one
 * decimal. Text from scenario files is made safe for the terminal ({@link TerminalText}).
 */
public final class SummaryTable {

    private static final String LOWEST = "Lowest %";
    private static final String DAY = "Day";
    private static final String END = "End %";

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
        return "day " + s.recoveryDay().getAsInt() + " (" + days + (days == 1 ? " day" : " days") + " after the lowest)";
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
