package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/** The summary as cells (for the page and the report) holds exactly what the terminal table prints. */
class SummaryCellsTest {

    private static Trajectory simulate(String fixture) throws Exception {
        return Simulator.exact()
                .simulate(ScenarioReader.read(Path.of("src", "test", "resources", "scenarios", fixture)));
    }

    @Test
    void groupCellsAreTheCellsOfTheRunTable() throws Exception {
        Trajectory t = simulate("rest-then-walk.yaml");

        assertThat(SummaryCells.ofGroups(t))
                .isEqualTo(parse(SummaryTable.ofGroups(t).render()));
    }

    @Test
    void scenarioCellsAreTheCellsOfTheCompareTable() throws Exception {
        List<Trajectory> ts =
                List.of(simulate("rest-then-walk.yaml"), simulate("rest-only.yaml"), simulate("short-stay.yaml"));

        assertThat(SummaryCells.ofScenarios(ts, Measure.OVERALL_STRENGTH))
                .isEqualTo(parse(
                        SummaryTable.ofScenarios(ts, Measure.OVERALL_STRENGTH).render()));
    }

    @Test
    void rowsMustFillEveryColumn() {
        assertThatThrownBy(() -> new SummaryCells(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The rendered table back into cells: columns are separated by two spaces or more; the rule is skipped. */
    private static SummaryCells parse(String text) {
        List<List<String>> lines =
                text.lines().map(l -> Arrays.asList(l.strip().split(" {2,}"))).toList();
        return new SummaryCells(lines.get(0), lines.subList(2, lines.size()));
    }
}
