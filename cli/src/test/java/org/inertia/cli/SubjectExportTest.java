package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --subjects-csv} and {@code --subjects-parameters-csv} (issue 14): every subject, long form. */
class SubjectExportTest {

    private static final Path WALK = Cli.fixture("rest-then-walk.yaml");
    private static final Path REST = Cli.fixture("rest-only.yaml");
    private static final int DAYS = 21;
    /** Half a bin of the population run's histograms (192 % over 3,072 bins), and rounding to 4 decimals. */
    private static final double BINNING = 192.0 / 3072 / 2 + 1e-4;

    @TempDir
    Path dir;

    @Test
    void everySubjectDayAndMeasureIsOneRowWhoseMedianIsThePopulationRunsMedian() throws IOException {
        Path pop = dir.resolve("pop.csv");
        Path subjects = dir.resolve("subjects.csv");
        int n = 999;

        Cli.Result r = Cli.run(
                "run",
                WALK,
                "--subjects",
                n,
                "--seed",
                5,
                "--measure",
                "strength.knee_extensors",
                "--csv",
                pop,
                "--subjects-csv",
                subjects);

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<List<String>> rows = Csv.records(subjects);
        assertThat(rows.get(0)).containsExactly("scenario", "subject", "day", "measure", "value");
        assertThat(rows).hasSize(1 + n * (DAYS + 1));
        Set<String> keys = new HashSet<>();
        double[][] byDay = new double[DAYS + 1][n];
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row.get(0)).isEqualTo("Rest, \"then\" walk");
            assertThat(row.get(3)).isEqualTo("strength.knee_extensors");
            int subject = Integer.parseInt(row.get(1));
            int day = Integer.parseInt(row.get(2));
            assertThat(subject).isBetween(1, n);
            assertThat(keys.add(subject + "/" + day))
                    .as("one row per subject and day")
                    .isTrue();
            byDay[day][subject - 1] = Double.parseDouble(row.get(4));
        }
        // The population run's median comes from histograms; the subjects' exact median must agree.
        List<List<String>> summary = Csv.records(pop);
        for (List<String> row : summary.subList(1, summary.size())) {
            if (!row.get(2).equals("strength.knee_extensors")) {
                continue;
            }
            int day = Integer.parseInt(row.get(1));
            double[] values = byDay[day].clone();
            Arrays.sort(values);
            assertThat(values[n / 2]).as("day %d", day).isCloseTo(Double.parseDouble(row.get(3)), within(BINNING));
        }
        assertThat(byDay[0]).containsOnly(100.0);
        assertThat(byDay[7][0]).isNotEqualTo(byDay[7][1]);
    }

    @Test
    void subjectsAreTheSamePeopleInEveryScenarioOfACompare() throws IOException {
        Path parameters = dir.resolve("parameters.csv");

        Cli.Result r =
                Cli.run("compare", WALK, REST, "--subjects", 40, "--seed", 9, "--subjects-parameters-csv", parameters);

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<List<String>> rows = Csv.records(parameters);
        assertThat(rows.get(0)).containsExactly("scenario", "subject", "parameter", "value", "unit");
        Map<String, Map<String, String>> byScenario = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            byScenario.computeIfAbsent(row.get(0), k -> new HashMap<>()).put(row.get(1) + "/" + row.get(2), row.get(3));
        }
        assertThat(byScenario).hasSize(2);
        List<Map<String, String>> both = new ArrayList<>(byScenario.values());
        assertThat(both.get(0)).isEqualTo(both.get(1));
        assertThat(both.get(0).get("1/mass-loss-depth"))
                .isNotEqualTo(both.get(0).get("2/mass-loss-depth"));
    }

    @Test
    void withoutSubjectsOrPastTheRowLimitNothingIsWritten() {
        Path subjects = dir.resolve("subjects.csv");

        Cli.Result single = Cli.run("run", WALK, "--subjects-csv", subjects);
        Cli.Result huge = Cli.run(
                "run",
                WALK,
                "--subjects",
                1_000_000,
                "--measure",
                "strength.knee_extensors",
                "--subjects-csv",
                subjects);

        assertThat(single.exitCode()).isEqualTo(2);
        assertThat(single.err()).contains("--subjects-csv needs virtual subjects; add --subjects N");
        assertThat(huge.exitCode()).isEqualTo(2);
        assertThat(huge.err()).contains("22,000,000 rows").contains("20,000,000");
        assertThat(huge.err().lines().filter(l -> l.startsWith("inertia:"))).hasSize(1);
        assertThat(subjects).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }
}
