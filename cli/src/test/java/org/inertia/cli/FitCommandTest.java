package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
