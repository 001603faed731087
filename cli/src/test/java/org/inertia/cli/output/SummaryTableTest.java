package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.trajectory.MeasureSummary;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void recoveryIsDescribedInWords() {
        assertThat(SummaryTable.recovery(summary(96, false, OptionalInt.empty())))
                .isEqualTo("never below 95 %");
        assertThat(SummaryTable.recovery(summary(90, true, OptionalInt.empty())))
                .isEqualTo("not within the scenario");
        assertThat(SummaryTable.recovery(summary(90, true, OptionalInt.of(12))))
                .isEqualTo("day 12 (5 days after the lowest)");
        assertThat(SummaryTable.recovery(summary(90, true, OptionalInt.of(8))))
                .isEqualTo("day 8 (1 day after the lowest)");
    }

    @Test
    void groupTableHasOneAlignedRowPerGroup() {
        SummaryTable table = SummaryTable.ofGroups(CsvWriterTest.trajectory("x", 10));

        List<String> lines = table.render().lines().toList();
        assertThat(table.rowCount()).isEqualTo(MuscleGroup.values().length);
        assertThat(lines).hasSize(2 + MuscleGroup.values().length);
        assertThat(lines.get(0)).startsWith("Muscle group").contains("Lowest %", "Day", "End %", "Back to 95 %");
        assertThat(lines.get(1)).matches("[- ]+");
        // Right-aligned numbers: the "Day" column ends at the same place on every line.
        int end = lines.get(0).indexOf("Day") + 3;
        assertThat(lines.subList(2, lines.size()))
                .allMatch(l -> l.substring(end - 2, end).equals("10"));
    }

    @Test
    void scenarioNamesAreMadeSafeForTheTerminal() {
        SummaryTable table = SummaryTable.ofScenarios(
                List.of(CsvWriterTest.trajectory("evil\u001b[2Jname\nnext", 2)), Measure.OVERALL_STRENGTH);

        assertThat(table.render()).contains("evil?[2Jname next").doesNotContain("\u001b");
    }

    private static MeasureSummary summary(double lowest, boolean below, OptionalInt recoveryDay) {
        return new MeasureSummary(Measure.OVERALL_STRENGTH, lowest, 7, 99, 95, below, recoveryDay);
    }
}
