package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inertia.cli.options.PopulationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resource limits on the command line (issue 12, class 7): {@code --threads} far beyond the
 * processors used to take a chunk buffer per thread (4.8 GB for 1024 threads on 2 cores); now a
 * value out of range is a usage error, and one beyond {@value PopulationOptions#THREADS_PER_PROCESSOR}
 * per processor or beyond what the heap holds is reduced with a note, the numbers unchanged.
 */
class ThreadLimitsTest {

    private static final Path SCENARIO = Cli.SHIPPED.resolve("bed-rest-48h.yaml");

    static Stream<Arguments> badThreads() {
        return Stream.of(
                Arguments.of("0", "--threads 0: must be between 1 and 1024"),
                Arguments.of("-1", "--threads -1: must be between 1 and 1024"),
                Arguments.of("1025", "--threads 1025: must be between 1 and 1024"),
                Arguments.of("100000", "--threads 100000: must be between 1 and 1024"),
                Arguments.of("2147483647", "--threads 2147483647: must be between 1 and 1024"),
                Arguments.of("2147483648", "Invalid value for option '--threads'"),
                Arguments.of("-2147483649", "Invalid value for option '--threads'"),
                Arguments.of("99999999999999999999", "Invalid value for option '--threads'"),
                Arguments.of("eight", "Invalid value for option '--threads'"),
                Arguments.of("1.5", "Invalid value for option '--threads'"),
                Arguments.of("", "Invalid value for option '--threads'"),
                Arguments.of("0x10", "Invalid value for option '--threads'"));
    }

    @ParameterizedTest(name = "--threads {0}")
    @MethodSource("badThreads")
    void aThreadCountOutOfRangeIsAUsageErrorAndNothingIsWrittenIssue12(
            String threads, String message, @TempDir Path dir) throws IOException {
        for (String command : List.of("run", "compare")) {
            List<Object> args = command.equals("run")
                    ? List.of("run", SCENARIO, "--subjects", 50, "--threads=" + threads, "--csv", dir.resolve("a.csv"))
                    : List.of(
                            "compare",
                            SCENARIO,
                            SCENARIO,
                            "--uncertainty",
                            "--threads=" + threads,
                            "--csv",
                            dir.resolve("a.csv"));

            Cli.Result r = Cli.run(args.toArray());

            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            List<String> problems =
                    r.errLines().stream().filter(l -> !l.startsWith("Try '")).toList();
            assertThat(problems).singleElement().asString().contains(message).hasSizeLessThan(300);
            assertThat(r.out()).isEmpty();
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "--threads {0}")
    @ValueSource(ints = {1, 2, 3, 8, 9, 64, 512, 1024})
    void moreThreadsThanFourPerProcessorAreReducedWithANoteAndTheSameNumbersIssue12(int threads, @TempDir Path dir)
            throws IOException {
        int processors = Runtime.getRuntime().availableProcessors();
        int cap = PopulationOptions.THREADS_PER_PROCESSOR * processors;
        Path one = dir.resolve("one.csv");
        Path many = dir.resolve("many.csv");
        assertThat(Cli.run("run", SCENARIO, "--subjects", 600, "--seed", 7, "--threads", 1, "--csv", one)
                        .exitCode())
                .isZero();

        Cli.Result r = Cli.run("run", SCENARIO, "--subjects", 600, "--seed", 7, "--threads", threads, "--csv", many);

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> notes = r.outLines().stream()
                .filter(l -> l.startsWith("Note: --threads"))
                .toList();
        if (threads > cap) {
            assertThat(notes)
                    .containsExactly("Note: --threads " + threads + ": using " + cap + " worker threads, at most "
                            + PopulationOptions.THREADS_PER_PROCESSOR + " per processor, and this machine has "
                            + processors + ".");
        } else {
            assertThat(notes).isEmpty();
        }
        assertThat(Files.readString(many)).isEqualTo(Files.readString(one));
    }

    @Test
    void compareSaysSoToo(@TempDir Path dir) {
        int cap = PopulationOptions.THREADS_PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
        Cli.Result r = Cli.run("compare", SCENARIO, SCENARIO, "--uncertainty", "--seed", 1, "--threads", 1024);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Note: --threads 1024: using " + cap + " worker threads");
    }

    @Test
    void theHelpSaysHowManyThreadsAreUsedIssue12() {
        Cli.Result r = Cli.run("run", "--help");
        assertThat(r.out().replaceAll("\\s+", " "))
                .contains("At most 4 per processor are used, and no more than the Java heap holds");
    }
}
