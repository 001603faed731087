package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inertia.cli.output.CsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code inertia sensitivity} (issue 4). */
class SensitivityCommandTest {

    private static final Path WALK = Cli.fixture("rest-then-walk.yaml");

    @TempDir
    Path dir;

    @Test
    void writesATornadoChartAndOneCsvRowPerParameterLargestSwingFirst() throws IOException {
        Path png = dir.resolve("tornado.png");
        Path csv = dir.resolve("sens.csv");

        Cli.Result r = Cli.run(
                "sensitivity", WALK, "--measure", "strength.knee_extensors", "--day", 7, "--chart", png, "--csv", csv);

        assertThat(r.exitCode()).as(r.err()).isZero();
        SweepCommandTest.assertPng(png);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo(CsvWriter.SENSITIVITY_HEADER);
        assertThat(rows.size()).isGreaterThan(10);
        double previous = Double.POSITIVE_INFINITY;
        for (String row : rows.subList(1, rows.size())) {
            List<String> f = Csv.fields(row);
            assertThat(f.get(5)).isEqualTo("strength.knee_extensors");
            assertThat(f.get(6)).isEqualTo("day 7");
            double swing = Double.parseDouble(f.get(10));
            assertThat(swing).isLessThanOrEqualTo(previous);
            previous = swing;
            // ±10 %: low and high are 0.9 and 1.1 times the base, unless a range bound stops them.
            double base = Double.parseDouble(f.get(2));
            assertThat(Double.parseDouble(f.get(3))).isCloseTo(0.9 * base, offset(1e-6 * base));
        }
        assertThat(Csv.fields(rows.get(1)).get(0))
                .isIn("neural-loss-depth", "susceptibility.knee_extensors", "mass-loss-depth");
    }

    @Test
    void outcomeAtBaseIsTheRunsValueOnTheLastDayByDefault() throws IOException {
        Path csv = dir.resolve("sens.csv");
        Path runCsv = dir.resolve("run.csv");

        assertThat(Cli.run("sensitivity", WALK, "--csv", csv).exitCode()).isZero();
        assertThat(Cli.run("run", WALK, "--measure", "strength.overall", "--csv", runCsv)
                        .exitCode())
                .isZero();

        List<String> first = Csv.fields(Files.readAllLines(csv).get(1));
        List<String> lastDay = Csv.fields(Files.readAllLines(runCsv).get(22));
        assertThat(lastDay.get(1)).isEqualTo("21");
        assertThat(first.get(6)).isEqualTo("day 21");
        assertThat(first.get(7)).isEqualTo(lastDay.get(3));
    }

    @Test
    void tablePrintsEveryParameterWithItsMovesAndSwing() {
        Cli.Result r = Cli.run("sensitivity", WALK, "--step", 20);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains(
                        "Sensitivity of strength.overall on day 21",
                        "-20 % -> outcome",
                        "+20 % -> outcome",
                        "Swing (pp)",
                        "no effect");
        assertThat(r.out()).containsPattern("neural-loss-depth\\s+fraction\\s+[\\d.]+\\s+[\\d.]+ -> [\\d.]+");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--step=0",
                "--step=100",
                "--step=-5",
                "--day=22",
                "--day=-1",
                // Review finding: day 0 is the baseline, where every swing is 0.
                "--day=0",
                "--step=x",
                // Issue 12: the one number grammar, bounded; never an internal error.
                "--step=NaN",
                "--step=Infinity",
                "--step=-Infinity",
                "--step=1e400",
                "--step=1e-400",
                "--step=1e-1000000",
                "--step=10d",
                "--step=10F",
                "--step=0x10",
                "--step=\uFF11\uFF10",
                "--step=\u0661\u0660",
                "--step=10%",
                "--step=",
                "--step=100000000000000000000000000000000000000000000000000"
            })
    void badStepOrDayIsAUsageErrorAndWritesNothing(String option) {
        Path csv = dir.resolve("never.csv");

        Cli.Result r = Cli.run("sensitivity", WALK, option, "--csv", csv);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.errLines()).as(r.err()).hasSize(2);
        assertThat(r.errLines().get(0)).startsWith("inertia: --");
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("Exception");
        assertThat(csv).doesNotExist();
    }

    @Test
    void aStepIsReadInTheOneNumberGrammar() {
        Cli.Result r = Cli.run("sensitivity", WALK, "--step", "2.5e1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("-25 % -> outcome", "+25 % -> outcome");
        Cli.Result nan = Cli.run("sensitivity", WALK, "--step", "NaN");
        assertThat(nan.errLines().get(0)).startsWith("inertia: --step: 'NaN' ");
    }

    /** Review finding: --day 0 reported a swing of 0 for every parameter. */
    @Test
    void dayZeroIsRefusedWithAHint() {
        Cli.Result r = Cli.run("sensitivity", WALK, "--day", 0);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines().get(0))
                .contains("--day 0")
                .contains("100 % of baseline")
                .contains("give a day from 1 to");
    }
}
