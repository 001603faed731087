package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code run} and {@code compare} with {@code --subjects} (issue 4): virtual populations. */
class PopulationRunTest {

    private static final Path WALK = Cli.fixture("rest-then-walk.yaml");
    private static final Path REST = Cli.fixture("rest-only.yaml");
    private static final int DAYS = 21;
    private static final String HEADER = "scenario,day,measure,value,lower,upper";

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesTheSameCsvOnEveryRunAndWithAnyNumberOfThreads() throws IOException {
        Path one = dir.resolve("one.csv");
        Path four = dir.resolve("four.csv");
        Path again = dir.resolve("again.csv");

        assertThat(Cli.run("run", WALK, "--subjects", 600, "--seed", 42, "--threads", 1, "--csv", one)
                        .exitCode())
                .isZero();
        assertThat(Cli.run("run", WALK, "--subjects", 600, "--seed", 42, "--threads", 4, "--csv", four)
                        .exitCode())
                .isZero();
        assertThat(Cli.run("run", WALK, "--subjects", 600, "--seed", 42, "--threads", 4, "--csv", again)
                        .exitCode())
                .isZero();

        assertThat(Files.readAllBytes(four)).isEqualTo(Files.readAllBytes(one));
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(one));
    }

    @Test
    void anotherSeedGivesOtherSubjects() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");

        Cli.run("run", WALK, "--subjects", 300, "--seed", 1, "--csv", a);
        Cli.run("run", WALK, "--subjects", 300, "--seed", 2, "--csv", b);

        assertThat(Files.readString(a)).isNotEqualTo(Files.readString(b));
    }

    @Test
    void csvHoldsTheMedianInsideItsBandForEveryDayAndMeasure() throws IOException {
        Path csv = dir.resolve("pop.csv");

        Cli.Result r = Cli.run("run", WALK, "--subjects", 1000, "--seed", 3, "--csv", csv);

        assertThat(r.exitCode()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines).hasSize(1 + (DAYS + 1) * Measure.of(Family.MUSCLE).size());
        boolean spread = false;
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = Csv.fields(line);
            assertThat(f).hasSize(6);
            double value = Double.parseDouble(f.get(3));
            double lower = Double.parseDouble(f.get(4));
            double upper = Double.parseDouble(f.get(5));
            assertThat(lower).as(line).isLessThanOrEqualTo(value);
            assertThat(value).as(line).isLessThanOrEqualTo(upper);
            spread |= upper - lower > 1;
        }
        assertThat(spread).as("subjects differ").isTrue();
        // Day 0 is everyone's baseline.
        assertThat(lines.get(1)).endsWith(",0,strength.knee_extensors,100.0000,100.0000,100.0000");
    }

    @Test
    void withoutSubjectsLowerAndUpperStayEmpty() throws IOException {
        Path csv = dir.resolve("single.csv");

        assertThat(Cli.run("run", WALK, "--csv", csv).exitCode()).isZero();

        for (String line : Files.readAllLines(csv).subList(1, 10)) {
            assertThat(Csv.fields(line).subList(4, 6)).containsExactly("", "");
        }
    }

    @Test
    void aNarrowerBandLiesInsideTheDefaultOne() throws IOException {
        Path wide = dir.resolve("wide.csv");
        Path narrow = dir.resolve("narrow.csv");

        Cli.run("run", WALK, "--subjects", 800, "--seed", 5, "--measure", "strength.overall", "--csv", wide);
        Cli.run(
                "run",
                WALK,
                "--subjects",
                800,
                "--seed",
                5,
                "--measure",
                "strength.overall",
                "--band",
                "25,75",
                "--csv",
                narrow);

        List<String> w = Files.readAllLines(wide);
        List<String> n = Files.readAllLines(narrow);
        assertThat(n).hasSameSizeAs(w).hasSize(1 + DAYS + 1);
        for (int i = 1; i < w.size(); i++) {
            List<String> fw = Csv.fields(w.get(i));
            List<String> fn = Csv.fields(n.get(i));
            assertThat(fn.get(3)).isEqualTo(fw.get(3)); // the same median
            assertThat(Double.parseDouble(fn.get(4))).isGreaterThanOrEqualTo(Double.parseDouble(fw.get(4)));
            assertThat(Double.parseDouble(fn.get(5))).isLessThanOrEqualTo(Double.parseDouble(fw.get(5)));
        }
    }

    @Test
    void aSeedIsDrawnAndPrintedWhenNoneIsGivenAndRepeatsTheRun() throws IOException {
        Path first = dir.resolve("first.csv");
        Path repeat = dir.resolve("repeat.csv");

        Cli.Result r = Cli.run("run", WALK, "--subjects", 200, "--csv", first);

        assertThat(r.exitCode()).isZero();
        Matcher m = Pattern.compile("(?m)^Seed: (\\d+) \\(rerun with --seed (\\d+)\\)$")
                .matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        assertThat(m.group(2)).isEqualTo(m.group(1));
        assertThat(Cli.run("run", WALK, "--subjects", 200, "--seed", m.group(1), "--csv", repeat)
                        .exitCode())
                .isZero();
        assertThat(Files.readAllBytes(repeat)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void aGivenSeedIsPrintedWithoutTheRerunHint() {
        Cli.Result r = Cli.run("run", WALK, "--subjects", 100, "--seed", 77);

        assertThat(r.outLines()).contains("Seed: 77");
        assertThat(r.out()).doesNotContain("rerun");
    }

    @Test
    void tableShowsTheSpreadOfLowestEndAndDaysToRecoverPerMuscleGroup() {
        Cli.Result r = Cli.run("run", WALK, "--subjects", 500, "--seed", 9);

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).as("no progress bar outside a terminal").isEmpty();
        assertThat(r.out())
                .contains(
                        "Population: 500 virtual subjects",
                        "5th to 95th percentile",
                        "Lowest % (median [5-95])",
                        "End % (median [5-95])",
                        "Days to recover (median [5-95])");
        for (MuscleGroup g : MuscleGroup.values()) {
            String row = r.outLines().stream()
                    .filter(l -> l.startsWith(g.label()))
                    .findFirst()
                    .orElseThrow();
            assertThat(row)
                    .matches(
                            Pattern.quote(g.label())
                                    + "\\s+\\d+\\.\\d \\[\\d+\\.\\d-\\d+\\.\\d]\\s+\\d+\\.\\d \\[\\d+\\.\\d-\\d+\\.\\d]\\s+(\\d+|not back) \\[(\\d+|not back)-(\\d+|not back)]");
        }
    }

    @Test
    void namedMeasuresAreTheRowsAndTheData() throws IOException {
        Path csv = dir.resolve("m.csv");

        Cli.Result r = Cli.run(
                "run",
                WALK,
                "--subjects",
                200,
                "--seed",
                1,
                "-m",
                "mass.overall",
                "-m",
                "strength.handgrip",
                "--csv",
                csv);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Muscle mass, overall", "Strength, handgrip");
        assertThat(Files.readAllLines(csv).stream()
                        .skip(1)
                        .map(l -> Csv.fields(l).get(2))
                        .distinct())
                .containsExactly("mass.overall", "strength.handgrip");
    }

    @Test
    void jsonCarriesSeedSubjectsBandResolutionAndTheThreeSeries() throws IOException {
        Path json = dir.resolve("pop.json");

        assertThat(Cli.run("run", WALK, "--subjects", 300, "--seed", 11, "--band", "10,90", "--json", json)
                        .exitCode())
                .isZero();

        JsonNode s = new ObjectMapper().readTree(json.toFile()).get("scenarios").get(0);
        JsonNode population = s.get("population");
        assertThat(population.get("subjects").intValue()).isEqualTo(300);
        assertThat(population.get("seed").longValue()).isEqualTo(11L);
        assertThat(population
                        .get("band")
                        .valueStream()
                        .map(JsonNode::doubleValue)
                        .toList())
                .containsExactly(10.0, 90.0);
        assertThat(population.get("resolutionPp").doubleValue()).isPositive().isLessThan(0.1);
        String key = Measure.OVERALL_STRENGTH.key();
        JsonNode median = s.get("series").get(key);
        JsonNode lower = s.get("lower").get(key);
        JsonNode upper = s.get("upper").get(key);
        assertThat(median).hasSize(DAYS + 1);
        for (int d = 0; d <= DAYS; d++) {
            assertThat(lower.get(d).doubleValue())
                    .isLessThanOrEqualTo(median.get(d).doubleValue());
            assertThat(median.get(d).doubleValue())
                    .isLessThanOrEqualTo(upper.get(d).doubleValue());
        }
        JsonNode summary = s.get("summary").get(key);
        assertThat(summary.fieldNames()).toIterable().containsExactly("lowest", "end", "daysToRecover", "notBackShare");
        JsonNode lowest = summary.get("lowest");
        assertThat(lowest.get("lower").doubleValue())
                .isLessThanOrEqualTo(lowest.get("median").doubleValue());
        assertThat(lowest.get("median").doubleValue())
                .isLessThanOrEqualTo(lowest.get("upper").doubleValue());
    }

    @Test
    void writesABandChart() throws IOException {
        Path png = dir.resolve("band.png");

        assertThat(Cli.run("run", WALK, "--subjects", 200, "--seed", 1, "--chart", png)
                        .exitCode())
                .isZero();

        byte[] bytes = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(bytes.length).isGreaterThan(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"50,95", "5,50", "60,40", "-1,95", "5,101", "5", "5,95,99", "a,b", "NaN,95"})
    void aBandThatDoesNotStraddleTheMedianIsAUsageError(String band) {
        Path csv = dir.resolve("never.csv");

        Cli.Result r = Cli.run("run", WALK, "--subjects", 10, "--band", band, "--csv", csv);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0)).contains("--band");
        assertThat(csv).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--seed=1", "--band=25,75", "--threads=2"})
    void populationOptionsNeedSubjects(String option) {
        Cli.Result r = Cli.run("run", WALK, option);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("add --subjects N");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "10000001"})
    void subjectsOutOfRangeAreAUsageError(String subjects) {
        Cli.Result r = Cli.run("run", WALK, "--subjects", subjects);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--subjects");
    }

    @Test
    void aLongRunWithoutMeasuresSummarisesOnlyTheChartMeasureAndSaysSo() throws IOException {
        Path scenario = dir.resolve("ten-years.yaml");
        Files.writeString(
                scenario,
                """
                name: Ten years
                subject: {age: 50, sex: female, condition: healthy}
                phases:
                  - {name: Bed rest, days: 7, mobility: bed-rest}
                  - {name: Normal, days: 3643, mobility: normal}
                """);
        Path csv = dir.resolve("long.csv");

        Cli.Result r = Cli.run("run", scenario, "--subjects", 20, "--seed", 1, "--csv", csv);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Note: 20 subjects over 3650 days: summarising only strength.overall");
        assertThat(Files.readAllLines(csv)).hasSize(1 + 3651);
    }

    @Test
    void compareRunsTheSameSubjectsInEveryScenario() throws IOException {
        Path csv = dir.resolve("cmp.csv");
        Path png = dir.resolve("cmp.png");

        Cli.Result r = Cli.run("compare", WALK, REST, "--subjects", 400, "--seed", 8, "--csv", csv, "--chart", png);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("the same draws in every scenario", "Seed: 8");
        assertThat(r.outLines().stream().filter(l -> l.matches(".*\\d+\\.\\d \\[\\d+\\.\\d-\\d+\\.\\d].*")))
                .hasSize(2);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines).hasSize(1 + 2 * (DAYS + 1) * Measure.of(Family.MUSCLE).size());
        // Both scenarios start with a week of bed rest: the same subjects lose the same.
        assertThat(day7(lines, "Rest, \"then\" walk")).isEqualTo(day7(lines, "Rest, no exercise"));
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    /** Median, lower and upper of overall strength on day 7 of a scenario in a population CSV. */
    private static List<String> day7(List<String> lines, String scenario) {
        return lines.stream()
                .map(Csv::fields)
                .filter(f -> f.get(0).equals(scenario)
                        && f.get(1).equals("7")
                        && f.get(2).equals("strength.overall"))
                .findFirst()
                .orElseThrow()
                .subList(3, 6);
    }
}
