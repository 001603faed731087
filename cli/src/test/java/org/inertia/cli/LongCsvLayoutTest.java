package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.output.LongFormCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep} and {@code sensitivity --csv-layout long} (issue 14): fixed column names that R
 * and pandas take as they are, and the same numbers as the wide layout of the same run, read back
 * with Commons CSV.
 */
class LongCsvLayoutTest {

    private static final Path WALK = Cli.fixture("rest-then-walk.yaml");

    /**
     * A name that R's {@code make.names} leaves as it is and that is a Python identifier, so that
     * pandas' {@code query} can name it: lower-case letters, digits and underscores, starting with a
     * letter, no doubled or trailing underscore.
     */
    private static final Pattern SAFE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    /** Words R or Python reserve, which a column must not be named. */
    private static final Set<String> RESERVED = Set.of(
            "if",
            "else",
            "for",
            "while",
            "in",
            "and",
            "or",
            "not",
            "is",
            "lambda",
            "function",
            "next",
            "break",
            "true",
            "false",
            "null",
            "na",
            "nan",
            "inf",
            "none",
            "class",
            "def",
            "return");

    @TempDir
    Path dir;

    @Test
    void twoFieldSweepLongRowsCarryTheWideNumbersWithFieldPathsAsValues() throws IOException {
        Object[] sweep = {
            "sweep",
            WALK,
            "--vary",
            "phases[0].days=3..5",
            "--vary",
            "phases[1].exercise[0].minutes=10..30:10",
            "--outcome",
            "day",
            "--day",
            10
        };
        List<Map<String, String>> wide = run(sweep, "wide");
        List<Map<String, String>> lng = run(sweep, "long");

        assertThat(lng).hasSize(9).hasSameSizeAs(wide);
        for (int i = 0; i < wide.size(); i++) {
            Map<String, String> w = wide.get(i);
            Map<String, String> l = lng.get(i);
            assertThat(l.get("point")).isEqualTo(Integer.toString(i + 1));
            assertThat(l.get("scenario")).isEqualTo("Rest, \"then\" walk");
            assertThat(l.get("axis_1")).isEqualTo("phases[0].days");
            assertThat(l.get("axis_1_value")).isEqualTo(w.get("phases[0].days"));
            assertThat(l.get("axis_1_unit")).isEqualTo("days");
            assertThat(l.get("axis_2")).isEqualTo("phases[1].exercise[0].minutes");
            assertThat(l.get("axis_2_value")).isEqualTo(w.get("phases[1].exercise[0].minutes"));
            assertThat(l.get("axis_2_unit")).isEqualTo("minutes");
            assertThat(l.get("measure")).isEqualTo(w.get("measure"));
            assertThat(l.get("outcome") + " " + l.get("outcome_day")).isEqualTo(w.get("outcome"));
            assertThat(l.get("statistic")).isEqualTo("value");
            assertThat(l.get("value")).isEqualTo(w.get("value")).isNotEmpty();
            assertThat(List.of(l.get("lower"), l.get("upper"), l.get("interval")))
                    .containsOnly("");
            assertThat(l.get("unit")).isEqualTo("percent_of_baseline");
        }
        assertThat(lng.get(0)).containsEntry("axis_1_value", "3").containsEntry("axis_2_value", "10");
        assertThat(lng.get(1)).containsEntry("axis_1_value", "3").containsEntry("axis_2_value", "20");
    }

    @Test
    void populationSweepSaysWhichPercentilesTheBandIs() throws IOException {
        Object[] sweep = {
            "sweep", WALK, "--vary", "parameters.mass-loss-depth=0.1,0.2", "--subjects", 50, "--band", "10,90"
        };
        List<Map<String, String>> wide = run(sweep, "wide");
        List<Map<String, String>> lng = run(sweep, "long");

        assertThat(lng).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Map<String, String> w = wide.get(i);
            Map<String, String> l = lng.get(i);
            assertThat(l.get("axis_1")).isEqualTo("parameters.mass-loss-depth");
            assertThat(l.get("axis_1_value")).isEqualTo(w.get("parameters.mass-loss-depth"));
            assertThat(l.get("axis_1_unit")).isEqualTo("fraction");
            assertThat(List.of(l.get("axis_2"), l.get("axis_2_value"), l.get("axis_2_unit")))
                    .containsOnly("");
            assertThat(l.get("outcome")).isEqualTo("end").isEqualTo(w.get("outcome"));
            assertThat(l.get("outcome_day")).isEmpty();
            assertThat(l.get("statistic")).isEqualTo("median");
            assertThat(l.get("interval")).isEqualTo("p10_p90");
            for (String c : List.of("value", "lower", "upper")) {
                assertThat(l.get(c)).as(c).isEqualTo(w.get(c)).isNotEmpty();
            }
            assertThat(Double.parseDouble(l.get("lower")))
                    .isLessThanOrEqualTo(Double.parseDouble(l.get("value")))
                    .isLessThanOrEqualTo(Double.parseDouble(l.get("upper")));
        }
    }

    @Test
    void shareRecoveredIsAShareWithItsConfidenceInterval() throws IOException {
        Object[] sweep = {
            "sweep", WALK, "--vary", "subject.age=40,80", "--subjects", 40, "--outcome", "share-recovered", "--day", 20
        };
        List<Map<String, String>> wide = run(sweep, "wide");
        List<Map<String, String>> lng = run(sweep, "long");

        for (int i = 0; i < 2; i++) {
            Map<String, String> l = lng.get(i);
            assertThat(l)
                    .containsEntry("axis_1", "subject.age")
                    .containsEntry("axis_1_unit", "years")
                    .containsEntry("outcome", "share-recovered")
                    .containsEntry("outcome_day", "20")
                    .containsEntry("statistic", "share")
                    .containsEntry("unit", "percent_of_subjects")
                    .containsEntry("interval", "ci95");
            assertThat(wide.get(i).get("outcome")).isEqualTo("share-recovered 20 d");
            for (String c : List.of("value", "lower", "upper")) {
                assertThat(l.get(c)).as(c).isEqualTo(wide.get(i).get(c));
            }
        }
    }

    @Test
    void daysToRecoverAreWholeDaysAndEmptyWhereNotBack() throws IOException {
        Object[] sweep = {"sweep", WALK, "--vary", "phases[0].days=1..3", "--outcome", "days-to-recover"};
        List<Map<String, String>> wide = run(sweep, "wide");
        List<Map<String, String>> lng = run(sweep, "long");

        for (int i = 0; i < wide.size(); i++) {
            assertThat(lng.get(i).get("value")).isEqualTo(wide.get(i).get("value"));
            assertThat(lng.get(i).get("unit")).isEqualTo("days");
        }
    }

    @Test
    void oneAtATimeHasARowPerWideColumnOfEachParameter() throws IOException {
        Object[] sensitivity = {"sensitivity", WALK, "--day", 7};
        List<Map<String, String>> wide = run(sensitivity, "wide");
        List<Map<String, String>> lng = run(sensitivity, "long");

        List<String> statistics =
                List.of("base", "low", "high", "value_at_base", "value_at_low", "value_at_high", "swing");
        assertThat(lng).hasSize(wide.size() * statistics.size());
        for (int p = 0; p < wide.size(); p++) {
            Map<String, String> w = wide.get(p);
            for (int s = 0; s < statistics.size(); s++) {
                Map<String, String> l = lng.get(p * statistics.size() + s);
                String statistic = statistics.get(s);
                assertThat(l.get("statistic")).isEqualTo(statistic);
                assertThat(l.get("value"))
                        .as(w.get("parameter") + " " + statistic)
                        .isEqualTo(w.get(statistic));
                assertThat(l)
                        .containsEntry("method", "one-at-a-time")
                        .containsEntry("parameter", w.get("parameter"))
                        .containsEntry("parameter_unit", w.get("unit"))
                        .containsEntry("measure", w.get("measure"))
                        .containsEntry("outcome", "day")
                        .containsEntry("outcome_day", "7")
                        .containsEntry("distribution", "")
                        .containsEntry(
                                "unit",
                                s < 3 ? w.get("unit") : statistic.equals("swing") ? "pp" : "percent_of_baseline");
                assertThat(w.get("outcome")).isEqualTo("day 7");
            }
        }
    }

    @Test
    void sobolLongRowsHoldTheIndicesWithTheirIntervalsAndTheInputs() throws IOException {
        Object[] sensitivity = {"sensitivity", WALK, "--method", "sobol", "--samples", 64, "--day", 7};
        List<Map<String, String>> wide = run(sensitivity, "wide");
        List<Map<String, String>> lng = run(sensitivity, "long");

        int row = 0;
        for (Map<String, String> w : wide) {
            List<String> statistics = new ArrayList<>(List.of("first_order", "total", "input_low", "input_high"));
            if (w.get("distribution").equals("normal")) {
                statistics.addAll(List.of("input_mean", "input_sd"));
            }
            for (String statistic : statistics) {
                Map<String, String> l = lng.get(row++);
                assertThat(l)
                        .containsEntry("method", "sobol")
                        .containsEntry("parameter", w.get("parameter"))
                        .containsEntry("distribution", w.get("distribution"))
                        .containsEntry("statistic", statistic);
                assertThat(l.get("value"))
                        .as(w.get("parameter") + " " + statistic)
                        .isEqualTo(w.get(statistic));
                if (statistic.startsWith("input_")) {
                    assertThat(l.get("unit")).isEqualTo(w.get("unit"));
                    assertThat(l.get("lower") + l.get("upper") + l.get("interval"))
                            .isEmpty();
                } else {
                    assertThat(l.get("lower")).isEqualTo(w.get(statistic + "_lower"));
                    assertThat(l.get("upper")).isEqualTo(w.get(statistic + "_upper"));
                    assertThat(l.get("unit")).isEqualTo("fraction_of_variance");
                    assertThat(l.get("interval")).isEqualTo("ci95");
                }
            }
        }
        assertThat(row).isEqualTo(lng.size());
    }

    @Test
    void morrisLongRowsHoldMuStarMuAndSigma() throws IOException {
        Object[] sensitivity = {
            "sensitivity", WALK, "--method", "morris", "--trajectories", 6, "--range", "walking-neural-effect=0.2..0.9"
        };
        List<Map<String, String>> wide = run(sensitivity, "wide");
        List<Map<String, String>> lng = run(sensitivity, "long");

        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        for (Map<String, String> l : lng) {
            assertThat(l.get("method")).isEqualTo("morris");
            byKey.put(l.get("parameter") + "/" + l.get("statistic"), l);
        }
        for (Map<String, String> w : wide) {
            String p = w.get("parameter");
            assertThat(byKey.get(p + "/mu_star"))
                    .containsEntry("value", w.get("mu_star"))
                    .containsEntry("lower", w.get("mu_star_lower"))
                    .containsEntry("upper", w.get("mu_star_upper"))
                    .containsEntry("unit", "pp");
            assertThat(byKey.get(p + "/mu")).containsEntry("value", w.get("mu"));
            assertThat(byKey.get(p + "/sigma")).containsEntry("value", w.get("sigma"));
            assertThat(byKey.get(p + "/input_low")).containsEntry("value", w.get("input_low"));
            assertThat(byKey.get(p + "/input_high")).containsEntry("value", w.get("input_high"));
        }
        assertThat(byKey.get("walking-neural-effect/input_low"))
                .containsEntry("value", "0.2")
                .containsEntry("distribution", "uniform");
        assertThat(byKey).doesNotContainKey("walking-neural-effect/input_mean");
    }

    @Test
    void everyLongColumnNameIsUsableInRAndPandasAsItIs() {
        for (String header : List.of(LongFormCsv.SWEEP_HEADER, LongFormCsv.SENSITIVITY_HEADER)) {
            for (String name : header.split(",")) {
                assertThat(name).matches(SAFE).isNotIn(RESERVED);
            }
        }
        // The wide layout's sweep columns are the field paths, which R renames; the long one is the cure.
        assertThat("phases[0].days").doesNotMatch(SAFE);
        assertThat(CsvWriter.GLOBAL_SENSITIVITY_HEADER.split(","))
                .allMatch(n -> SAFE.matcher(n).matches());
    }

    @Test
    void everyLongHeaderAndColumnIsInDataFormats() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "data-formats.md"));
        for (String header : List.of(LongFormCsv.SWEEP_HEADER, LongFormCsv.SENSITIVITY_HEADER)) {
            assertThat(doc).contains("`" + header + "`");
            for (String column : header.split(",")) {
                assertThat(doc).as(column).contains("`" + column + "`");
            }
        }
    }

    @Test
    void longLayoutStreamsToStandardOutputAsTheFileHoldsIt() throws IOException {
        Path file = dir.resolve("file.csv");
        Object[] common = {"sweep", WALK, "--vary", "phases[0].days=2,4", "--csv-layout", "long", "--csv"};

        Cli.Result toFile = Cli.run(append(common, file));
        Cli.Result toStdout = Cli.runWithInput(new byte[0], append(common, "-"));

        assertThat(toFile.exitCode()).as(toFile.err()).isZero();
        assertThat(toStdout.exitCode()).as(toStdout.err()).isZero();
        assertThat(toStdout.out()).isEqualTo(Files.readString(file));
        assertThat(toStdout.out()).startsWith(LongFormCsv.SWEEP_HEADER + "\n");
        assertThat(toStdout.err()).contains("Sweep: 2 runs");
    }

    @Test
    void layoutWithoutCsvOrUnknownIsRefusedAndWritesNothing() throws IOException {
        Path chart = dir.resolve("c.png");
        Cli.Result alone =
                Cli.run("sweep", WALK, "--vary", "phases[0].days=2,4", "--csv-layout", "long", "--chart", chart);
        Cli.Result unknown = Cli.run("sensitivity", WALK, "--csv", dir.resolve("s.csv"), "--csv-layout", "lon");

        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.errLines().get(0)).contains("--csv-layout applies to --csv");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown layout 'lon'", "did you mean 'long'?");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    /** Runs a command with {@code --csv} in a layout; the rows as maps from column to cell. */
    private List<Map<String, String>> run(Object[] command, String layout) throws IOException {
        Path csv = dir.resolve(layout + ".csv");
        Cli.Result r = Cli.run(append(append(append(command, "--csv"), csv), "--csv-layout", layout));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<List<String>> records = Csv.records(csv);
        List<String> header = records.get(0);
        if (layout.equals("long")) {
            assertThat(String.join(",", header)).isIn(LongFormCsv.SWEEP_HEADER, LongFormCsv.SENSITIVITY_HEADER);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertThat(record).hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        Files.delete(csv);
        return rows;
    }

    private static Object[] append(Object[] args, Object... more) {
        Object[] all = new Object[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
