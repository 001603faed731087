package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final Path WALK = Cli.fixture("rest-then-walk.yaml");
    private static final Path REST = Cli.fixture("rest-only.yaml");
    private static final Path SHORT = Cli.fixture("short-stay.yaml");

    @TempDir
    Path dir;

    @Test
    void moreScenariosThanAComparisonHoldsAreRefusedBeforeAnyIsReadOrWritten(@TempDir Path dir) {
        // 400 ten-year scenarios once ran a comparison out of memory with a trace; the cap is checked
        // before a file is read, so the scenarios need not even exist.
        List<Object> args = new ArrayList<>(List.of("compare"));
        for (int i = 0; i <= CompareCommand.MAX_SCENARIOS; i++) {
            args.add(dir.resolve("s" + i + ".yaml"));
        }
        Path chart = dir.resolve("c.png");
        args.addAll(List.of("--chart", chart));

        Cli.Result r = Cli.run(args.toArray());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0))
                .isEqualTo("inertia: at most 50 scenarios at once (got 51); compare fewer, or vary one scenario"
                        + " with 'inertia sweep'");
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(chart).doesNotExist();
        assertThat(Cli.run("compare", WALK, REST).exitCode()).isZero();
    }

    @Test
    void printsOneRowPerScenarioForOverallStrengthByDefault() {
        Cli.Result r = Cli.run("compare", WALK, REST, SHORT);

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines().get(0)).startsWith("Strength, overall");
        assertThat(r.out()).contains("Rest, \"then\" walk", "Rest, no exercise", "Short stay");
        assertThat(r.outLines().stream().filter(l -> l.matches(".*\\d+\\.\\d\\s+\\d+\\s+\\d+\\.\\d\\s+.*")))
                .hasSize(3);
    }

    @Test
    void namedMeasureIsCompared() {
        Cli.Result r = Cli.run("compare", WALK, REST, "--measure", "mass.plantar_flexors");

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines().get(0)).startsWith("Muscle mass, plantar flexors");
    }

    @Test
    void writesOneChartAndTheDataOfEveryScenario() throws IOException {
        Path png = dir.resolve("cmp.png");
        Path csv = dir.resolve("cmp.csv");
        Path json = dir.resolve("cmp.json");

        Cli.Result r = Cli.run("compare", WALK, REST, SHORT, "--chart", png, "--csv", csv, "--json", json);

        assertThat(r.exitCode()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        List<String> lines = Files.readAllLines(csv);
        int measures = Measure.of(Family.MUSCLE).size();
        assertThat(lines).hasSize(1 + (21 + 1) * measures * 2 + (10 + 1) * measures);
        JsonNode scenarios = new ObjectMapper().readTree(json.toFile()).get("scenarios");
        assertThat(scenarios.valueStream().map(s -> s.get("name").asText()).toList())
                .containsExactly("Rest, \"then\" walk", "Rest, no exercise", "Short stay");
    }

    @Test
    void withAMeasureTheDataHoldOnlyIt() throws IOException {
        Path csv = dir.resolve("cmp.csv");

        assertThat(Cli.run("compare", WALK, REST, "-m", "strength.handgrip", "--csv", csv)
                        .exitCode())
                .isZero();

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + 2 * 22);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains(",strength.handgrip,"));
    }

    @Test
    void oneScenarioIsNotAComparison() {
        Cli.Result r = Cli.run("compare", WALK);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Try 'inertia compare --help'");
    }

    @Test
    void reportsTheProblemsOfEveryInvalidFileAndWritesNothing() {
        Path bad = Cli.bad("two-mistakes.yaml");
        Path syntax = Cli.bad("not-yaml.yaml");

        Cli.Result r = Cli.run("compare", bad, WALK, syntax, "--csv", dir.resolve("x.csv"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(3);
        assertThat(r.errLines().get(0)).startsWith(bad + ":7:11: ");
        assertThat(r.errLines().get(2)).startsWith(syntax + ":2:");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void unknownMeasureIsAUsageError() {
        Cli.Result r = Cli.run("compare", WALK, REST, "--measure", "overall");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).contains("unknown measure 'overall'").contains("did you mean");
    }
}
