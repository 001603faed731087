package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inertia.cli.output.CsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code inertia sensitivity --method sobol|morris} (issue 15). */
class GlobalSensitivityCommandTest {

    private static final Path WALK = Cli.fixture("rest-then-walk.yaml");

    private static final Path CLAIM = Cli.SHIPPED.resolve("preset-one-percent-a-day.yaml");

    @TempDir
    Path dir;

    @Test
    void sobolWritesBarsAndOneCsvRowPerParameterLargestTotalEffectFirst() throws IOException {
        Path png = dir.resolve("sobol.png");
        Path csv = dir.resolve("sobol.csv");

        Cli.Result r = Cli.run(
                "sensitivity", WALK, "--method", "sobol", "--samples", 64, "--day", 7, "--chart", png, "--csv", csv);

        assertThat(r.exitCode()).as(r.err()).isZero();
        SweepCommandTest.assertPng(png);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo(CsvWriter.GLOBAL_SENSITIVITY_HEADER);
        assertThat(rows).hasSize(1 + 43); // every calibrated parameter; the fixture sets none
        double previous = Double.POSITIVE_INFINITY;
        for (String row : rows.subList(1, rows.size())) {
            List<String> f = Csv.fields(row);
            assertThat(f).hasSize(21);
            assertThat(f.subList(2, 5)).containsExactly("sobol", "strength.overall", "day 7");
            double total = Double.parseDouble(f.get(8));
            assertThat(total).isLessThanOrEqualTo(previous);
            previous = total;
            assertThat(Double.parseDouble(f.get(6))).isGreaterThanOrEqualTo(Double.parseDouble(f.get(5)) - 1);
            assertThat(Double.parseDouble(f.get(9))).isLessThanOrEqualTo(Double.parseDouble(f.get(10)));
            assertThat(f.subList(11, 16)).containsOnly("");
            assertThat(f.get(16)).isEqualTo("normal");
        }
        // Strength on the last day in bed: the depths and speeds of loss, not exercise, drive it.
        assertThat(Csv.fields(rows.get(1)).get(0))
                .isIn(
                        "neural-loss-depth",
                        "mass-loss-depth",
                        "mass-loss-tau-days",
                        "neural-loss-tau-days",
                        "female-loss-factor");
        assertThat(r.out())
                .contains("(Sobol' indices): 43 model parameters varying together, 64 base samples, 2,880 model runs.")
                .contains("S1 [95 % CI]", "ST [95 % CI]", "no effect", "seed 1.")
                .containsPattern("(Converged|Not converged): from 32 to 64 base samples");
    }

    @Test
    void morrisWritesMuStarAndSigmaAndLeavesTheSobolColumnsEmpty() throws IOException {
        Path csv = dir.resolve("morris.csv");

        Cli.Result r = Cli.run(
                "sensitivity",
                WALK,
                "--method",
                "morris",
                "--trajectories",
                6,
                "--levels",
                6,
                "--range",
                "walking-neural-effect=0.2..0.9",
                "--csv",
                csv);

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo(CsvWriter.GLOBAL_SENSITIVITY_HEADER);
        double previous = Double.POSITIVE_INFINITY;
        List<String> uniform = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            List<String> f = Csv.fields(row);
            assertThat(f.get(2)).isEqualTo("morris");
            assertThat(f.subList(5, 11)).containsOnly("");
            double muStar = Double.parseDouble(f.get(11));
            assertThat(muStar)
                    .isLessThanOrEqualTo(previous)
                    .isGreaterThanOrEqualTo(Math.abs(Double.parseDouble(f.get(14))));
            previous = muStar;
            if (f.get(16).equals("uniform")) {
                uniform.add(f.get(0) + " " + f.get(17) + ".." + f.get(18) + " " + f.get(19) + f.get(20));
            }
        }
        assertThat(uniform).containsExactly("walking-neural-effect 0.2..0.9 ");
        assertThat(r.out()).contains("6 trajectories on a 6-level grid, 264 model runs", "mu* (pp) [95 % CI]");
    }

    @Test
    void sameSeedSameCsvWhateverTheThreads() throws IOException {
        Path one = dir.resolve("one.csv");
        Path two = dir.resolve("two.csv");

        assertThat(Cli.run(
                                "sensitivity",
                                WALK,
                                "--method",
                                "sobol",
                                "--samples",
                                32,
                                "--seed",
                                4,
                                "--threads",
                                1,
                                "--csv",
                                one)
                        .exitCode())
                .isZero();
        assertThat(Cli.run(
                                "sensitivity",
                                WALK,
                                "--method",
                                "sobol",
                                "--samples",
                                32,
                                "--seed",
                                4,
                                "--threads",
                                2,
                                "--csv",
                                two)
                        .exitCode())
                .isZero();

        assertThat(Files.readAllLines(two)).isEqualTo(Files.readAllLines(one));
    }

    @Test
    void aPresetHasNoCalibratedUncertaintySoOnlyRangesVary() throws IOException {
        Path csv = dir.resolve("never.csv");
        Cli.Result none = Cli.run("sensitivity", CLAIM, "--method", "sobol", "--csv", csv);

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.errLines()).hasSize(2);
        assertThat(none.errLines().get(0)).startsWith("inertia: no model parameter varies (the preset");
        assertThat(csv).doesNotExist();

        Cli.Result ranged = Cli.run(
                "sensitivity",
                CLAIM,
                "--method",
                "sobol",
                "--samples",
                16,
                "--range",
                "mass-loss-depth=0.1..0.3",
                "--range",
                "parameters.mass-loss-tau-days=20..60",
                "--csv",
                csv);
        assertThat(ranged.exitCode()).as(ranged.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(3);
        assertThat(ranged.out()).contains("2 parameters uniform over its --range");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--method=sobol --step=5",
                "--samples=64",
                "--range=mass-loss-depth=0.1..0.2",
                "--seed=3",
                "--threads=2",
                "--trajectories=10",
                "--method=sobol --trajectories=10",
                "--method=sobol --levels=4",
                "--method=morris --samples=64",
                "--method=morris --step=5",
                "--method=sobol --samples=1000",
                "--method=sobol --samples=8",
                "--method=sobol --samples=65536",
                "--method=morris --levels=3",
                "--method=morris --levels=0",
                "--method=morris --trajectories=1",
                "--method=sobol --threads=0",
                "--method=sobol --range=mass-loss-tau=1..2",
                "--method=sobol --range=mass-loss-depth=2..3",
                "--method=sobol --range=mass-loss-depth",
                "--method=sobol --range=mass-loss-depth=0.3..0.1",
                "--method=sobol --range=mass-loss-depth=NaN..1",
                "--method=morris --range=mass-loss-depth=0.1..0.2 --range=mass-loss-depth=0.1..0.3"
            })
    void optionsOfAnotherMethodAndBadSizesAreUsageErrorsThatWriteNothing(String options) {
        Path csv = dir.resolve("never.csv");
        List<Object> args = new ArrayList<>(List.of("sensitivity", WALK));
        args.addAll(List.of(options.split(" ")));
        args.addAll(List.of("--csv", csv));

        Cli.Result r = Cli.run(args.toArray());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.errLines()).as(r.err()).hasSize(2);
        assertThat(r.errLines().get(0)).startsWith("inertia: ");
        assertThat(r.errLines().get(1)).startsWith("Try 'inertia sensitivity --help'");
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("Exception");
        assertThat(csv).doesNotExist();
    }

    @Test
    void problemsNameTheOptionAndSayWhatIsAllowed() {
        assertThat(Cli.run("sensitivity", WALK, "--method", "sobol", "--samples", 1000)
                        .errLines()
                        .get(0))
                .isEqualTo("inertia: --samples: must be a power of two from 16 to 65536 (was 1000) (the Sobol'"
                        + " sequence is balanced at powers of two, such as 512, 1024 or 4096)");
        assertThat(Cli.run("sensitivity", WALK, "--method", "sobol", "--samples", 16384)
                        .errLines()
                        .get(0))
                .isEqualTo("inertia: --samples: the design needs 737280 model runs, at most 500000"
                        + " (with 43 inputs, at most 8192 base samples)");
        assertThat(Cli.run("sensitivity", WALK, "--method", "sobol", "--range", "mass-los-depth=0..1")
                        .errLines()
                        .get(0))
                .isEqualTo("inertia: --range unknown parameter 'mass-los-depth' (did you mean 'mass-loss-depth'?;"
                        + " 'inertia list parameters' lists them)");
        assertThat(Cli.run("sensitivity", WALK, "--step", 5, "--method", "morris")
                        .errLines()
                        .get(0))
                .isEqualTo("inertia: --step applies to --method one-at-a-time (the default)");
        Cli.Result unknown = Cli.run("sensitivity", WALK, "--method", "sobel");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown method 'sobel'", "sobol");
    }

    @Test
    void theDefaultMethodIsStillOneAtATime() {
        Cli.Result r = Cli.run("sensitivity", WALK, "--method", "one-at-a-time");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Swing (pp)").doesNotContain("S1");
        assertThat(r.out()).isEqualTo(Cli.run("sensitivity", WALK).out());
    }
}
