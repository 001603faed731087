package org.inertia.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * The summary of {@code inertia run} and {@code inertia compare} as cells rather than text, for
 * web pages and HTML reports: the same headers and the same formatting as {@link SummaryTable}
 * (one decimal for percentages, {@link SummaryTable#recovery} for the last column), so a page and
 * the terminal always show the same figures. Cells are plain text: whoever renders them escapes.
 *
 * @param header the column titles
 * @param rows one list of cells per row, as many as there are columns
 */
public record SummaryCells(List<String> header, List<List<String>> rows) {

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
            rows.add(row(group.label(), trajectory.summary(new Measure(Outcome.STRENGTH, group))));
        }
        return new SummaryCells(header("Muscle group"), rows);
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
            rows.add(row(t.scenario().name(), t.summary(measure)));
        }
        return new SummaryCells(header("Scenario"), rows);
    }

    private static List<String> header(String label) {
        double threshold = MeasureSummary.DEFAULT_RECOVERY_PERCENT;
        String back = threshold == Math.rint(threshold)
                ? Long.toString((long) threshold)
                : String.format(Locale.ROOT, "%.1f", threshold);
        return List.of(label, "Lowest %", "Day", "End %", "Back to " + back + " %");
    }

    private static List<String> row(String label, MeasureSummary s) {
        return List.of(
                TerminalText.oneLine(label),
                SummaryTable.percent(s.lowestPercent()),
                Integer.toString(s.lowestDay()),
                SummaryTable.percent(s.endPercent()),
                SummaryTable.recovery(s));
    }
}
