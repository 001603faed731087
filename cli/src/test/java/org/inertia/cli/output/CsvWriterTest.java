package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(CsvWriter.field("plain")).isEqualTo("plain");
        assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void cellsASpreadsheetWouldReadAsFormulasGetAQuoteAndQuotesIssue12() {
        assertThat(CsvWriter.field("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CsvWriter.field("+1")).isEqualTo("\"'+1\"");
        assertThat(CsvWriter.field("-1")).isEqualTo("\"'-1\"");
        assertThat(CsvWriter.field("@A1")).isEqualTo("\"'@A1\"");
        assertThat(CsvWriter.field("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(CsvWriter.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvWriter.field("\uFF1D1")).isEqualTo("\"'\uFF1D1\"");
        assertThat(CsvWriter.field("=A1,\"B\"")).isEqualTo("\"'=A1,\"\"B\"\"\"");
        // Only the first character counts; inside a name these are ordinary text.
        assertThat(CsvWriter.field("a=b-c+d@e")).isEqualTo("a=b-c+d@e");
        assertThat(CsvWriter.field(" =1")).isEqualTo(" =1");
    }

    @Test
    void charactersNoStrictReaderTakesBecomeReplacementCharactersIssue12() {
        assertThat(CsvWriter.field("lone \uD800")).isEqualTo("lone \uFFFD");
        assertThat(CsvWriter.field("\uDC00x")).isEqualTo("\uFFFDx");
        assertThat(CsvWriter.field("nul\u0000 bell\u0007")).isEqualTo("nul\uFFFD bell\uFFFD");
        assertThat(CsvWriter.field("\uFFFE\uFFFF\uFDD0")).isEqualTo("\uFFFD\uFFFD\uFFFD");
        assertThat(CsvWriter.field("muscle \uD83D\uDCAA")).isEqualTo("muscle \uD83D\uDCAA");
        assertThat(CsvWriter.field("tab\tin")).isEqualTo("tab\tin");
    }

    @Test
    void numbersUseAPointWhateverTheLocale() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String csv = write(trajectory("Bed rest", 3), List.of(Measure.OVERALL_STRENGTH));
            assertThat(csv.lines().skip(1)).allMatch(l -> l.matches("Bed rest,\\d,strength\\.overall,\\d+\\.\\d{4},,"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void rowsRunFromBaselineToTheLastDayForEachMeasure() throws IOException {
        String csv = write(
                trajectory("x", 4),
                List.of(Measure.OVERALL_STRENGTH, Measure.parse("mass.handgrip").orElseThrow()));

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 2 * 5);
        assertThat(lines.get(1)).isEqualTo("x,0,strength.overall,100.0000,,");
        assertThat(lines.get(5)).startsWith("x,4,strength.overall,");
        assertThat(lines.get(6)).isEqualTo("x,0,mass.handgrip,100.0000,,");
    }

    static Trajectory trajectory(String name, int days) {
        Scenario s = Scenario.of(
                name,
                new Subject(40, null, Condition.HEALTHY),
                List.of(new Phase("Bed rest", days, Mobility.BED_REST, List.of())));
        return Simulator.exact().simulate(s);
    }

    private static String write(Trajectory t, List<Measure> measures) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(List.of(t), measures, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
