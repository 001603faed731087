package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12 ("Robustness 2"), measurement files through {@code inertia fit}: Java number literals,
 * digits of other scripts, numbers of extreme size, duplicated columns, look-alike measure names,
 * broken quoting and cells of half a megabyte. Each must be a user error: exit 2, one line per
 * problem of at most {@value HostileArgumentsTest#MAX_LINE} characters, within a second, nothing
 * written.
 */
class HostileMeasurementsTest {

    private static final String SCENARIO =
            Cli.SHIPPED.resolve("bed-rest-48h.yaml").toString();
    private static final String HEADER = "day,measure,value\n";
    private static final String ROW = "1,strength.overall,99\n";
    private static final String HALF_MEGA = "9".repeat(1 << 19);

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("value 92d", HEADER + ROW + "2,strength.overall,92d\n", "must be a number"),
                Arguments.of("value 85F", HEADER + ROW + "2,strength.overall,85F\n", "must be a number"),
                Arguments.of("value 0x1.6p6", HEADER + ROW + "2,strength.overall,0x1.6p6\n", "must be a number"),
                Arguments.of("arabic digits", HEADER + ROW + "2,strength.overall,\u0669\u0662\n", "0-9"),
                Arguments.of("fullwidth day", HEADER + ROW + "\uff12,strength.overall,92\n", "0-9"),
                Arguments.of("value NaN", HEADER + ROW + "2,strength.overall,NaN\n", "finite"),
                Arguments.of("value Infinity", HEADER + ROW + "2,strength.overall,-Infinity\n", "finite"),
                Arguments.of("value 1e400", HEADER + ROW + "2,strength.overall,1e400\n", "ordinary size"),
                Arguments.of("value 1e-999999999", HEADER + ROW + "2,strength.overall,1e-999999999\n", "ordinary size"),
                Arguments.of("value huge", HEADER + ROW + "2,strength.overall," + HALF_MEGA + "\n", "longer than"),
                Arguments.of("day 1e2", HEADER + ROW + "1e2,strength.overall,92\n", "whole number"),
                Arguments.of("day huge", HEADER + ROW + "99999999999999999999,strength.overall,92\n", "between"),
                Arguments.of("decimal comma", HEADER + ROW + "2,strength.overall,\"92,5\"\n", "decimal separator"),
                Arguments.of("duplicated column", "day,measure,value,value\n1,strength.overall,99,98\n", "twice"),
                Arguments.of("duplicated day", "day,Day,measure,value\n1,1,strength.overall,99\n", "twice"),
                Arguments.of("missing column", "day,measure\n1,strength.overall\n", "missing column"),
                Arguments.of("semicolons", "day;measure;value\n1;strength.overall;99\n", "one column"),
                Arguments.of("look-alike measure", HEADER + "1,str\u0435ngth.overall,99\n", "unknown measure"),
                Arguments.of("long measure", HEADER + "1," + "m".repeat(1 << 19) + ",99\n", "unknown measure"),
                Arguments.of("long header", "day,measure,value," + "h".repeat(1 << 19) + "\n" + ROW, "fields"),
                Arguments.of("unclosed quote", HEADER + "1,\"strength.overall,99\n", "never closed"),
                Arguments.of("quote inside", HEADER + "1,str\"ength,99\n", "quote"),
                Arguments.of("NUL", HEADER + "1,strength.overall,9\u00009\n", "must be a number"),
                Arguments.of("wrong field count", HEADER + "1,strength.overall\n", "fields"),
                Arguments.of("repeated row", HEADER + ROW + ROW, "already given"),
                Arguments.of("only header", HEADER, "no measurements"),
                Arguments.of("empty", "", "is empty"),
                Arguments.of(
                        "many bad rows", HEADER + "x,y,z\n".repeat(20_000), "reading stopped after the first 100"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aBadMeasurementFileIsOneShortLinePerProblemIssue12(String name, String csv, String expected, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Path out = Files.createDirectory(dir.resolve("out"));
        // Processor time of this thread, not wall time: other builds on the machine do not count.
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        Cli.Result r = Cli.run(
                "fit",
                file,
                "--scenario",
                SCENARIO,
                "--yaml",
                out.resolve("fitted.yaml"),
                "--chart",
                out.resolve("fit.png"));
        long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(millis).as("processor milliseconds").isLessThan(1000);
        assertThat(r.err()).contains(expected).doesNotContain("Exception").doesNotContain("internal error");
        for (String line : r.errLines()) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(HostileArgumentsTest.MAX_LINE);
        }
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written).isEmpty();
        }
        assertThat(r.out()).isEmpty();
    }
}
