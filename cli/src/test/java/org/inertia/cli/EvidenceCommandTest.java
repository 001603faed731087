package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inertia.cli.output.EvidenceWriter;
import org.inertia.sim.evidence.EvidenceReport;
import org.inertia.sim.evidence.EvidenceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceCommandTest {

    @Test
    void printsEveryArmAndTheErrorFiguresOfTheModel() {
        Cli.Result r = Cli.run("evidence");
        assertThat(r.exitCode()).isZero();
        EvidenceSet evidence = EvidenceSet.builtIn();
        EvidenceReport report = EvidenceReport.evaluate(evidence);
        for (var row : evidence.rows()) {
            assertThat(r.out()).contains(row.id() + " ");
        }
        String all = r.outLines().stream()
                .filter(l -> l.startsWith("all "))
                .findFirst()
                .orElseThrow();
        assertThat(all)
                .contains(String.format(
                        java.util.Locale.ROOT, "%.2f", report.overall().rootMeanSquareErrorPp()))
                .contains(report.overall().insideSpread() + " of "
                        + report.overall().withSpread());
        assertThat(r.outLines())
                .anyMatch(l -> l.startsWith("disuse "))
                .anyMatch(l -> l.startsWith("recovery "))
                .anyMatch(l -> l.startsWith("exercise "));
    }

    @Test
    void writesTheScatterChartCsvAndJson(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("e.png");
        Path csv = dir.resolve("e.csv");
        Path json = dir.resolve("e.json");
        Cli.Result r = Cli.run("evidence", "--chart", png, "--csv", csv, "--json", json);
        assertThat(r.exitCode()).as(r.err()).isZero();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(bytes.length).isGreaterThan(10_000);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(EvidenceWriter.CSV_HEADER);
        assertThat(lines).hasSize(EvidenceSet.builtIn().rows().size() + 1);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("rows")).hasSize(EvidenceSet.builtIn().rows().size());
        assertThat(root.get("statistics").fieldNames()).toIterable().contains("all", "disuse", "recovery", "exercise");
    }

    @Test
    void anUnknownChartFormatIsAUserErrorAndWritesNothing(@TempDir Path dir) {
        Cli.Result r = Cli.run("evidence", "--chart", dir.resolve("e.gif"), "--csv", dir.resolve("e.csv"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown chart format");
        assertThat(dir).isEmptyDirectory();
    }

    /** Review finding: evidence took run's --csv-schema and --subjects-csv and wrote neither. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"--csv-schema", "--subjects-csv", "--subjects-parameters-csv"})
    void optionsItWouldNotHonourAreRefusedAndNothingIsWritten(String option, @TempDir Path dir) {
        Cli.Result r = Cli.run("evidence", "--csv", dir.resolve("ev.csv"), option, dir.resolve("x.file"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(option);
        assertThat(dir).isEmptyDirectory();
    }

    /** Review finding: the help described run's files and an older calibration. */
    @Test
    void helpDescribesWhatEvidenceWrites() {
        Cli.Result r = Cli.run("evidence", "--help");
        assertThat(r.exitCode()).isZero();
        String help = r.out().replaceAll("\\s+", " ");
        assertThat(help)
                .contains("published,simulated,difference")
                .contains("training")
                .contains("every parameter that has a prior")
                .doesNotContain("scenario,day,measure,value")
                .doesNotContain("the scenario, its summary")
                .doesNotContain("--subjects")
                .doesNotContain("--csv-schema")
                .doesNotContain("disuse parameters");
    }

    /** Review finding: rows E02 and E06 printed "-0.0". */
    @Test
    void theTablePrintsNoNegativeZero() {
        Cli.Result r = Cli.run("evidence");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContainPattern("(^|\\s)-0\\.0+(\\s|$)");
    }

    @Test
    void aMisspeltFamilyIsAUsageErrorThatNamesTheClosest() {
        Cli.Result r = Cli.run("evidence", "--family", "aerobc");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("'aerobc' is not a family (did you mean 'aerobic'? use muscle, aerobic or bone)");
    }
}
