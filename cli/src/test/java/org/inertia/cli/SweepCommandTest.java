package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code inertia sweep} (issue 4). */
class SweepCommandTest {

    private static final Path WALK = Cli.fixture("rest-then-walk.yaml");

    @TempDir
    Path dir;

    @Test
    void eachSweepValueEqualsARunOfTheSameSettings() throws IOException {
        Path sweepCsv = dir.resolve("sweep.csv");

        Cli.Result r = Cli.run(
                "sweep", WALK, "--vary", "phases[0].days=3..5", "--outcome", "day", "--day", 10, "--csv", sweepCsv);

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(sweepCsv);
        assertThat(rows)
                .containsExactly(
                        "phases[0].days,measure,outcome,value,lower,upper",
                        "3,strength.overall,day 10," + runValue(3, 10) + ",,",
                        "4,strength.overall,day 10," + runValue(4, 10) + ",,",
                        "5,strength.overall,day 10," + runValue(5, 10) + ",,");
    }

    @Test
    void aRunShorterThanTheDayAskedIsLabelledWithTheDayItWasReadOn() {
        // Runs of 8, 18 and 48 days read on day 30: the first two on their last day, and the files
        // say so on their rows, not "day 30" for all.
        String vary = "phases[1].days=1,11,41";
        Path rest = Cli.SHIPPED.resolve("bed-rest-7d-no-rehab.yaml");
        Cli.Result wide = Cli.run("sweep", rest, "--vary", vary, "--outcome", "day", "--day", 30, "--csv", "-");
        assertThat(wide.outLines())
                .filteredOn(l -> !l.startsWith("phases"))
                .extracting(l -> l.split(",")[2])
                .containsExactly("day 8", "day 18", "day 30");
        Cli.Result tidy = Cli.run(
                "sweep", rest, "--vary", vary, "--outcome", "day", "--day", 30, "--csv", "-", "--csv-layout", "long");
        assertThat(tidy.outLines())
                .filteredOn(l -> !l.startsWith("scenario"))
                .extracting(l -> l.replaceAll(".*,strength\\.overall,day,(\\d+),value,.*", "$1"))
                .containsExactly("8", "18", "30");
    }

    @Test
    void aDaySweepOverTwoExercisesOfOnePhaseRunsWhenOneIsSetToZero() throws IOException {
        Path two = dir.resolve("two.yaml");
        Files.writeString(
                two,
                "name: Two exercises\nsubject:\n  age: 45\nphases:\n  - days: 7\n    mobility: bed-rest\n"
                        + "  - days: 28\n    mobility: normal\n    exercise:\n      - activity: walking\n"
                        + "        minutes: 30\n      - activity: cycling\n        minutes: 20\n");
        // The note on runs shorter than --day set the axes in their order: an internal error, exit 1.
        Cli.Result r = Cli.run(
                "sweep",
                two,
                "--vary",
                "phases[1].exercise[0].minutes=0..30:30",
                "--vary",
                "phases[1].exercise[1].minutes=20..120:100",
                "--day",
                30);
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void endOutcomeOfEachRunIsItsLastDay() throws IOException {
        Path sweepCsv = dir.resolve("end.csv");

        assertThat(Cli.run("sweep", WALK, "--vary", "phases[0].days=2,9", "--csv", sweepCsv)
                        .exitCode())
                .isZero();

        List<String> rows = Files.readAllLines(sweepCsv);
        assertThat(rows.get(1)).isEqualTo("2,strength.overall,end," + runValue(2, 2 + 14) + ",,");
        assertThat(rows.get(2)).isEqualTo("9,strength.overall,end," + runValue(9, 9 + 14) + ",,");
    }

    @Test
    void twoFieldsGiveAHeatMapAMatrixAndATidyCsv() throws IOException {
        Path png = dir.resolve("heat.png");
        Path csv = dir.resolve("grid.csv");

        Cli.Result r = Cli.run(
                "sweep",
                WALK,
                "--vary",
                "phases[0].days=1..10",
                "--vary",
                "phases[1].exercise[0].minutes=10..40:10",
                "--measure",
                "strength.knee_extensors",
                "--outcome",
                "lowest",
                "--chart",
                png,
                "--csv",
                csv);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertPng(png);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0))
                .isEqualTo("phases[0].days,phases[1].exercise[0].minutes,measure,outcome,value,lower,upper");
        assertThat(rows).hasSize(1 + 10 * 4);
        assertThat(rows.get(1)).startsWith("1,10,strength.knee_extensors,lowest,");
        assertThat(rows.get(2)).startsWith("1,20,strength.knee_extensors,lowest,");
        assertThat(r.out()).contains("rows: phases[0].days, columns: phases[1].exercise[0].minutes");
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).matches("phases\\[0]\\.days\\s+10\\s+20\\s+30\\s+40"));
        assertThat(r.out()).contains("Wrote " + png, "Wrote " + csv);
    }

    @Test
    void oneFieldGivesALineChart() throws IOException {
        Path png = dir.resolve("line.png");

        Cli.Result r = Cli.run(
                "sweep", WALK, "--vary", "subject.age=20..80:20", "--outcome", "days-to-recover", "--chart", png);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertPng(png);
        assertThat(r.outLines()).contains("Sweep: 4 runs over subject.age");
    }

    @Test
    void anOutcomeThatIsNeverReachedIsEmptyInTheCsvAndSaidInTheTable() throws IOException {
        Path csv = dir.resolve("never.csv");

        Cli.Result r = Cli.run(
                "sweep",
                Cli.fixture("short-stay.yaml"),
                "--vary",
                "phases[0].days=8,10",
                "--outcome",
                "days-to-recover",
                "--csv",
                csv);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(csv))
                .containsExactly(
                        "phases[0].days,measure,outcome,value,lower,upper",
                        "8,strength.overall,days-to-recover,,,",
                        "10,strength.overall,days-to-recover,,,");
        assertThat(r.out()).contains("not back");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "phases[9].days=1..3",
                "nonsense=1..3",
                "phases[0].days=a..b",
                "phases[0].days=5..1",
                "phases[0].days",
                "phases[0].days=0..3",
                "subject.age=10..20",
                "phases[0].days=1..3:0.5",
                "parameters.no-such=1..2",
                "phases[1].exercise[3].minutes=10..20",
                "phases[0].days=3000..3650",
                // Issue 10/12: every number in the one grammar, bounded; indices of any size are user errors.
                "subject.age=18..100:1e-1000000",
                "subject.age=18..100:1e-100000",
                "subject.age=18..100:1e-20",
                "subject.age=18..100:0.001",
                "phases[0].days=1..3650",
                "phases[0].days=1e400",
                "phases[0].days=1..1e999999999",
                "subject.age=NaN",
                "subject.age=30..Infinity",
                "subject.age=30d",
                "subject.age=30F",
                "subject.age=0x1E",
                "subject.age=\u0663\u0660",
                "subject.age=\uFF13\uFF10",
                "subject.age=30,,40",
                "subject.age=",
                "=1..3",
                "phases[99999999999].days=1..3",
                "phases[1].exercise[99999999999999999999].minutes=10",
                "phases[0].exercise[0].minutes=10",
                "parameters.mass-loss-depth=0.1..0.3:0",
                "phases[1].exercise[0].minutes=0.5",
                "phases[1].exercise[0].sessions-per-week=1..14:0.5"
            })
    void aBadVaryIsOneLineExitTwoAndWritesNothing(String vary) {
        Path png = dir.resolve("never.png");
        Path csv = dir.resolve("never.csv");

        Cli.Result r = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> Cli.run("sweep", WALK, "--vary", vary, "--chart", png, "--csv", csv));

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.errLines()).as(r.err()).hasSize(2);
        assertThat(r.errLines().get(0)).startsWith("inertia: --vary");
        assertThat(r.errLines().get(0).length()).isLessThan(300);
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(png).doesNotExist();
        assertThat(csv).doesNotExist();
    }

    /** Review finding: 30..40:3 stopped at 39 without a word. */
    @Test
    void aRangeWhoseEndIsNotOnTheStepGridSaysSoInOneLine() {
        Cli.Result offGrid = Cli.run("sweep", WALK, "--vary", "subject.age=30..40:3");
        Cli.Result onGrid = Cli.run("sweep", WALK, "--vary", "subject.age=30..39:3");

        assertThat(offGrid.exitCode()).as(offGrid.err()).isZero();
        assertThat(offGrid.outLines()).contains("Sweep: 4 runs over subject.age");
        assertThat(offGrid.errLines())
                .containsExactly("inertia: warning: --vary subject.age: stops at 39: 40 is not on the grid of its step"
                        + " (to end at 40, choose a step that divides the range, or list the values)");
        assertThat(onGrid.exitCode()).as(onGrid.err()).isZero();
        assertThat(onGrid.err()).isEmpty();
    }

    @Test
    void aRangeFromAValueToItselfIsOneRunIssue12() {
        Cli.Result r = Cli.run("sweep", WALK, "--vary", "subject.age=30..30");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).contains("Sweep: 1 run over subject.age");
    }

    @Test
    void anUnknownParameterPointsToTheListCommandWhichTheLibraryDoesNotName() {
        Cli.Result r = Cli.run("sweep", WALK, "--vary", "parameters.mass-los-depth=0.1,0.2");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0))
                .isEqualTo("inertia: --vary parameters.mass-los-depth: unknown parameter 'mass-los-depth'"
                        + " (did you mean 'mass-loss-depth'?; 'inertia list parameters' lists them)");
    }

    @Test
    void aGridOfTooManyRunsIsRefusedBeforeAnyRun() {
        Cli.Result r = Cli.run(
                "sweep",
                WALK,
                "--vary",
                "phases[1].exercise[0].minutes=1..480:0.5",
                "--vary",
                "parameters.mass-loss-depth=0..1:0.005");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).startsWith("inertia: --vary: the grid has 192759 runs, at most 100000");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void moreThanTwoFieldsOrOneFieldTwiceIsAUsageError() {
        assertThat(Cli.run(
                                "sweep",
                                WALK,
                                "--vary",
                                "subject.age=20,30",
                                "--vary",
                                "phases[0].days=1,2",
                                "--vary",
                                "phases[1].days=1,2")
                        .exitCode())
                .isEqualTo(2);
        Cli.Result twice = Cli.run("sweep", WALK, "--vary", "subject.age=20,30", "--vary", "subject.age=40,50");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("given twice");
    }

    @Test
    void outcomeAndDayMustAgree() {
        assertThat(Cli.run("sweep", WALK, "--vary", "subject.age=20,30", "--outcome", "day")
                        .err())
                .contains("add --day D");
        assertThat(Cli.run("sweep", WALK, "--vary", "subject.age=20,30", "--outcome", "lowest", "--day", 3)
                        .exitCode())
                .isEqualTo(2);
        assertThat(Cli.run("sweep", WALK, "--vary", "subject.age=20,30", "--outcome", "highest")
                        .exitCode())
                .isEqualTo(2);
        assertThat(Cli.run("sweep", WALK).exitCode()).isEqualTo(2);
    }

    @Test
    void aDayAfterTheEndOfSomeRunsIsNoted() {
        Cli.Result r = Cli.run("sweep", WALK, "--vary", "phases[1].days=5,20", "--day", 25);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Note: some runs end before day 25");
    }

    @Test
    void withSubjectsEachPointIsThePopulationRunOfTheSameSubjects() throws IOException {
        Path sweepCsv = dir.resolve("people.csv");
        Path png = dir.resolve("people.png");

        Cli.Result r = Cli.run(
                "sweep",
                WALK,
                "--vary",
                "phases[0].days=3,6",
                "--subjects",
                400,
                "--outcome",
                "day",
                "--day",
                10,
                "--csv",
                sweepCsv,
                "--chart",
                png);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 grid points of the same 400 virtual subjects", "Seed: 1");
        assertPng(png);
        List<List<String>> rows =
                Files.readAllLines(sweepCsv).stream().skip(1).map(Csv::fields).toList();
        int[] restDays = {3, 6};
        for (int i = 0; i < 2; i++) {
            // run --subjects bins each day's values (0.03 pp); the sweep takes exact percentiles.
            List<String> run = populationRunRow(restDays[i], 10);
            for (int c = 0; c < 3; c++) {
                assertThat(Double.parseDouble(rows.get(i).get(3 + c)))
                        .as("days %d column %d", restDays[i], c)
                        .isCloseTo(Double.parseDouble(run.get(3 + c)), org.assertj.core.api.Assertions.within(0.07));
            }
        }
    }

    @Test
    void theShareRecoveredNeedsSubjectsAndItsDaysAndIsTheSameWhateverTheThreads() throws IOException {
        Cli.Result noSubjects =
                Cli.run("sweep", WALK, "--vary", "phases[0].days=3,6", "--outcome", "share-recovered", "--day", 14);
        assertThat(noSubjects.exitCode()).isEqualTo(2);
        assertThat(noSubjects.err()).contains("add --subjects N").doesNotContain("Exception");
        Cli.Result noDay = Cli.run(
                "sweep", WALK, "--vary", "phases[0].days=3,6", "--outcome", "share-recovered", "--subjects", 50);
        assertThat(noDay.exitCode()).isEqualTo(2);
        assertThat(noDay.err()).contains("add --day D");

        Path one = dir.resolve("one.csv");
        Path two = dir.resolve("two.csv");
        for (Object[] args : new Object[][] {{one, 1}, {two, 2}}) {
            Cli.Result r = Cli.run(
                    "sweep",
                    WALK,
                    "--vary",
                    "phases[0].days=2..12:5",
                    "--subjects",
                    300,
                    "--outcome",
                    "share-recovered",
                    "--day",
                    7,
                    "--threads",
                    args[1],
                    "--csv",
                    args[0]);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("Back within 7 d (% of subjects) [95 % interval]");
        }
        assertThat(Files.readAllLines(two)).isEqualTo(Files.readAllLines(one));
        List<List<String>> rows =
                Files.readAllLines(one).stream().skip(1).map(Csv::fields).toList();
        for (List<String> row : rows) {
            assertThat(row.get(2)).isEqualTo("share-recovered 7 d");
            double share = Double.parseDouble(row.get(3));
            assertThat(Double.parseDouble(row.get(4))).isBetween(0.0, share);
            assertThat(Double.parseDouble(row.get(5))).isBetween(share, 100.0);
            // A share of 300 subjects is a whole number of them.
            assertThat(share * 3).isCloseTo(Math.rint(share * 3), org.assertj.core.api.Assertions.within(1e-3));
        }
        // Longer bed rest: fewer back within a week.
        assertThat(Double.parseDouble(rows.get(0).get(3)))
                .isGreaterThanOrEqualTo(Double.parseDouble(rows.get(2).get(3)));
    }

    @Test
    void tooManySubjectsForASweepAreRefusedBeforeAnyRun() {
        Cli.Result many = Cli.run("sweep", WALK, "--vary", "phases[0].days=3,6", "--subjects", 200_000);
        assertThat(many.exitCode()).isEqualTo(2);
        assertThat(many.err()).contains("at most 100,000 subjects per grid point");
        Cli.Result grid = Cli.run(
                "sweep", WALK, "--vary", "phases[0].days=1..28", "--vary", "subject.age=20..90", "--subjects", 20_000);
        assertThat(grid.exitCode()).isEqualTo(2);
        assertThat(grid.err()).contains("simulated subjects").hasLineCount(2);
    }

    /** The row of {@code run --subjects 400 --seed 1} on a day, with phases[0].days changed. */
    private List<String> populationRunRow(int restDays, int day) throws IOException {
        Path scenario = dir.resolve("people-" + restDays + ".yaml");
        Files.writeString(scenario, Files.readString(WALK).replaceFirst("days: 7\\b", "days: " + restDays));
        Path csv = dir.resolve("people-run-" + restDays + ".csv");
        Cli.Result r =
                Cli.run("run", scenario, "--subjects", 400, "--seed", 1, "--measure", "strength.overall", "--csv", csv);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Files.readAllLines(csv).stream()
                .map(Csv::fields)
                .filter(f -> f.get(1).equals(Integer.toString(day)))
                .findFirst()
                .orElseThrow();
    }

    /** The value of overall strength on a day of {@code run} with phases[0].days changed, as CSV writes it. */
    private String runValue(int restDays, int day) throws IOException {
        Path scenario = dir.resolve("rest-" + restDays + ".yaml");
        Files.writeString(scenario, Files.readString(WALK).replaceFirst("days: 7\\b", "days: " + restDays));
        Path csv = dir.resolve("run-" + restDays + ".csv");
        Cli.Result r = Cli.run("run", scenario, "--measure", "strength.overall", "--csv", csv);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Files.readAllLines(csv).stream()
                .map(Csv::fields)
                .filter(f -> f.get(1).equals(Integer.toString(day)))
                .findFirst()
                .orElseThrow()
                .get(3);
    }

    static void assertPng(Path png) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(bytes.length).isGreaterThan(10_000);
        assertThat(readInt(bytes, 16)).isEqualTo(1200);
        assertThat(readInt(bytes, 20)).isEqualTo(700);
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
