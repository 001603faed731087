package org.inertia.cli.output;

import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * The summary printed after a run or a comparison, as a plain-text table: the cells of {@link
 * SummaryCells}, which computes every header and figure, laid out for the terminal with a header, a
 * rule and aligned columns.
 */
public final class SummaryTable {

    /** What the last column of a population table counts, to print under it. */
    public static final String POPULATION_FOOTNOTE = "Days to recover: from each subject's lowest day back to "
            + SummaryCells.threshold(MeasureSummary.DEFAULT_RECOVERY_PERCENT) + " % of baseline; 0: never below it;"
            + " 'not back': not within the scenario.";

    private final SummaryCells cells;

    /**
     * A table of the given cells.
     *
     * @param cells the header and rows to lay out
     */
    public SummaryTable(SummaryCells cells) {
        this.cells = cells;
    }

    /**
     * {@return the strength of every muscle group and overall, one row each}
     *
     * @param trajectory a simulated scenario
     */
    public static SummaryTable ofGroups(Trajectory trajectory) {
        return new SummaryTable(SummaryCells.ofGroups(trajectory));
    }

    /**
     * {@return one outcome of every muscle group and overall, one row each, a "Back to X %" column
     * per threshold}
     *
     * @param trajectory a simulated scenario
     * @param outcome strength or muscle size
     * @param thresholds the recovery thresholds (% of baseline)
     */
    public static SummaryTable ofGroups(Trajectory trajectory, Outcome outcome, List<Double> thresholds) {
        return new SummaryTable(SummaryCells.ofGroups(trajectory, outcome, thresholds));
    }

    /**
     * {@return one measure of several scenarios, one row each, a "Back to X %" column per threshold}
     *
     * @param trajectories the simulated scenarios
     * @param measure the measure to summarise
     * @param thresholds the recovery thresholds (% of baseline)
     */
    public static SummaryTable ofScenarios(List<Trajectory> trajectories, Measure measure, List<Double> thresholds) {
        return new SummaryTable(SummaryCells.ofScenarios(trajectories, measure, thresholds));
    }

    /**
     * {@return one measure of several scenarios, one row each}
     *
     * @param trajectories the simulated scenarios
     * @param measure the measure to summarise
     */
    /**
     * {@return some measures of one scenario, one row each; see {@link SummaryCells#ofMeasures}}
     *
     * @param trajectory a simulated scenario
     * @param measures the measures
     * @param thresholds the recovery thresholds (% of baseline)
     */
    public static SummaryTable ofMeasures(Trajectory trajectory, List<Measure> measures, List<Double> thresholds) {
        return new SummaryTable(SummaryCells.ofMeasures(trajectory, measures, thresholds));
    }

    public static SummaryTable ofScenarios(List<Trajectory> trajectories, Measure measure) {
        return new SummaryTable(SummaryCells.ofScenarios(trajectories, measure));
    }

    /**
     * {@return the strength of every muscle group and overall in a population, one row each:
     * the median and band across subjects of the lowest value, of the end value and of the days
     * to recover}
     *
     * @param population a population run that summarised every strength measure
     */
    public static SummaryTable ofPopulationGroups(PopulationResult population) {
        return new SummaryTable(SummaryCells.ofPopulationGroups(population));
    }

    /**
     * {@return measures of a population, one row each, labelled by measure}
     *
     * @param population a population run
     * @param measures measures it summarised
     */
    public static SummaryTable ofPopulationMeasures(PopulationResult population, List<Measure> measures) {
        return new SummaryTable(SummaryCells.ofPopulationMeasures(population, measures));
    }

    /**
     * {@return one measure of several populations, one row per scenario}
     *
     * @param populations population runs with the same band
     * @param measure a measure each summarised
     */
    public static SummaryTable ofPopulations(List<PopulationResult> populations, Measure measure) {
        return new SummaryTable(SummaryCells.ofPopulations(populations, measure));
    }

    /** {@return the number of rows} */
    public int rowCount() {
        return cells.rows().size();
    }

    /**
     * {@return the table as text: a header, a rule, and one line per row; labels and the last
     * column left-aligned, numbers right-aligned; every line ends with a line break}
     */
    public String render() {
        List<String> header = cells.header();
        int columns = header.size();
        int[] width = new int[columns];
        for (int c = 0; c < columns; c++) {
            width[c] = header.get(c).length();
            for (List<String> row : cells.rows()) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        boolean[] words = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            // Labels, the last column and every "Back to X %" column are words: left-aligned.
            words[c] = c == 0 || c == columns - 1 || SummaryCells.isWords(header.get(c));
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width, words);
        String[] rule = new String[columns];
        for (int c = 0; c < columns; c++) {
            rule[c] = "-".repeat(width[c]);
        }
        line(sb, List.of(rule), width, words);
        for (List<String> row : cells.rows()) {
            line(sb, row, width, words);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width, boolean[] words) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            boolean right = !words[c];
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(right ? pad + cell : cell + pad);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }
}
