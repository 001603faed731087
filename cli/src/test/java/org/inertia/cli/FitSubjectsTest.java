package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.inertia.cli.output.FitCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code inertia fit} on a file of several subjects, its {@code subject} column (issue 14). */
class FitSubjectsTest {

    private static final Path SCENARIO = Cli.SHIPPED.resolve("bed-rest-7d-no-rehab.yaml");

    /** Each subject's true mass-loss-depth and neural-loss-depth, which the model turns into data. */
    private static final Map<String, double[]> TRUTH = new LinkedHashMap<>();

    static {
        TRUTH.put("S01", new double[] {0.12, 0.10});
        TRUTH.put("S02", new double[] {0.20, 0.15});
        TRUTH.put("S03", new double[] {0.30, 0.22});
    }

    @TempDir
    Path dir;

    /**
     * Measurements made by the model itself with each subject's true parameters (knee-extensor
     * strength and mass every third day), the subjects' rows interleaved as a study would list
     * them, columns in an unusual order.
     */
    private Path cohort() throws Exception {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : TRUTH.entrySet()) {
            Path yaml = dir.resolve(e.getKey() + ".yaml");
            Files.writeString(
                    yaml,
                    Files.readString(SCENARIO)
                            .replace(
                                    "phases:",
                                    String.format(
                                            Locale.ROOT,
                                            "parameters:%n  mass-loss-depth: %s%n  neural-loss-depth: %s%nphases:",
                                            e.getValue()[0],
                                            e.getValue()[1])));
            Path csv = dir.resolve(e.getKey() + ".csv");
            Cli.Result r = Cli.run(
                    "run",
                    yaml,
                    "--csv",
                    csv,
                    "--measure",
                    "strength.knee_extensors",
                    "--measure",
                    "mass.knee_extensors");
            assertThat(r.exitCode()).as(r.err()).isZero();
            List<String[]> mine = new ArrayList<>();
            for (List<String> f : Csv.records(csv).subList(1, Csv.records(csv).size())) {
                if (Integer.parseInt(f.get(1)) % 3 == 0) {
                    mine.add(new String[] {f.get(1), f.get(2), f.get(3)});
                }
            }
            rows.put(e.getKey(), mine);
            Files.delete(csv);
            Files.delete(yaml);
        }
        StringBuilder text = new StringBuilder("value,subject,day,measure\n");
        int n = rows.get("S01").size();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, List<String[]>> e : rows.entrySet()) {
                String[] r = e.getValue().get(i);
                text.append(r[2])
                        .append(',')
                        .append(e.getKey())
                        .append(',')
                        .append(r[0])
                        .append(',')
                        .append(r[1])
                        .append('\n');
            }
        }
        Path cohort = dir.resolve("cohort.csv");
        Files.writeString(cohort, text);
        return cohort;
    }

    @Test
    void recoversEachSubjectsParametersAndTheirSpread() throws Exception {
        Path csv = dir.resolve("fits.csv");

        Cli.Result r = Cli.run("fit", cohort(), "--scenario", SCENARIO, "--csv", csv);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<List<String>> records = Csv.records(csv);
        assertThat(String.join(",", records.get(0))).isEqualTo(FitCsv.HEADER);
        assertThat(records).hasSize(1 + 3 * 2);
        int row = 1;
        for (Map.Entry<String, double[]> e : TRUTH.entrySet()) {
            for (int k = 0; k < 2; k++) {
                List<String> f = records.get(row++);
                assertThat(f.get(0)).isEqualTo(e.getKey());
                assertThat(f.get(1)).isEqualTo(k == 0 ? "mass-loss-depth" : "neural-loss-depth");
                // Exact data: the fit must land on the truth to far better than a measurement's precision.
                assertThat(Double.parseDouble(f.get(2)))
                        .isCloseTo(e.getValue()[k], org.assertj.core.data.Offset.offset(1e-4));
                assertThat(Double.parseDouble(f.get(3))).isBetween(0.0, 1e-3);
                assertThat(f.get(4)).isEqualTo("fraction");
                assertThat(f.get(5)).isEqualTo("estimate");
            }
        }
        // The spread, worked out by hand from the truth: mass 0.12, 0.20, 0.30 -> mean 0.2067,
        // SD sqrt(((-.0867)^2 + (-.0067)^2 + .0933^2) / 2) = 0.09019, median 0.20.
        assertThat(r.out())
                .contains("Fitted 2 parameters to each of 3 subjects")
                .containsPattern("mass-loss-depth +3 +0\\.2067 +0\\.0901[89] +0\\.2000 +0\\.1200 +0\\.3000 +fraction")
                .containsPattern("neural-loss-depth +3 +0\\.1567 +0\\.0602[78] +0\\.1500 +0\\.1000 +0\\.2200 +fraction")
                .containsPattern("\nS02 +\\d+ +0\\.2000 \\(")
                .contains("Nothing to paste: each subject has its own values.");
    }

    @Test
    void theCsvStreamsToStandardOutputAndTheTableGoesToStandardError() throws Exception {
        Path cohort = cohort();
        Path file = dir.resolve("fits.csv");
        Cli.Result toFile = Cli.run("fit", cohort, "--scenario", SCENARIO, "--csv", file);
        Cli.Result toStdout = Cli.runWithInput(new byte[0], "fit", cohort, "--scenario", SCENARIO, "--csv", "-");

        assertThat(toStdout.exitCode()).as(toStdout.err()).isZero();
        assertThat(toStdout.out()).isEqualTo(Files.readString(file));
        assertThat(toStdout.err()).contains("Spread across subjects");
        assertThat(toFile.out()).contains("Spread across subjects");
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "|",
            value = {
                "''|subject: empty cell (give each row the id of the subject measured",
                "S\u00071|subject: subject id holds the control or invisible character U+0007 (character 2)",
                "\"S\t1\"|subject: subject id holds the control or invisible character U+0009 (character 2)",
                "SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS|subject: subject id is 65 characters"
                        + " long; at most 64 (use a short id"
            })
    void aBadSubjectIdIsOneLineWithFileLineFieldAndHint(String id, String expected) throws Exception {
        Path data = dir.resolve("bad.csv");
        Files.writeString(
                data,
                "day,measure,value,subject\n2,strength.overall,95,A\n4,strength.overall,93," + id
                        + "\n7,strength.overall,92,A\n");
        Path out = dir.resolve("out.csv");

        Cli.Result r = Cli.run("fit", data, "--scenario", SCENARIO, "--csv", out);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0))
                .startsWith("inertia: " + data + ":3:4: " + expected)
                .endsWith(")");
        assertThat(r.errLines().get(1)).isEqualTo("Try 'inertia fit --help' for more information.");
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void moreThanTenThousandSubjectsAreRefusedBeforeAnyFit() throws Exception {
        StringBuilder text = new StringBuilder("subject,day,measure,value\n");
        for (int i = 1; i <= 10_001; i++) {
            text.append('P').append(i).append(",7,strength.overall,92\n");
        }
        Path data = dir.resolve("many.csv");
        Files.writeString(data, text);

        Cli.Result r = Cli.run("fit", data, "--scenario", SCENARIO);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0))
                .isEqualTo("inertia: " + data + ":10002:1: subject: more than 10000 subjects (fit at most 10000"
                        + " subjects at a time: split the file)");
    }

    @Test
    void eachSubjectIsCheckedOnItsOwnAndTheOneAtFaultIsNamed() throws Exception {
        Path data = dir.resolve("mixed.csv");
        Files.writeString(
                data,
                "subject,day,measure,value\n"
                        + "A,2,strength.overall,95\nA,4,strength.overall,93\nA,7,strength.overall,91\n"
                        + "B,2,strength.overall,0.95\nB,4,strength.overall,0.93\nB,7,strength.overall,0.91\n"
                        + "C,7,strength.overall,92\nC,4,strength.overall,94\n");

        Cli.Result r = Cli.run("fit", data, "--scenario", SCENARIO);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines().get(0))
                .startsWith("inertia: " + data + ":5: value: every value is at most 2")
                .endsWith("(write 95 not 0.95)");
        assertThat(r.errLines().get(1))
                .isEqualTo("inertia: " + data + ":8: subject: subject 'C' has 2 measurements, which cannot determine 2"
                        + " parameters (give each subject more measurements than parameters, or fit fewer parameters)");
    }

    @Test
    void aSubjectStoppedByARangeIsWarnedMarkedAndLeftOutOfTheSpread() throws Exception {
        Path cohort = cohort();
        StringBuilder extreme = new StringBuilder(Files.readString(cohort));
        for (int day = 1; day <= 7; day++) {
            extreme.append("20,X,").append(day).append(",strength.knee_extensors\n");
        }
        Files.writeString(cohort, extreme);
        Path csv = dir.resolve("fits.csv");

        Cli.Result r = Cli.run("fit", cohort, "--scenario", SCENARIO, "--csv", csv);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.errLines()).isNotEmpty().allMatch(l -> l.startsWith("inertia: warning: subject 'X': "));
        assertThat(r.out())
                .containsPattern("\nX +7 .*(at range end|not converged)")
                .containsPattern("mass-loss-depth +3 +0\\.2067")
                .contains("Left out of the spread: 1 subject");
        List<List<String>> records = Csv.records(csv);
        assertThat(records.subList(7, 9)).allSatisfy(f -> {
            assertThat(f.get(0)).isEqualTo("X");
            assertThat(f.get(5)).isIn("at-bound", "not-converged");
        });
    }

    @Test
    void theCsvAndItsColumnsAreInDataFormats() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "data-formats.md"));
        assertThat(doc).contains("`" + FitCsv.HEADER + "`");
        for (String column : FitCsv.HEADER.split(",")) {
            assertThat(doc).as(column).contains("| `" + column + "` |");
        }
        for (String status : List.of("estimate", "not-converged", "at-bound", "not-determined", "other-at-bound")) {
            assertThat(doc).contains("`" + status + "`");
        }
    }

    @Test
    void severalSubjectsCannotGoIntoOneScenarioOrChart() throws Exception {
        Path yaml = dir.resolve("fitted.yaml");
        Path chart = dir.resolve("fit.png");

        Cli.Result r = Cli.run("fit", cohort(), "--scenario", SCENARIO, "--yaml", yaml, "--chart", chart);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).startsWith("inertia: --yaml " + yaml + ": the measurements hold 3 subjects");
        assertThat(r.errLines().get(1)).startsWith("inertia: --chart " + chart + ": the measurements hold 3 subjects");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("cohort.csv");
        }
    }

    @Test
    void aFileWithoutSubjectsFitsAsBeforeAndItsCsvHasAnEmptySubject() throws Exception {
        Path single = dir.resolve("single.csv");
        StringBuilder text = new StringBuilder("day,measure,value\n");
        List<String> lines = Files.readAllLines(cohort());
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = Csv.fields(line);
            if (f.get(1).equals("S02")) {
                text.append(f.get(2))
                        .append(',')
                        .append(f.get(3))
                        .append(',')
                        .append(f.get(0))
                        .append('\n');
            }
        }
        Files.writeString(single, text);
        Path csv = dir.resolve("fit.csv");

        Cli.Result without = Cli.run("fit", single, "--scenario", SCENARIO);
        Cli.Result with = Cli.run("fit", single, "--scenario", SCENARIO, "--csv", csv);

        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(with.out()).isEqualTo(without.out() + "\nWrote " + csv + "\n");
        assertThat(without.out()).contains("Paste into the scenario:\nparameters:\n  mass-loss-depth: 0.2\n");
        assertThat(Csv.records(csv).get(1)).startsWith("", "mass-loss-depth");
    }
}
