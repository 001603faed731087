package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

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
}
