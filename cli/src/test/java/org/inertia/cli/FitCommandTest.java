package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inertia.sim.evidence.ParameterFit;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {

    private static final Path SCENARIO = Cli.SHIPPED.resolve("bed-rest-7d-no-rehab.yaml");

    /** Measurements made by the model itself with neural-loss-depth 0.15: the fit must find it again. */
    private static Path syntheticMeasurements(Path dir) throws Exception {
        Path yaml = dir.resolve("truth.yaml");
        Files.writeString(
                yaml, Files.readString(SCENARIO).replace("phases:", "parameters:\n  neural-loss-depth: 0.15\nphases:"));
        Path csv = dir.resolve("truth.csv");
        assertThat(Cli.run("run", yaml, "--csv", csv, "--measure", "strength.knee_extensors")
                        .exitCode())
                .isZero();
        StringBuilder m = new StringBuilder("day,measure,value\n");
        for (String line : Files.readAllLines(csv).subList(1, 36)) {
            java.util.List<String> f = Csv.fields(line);
            m.append(f.get(1))
                    .append(',')
                    .append(f.get(2))
                    .append(',')
                    .append(f.get(3))
                    .append('\n');
        }
        Path measurements = dir.resolve("measured.csv");
        Files.writeString(measurements, m);
        return measurements;
    }

    @Test
    void recoversTheParameterThatMadeTheDataAndWritesAScenarioWithIt(@TempDir Path dir) throws Exception {
        Path measurements = syntheticMeasurements(dir);
        Path fitted = dir.resolve("fitted.yaml");
        Path chart = dir.resolve("fit.svg");
        Cli.Result r = Cli.run(
                "fit",
                measurements,
                "--scenario",
                SCENARIO,
                "--parameters",
                "neural-loss-depth",
                "--yaml",
                fitted,
                "--chart",
                chart);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Paste into the scenario:\nparameters:\n  neural-loss-depth: 0.15\n");
        Scenario s = ScenarioReader.read(fitted);
        assertThat(s.modelParameters().get(org.inertia.sim.parameters.Parameter.NEURAL_LOSS_DEPTH))
                .isEqualTo(0.15);
        assertThat(Files.readString(chart)).contains("<svg");
    }

    @Test
    void badMeasurementsAreOneLineErrorsWithExitCodeTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "day,measure,value\n1,strength.overall,abc\n99,strength.overall,90\n");
        Cli.Result r = Cli.run("fit", bad, "--scenario", SCENARIO, "--yaml", dir.resolve("out.yaml"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":2:3: value: must be a number (was 'abc')");
        assertThat(Files.exists(dir.resolve("out.yaml"))).isFalse();
        assertThat(r.err()).doesNotContain("Exception");
    }

    /** Issue 10: every mistake in a measurement file is a one-line user error, never an internal one. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "day,measure,value\n7,strength.overall,92d\n",
                "day,measure,value\n7,strength.overall,85F\n",
                "day,measure,value\n7,strength.overall,0x1.6p6\n",
                "day,measure,value\n7,strength.overall,\u0669\u0662\n",
                "day,measure,value\n7,strength.overall,\uFF19\uFF12\n",
                "day,measure,value\n7,strength.overall,1e-1000000\n",
                "day,measure,value\n7,strength.overall,NaN\n",
                "day,measure,value,value\n7,strength.overall,92,93\n",
                "day,day,measure,value\n7,8,strength.overall,92\n",
                "day,measure,value\n7,strength.overall,\"92\n",
                "day,measure,value\n7,strength.overall,9\"2\n",
                "day,measure,value\r\n7,strength.overall,92\r\n7,strength.overall,93\r\n",
                "day,measure,value\n99999999999,strength.overall,92\n",
                "day;measure;value\n7;strength.overall;92\n",
            })
    void everyMeasurementFileMistakeIsAUserError(String text, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, text);
        Cli.Result r = Cli.run("fit", bad, "--scenario", SCENARIO, "--yaml", dir.resolve("out.yaml"));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0)).startsWith("inertia: " + bad + ":");
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("Exception");
        assertThat(dir.resolve("out.yaml")).doesNotExist();
    }

    @Test
    void aParameterTakenWhereTheMeasurementsNoLongerDependOnItIsNotPastedOrWritten(@TempDir Path dir) throws Exception {
        // A fast early loss of thigh size: the fit drives the depth up to where the model stops
        // responding to it; it used to paste the other parameter alone, a scenario that does not
        // reproduce the fit.
        Path early = dir.resolve("early.csv");
        Files.writeString(
                early,
                "day,measure,value,sd\n1,mass.knee_extensors,99.328,1\n2,mass.knee_extensors,98.814,1\n"
                        + "3,mass.knee_extensors,97.359,1\n4,mass.knee_extensors,94.787,1\n"
                        + "5,mass.knee_extensors,96.083,1\n");
        Path yaml = dir.resolve("fitted.yaml");

        Cli.Result r = Cli.run(
                "fit",
                early,
                "--scenario",
                SCENARIO,
                "--parameters",
                "mass-loss-depth,mass-loss-tau-days",
                "--yaml",
                yaml);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).containsPattern("mass-loss-depth = 0\\.[6-9]").contains("no longer depend on it");
        assertThat(yaml).doesNotExist();
        Cli.Result table = Cli.run(
                "fit",
                early,
                "--scenario",
                SCENARIO,
                "--parameters",
                "mass-loss-depth,mass-loss-tau-days",
                "--csv",
                "-");
        assertThat(table.out())
                .containsPattern(",mass-loss-depth,0\\.[6-9]")
                .contains(",fraction,stalled")
                .contains(",d,other-at-bound");
        Cli.Result text =
                Cli.run("fit", early, "--scenario", SCENARIO, "--parameters", "mass-loss-depth,mass-loss-tau-days");
        assertThat(text.out()).contains("Nothing to paste").doesNotContain("no measurement depends on mass-loss-depth");
    }

    @Test
    void anEstimateTheMeasurementsHardlyDetermineIsSaidSo(@TempDir Path dir) throws Exception {
        // The first week of calf size in bed rest, noise-free, from mass-loss-depth 0.25: the depth
        // comes back, but with a standard error of 0.83 on a range of 0 to 1.
        Path scenario = dir.resolve("base.yaml");
        Files.writeString(
                scenario,
                "name: Base\nsubject:\n  age: 45\n  sex: female\nphases:\n  - days: 21\n    mobility: bed-rest\n"
                        + "  - days: 28\n    mobility: normal\n");
        Path week = dir.resolve("week.csv");
        Files.writeString(
                week,
                "day,measure,value,sd\n1,mass.plantar_flexors,98.6573,1\n2,mass.plantar_flexors,97.3502,1\n"
                        + "3,mass.plantar_flexors,96.0780,1\n4,mass.plantar_flexors,94.8395,1\n"
                        + "5,mass.plantar_flexors,93.6340,1\n6,mass.plantar_flexors,92.4606,1\n"
                        + "7,mass.plantar_flexors,91.3183,1\n");

        Cli.Result r =
                Cli.run("fit", week, "--scenario", scenario, "--parameters", "mass-loss-depth,mass-loss-tau-days");

        assertThat(r.exitCode()).as(r.err()).isZero();
        // The data came from 0.25; the start is the calibration's value.
        assertThat(r.out()).containsPattern("mass-loss-depth +0\\.1\\d+ +0\\.2[45]");
        assertThat(r.err())
                .containsPattern("mass-loss-depth = 0\\.2[45]\\d* ± 0\\.8")
                .contains("hardly determine it")
                .doesNotContain("mass-loss-tau-days =");
    }

    @Test
    void aBlankSdAmongGivenOnesIsRefusedNotReadAsOnePoint(@TempDir Path dir) throws Exception {
        Path mixed = dir.resolve("mixed.csv");
        Files.writeString(
                mixed,
                "day,measure,value,sd\n7,strength.knee_extensors,80,\n14,strength.knee_extensors,70,10\n"
                        + "21,strength.knee_extensors,66,10\n");

        Cli.Result r = Cli.run("fit", mixed, "--scenario", SCENARIO, "--parameters", "neural-loss-depth");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0))
                .endsWith(":2: sd: gives no sd, while 2 other rows do (give every row its sd, or none (then the"
                        + " spread is estimated from the residuals))");
    }

    @Test
    void crlfMeasurementsFitLikeLf(@TempDir Path dir) throws Exception {
        Path lf = syntheticMeasurements(dir);
        Path crlf = dir.resolve("crlf.csv");
        Files.writeString(crlf, Files.readString(lf).replace("\n", "\r\n"));
        Cli.Result a = Cli.run("fit", lf, "--scenario", SCENARIO, "--parameters", "neural-loss-depth");
        Cli.Result b = Cli.run("fit", crlf, "--scenario", SCENARIO, "--parameters", "neural-loss-depth");
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(b.out().replace(crlf.toString(), "F")).isEqualTo(a.out().replace(lf.toString(), "F"));
    }

    @Test
    void anUnknownMeasurePointsToTheListCommandWhichTheLibraryDoesNotName(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "day,measure,value\n7,strength.overal,92\n");
        Cli.Result r = Cli.run("fit", bad, "--scenario", SCENARIO);
        assertThat(r.errLines().get(0))
                .isEqualTo("inertia: " + bad + ":2:2: measure: unknown measure 'strength.overal'"
                        + " (did you mean 'strength.overall'?; 'inertia list measures' lists them)");
    }

    @Test
    void unknownParametersGetADidYouMean(@TempDir Path dir) throws Exception {
        Cli.Result r =
                Cli.run("fit", syntheticMeasurements(dir), "--scenario", SCENARIO, "--parameters", "mass-los-depth");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("did you mean 'mass-loss-depth'?");
    }

    @Test
    void tooFewMeasurementsForTheParametersIsAUserError(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "day,measure,value\n7,strength.overall,92\n");
        Cli.Result r = Cli.run("fit", one, "--scenario", SCENARIO);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("1 measurements cannot determine 2 parameters");
    }
    /** Issue 14: values in the wrong unit (0.91 for 91 %) are one line with the fix, exit 2, nothing written. */
    @Test
    void valuesWrittenAsFractionsAreRefusedWithTheFixIssue14(@TempDir Path dir) throws Exception {
        Path fractions = dir.resolve("fractions.csv");
        Files.writeString(
                fractions,
                "day,measure,value\n2,strength.overall,0.91\n5,strength.overall,0.87\n7,strength.overall,0.85\n");
        Path yaml = dir.resolve("out.yaml");
        Cli.Result r = Cli.run("fit", fractions, "--scenario", SCENARIO, "--yaml", yaml);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0))
                .startsWith("inertia: " + fractions + ":2:")
                .contains("they look like fractions of baseline (such as 0.91)")
                .endsWith("(write 91 not 0.91)");
        assertThat(yaml).doesNotExist();
    }

    @Test
    void aMeasureTheScenarioDoesNotChangeIsRefusedIssue14(@TempDir Path dir) throws Exception {
        Path normal = dir.resolve("normal.yaml");
        Files.writeString(
                normal,
                "name: Normal life\nsubject: {age: 40, sex: male}\nphases:\n  - {name: Life, days: 14, mobility: normal}\n");
        Path data = dir.resolve("data.csv");
        Files.writeString(
                data, "day,measure,value\n2,strength.overall,95\n7,strength.overall,92\n9,strength.overall,90\n");
        Cli.Result r = Cli.run("fit", data, "--scenario", normal);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines().get(0))
                .startsWith("inertia: " + data + ":2:")
                .contains("the scenario leaves strength.overall at 100 % of baseline on every day");
    }

    /** Issue 14: a value held at the end of its range is not an estimate: a warning, and nothing to paste. */
    @Test
    void aFitStoppedByTheRangeWarnsAndOffersNothingToPasteIssue14(@TempDir Path dir) throws Exception {
        Path extreme = dir.resolve("extreme.csv");
        StringBuilder rows = new StringBuilder("day,measure,value\n");
        for (int day = 1; day <= 7; day++) {
            rows.append(day).append(",strength.overall,20\n");
        }
        Files.writeString(extreme, rows);
        Cli.Result r = Cli.run("fit", extreme, "--scenario", SCENARIO, "--parameters", "neural-loss-depth");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.errLines())
                .singleElement()
                .asString()
                .startsWith("inertia: warning: neural-loss-depth = ")
                .contains("is at the upper end of its allowed range");
        assertThat(r.out()).doesNotContain("Paste into the scenario").doesNotContain("parameters:\n");
        assertThat(r.out()).contains("Nothing to paste: the fitted values are not estimates");

        Path yaml = dir.resolve("fitted.yaml");
        Path chart = dir.resolve("fit.svg");
        Cli.Result withYaml = Cli.run(
                "fit",
                extreme,
                "--scenario",
                SCENARIO,
                "--parameters",
                "neural-loss-depth",
                "--yaml",
                yaml,
                "--chart",
                chart);
        assertThat(withYaml.exitCode()).isEqualTo(2);
        assertThat(withYaml.out()).isEmpty();
        assertThat(withYaml.err()).contains("inertia: --yaml " + yaml + ": not written");
        assertThat(yaml).doesNotExist();
        assertThat(chart).doesNotExist();
    }

    @Test
    void aFitThatDidNotConvergeIsAWarningToo() {
        ParameterFit.Result stopped = new ParameterFit.Result(
                null,
                java.util.Map.of(Parameter.NEURAL_LOSS_DEPTH, 0.1),
                java.util.Map.of(Parameter.NEURAL_LOSS_DEPTH, 0.01),
                1,
                0.9,
                10,
                null,
                false);
        assertThat(FitCommand.warnings(stopped)).singleElement().asString().startsWith("the fit did not converge");
    }
}
