package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunCommandTest {

    private static final Path SCENARIO = Cli.fixture("rest-then-walk.yaml");
    private static final int DAYS = 21;

    @TempDir
    Path dir;

    @Test
    void printsOneRowPerMuscleGroupWithLowestEndAndRecovery() {
        Cli.Result r = Cli.run("run", SCENARIO);

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines().get(0))
                .isEqualTo("Scenario: Rest, \"then\" walk (21 days: Bed rest 7 d, Walking 14 d)");
        for (MuscleGroup g : MuscleGroup.values()) {
            assertThat(r.out()).contains(g.label());
        }
        String knee = line(r, MuscleGroup.KNEE_EXTENSORS.label());
        // Lowest at the end of bed rest (day 7), one decimal, then back to 95 % while walking.
        assertThat(knee).matches(".*\\s\\d+\\.\\d\\s+7\\s+\\d+\\.\\d\\s+day \\d+ \\(\\d+ days after the lowest\\)");
        assertThat(line(r, MuscleGroup.HANDGRIP.label())).endsWith("never below 95 %");
    }

    @Test
    void saysWhenStrengthIsNotBackWithinTheScenario() {
        Cli.Result r = Cli.run("run", Cli.fixture("short-stay.yaml"));

        assertThat(r.exitCode()).isZero();
        assertThat(line(r, MuscleGroup.KNEE_EXTENSORS.label()))
                .endsWith("not within the scenario (at 90.4 % on day 10)");
    }

    @Test
    void writesPngWithSignatureAndSlideSize() throws IOException {
        Path png = dir.resolve("chart.png");

        Cli.Result r = Cli.run("run", SCENARIO, "--chart", png);

        assertThat(r.exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(bytes.length).isGreaterThan(10_000);
        // IHDR: width and height, big-endian, at offsets 16 and 20.
        assertThat(readInt(bytes, 16)).isEqualTo(1200);
        assertThat(readInt(bytes, 20)).isEqualTo(700);
        assertThat(r.out()).contains("Wrote " + png);
    }

    @Test
    void writesSvg() throws IOException {
        Path svg = dir.resolve("chart.svg");

        assertThat(Cli.run("run", SCENARIO, "--chart", svg).exitCode()).isZero();

        String text = Files.readString(svg);
        assertThat(text.startsWith("<?xml") || text.contains("<svg")).isTrue();
        assertThat(text).contains("<svg").contains("</svg>");
    }

    @Test
    void writesPdf() throws IOException {
        Path pdf = dir.resolve("chart.pdf");

        assertThat(Cli.run("run", SCENARIO, "--chart", pdf).exitCode()).isZero();

        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(1_000);
    }

    @Test
    void chartExtensionIsCaseInsensitive() {
        assertThat(Cli.run("run", SCENARIO, "--chart", dir.resolve("CHART.PNG")).exitCode())
                .isZero();
    }

    @Test
    void csvHasExactHeaderAndOneRowPerDayAndMeasure() throws IOException {
        Path csv = dir.resolve("out.csv");

        assertThat(Cli.run("run", SCENARIO, "--csv", csv).exitCode()).isZero();

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("scenario,day,measure,value,lower,upper");
        assertThat(lines).hasSize(1 + (DAYS + 1) * Measure.of(Family.MUSCLE).size());
        // Scenario names with commas and quotes are quoted per RFC 4180.
        assertThat(lines.get(1)).isEqualTo("\"Rest, \"\"then\"\" walk\",0,strength.knee_extensors,100.0000,,");
        assertThat(lines.stream()
                        .skip(1)
                        .filter(l -> l.contains(",0,strength."))
                        .count())
                .isEqualTo(MuscleGroup.values().length);
        for (String l : lines.subList(1, lines.size())) {
            assertThat(l).matches("\"Rest, \"\"then\"\" walk\",\\d+,(strength|mass)\\.[a-z_]+,\\d+\\.\\d{4},,");
        }
        List<String> keys =
                lines.stream().skip(1).map(l -> Csv.fields(l).get(2)).distinct().toList();
        assertThat(keys)
                .containsExactlyElementsOf(
                        Measure.of(Family.MUSCLE).stream().map(Measure::key).toList());
    }

    @Test
    void csvHoldsOnlyTheMeasuresNamed() throws IOException {
        Path csv = dir.resolve("out.csv");

        Cli.Result r = Cli.run("run", SCENARIO, "--csv", csv, "--measure", "mass.overall", "-m", "strength.handgrip");

        assertThat(r.exitCode()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + 2 * (DAYS + 1));
        assertThat(lines.get(1)).contains(",0,mass.overall,100.0000,,");
        assertThat(lines.get(DAYS + 2)).contains(",0,strength.handgrip,100.0000,,");
    }

    @Test
    void jsonHoldsScenarioSummaryAndSeries() throws IOException {
        Path json = dir.resolve("out.json");

        assertThat(Cli.run("run", SCENARIO, "--json", json).exitCode()).isZero();

        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.fieldNames()).toIterable().containsExactly("inertia", "units", "scenarios");
        assertThat(doc.get("inertia").asText()).isEqualTo(InertiaVersion.version());
        JsonNode scenarios = doc.get("scenarios");
        assertThat(scenarios).hasSize(1);
        JsonNode s = scenarios.get(0);
        assertThat(s.get("name").asText()).isEqualTo("Rest, \"then\" walk");
        assertThat(s.get("model").asText()).isEqualTo("default");
        assertThat(s.get("subject").get("age").isInt()).isTrue();
        assertThat(s.get("subject").get("age").intValue()).isEqualTo(40);
        assertThat(s.get("subject").get("sex").asText()).isEqualTo("male");
        JsonNode phases = s.get("phases");
        assertThat(phases).hasSize(2);
        JsonNode walking = phases.get(1);
        assertThat(walking.get("name").asText()).isEqualTo("Walking");
        assertThat(walking.get("days").intValue()).isEqualTo(14);
        assertThat(walking.get("mobility").asText()).isEqualTo("normal");
        assertThat(walking.get("startDay").intValue()).isEqualTo(7);
        JsonNode exercise = walking.get("exercise").get(0);
        assertThat(exercise.get("activity").asText()).isEqualTo("walking");
        assertThat(exercise.get("minutes").doubleValue()).isEqualTo(30.0);
        assertThat(exercise.get("sessionsPerWeek").intValue()).isEqualTo(7);
        assertThat(exercise.get("intensity").asText()).isEqualTo("moderate");
        assertThat(s.get("parameters").has("mass-loss-depth")).isTrue();

        JsonNode summary = s.get("summary");
        JsonNode series = s.get("series");
        List<String> keys = Measure.of(Family.MUSCLE).stream().map(Measure::key).toList();
        assertThat(summary.fieldNames()).toIterable().containsExactlyElementsOf(keys);
        assertThat(series.fieldNames()).toIterable().containsExactlyElementsOf(keys);
        JsonNode overall = series.get("strength.overall");
        assertThat(overall).hasSize(DAYS + 1);
        assertThat(overall.get(0).doubleValue()).isEqualTo(100.0);
        JsonNode knee = summary.get("strength.knee_extensors");
        assertThat(knee.get("lowestDay").intValue()).isEqualTo(7);
        assertThat(knee.fieldNames())
                .toIterable()
                .contains("lowest", "end", "recoveryDay", "daysToRecover", "recovery", "recoveryThreshold");
        JsonNode handgrip = summary.get("strength.handgrip");
        assertThat(handgrip.get("recoveryDay").isNull()).isTrue();
        assertThat(handgrip.get("daysToRecover").isNull()).isTrue();
    }

    @Test
    void odeEngineAgreesWithExactEngine() throws IOException {
        Path exact = dir.resolve("exact.csv");
        Path ode = dir.resolve("ode.csv");

        assertThat(Cli.run("run", SCENARIO, "--csv", exact).exitCode()).isZero();
        assertThat(Cli.run("run", SCENARIO, "--csv", ode, "--engine", "ode").exitCode())
                .isZero();

        List<String> a = Files.readAllLines(exact);
        List<String> b = Files.readAllLines(ode);
        assertThat(b).hasSameSizeAs(a);
        for (int i = 1; i < a.size(); i++) {
            assertThat(value(b.get(i))).isCloseTo(value(a.get(i)), within(1e-4));
        }
    }

    @Test
    void unknownEngineIsAUsageError() {
        Cli.Result r = Cli.run("run", SCENARIO, "--engine", "odd");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("unknown engine 'odd'")
                .contains("did you mean 'ode'?")
                .contains("Try 'inertia run --help'");
    }

    @Test
    void unknownMeasureIsAUsageErrorWithASuggestion() {
        Cli.Result r = Cli.run("run", SCENARIO, "--measure", "strength.knee_extensor", "--csv", dir.resolve("x.csv"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0))
                .startsWith("inertia: ")
                .contains("unknown measure 'strength.knee_extensor'")
                .contains("did you mean 'strength.knee_extensors'?")
                .contains("'inertia list measures' lists them");
        assertThat(r.errLines()).last().asString().startsWith("Try 'inertia run --help'");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void malformedScenarioReportsEveryProblemWithItsLocationAndWritesNothing() {
        Path bad = Cli.bad("two-mistakes.yaml");
        Path csv = dir.resolve("out.csv");
        Path png = dir.resolve("out.png");

        Cli.Result r = Cli.run("run", bad, "--csv", csv, "--chart", png);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines())
                .containsExactly(
                        bad + ":7:11: phases[0].days: must be between 1 and 3650 (was -3)",
                        bad + ":8:15: phases[0].mobility: unknown value 'bedrest' (did you mean 'bed-rest'?)");
        assertThat(r.out()).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void missingScenarioFileIsAUserError() {
        Cli.Result r = Cli.run("run", dir.resolve("nope.yaml"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("nope.yaml").contains("no such file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chart.gif", "chart", "chart.png.bak"})
    void unknownChartExtensionIsRejectedBeforeAnythingIsWritten(String name) {
        Path csv = dir.resolve("out.csv");

        Cli.Result r = Cli.run("run", SCENARIO, "--chart", dir.resolve(name), "--csv", csv);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).startsWith("inertia: --chart ").contains(".png, .svg, .pdf");
        assertThat(r.err()).contains("Try 'inertia run --help'");
        assertThat(r.out()).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    /** Review finding: a.csv/x.csv with a.csv a file said "directory ... does not exist". */
    @Test
    void outputUnderARegularFileSaysItIsNotADirectory() throws IOException {
        Path file = Files.writeString(dir.resolve("a.csv"), "kept\n");

        for (Path target : List.of(file.resolve("x.csv"), file.resolve("sub").resolve("x.csv"))) {
            Cli.Result r = Cli.run("run", SCENARIO, "--csv", target);

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.errLines().get(0))
                    .contains("--csv " + target)
                    .contains(file + " is not a directory")
                    .doesNotContain("does not exist");
        }
        Cli.Result relative = Cli.run("run", SCENARIO, "--csv", Path.of("pom.xml", "x.csv"));
        assertThat(relative.exitCode()).isEqualTo(2);
        assertThat(relative.errLines().get(0)).contains(": pom.xml is not a directory");
        assertThat(Files.readString(file)).isEqualTo("kept\n");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void outputInAMissingDirectoryIsAUserError() {
        Path csv = dir.resolve("missing").resolve("out.csv");

        Cli.Result r = Cli.run("run", SCENARIO, "--csv", csv, "--json", dir.resolve("out.json"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).contains("--csv").contains("does not exist");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void existingFilesAreLeftIntactWhenTheRunFails() throws IOException {
        Path csv = dir.resolve("out.csv");
        Path json = dir.resolve("out.json");
        Files.writeString(csv, "precious");
        Files.writeString(json, "also precious");

        Cli.Result r = Cli.run("run", Cli.bad("two-mistakes.yaml"), "--csv", csv, "--json", json);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(csv).hasContent("precious");
        assertThat(json).hasContent("also precious");
        assertThat(listing()).containsExactlyInAnyOrder("out.csv", "out.json");
    }

    @Test
    void existingFilesAreReplacedWhenTheRunSucceeds() throws IOException {
        Path csv = dir.resolve("out.csv");
        Files.writeString(csv, "old");

        assertThat(Cli.run("run", SCENARIO, "--csv", csv).exitCode()).isZero();

        assertThat(Files.readAllLines(csv).get(0)).isEqualTo(CsvWriter.HEADER);
        assertThat(listing()).containsExactly("out.csv");
    }

    @Test
    void refusesToOverwriteTheScenarioOrToWriteTwoOutputsToOneFile() throws IOException {
        Path scenario = dir.resolve("s.yaml");
        Files.copy(SCENARIO, scenario);
        Path same = dir.resolve("same.out");

        Cli.Result r = Cli.run("run", scenario, "--csv", scenario, "--json", same, "--chart", dir.resolve("x.png"));
        Cli.Result twice = Cli.run("run", scenario, "--csv", same, "--json", same);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("would be overwritten");
        assertThat(scenario).hasSameTextualContentAs(SCENARIO);
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("also given to --csv");
        assertThat(listing()).containsExactly("s.yaml");
    }

    @Test
    void outputThatIsADirectoryIsAUserError() throws IOException {
        Files.createDirectory(dir.resolve("sub"));

        Cli.Result r = Cli.run("run", SCENARIO, "--json", dir.resolve("sub"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is a directory");
    }

    @Test
    void devicesAreNotReplaced() {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull));

        Cli.Result r = Cli.run("run", SCENARIO, "--csv", devNull);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is not a regular file");
        assertThat(Files.isRegularFile(devNull)).isFalse();
    }

    @Test
    void helpDescribesEveryOption() {
        Cli.Result r = Cli.run("run", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains(
                        "--chart=FILE",
                        "--csv=FILE",
                        "--json=FILE",
                        "--measure=MEASURE",
                        "--engine=ENGINE",
                        "SCENARIO",
                        "back to 95 % of baseline.");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String line(Cli.Result r, String start) {
        return r.outLines().stream()
                .filter(l -> l.startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    private static double value(String csvLine) {
        return Double.parseDouble(Csv.fields(csvLine).get(3));
    }

    private static int readInt(byte[] b, int offset) {
        return ((b[offset] & 0xff) << 24)
                | ((b[offset + 1] & 0xff) << 16)
                | ((b[offset + 2] & 0xff) << 8)
                | (b[offset + 3] & 0xff);
    }

    @Test
    void aChartOfMuscleFitnessAndBoneTogetherIsAUsageErrorAndWritesNothingIssue16() throws IOException {
        Path chart = dir.resolve("three.png");
        Cli.Result r = Cli.run(
                "run",
                SCENARIO,
                "--measure",
                "strength.overall",
                "--measure",
                "vo2max",
                "--measure",
                "bmd.total_hip",
                "--chart",
                chart);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("two value axes").doesNotContain("Exception");
        assertThat(chart).doesNotExist();

        Cli.Result two =
                Cli.run("run", SCENARIO, "--measure", "vo2max", "--measure", "bmd.total_hip", "--chart", chart);
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(two.out())
                .contains(
                        "Aerobic capacity and bone density, % of baseline:",
                        "Aerobic capacity (VO2max)", "Bone density, total hip");
        assertThat(chart).exists();
    }

    @Test
    void fitnessAndBoneAreCheckedAgainstTheirOwnStudiesWhenTheyAreShownIssue16() {
        Path cast = Cli.SHIPPED.resolve("leg-cast-2w-then-cycling.yaml");
        Cli.Result muscle = Cli.run("run", cast);
        assertThat(muscle.exitCode()).as(muscle.err()).isZero();
        assertThat(muscle.err()).doesNotContain("for aerobic capacity", "for bone");

        Cli.Result fitness = Cli.run("run", cast, "--measure", "vo2max");
        assertThat(fitness.exitCode()).as(fitness.err()).isZero();
        // No study of aerobic capacity put a leg in a cast: the model's answer is an assumption, and says so.
        assertThat(fitness.err())
                .contains("for aerobic capacity: leg-cast: no study behind the model measured this")
                .doesNotContain("for bone");
        // A warning the muscle evidence already gives is not repeated for a family.
        assertThat(fitness.err().split("gains above baseline", -1)).hasSize(2);
    }
}
