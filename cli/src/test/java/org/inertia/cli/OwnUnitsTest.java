package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inertia.cli.output.CsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13: a scenario's {@code baselines:} (grip 32 kg, knee-extensor torque 180 N·m, leg lean
 * mass 9.1 kg) give every output in those units next to the percentages; files without it are
 * written as before.
 */
class OwnUnitsTest {

    private static final Path GRIP = Cli.SHIPPED.resolve("older-patient-grip-kg.yaml");
    private static final Path PLAIN = Cli.SHIPPED.resolve("older-adult-hospital-10d.yaml");
    private static final Path BAD = Path.of("..", "sim", "src", "test", "resources", "bad-scenarios");

    /** The example's baselines, as its file gives them. */
    private static final Map<String, Double> BASELINES =
            Map.of("strength.handgrip", 32.0, "strength.knee_extensors", 180.0, "mass.knee_extensors", 9.1);

    private static final Map<String, String> UNITS =
            Map.of("strength.handgrip", "kg", "strength.knee_extensors", "N·m", "mass.knee_extensors", "kg");

    @TempDir
    Path dir;

    @Test
    void theCsvAddsTheUnitColumnsAtTheEndAndEachValueIsThePercentOfTheBaseline() throws IOException {
        Path csv = dir.resolve("grip.csv");

        Cli.Result r = Cli.run(
                "run",
                GRIP,
                "--csv",
                csv,
                "--measure",
                "strength.handgrip",
                "--measure",
                "mass.knee_extensors",
                "--measure",
                "strength.overall");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<List<String>> records = Csv.records(csv);
        assertThat(records.get(0))
                .containsExactly(
                        "scenario",
                        "day",
                        "measure",
                        "value",
                        "lower",
                        "upper",
                        "value_in_unit",
                        "lower_in_unit",
                        "upper_in_unit",
                        "unit");
        int checked = 0;
        for (List<String> row : records.subList(1, records.size())) {
            String measure = row.get(2);
            if (BASELINES.containsKey(measure)) {
                double percent = Double.parseDouble(row.get(3));
                assertThat(Double.parseDouble(row.get(6)))
                        .isCloseTo(BASELINES.get(measure) * percent / 100, within(1e-4));
                assertThat(row.get(7)).isEmpty();
                assertThat(row.get(8)).isEmpty();
                assertThat(row.get(9)).isEqualTo(UNITS.get(measure));
                checked++;
            } else {
                assertThat(row.subList(6, 10)).as("no baseline for %s", measure).containsOnly("");
            }
        }
        assertThat(checked).isEqualTo(2 * 53);
        // Day 0 is the baseline itself: 32 kg and 9.1 kg, as written in the file.
        assertThat(records.get(1)).containsSequence("strength.handgrip", "100.0000", "", "", "32.0000", "", "", "kg");
        assertThat(records.stream()
                        .filter(row -> row.get(1).equals("0") && row.get(2).equals("mass.knee_extensors")))
                .singleElement()
                .satisfies(row -> assertThat(row.get(6)).isEqualTo("9.1000"));
    }

    @Test
    void unitColumnsFollowTheRecoveryColumnsAndPopulationsGetTheirBandInTheUnit() throws IOException {
        Path recovered = dir.resolve("recovered.csv");
        Path population = dir.resolve("population.csv");

        assertThat(Cli.run(
                                "compare",
                                PLAIN,
                                GRIP,
                                "--recovered-at",
                                "95,100",
                                "--measure",
                                "strength.handgrip",
                                "--csv",
                                recovered)
                        .exitCode())
                .isZero();
        assertThat(Cli.run(
                                "run",
                                GRIP,
                                "--subjects",
                                100,
                                "--seed",
                                5,
                                "-q",
                                "--measure",
                                "strength.handgrip",
                                "--csv",
                                population)
                        .exitCode())
                .isZero();

        List<List<String>> rows = Csv.records(recovered);
        assertThat(String.join(",", rows.get(0)))
                .isEqualTo(CsvWriter.HEADER + ",days_to_95,days_to_100" + CsvWriter.UNIT_COLUMNS);
        // The scenario without baselines has the columns, empty.
        assertThat(rows.get(1).subList(8, 12)).containsOnly("");
        List<String> last = rows.get(rows.size() - 1);
        assertThat(last.get(11)).isEqualTo("kg");
        for (List<String> row : Csv.records(population).subList(1, 10)) {
            for (int column : new int[] {3, 4, 5}) {
                assertThat(Double.parseDouble(row.get(column + 3)))
                        .isCloseTo(32 * Double.parseDouble(row.get(column)) / 100, within(1e-4));
            }
        }
    }

    @Test
    void aScenarioWithoutBaselinesWritesTheCsvAsBefore() throws IOException {
        Path csv = dir.resolve("plain.csv");

        assertThat(Cli.run("run", PLAIN, "--csv", csv).exitCode()).isZero();

        assertThat(Files.readAllLines(csv).get(0)).isEqualTo(CsvWriter.HEADER);
        assertThat(Csv.records(csv)).allSatisfy(row -> assertThat(row).hasSize(6));
    }

    @Test
    void theJsonCarriesTheBaselinesTheSeriesAndTheSummaryInTheUnit() throws IOException {
        Path json = dir.resolve("grip.json");

        assertThat(Cli.run("compare", PLAIN, GRIP, "--measure", "strength.handgrip", "--json", json)
                        .exitCode())
                .isZero();

        JsonNode scenarios = new ObjectMapper().readTree(json.toFile()).get("scenarios");
        assertThat(scenarios.get(0).get("baselines").isEmpty()).isTrue();
        assertThat(scenarios.get(0).get("seriesInUnit").isEmpty()).isTrue();
        assertThat(scenarios.get(0).get("summary").get("strength.handgrip").has("inUnit"))
                .isFalse();
        JsonNode s = scenarios.get(1);
        assertThat(s.at("/baselines/strength.handgrip/value").doubleValue()).isEqualTo(32.0);
        assertThat(s.at("/baselines/strength.handgrip/unit").asText()).isEqualTo("kg");
        assertThat(s.at("/baselines/strength.knee_extensors/unit").asText()).isEqualTo("N·m");
        assertThat(s.at("/baselines/mass.knee_extensors/value").doubleValue()).isEqualTo(9.1);
        JsonNode series = s.at("/series/strength.handgrip");
        JsonNode inUnit = s.at("/seriesInUnit/strength.handgrip");
        assertThat(inUnit).hasSize(series.size());
        assertThat(inUnit.get(0).doubleValue()).isEqualTo(32.0);
        for (int d = 0; d < series.size(); d++) {
            assertThat(inUnit.get(d).doubleValue())
                    .isCloseTo(0.32 * series.get(d).doubleValue(), within(1e-4));
        }
        JsonNode summary = s.at("/summary/strength.handgrip");
        assertThat(summary.at("/inUnit/unit").asText()).isEqualTo("kg");
        assertThat(summary.at("/inUnit/lowest").doubleValue())
                .isCloseTo(0.32 * summary.get("lowest").doubleValue(), within(1e-4));
        assertThat(summary.at("/inUnit/end").doubleValue())
                .isCloseTo(0.32 * summary.get("end").doubleValue(), within(1e-4));
    }

    @Test
    void aPopulationRunGivesItsBandInTheUnit() throws IOException {
        Path json = dir.resolve("population.json");

        assertThat(Cli.run("run", GRIP, "--subjects", 100, "--seed", 5, "-q", "--json", json)
                        .exitCode())
                .isZero();

        JsonNode s = new ObjectMapper().readTree(json.toFile()).get("scenarios").get(0);
        for (String band : List.of("series", "lower", "upper")) {
            JsonNode percent = s.at("/" + band + "/strength.knee_extensors");
            JsonNode torque = s.at("/" + band + "InUnit/strength.knee_extensors");
            assertThat(torque).as(band).hasSize(percent.size());
            // Both are written to 4 decimals: 1.8 × 0.00005 + 0.00005 apart at most.
            assertThat(torque.get(5).doubleValue())
                    .isCloseTo(1.8 * percent.get(5).doubleValue(), within(1.4e-4 + 1e-9));
        }
        JsonNode inUnit = s.at("/summary/strength.handgrip/inUnit");
        assertThat(inUnit.get("unit").asText()).isEqualTo("kg");
        assertThat(inUnit.at("/lowest/median").doubleValue())
                .isCloseTo(
                        0.32 * s.at("/summary/strength.handgrip/lowest/median").doubleValue(), within(1e-4));
        assertThat(inUnit.at("/lowest/lower").doubleValue())
                .isLessThanOrEqualTo(inUnit.at("/lowest/upper").doubleValue());
    }

    @Test
    void theTableShowsTheValueInTheUnitBeforeThePercent() throws IOException {
        Cli.Result r = Cli.run("run", GRIP, "--measure", "mass.knee_extensors");

        assertThat(r.exitCode()).as(r.err()).isZero();
        String grip = r.outLines().stream()
                .filter(l -> l.startsWith("Handgrip"))
                .findFirst()
                .orElseThrow();
        // "30.0 kg (93.7 %)": the value in kg is the percent of 32 kg, to three significant digits.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+\\.\\d) kg \\((\\d+\\.\\d) %\\)")
                .matcher(grip);
        assertThat(m.find()).as(grip).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isCloseTo(0.32 * Double.parseDouble(m.group(2)), within(0.06));
        // The docs quote this very cell as the example of a table in the patient's units.
        for (Path doc : List.of(Path.of("../README.md"), Path.of("../docs/scenario-format.md"), GRIP)) {
            assertThat(Files.readString(doc)).as(doc.toString()).contains(m.group());
        }
        assertThat(r.outLines().stream().filter(l -> l.startsWith("Knee extensors")))
                .hasSize(2)
                .allSatisfy(l -> assertThat(l).containsPattern("N·m \\(|kg \\("));
        assertThat(r.outLines().stream().filter(l -> l.startsWith("Plantar flexors")))
                .allSatisfy(l -> assertThat(l).doesNotContain("kg", "N·m"));

        Cli.Result plain = Cli.run("run", PLAIN);
        assertThat(plain.out()).doesNotContain(" kg ", "N·m");
    }

    @Test
    void aPopulationTableShowsMedianAndBandInTheUnit() {
        Cli.Result r = Cli.run("run", GRIP, "--subjects", 100, "--seed", 5, "-q");

        assertThat(r.exitCode()).as(r.err()).isZero();
        String grip = r.outLines().stream()
                .filter(l -> l.startsWith("Handgrip"))
                .findFirst()
                .orElseThrow();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(\\d+\\.\\d) \\[(\\d+\\.\\d)-(\\d+\\.\\d)] kg \\((\\d+\\.\\d) \\[(\\d+\\.\\d)-(\\d+\\.\\d)] %\\)")
                .matcher(grip);
        assertThat(m.find()).as(grip).isTrue();
        for (int i = 1; i <= 3; i++) {
            assertThat(Double.parseDouble(m.group(i)))
                    .isCloseTo(0.32 * Double.parseDouble(m.group(i + 3)), within(0.06));
        }
    }

    @Test
    void compareShowsTheUnitOnlyForTheScenarioThatGivesIt() {
        Cli.Result r = Cli.run("compare", PLAIN, GRIP, "--measure", "strength.handgrip");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines().stream().filter(l -> l.startsWith("Older patient")))
                .singleElement()
                .satisfies(l -> assertThat(l).containsPattern("\\d kg \\(\\d+\\.\\d %\\)"));
        assertThat(r.outLines().stream().filter(l -> l.startsWith("Older adult, 10-day")))
                .singleElement()
                .satisfies(l -> assertThat(l).doesNotContain("kg"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "baseline-unknown-measure.yaml",
                "baseline-overall.yaml",
                "baseline-negative.yaml",
                "baseline-zero.yaml",
                "baseline-missing-unit.yaml",
                "baseline-not-a-number.yaml",
                "baseline-unit-too-long.yaml",
                "baseline-unit-control-character.yaml",
                "baseline-not-mapping.yaml"
            })
    void aWrongBaselineIsOneLineExitTwoAndNothingWritten(String name) {
        Path file = BAD.resolve(name);
        Path csv = dir.resolve("never.csv");

        Cli.Result r = Cli.run("run", file, "--csv", csv);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).startsWith(file + ":9:").contains("baselines");
        assertThat(r.err()).doesNotContainIgnoringCase("exception").doesNotContain("\tat ");
        assertThat(csv).doesNotExist();
    }

    @Test
    void theMessagesSayWhatIsWrongAndHowToWriteIt() {
        Cli.Result negative = Cli.run("validate", BAD.resolve("baseline-negative.yaml"));
        Cli.Result missing = Cli.run("validate", BAD.resolve("baseline-missing-unit.yaml"));
        Cli.Result unknown = Cli.run("validate", BAD.resolve("baseline-unknown-measure.yaml"));

        assertThat(negative.err()).contains("baselines.strength.handgrip: must be greater than 0");
        assertThat(missing.err()).contains("needs a unit after the number (was '32')", "such as '32 kg'");
        assertThat(unknown.err()).contains("unknown key 'strength.hand_grip'", "strength.handgrip");
        assertThat(Cli.run("validate", BAD.resolve("baseline-overall.yaml")).err())
                .contains("baselines.strength.overall: unknown key", "an overall mean takes no baseline");
    }
}
