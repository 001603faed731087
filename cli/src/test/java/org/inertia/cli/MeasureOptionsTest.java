package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --measure} is declared once (options.MeasureOptions) for every command that takes it:
 * {@code run} takes several, the others one, and each says in its help what the measure is for
 * (issue 10).
 */
class MeasureOptionsTest {

    private static final Path WALK = Cli.fixture("rest-then-walk.yaml");
    private static final Path REST = Cli.fixture("rest-only.yaml");

    @TempDir
    Path dir;

    /** Each command that reads one measure, with the arguments of a run that would write {@code out}. */
    static Stream<Arguments> oneMeasureCommands() {
        return Stream.of(
                Arguments.of(List.of("compare", WALK, REST, "--csv"), "out.csv"),
                Arguments.of(List.of("report", WALK, "-o"), "out.html"),
                Arguments.of(List.of("sweep", WALK, "--vary", "phases[0].days=3..5", "--csv"), "out.csv"),
                Arguments.of(List.of("sensitivity", WALK, "--csv"), "out.csv"));
    }

    @ParameterizedTest
    @MethodSource("oneMeasureCommands")
    void commandsThatReadOneMeasureRefuseTwoAsAUsageError(List<Object> args, String file) {
        Path out = dir.resolve(file);
        Object[] line = Stream.concat(
                        args.stream(), Stream.of(out, "--measure", "strength.overall", "-m", "mass.overall"))
                .toArray();

        Cli.Result r = Cli.run(line);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0))
                .isEqualTo("inertia: option '--measure' (MEASURE) should be specified only once");
        assertThat(r.errLines().get(1)).startsWith("Try 'inertia " + args.get(0) + " --help'");
        assertThat(Files.exists(out)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("oneMeasureCommands")
    void commandsThatReadOneMeasureAcceptOne(List<Object> args, String file) {
        Path out = dir.resolve(file);
        Object[] line = Stream.concat(args.stream(), Stream.of(out, "-m", "mass.knee_extensors"))
                .toArray();

        Cli.Result r = Cli.run(line);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.exists(out)).isTrue();
    }

    @Test
    void runTakesSeveralMeasures() {
        Cli.Result r =
                Cli.run("run", WALK, "-m", "mass.overall", "--measure", "strength.handgrip", "-m", "mass.overall");

        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void eachCommandDescribesTheMeasureInItsOwnWords() {
        assertThat(help("run")).contains("-m, --measure=MEASURE A measure to chart and export", "repeat for several");
        assertThat(help("compare")).contains("-m, --measure=MEASURE The measure to compare", "hold only this measure");
        assertThat(help("report")).contains("-m, --measure=MEASURE The measure of the comparison chart and table");
        assertThat(help("sweep")).contains("-m, --measure=MEASURE The measure to read");
        assertThat(help("sensitivity")).contains("-m, --measure=MEASURE The measure to read");
    }

    /** A command's help with every run of white space as one space, so wrapping does not matter. */
    private static String help(String command) {
        return Cli.run(command, "--help").out().replaceAll("\\s+", " ");
    }
}
