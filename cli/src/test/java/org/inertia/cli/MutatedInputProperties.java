package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 12 ("Robustness 2"): random mutations of valid scenario files and measurement files, run
 * through the real command line in-process. Whatever the mutation, a run ends within
 * {@value #MAX_MILLIS} ms, allocates at most 256 MiB on its thread, and exits 0 or 2, never 1
 * (an internal error); on exit 2 it writes nothing. Deterministic: a fixed seed and a bounded
 * number of tries, so the suite gives the same answer every time.
 */
class MutatedInputProperties {

    static final long MAX_MILLIS = 2000;
    static final long MAX_BYTES = 256L << 20;

    private static final List<Path> SCENARIOS = shipped();
    private static final String MEASUREMENTS =
            "day,measure,value,sd\n0,strength.overall,100,\n2,strength.overall,97.5,1.2\n"
                    + "2,mass.knee_extensors,99,\n\"1\",\"strength.handgrip\",99.5,0.5\n";
    private static Path dir;

    @BeforeContainer
    static void makeDirectory() throws IOException {
        dir = Files.createTempDirectory("inertia-mutations");
    }

    @AfterContainer
    static void removeDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 300, seed = "20240612", shrinking = ShrinkingMode.OFF)
    void aMutatedScenarioIsRunOrRefusedNeverAnInternalErrorIssue12(
            @ForAll @IntRange(min = 0, max = 1000) int which,
            @ForAll("mutations") Mutation mutation,
            @ForAll @IntRange(min = 0, max = 1_000_000) int position)
            throws IOException {
        String text = Files.readString(SCENARIOS.get(which % SCENARIOS.size()));
        Path file = write("s.yaml", mutation.apply(text, position));
        Path out = dir.resolve("out.csv");
        Files.deleteIfExists(out);
        check(List.of("run", file.toString(), "--csv", out.toString()), out);
    }

    @Property(tries = 200, seed = "20240612", shrinking = ShrinkingMode.OFF)
    void aMutatedMeasurementFileIsFittedOrRefusedNeverAnInternalErrorIssue12(
            @ForAll("mutations") Mutation mutation, @ForAll @IntRange(min = 0, max = 1_000_000) int position)
            throws IOException {
        Path file = write("m.csv", mutation.apply(MEASUREMENTS, position));
        Path out = dir.resolve("fitted.yaml");
        Files.deleteIfExists(out);
        check(
                List.of(
                        "fit",
                        file.toString(),
                        "--scenario",
                        Cli.SHIPPED.resolve("bed-rest-48h.yaml").toString(),
                        "--parameters",
                        "mass-loss-depth",
                        "--yaml",
                        out.toString()),
                out);
    }

    private static void check(List<String> args, Path out) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long bytes = threads.getThreadAllocatedBytes(id);
        // Processor time of this thread, not wall time: other builds on the machine do not count.
        long start = threads.getCurrentThreadCpuTime();
        Cli.Result r = Cli.run(args.toArray());
        long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        long allocated = threads.getThreadAllocatedBytes(id) - bytes;
        assertThat(r.exitCode()).as(r.err()).isIn(0, 2);
        assertThat(millis).as("processor milliseconds").isLessThan(MAX_MILLIS);
        assertThat(allocated).as("bytes allocated").isLessThan(MAX_BYTES);
        if (r.exitCode() == 2) {
            assertThat(Files.exists(out)).as("nothing written on exit 2").isFalse();
            for (String line : r.errLines()) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(HostileArgumentsTest.MAX_LINE);
            }
        }
    }

    /** One edit of a text at a position (taken modulo its length). */
    record Mutation(int kind, String junk) {
        String apply(String text, int position) {
            int at = position % (text.length() + 1);
            int end = Math.min(text.length(), at + Math.max(1, junk.length()));
            return switch (kind) {
                case 0 -> text.substring(0, at) + junk + text.substring(at);
                case 1 -> text.substring(0, at) + text.substring(end);
                case 2 -> text.substring(0, at) + junk + text.substring(end);
                case 3 -> text.substring(0, at);
                case 4 -> lineRepeated(text, at);
                default -> replaceNumber(text, at, junk);
            };
        }

        /** The line at a position written twice: a duplicated key, row or list item. */
        private static String lineRepeated(String text, int at) {
            int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end + 1;
            return text.substring(0, end) + text.substring(start, end) + text.substring(end);
        }

        /** The first number at or after a position replaced by the junk (a hostile number). */
        private static String replaceNumber(String text, int at, String junk) {
            for (int i = at; i < text.length(); i++) {
                if (Character.isDigit(text.charAt(i))) {
                    int j = i;
                    while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
                        j++;
                    }
                    return text.substring(0, i) + junk + text.substring(j);
                }
            }
            return text + junk;
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.of(
                        ":",
                        "- ",
                        "\t",
                        "&a ",
                        "*a",
                        "<<: *a\n",
                        "  <<: *a\n",
                        "!!merge ",
                        "!!str ",
                        "!custom ",
                        "{",
                        "[",
                        "}",
                        "\"",
                        "'",
                        ",",
                        ",,",
                        "#",
                        "---\n",
                        "? ",
                        "\n  ",
                        ".nan",
                        "1e400",
                        "1e-999999999",
                        "92d",
                        "85F",
                        "0x1.6p6",
                        "\u0669\u0662",
                        "-0",
                        "99999999999999999999999",
                        "\u0430",
                        "\u0000",
                        "\u0007",
                        "\uFEFF",
                        "\uFFFE",
                        "\u202e",
                        "\r\n",
                        "|\n",
                        "days: 3\n",
                        "x".repeat(100_000),
                        "9".repeat(50_000),
                        "[".repeat(10_000),
                        "a: &a [*a]\n",
                        "- *a\n".repeat(60)),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 5), junk)
                .as(Mutation::new);
    }

    private static Path write(String name, String text) {
        try {
            // getBytes, not writeString: a lone surrogate becomes "?" instead of failing the write.
            return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> shipped() {
        try (Stream<Path> files = Files.list(Cli.SHIPPED)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
