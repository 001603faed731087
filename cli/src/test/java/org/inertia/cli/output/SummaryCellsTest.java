package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.DailyState;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;
import org.inertia.sim.trajectory.TrajectoryRecorder;
import org.junit.jupiter.api.Test;

/**
 * The summary as cells (for the page and the report), against cells written out by hand for a
 * trajectory whose daily states are given, not simulated: strength is mass times neural factor,
 * overall strength the mean of the five groups, so every lowest point, end value and recovery day
 * below can be checked with a pencil.
 */
class SummaryCellsTest {

    /**
     * Strength (% of baseline) of each group on days 0 to 5, and the mass and neural factor that
     * give it. Knee: falls to 80 on day 2, back above 95 on day 4. Calf: lowest on day 3 as mass
     * 0.8 times neural factor 1.1 = 88, not back by day 5. Back: never below 95. Abdominals: lowest
     * 94 on day 2, back on day 3. Handgrip: unchanged.
     */
    private static final double[][] MASS = {
        {1.00, 0.90, 0.80, 0.85, 0.96, 0.99}, // knee extensors
        {1.00, 0.95, 0.90, 0.80, 0.89, 0.90}, // plantar flexors
        {1.00, 0.99, 0.98, 0.97, 0.975, 0.98}, // trunk extensors
        {1.00, 0.96, 0.94, 0.955, 0.952, 0.96}, // trunk flexors
        {1.00, 1.00, 1.00, 1.00, 1.00, 1.00} // handgrip
    };

    private static final double[][] NEURAL = {
        {1, 1, 1, 1, 1, 1}, {1, 1, 1, 1.1, 1, 1}, {1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1}
    };

    // Overall strength by day, the mean of the five:
    //   day 1 (90 + 95 + 99 + 96 + 100) / 5 = 96.0     day 2 (80 + 90 + 98 + 94 + 100) / 5 = 92.4
    //   day 3 (85 + 88 + 97 + 95.5 + 100) / 5 = 93.1   day 4 (96 + 89 + 97.5 + 95.2 + 100) / 5 = 95.54
    //   day 5 (99 + 90 + 98 + 96 + 100) / 5 = 96.6
    // so lowest 92.4 on day 2, back at 95 or more on day 4.

    private static Trajectory handMade(String name, double[][] mass, double[][] neural) {
        int lastDay = mass[0].length - 1;
        Scenario scenario = Scenario.of(
                name,
                new Subject(40, null, Condition.HEALTHY),
                List.of(new Phase("Bed rest", lastDay, Mobility.BED_REST, List.of())));
        TrajectoryRecorder recorder = new TrajectoryRecorder(scenario);
        for (int d = 0; d <= lastDay; d++) {
            double[] state = new double[DailyState.STATES];
            for (int g = 0; g < mass.length; g++) {
                state[2 * g] = mass[g][d];
                state[2 * g + 1] = neural[g][d];
            }
            recorder.handleDay(new DailyState(d, 0, state));
        }
        return recorder.trajectory();
    }

    private static Trajectory flat(String name) {
        double[][] ones = new double[5][6];
        for (double[] row : ones) {
            Arrays.fill(row, 1.0);
        }
        return handMade(name, ones, ones);
    }

    @Test
    void groupCellsHoldTheLowestPointEndAndRecoveryOfEachGroup() {
        SummaryCells cells = SummaryCells.ofGroups(handMade("Hand-made", MASS, NEURAL));

        assertThat(cells.header()).containsExactly("Muscle group", "Lowest %", "Day", "End %", "Back to 95 %");
        assertThat(cells.rows())
                .containsExactly(
                        List.of("Knee extensors (quadriceps)", "80.0", "2", "99.0", "day 4 (2 days after the lowest)"),
                        List.of(
                                "Plantar flexors (calf)",
                                "88.0",
                                "3",
                                "90.0",
                                "not within the scenario (at 90.0 % on day 5)"),
                        List.of("Trunk extensors (back)", "97.0", "3", "98.0", "never below 95 %"),
                        List.of(
                                "Trunk flexors (abdominals, core)",
                                "94.0",
                                "2",
                                "96.0",
                                "day 3 (1 day after the lowest)"),
                        List.of("Handgrip (forearm)", "100.0", "0", "100.0", "never below 95 %"),
                        List.of(
                                "Overall (mean of the five groups)",
                                "92.4",
                                "2",
                                "96.6",
                                "day 4 (2 days after the lowest)"));
    }

    @Test
    void scenarioCellsHoldTheChosenMeasureOfEachScenarioInOrder() {
        List<Trajectory> ts = List.of(handMade("Hand-made", MASS, NEURAL), flat("Flat\nline"));

        SummaryCells overall = SummaryCells.ofScenarios(ts, Measure.OVERALL_STRENGTH);
        // Mass, not strength: the calf's mass bottoms out at 80 on day 3, where its strength is 88.
        SummaryCells calfMass = SummaryCells.ofScenarios(
                ts, Measure.parse("mass.plantar_flexors").orElseThrow());

        assertThat(overall.header()).containsExactly("Scenario", "Lowest %", "Day", "End %", "Back to 95 %");
        assertThat(overall.rows())
                .containsExactly(
                        List.of("Hand-made", "92.4", "2", "96.6", "day 4 (2 days after the lowest)"),
                        List.of("Flat line", "100.0", "0", "100.0", "never below 95 %"));
        assertThat(calfMass.rows())
                .containsExactly(
                        List.of("Hand-made", "80.0", "3", "90.0", "not within the scenario (at 90.0 % on day 5)"),
                        List.of("Flat line", "100.0", "0", "100.0", "never below 95 %"));
    }

    @Test
    void theCellsAreWhatTheTerminalTablePrints() {
        // The page and the terminal must show the same figures: the run and compare tables, split
        // back into cells, are the cells above.
        Trajectory t = handMade("Hand-made", MASS, NEURAL);
        List<Trajectory> ts = List.of(t, flat("Flat"));

        assertThat(parse(SummaryTable.ofGroups(t).render())).isEqualTo(SummaryCells.ofGroups(t));
        assertThat(parse(SummaryTable.ofScenarios(ts, Measure.OVERALL_STRENGTH).render()))
                .isEqualTo(SummaryCells.ofScenarios(ts, Measure.OVERALL_STRENGTH));
    }

    @Test
    void recoveryIsDescribedInWords() {
        assertThat(SummaryCells.recovery(summary(96, false, OptionalInt.empty())))
                .isEqualTo("never below 95 %");
        assertThat(SummaryCells.recovery(summary(90, true, OptionalInt.empty())))
                .isEqualTo("not within the scenario");
        assertThat(SummaryCells.recovery(summary(90, true, OptionalInt.of(12))))
                .isEqualTo("day 12 (5 days after the lowest)");
        assertThat(SummaryCells.recovery(summary(90, true, OptionalInt.of(8))))
                .isEqualTo("day 8 (1 day after the lowest)");
    }

    @Test
    void rowsMustFillEveryColumn() {
        assertThatThrownBy(() -> new SummaryCells(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MeasureSummary summary(double lowest, boolean below, OptionalInt recoveryDay) {
        return new MeasureSummary(Measure.OVERALL_STRENGTH, lowest, 7, 99, 95, below, recoveryDay);
    }

    /** The rendered table back into cells: columns are separated by two spaces or more; the rule is skipped. */
    private static SummaryCells parse(String text) {
        List<List<String>> lines =
                text.lines().map(l -> Arrays.asList(l.strip().split(" {2,}"))).toList();
        return new SummaryCells(lines.get(0), lines.subList(2, lines.size()));
    }
}
