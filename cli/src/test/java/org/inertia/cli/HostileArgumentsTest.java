package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12 ("Robustness 2"), the command line's side: every command's arguments fuzzed with the
 * values a careless or hostile user types (1e400, NaN, -0, huge integers, digits of other scripts,
 * Java literals such as 5d, empty and very long strings). Each must be a user error: exit 2, one
 * line per problem and a line pointing at --help, each at most {@value #MAX_LINE} characters, no
 * stack trace, nothing written, within a second.
 */
class HostileArgumentsTest {

    static final int MAX_LINE = 300;

    private static final String SCENARIO =
            Cli.SHIPPED.resolve("bed-rest-48h.yaml").toString();
    private static final String LONG = "x".repeat(100_000);
    private static final String LONG_DIGITS = "9".repeat(5_000);

    /** Values that no number option takes: not numbers of the one grammar, or not whole. */
    private static final List<String> NOT_WHOLE = List.of(
            "1e400",
            "1e-400",
            "NaN",
            "Infinity",
            "-Infinity",
            "",
            " ",
            "\u0665",
            "\u0663\u0660",
            "\uff15",
            "0x10",
            "1e2",
            "5d",
            "85F",
            "0x1.6p6",
            "1.5",
            "1,5",
            "1_000",
            "\u0000",
            "a\nb",
            "\u202e5",
            "-",
            "--",
            "%s%n{0}",
            "99999999999999999999999",
            "-99999999999999999999999",
            "9223372036854775808",
            LONG,
            LONG_DIGITS);

    record Case(String name, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String v : NOT_WHOLE) {
            String shown = shown(v);
            cases.add(new Case("run --subjects " + shown, List.of("run", SCENARIO, "-q", "--subjects", v)));
            cases.add(new Case(
                    "run --threads " + shown, List.of("run", SCENARIO, "-q", "--subjects", "2", "--threads", v)));
            cases.add(new Case(
                    "compare --seed " + shown, List.of("compare", SCENARIO, SCENARIO, "--uncertainty", "--seed", v)));
            cases.add(new Case(
                    "sweep --day " + shown, List.of("sweep", SCENARIO, "--vary", "subject.age=30,40", "--day", v)));
            cases.add(new Case("sensitivity --day " + shown, List.of("sensitivity", SCENARIO, "--day", v)));
            if (!v.equals("1.5")) { // a decimal: a step of 1.5 %
                cases.add(new Case("sensitivity --step " + shown, List.of("sensitivity", SCENARIO, "--step", v)));
            }
            cases.add(new Case("serve --port " + shown, List.of("serve", "--port", v)));
            if (!v.equals("1.5")) { // 1.5,95: a band
                cases.add(new Case(
                        "run --band " + shown, List.of("run", SCENARIO, "--uncertainty", "--band", v + ",95")));
            }
            if (!v.equals("1e2")) { // 5,100: a band
                cases.add(new Case(
                        "run --band 5," + shown, List.of("run", SCENARIO, "--uncertainty", "--band", "5," + v)));
            }
            if (!v.equals("1e2") && !v.equals("9223372036854775808")) { // 100, and a step past the range
                cases.add(new Case(
                        "sweep --vary age=" + shown, List.of("sweep", SCENARIO, "--vary", "subject.age=" + v)));
                cases.add(new Case(
                        "sweep --vary age=30.." + shown, List.of("sweep", SCENARIO, "--vary", "subject.age=30.." + v)));
                cases.add(new Case(
                        "sweep --vary age=30..40:" + shown,
                        List.of("sweep", SCENARIO, "--vary", "subject.age=30..40:" + v)));
            }
            cases.add(new Case(
                    "sweep --vary phases[" + shown + "]",
                    List.of("sweep", SCENARIO, "--vary", "phases[" + v + "].days=1..3")));
            cases.add(new Case("sweep --vary " + shown, List.of("sweep", SCENARIO, "--vary", v)));
            cases.add(new Case("run --engine " + shown, List.of("run", SCENARIO, "--engine", v)));
            cases.add(new Case("run --measure " + shown, List.of("run", SCENARIO, "--measure", v)));
            cases.add(new Case(
                    "sweep --outcome " + shown,
                    List.of("sweep", SCENARIO, "--vary", "subject.age=30,40", "--outcome", v)));
            cases.add(new Case(
                    "fit --parameters " + shown, List.of("fit", SCENARIO, "--scenario", SCENARIO, "--parameters", v)));
            if (!v.equals("--")) { // the end of the options: 'list' lists everything
                cases.add(new Case("list " + shown, List.of("list", v)));
                cases.add(new Case("command " + shown, List.of(v)));
            }
            if (!v.equals("--")) { // the end of the options: nothing follows
                cases.add(new Case("run SCENARIO " + shown, List.of("run", SCENARIO, v)));
            }
        }
        // Whole numbers, well written, out of each option's range.
        for (String v : List.of("0", "-0", "-1", "+0", "10000001", "2147483647", "2147483648", "-2147483649")) {
            cases.add(new Case("run --subjects " + v, List.of("run", SCENARIO, "-q", "--subjects", v)));
            cases.add(
                    new Case("run --threads " + v, List.of("run", SCENARIO, "-q", "--subjects", "2", "--threads", v)));
        }
        // Within --subjects' range, but more subject-days than a run simulates: refused before any work.
        String years = Cli.SHIPPED.resolve("bone-comes-back-in-years.yaml").toString();
        cases.add(new Case("run --subjects 10000000, 850 days", List.of("run", years, "-q", "--subjects", "10000000")));
        cases.add(new Case(
                "compare --subjects 5000000, two years",
                List.of("compare", SCENARIO, years, "-q", "--subjects", "5000000", "--uncertainty")));
        for (String v : List.of("-1", "3651", "2147483648", "-2147483649")) {
            cases.add(new Case(
                    "sweep --day " + v, List.of("sweep", SCENARIO, "--vary", "subject.age=30,40", "--day", v)));
            cases.add(new Case("sensitivity --day " + v, List.of("sensitivity", SCENARIO, "--day", v)));
        }
        for (String v : List.of("-1", "65536", "2147483648", "+99999")) {
            cases.add(new Case("serve --port " + v, List.of("serve", "--port", v)));
        }
        for (String v : List.of("0", "-0", "100", "-5", "1e2", "1e-30")) {
            cases.add(new Case("sensitivity --step " + v, List.of("sensitivity", SCENARIO, "--step", v)));
        }
        for (String band :
                List.of("95,5", "50,50", "5", "5,95,99", "-1,95", "5,101", ",", "5;95", "5 95", "1e400,1e401")) {
            cases.add(new Case("run --band " + band, List.of("run", SCENARIO, "--uncertainty", "--band", band)));
        }
        // --vary: one value is fine (x=30..30 below); these are not.
        for (String vary : List.of(
                "subject.age=40..30",
                "subject.age=30..40:0",
                "subject.age=30..40:-1",
                "subject.age=30..",
                "subject.age=..40",
                "subject.age=30...40",
                "subject.age=",
                "=30..40",
                "subject.age=1..1000000:1",
                "phases[99999999999999999999].days=1..3",
                "phases[5].days=1..3",
                "phases[0].exercise[0].minutes=1..3",
                "parameters.nope=1..2",
                "subject.age=30,,40",
                "subject.age=" + ",".repeat(5000))) {
            cases.add(new Case("sweep --vary " + shown(vary), List.of("sweep", SCENARIO, "--vary", vary)));
        }
        // Files: names too long for any file system, empty names, directories.
        for (String option : List.of("--csv", "--json", "--chart")) {
            cases.add(new Case("run " + option + " long", List.of("run", SCENARIO, option, "o".repeat(300) + ".png")));
            cases.add(new Case("run " + option + " very long", List.of("run", SCENARIO, option, LONG + ".svg")));
            cases.add(new Case("run " + option + " empty", List.of("run", SCENARIO, option, "")));
        }
        // Titles that would read differently from what was typed, or hold a character no output shows.
        for (String title : List.of("Bed rest \u202Eskeew 2", "Bed\u200Brest", "a\u2066b", "a\u0007b")) {
            cases.add(new Case(
                    "run --title " + shown(title), List.of("run", SCENARIO, "--chart", "out.png", "--title", title)));
            cases.add(new Case("report --title " + shown(title), List.of("report", SCENARIO, "--title", title)));
        }
        cases.add(new Case("run long scenario name", List.of("run", LONG + ".yaml")));
        cases.add(new Case("compare one scenario", List.of("compare", SCENARIO)));
        cases.add(new Case("compare one long scenario name", List.of("compare", LONG + ".yaml")));
        cases.add(new Case("validate long scenario name", List.of("validate", LONG + ".yaml")));
        cases.add(new Case("report -o long", List.of("report", SCENARIO, "-o", LONG + ".html")));
        cases.add(new Case("fit long measurements name", List.of("fit", LONG + ".csv", "--scenario", SCENARIO)));
        cases.add(new Case("serve --host long", List.of("serve", "--host", LONG, "--port", "65536")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyMistakeIsOneShortLineAndExitTwoIssue12(Case c, @TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>(c.args());
        // Every output goes to the temporary directory, which must stay empty.
        if (List.of("run", "compare", "sweep", "sensitivity").contains(args.get(0))
                && !args.contains("--csv")
                && !args.contains("--chart")) {
            args.add("--csv");
            args.add(dir.resolve("out.csv").toString());
        }
        // Processor time of this thread, not wall time: other builds on the machine do not count.
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        Cli.Result r = Cli.run(args.toArray());
        long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        assertThat(r.exitCode()).as(c + ": " + r.err()).isEqualTo(2);
        assertThat(millis).as("processor milliseconds").isLessThan(1000);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        List<String> lines = r.errLines();
        assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(4);
        for (String line : lines) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(MAX_LINE);
        }
        try (Stream<Path> written = Files.list(dir)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void digitsOfOtherScriptsAreNamedIssue12() {
        Cli.Result r = Cli.run("run", SCENARIO, "--subjects", "2", "--threads", "\u0664");
        assertThat(r.errLines().get(0))
                .isEqualTo("inertia: Invalid value for option '--threads': '\u0664' is not a whole number"
                        + " (write the digits 0-9)");
        Cli.Result band = Cli.run("run", SCENARIO, "--subjects", "2", "--band", "5d,95f");
        assertThat(band.errLines().get(0))
                .isEqualTo("inertia: Invalid value for option '--band': '5d,95f': '5d' is not a number;"
                        + " write decimal numbers such as 5,95 or 2.5,97.5");
    }

    @Test
    void aNumberBeyondWhatJavaHoldsIsTooLargeNotJavasRange() {
        Cli.Result r = Cli.run("run", SCENARIO, "--subjects", "2147483648");
        assertThat(r.errLines().get(0))
                .isEqualTo("inertia: Invalid value for option '--subjects': '2147483648' is too large (the option's"
                        + " range is in --help)");
        assertThat(Cli.run("run", "--help").out()).contains("Simulate N virtual subjects (1 to 10000000)");
        assertThat(Cli.run("sensitivity", SCENARIO, "--day", "-99999999999999999999999")
                        .errLines()
                        .get(0))
                .endsWith("'-99999999999999999999999' is too small (the option's range is in --help)");
    }

    @Test
    void aLongArgumentIsQuotedAsAnExcerptIssue12() {
        Cli.Result r = Cli.run("run", SCENARIO, "--engine", LONG);
        assertThat(r.errLines().get(0))
                .startsWith("inertia: Invalid value for option '--engine': unknown engine '" + "x".repeat(40) + "...'");
        Cli.Result unmatched = Cli.run(LONG);
        assertThat(unmatched.errLines().get(0)).contains("'" + "x".repeat(80) + "..." + "x".repeat(30) + "'");
    }

    @Test
    void oneValueRangeAndSignedNumbersAreAccepted(@TempDir Path dir) {
        Cli.Result one = Cli.run("sweep", SCENARIO, "--vary", "subject.age=30..30", "--csv", dir.resolve("a.csv"));
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).contains("Sweep: 1 run over subject.age");
        Cli.Result signed = Cli.run("run", SCENARIO, "-q", "--subjects", "+3", "--seed", "-0", "--threads", "1");
        assertThat(signed.exitCode()).as(signed.err()).isZero();
        assertThat(signed.out()).contains("Seed: 0");
        Cli.Result band = Cli.run("run", SCENARIO, "-q", "--subjects", "3", "--seed", "1", "--band", " 2.5 , 9.75e1 ");
        assertThat(band.exitCode()).as(band.err()).isZero();
        assertThat(band.out()).contains("2.5th to 97.5th percentile");
    }

    private static String shown(String v) {
        String s = v.length() > 12 ? v.substring(0, 12) + "...(" + v.length() + ")" : v;
        return s.replace("\n", "\\n").replace("\u0000", "\\0");
    }
}
