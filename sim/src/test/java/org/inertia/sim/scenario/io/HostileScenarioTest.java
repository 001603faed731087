package org.inertia.sim.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12 ("Robustness 2"), the reader's side: tiny files that once hung or grew without bound,
 * messages that quoted a whole value or named a look-alike word without saying why, names with
 * characters no output can carry, and numbers in Java's looser grammars. Each input must be
 * refused with its message key, every problem on one line of at most {@value #MAX_LINE}
 * characters, within a second and a bounded amount of memory.
 */
class HostileScenarioTest {

    /** Longest problem line accepted, file name included. */
    static final int MAX_LINE = 300;

    private static final String HEAD = "name: x\nsubject:\n  age: 40\n";
    private static final String PHASE = "phases:\n  - days: 7\n    mobility: bed-rest\n";
    private static final String MEGA = "a".repeat(1 << 19);

    static Stream<Arguments> hangsAndBlowUps() {
        String fanOut = fanOut();
        return Stream.of(
                // The 128-byte file of the issue: a mapping merging its own anchor looped for ever.
                Arguments.of("self-merge", HEAD.replace("subject:", "subject: &a") + "  <<: *a\n" + PHASE, "MERGE_KEY"),
                Arguments.of("self-merge-flow", "name: x\nsubject: &a {age: 40, <<: *a}\n" + PHASE, "MERGE_KEY"),
                Arguments.of(
                        "merge-list", "name: x\nbase: &b {age: 40}\nsubject: &a {<<: [*b, *a]}\n" + PHASE, "MERGE_KEY"),
                Arguments.of("merge-tagged", "name: x\nsubject: &a {age: 40, !!merge x: *a}\n" + PHASE, "MERGE_KEY"),
                Arguments.of("merge-of-another", "name: x\nx: &b {age: 40}\nsubject:\n  <<: *b\n" + PHASE, "MERGE_KEY"),
                Arguments.of("sequence-contains-itself", "name: x\nsubject: &a [*a]\n" + PHASE, "ANCHOR_CYCLE"),
                Arguments.of(
                        "mapping-contains-itself", "name: x\nsubject: &s {age: 40, x: *s}\n" + PHASE, "ANCHOR_CYCLE"),
                Arguments.of("mutual", "name: x\nsubject: &a [&b [*a]]\n" + PHASE, "ANCHOR_CYCLE"),
                Arguments.of("alias-fan-out", fanOut, "TOO_DEEP"),
                Arguments.of("brackets", "[".repeat(200_000), "TOO_DEEP"),
                Arguments.of("days-exponent", HEAD + PHASE.replace("days: 7", "days: 1e999999999"), "EXTREME_NUMBER"),
                Arguments.of(
                        "minutes-tiny",
                        HEAD + PHASE + "    exercise: [{activity: walking, minutes: 1e-999999999}]\n",
                        "EXTREME_NUMBER"),
                Arguments.of(
                        "days-many-digits",
                        HEAD + PHASE.replace("days: 7", "days: " + "9".repeat(5000)),
                        "NUMBER_TOO_LONG"),
                Arguments.of(
                        "days-hex", HEAD + PHASE.replace("days: 7", "days: 0x" + "f".repeat(5000)), "NUMBER_TOO_LONG"),
                Arguments.of(
                        "minutes-long-float",
                        HEAD + PHASE + "    exercise: [{activity: walking, minutes: 1." + "5".repeat(100_000) + "}]\n",
                        "NUMBER_TOO_LONG"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hangsAndBlowUps")
    void tinyHostileFilesAreRefusedQuicklyIssue12(String name, String yaml, String key) {
        assertThat(refused(yaml).get(0).message().name()).isEqualTo(key);
    }

    @Test
    void mergeKeysAreRefusedWhereTheyStandIssue12() {
        ScenarioProblem p = refused(HEAD.replace("subject:", "subject: &a") + "  <<: *a\n" + PHASE)
                .get(0);
        assertThat(p.message()).isEqualTo(ScenarioMessage.MERGE_KEY);
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(3);
    }

    @Test
    void readingStopsAfterAHundredProblems() {
        StringBuilder yaml = new StringBuilder(HEAD + PHASE);
        for (int i = 0; i < 10_000; i++) {
            yaml.append("k").append(i).append(": 1\n");
        }
        List<ScenarioProblem> problems = refused(yaml.toString());
        assertThat(problems).hasSize(ScenarioReader.MAX_PROBLEMS + 1);
        assertThat(problems.get(ScenarioReader.MAX_PROBLEMS).message()).isEqualTo(ScenarioMessage.TOO_MANY_PROBLEMS);
    }

    @Test
    void aCycleNamesItsAnchor() {
        ScenarioProblem p = refused("name: x\nsubject: &loop [*loop]\n" + PHASE).get(0);
        assertThat(p.message()).isEqualTo(ScenarioMessage.ANCHOR_CYCLE);
        assertThat(p.arguments()).containsExactly("loop");
    }

    @Test
    void anAliasOfAnEarlierBlockIsStillAccepted() throws ScenarioException {
        String yaml = "name: x\nsubject: {age: 40}\nphases:\n"
                + "  - {days: 7, mobility: bed-rest, exercise: [&w {activity: walking, minutes: 20}]}\n"
                + "  - {days: 7, mobility: normal, exercise: [*w, *w]}\n";
        assertThat(ScenarioReader.parse(yaml, Path.of("ok.yaml"))
                        .phases()
                        .get(1)
                        .exercise())
                .hasSize(2);
    }

    static Stream<Arguments> longValuesQuotedBack() {
        return Stream.of(
                // YAML allows implicit keys of 1024 characters; a longer one is a syntax error.
                Arguments.of("key", HEAD + "  " + MEGA + ": 1\n" + PHASE, "SYNTAX"),
                Arguments.of("top-key", MEGA + ": 1\n" + HEAD + PHASE, "SYNTAX"),
                Arguments.of("key-1000", HEAD + "  " + MEGA.substring(0, 1000) + ": 1\n" + PHASE, "UNKNOWN_KEY"),
                Arguments.of("explicit-key", HEAD + "  ? " + MEGA + "\n  : 1\n" + PHASE, "UNKNOWN_KEY"),
                Arguments.of(
                        "look-alike-key", HEAD + "  ? \u0430" + MEGA + "\n  : 1\n" + PHASE, "UNKNOWN_KEY_CHARACTER"),
                Arguments.of("value", HEAD + PHASE.replace("bed-rest", MEGA), "UNKNOWN_VALUE"),
                Arguments.of(
                        "quoted-number", HEAD + PHASE.replace("days: 7", "days: '" + MEGA + "'"), "NOT_AN_INTEGER"),
                Arguments.of("undefined-alias", HEAD + PHASE.replace("days: 7", "days: *" + MEGA), "SYNTAX"),
                Arguments.of(
                        "anchor-name", HEAD + PHASE.replace("days: 7", "days: &" + MEGA + " [1]"), "EXPECTED_SCALAR"),
                Arguments.of("tag", HEAD + PHASE.replace("days: 7", "days: !" + MEGA + " 7"), "EXPLICIT_TAG"),
                Arguments.of("model", "model: " + MEGA + "\n" + HEAD + PHASE, "UNKNOWN_VALUE"),
                Arguments.of("name-too-long", "name: " + MEGA + "\nsubject: {age: 40}\n" + PHASE, "TEXT_TOO_LONG"),
                Arguments.of("subject-scalar", "name: x\nsubject: " + MEGA + "\n" + PHASE, "EXPECTED_MAPPING"),
                Arguments.of("parameter", HEAD + PHASE + "parameters:\n  ? " + MEGA + "\n  : 1\n", "UNKNOWN_KEY"),
                Arguments.of("bad-escape", "name: \"" + "\\q".repeat(1000) + "\"\n", "SYNTAX"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longValuesQuotedBack")
    void aLongValueIsQuotedAsAShortExcerptIssue12(String name, String yaml, String key) {
        List<ScenarioProblem> problems = refused(yaml);
        assertThat(problems).extracting(p -> p.message().name()).contains(key);
    }

    @Test
    void aLongFileNameIsShortenedInTheMiddle() {
        Path file = Path.of("d".repeat(2000), "scenario.yaml");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(file));
        String line = e.problems().get(0).format();
        assertThat(line).hasSizeLessThan(MAX_LINE).contains("...").contains("scenario.yaml: no such file");
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                Arguments.of(
                        "  - d\u0430ys: 7\n    mobility: bed-rest\n",
                        "UNKNOWN_KEY_CHARACTER",
                        "its 2nd character is U+0430 CYRILLIC SMALL LETTER A, not a Latin letter",
                        "did you mean 'days'?"),
                Arguments.of(
                        "  - days: 7\n    mobility: b\u0435d-rest\n",
                        "UNKNOWN_VALUE_CHARACTER",
                        "its 2nd character is U+0435 CYRILLIC SMALL LETTER IE, not a Latin letter",
                        "did you mean 'bed-rest'?"),
                Arguments.of(
                        "  - days: 7\n    m\u03bfbility: bed-rest\n",
                        "UNKNOWN_KEY_CHARACTER",
                        "its 2nd character is U+03BF GREEK SMALL LETTER OMICRON, not a Latin letter",
                        "did you mean 'mobility'?"),
                Arguments.of(
                        "  - \uff44ays: 7\n    mobility: bed-rest\n",
                        "UNKNOWN_KEY_CHARACTER",
                        "its 1st character is U+FF44 FULLWIDTH LATIN SMALL LETTER D, not an ASCII letter",
                        "did you mean 'days'?"),
                Arguments.of(
                        "  - days: 7\n    mobility: bed\u2010rest\n",
                        "UNKNOWN_VALUE_CHARACTER",
                        "its 4th character is U+2010 HYPHEN, not an ASCII character",
                        "did you mean 'bed-rest'?"),
                Arguments.of(
                        "  - days: 7\n    mobility: \"bed-rest\\u200b\"\n",
                        "UNKNOWN_VALUE_CHARACTER",
                        "its 9th character is U+200B ZERO WIDTH SPACE, an invisible formatting character",
                        "did you mean 'bed-rest'?"),
                Arguments.of(
                        "  - \"da\\x00ys\": 7\n    mobility: bed-rest\n",
                        "UNKNOWN_KEY_CHARACTER",
                        "its 3rd character is U+0000 NULL, a control character",
                        "did you mean 'days'?"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("lookAlikes")
    void aLookAlikeCharacterIsNamedIssue12(String phase, String key, String where, String hint) {
        ScenarioProblem p = refused(HEAD + "phases:\n" + phase).get(0);
        assertThat(p.message().name()).isEqualTo(key);
        assertThat(p.arguments().get(1)).isEqualTo(where);
        assertThat(p.hint()).isEqualTo(hint);
    }

    @Test
    void theIssuesExampleReadsAsItShould() {
        ScenarioProblem p = refused(HEAD + "phases:\n  - d\u0430ys: 7\n    mobility: bed-rest\n")
                .get(0);
        assertThat(p.format())
                .isEqualTo("p.yaml:5:5: phases[0].d\u0430ys: unknown key 'd\u0430ys': its 2nd character is U+0430"
                        + " CYRILLIC SMALL LETTER A, not a Latin letter (did you mean 'days'?)");
    }

    static Stream<Arguments> unprintableNames() {
        return Stream.of(
                Arguments.of("name: \"a\\x07b\"", "its 2nd character is U+0007, a control character"),
                Arguments.of("name: \"ab\\0\"", "its 3rd character is U+0000, a control character"),
                Arguments.of("name: \"two\\nlines\"", "its 4th character is U+000A, a control character"),
                Arguments.of("name: \"x\\rx\"", "its 2nd character is U+000D, a control character"),
                Arguments.of("name: \"x\\e[31mred\"", "its 2nd character is U+001B, a control character"),
                Arguments.of("name: \"x\\u0085\"", "its 2nd character is U+0085, a control character"),
                Arguments.of("name: \"x\\x7f\"", "its 2nd character is U+007F, a control character"),
                Arguments.of("name: \"x\\uFFFE\"", "its 2nd character is U+FFFE, a Unicode noncharacter"),
                Arguments.of("name: \"x\\uFDD0\"", "its 2nd character is U+FDD0, a Unicode noncharacter"),
                Arguments.of("name: \"x\\U0010FFFF\"", "its 2nd character is U+10FFFF, a Unicode noncharacter"),
                Arguments.of("name: \"x\\uD800y\"", "its 2nd character is U+D800, a surrogate without its pair"),
                Arguments.of("name: \"x\\uDC00\"", "its 2nd character is U+DC00, a surrogate without its pair"),
                Arguments.of("name: ok\ndescription: \"a\\x01\"", "its 2nd character is U+0001, a control character"),
                Arguments.of(
                        "name: ok\ndescription: \"a\\u2029\\x08\"",
                        "its 3rd character is U+0008, a control character"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unprintableNames")
    void namesAndDescriptionsHoldPrintableTextOnlyIssue12(String line, String where) {
        ScenarioProblem p = refused(line + "\nsubject:\n  age: 40\n" + PHASE).get(0);
        assertThat(p.message()).isEqualTo(ScenarioMessage.INVALID_CHARACTER);
        assertThat(p.arguments()).containsExactly(where);
        assertThat(p.line()).isEqualTo(line.startsWith("name: ok") ? 2 : 1);
        assertThat(p.field()).isIn("name", "description");
    }

    @Test
    void aPhaseNameIsCheckedToo() {
        ScenarioProblem p = refused(HEAD + "phases:\n  - name: \"\\x1b[2J\"\n    days: 7\n    mobility: bed-rest\n")
                .get(0);
        assertThat(p.message()).isEqualTo(ScenarioMessage.INVALID_CHARACTER);
        assertThat(p.field()).isEqualTo("phases[0].name");
        assertThat(p.line()).isEqualTo(5);
    }

    @Test
    void tabsLineBreaksInDescriptionsAndEveryScriptAreAccepted() throws ScenarioException {
        String yaml = "name: \"Alitement\\t\u5367\u5e8a \u0420\u0443\u0441\u0441\u043a\u0438\u0439 \uD83D\uDECF\"\n"
                + "description: |\n  Two lines,\n  the second\twith a tab.\n"
                + "subject:\n  age: 40\n" + PHASE;
        var s = ScenarioReader.parse(yaml, Path.of("ok.yaml"));
        assertThat(s.name()).contains("\u5367\u5e8a").contains("\uD83D\uDECF");
        assertThat(s.description()).contains("\n");
    }

    static Stream<Arguments> lenientNumbers() {
        return Stream.of(
                Arguments.of("days: 92d", "NOT_AN_INTEGER"),
                Arguments.of("days: 85F", "NOT_AN_INTEGER"),
                Arguments.of("days: 0x1.6p6", "NOT_AN_INTEGER"),
                Arguments.of("days: \u0667", "NOT_AN_INTEGER"),
                Arguments.of("days: \uff17", "NOT_AN_INTEGER"),
                Arguments.of("days: 1_000", "NOT_AN_INTEGER"),
                Arguments.of("days: 7.", "NOT_AN_INTEGER"),
                Arguments.of("days: 1e2", "NOT_AN_INTEGER"),
                Arguments.of("days: !!int seven", "EXPLICIT_TAG"),
                Arguments.of("days: !!str 7", "EXPLICIT_TAG"),
                Arguments.of("days: !!float 7", "EXPLICIT_TAG"),
                Arguments.of("days: !custom 7", "EXPLICIT_TAG"),
                Arguments.of("days: .inf", "NOT_FINITE"),
                Arguments.of("days: 7\n    exercise: [{activity: walking, minutes: 92d}]", "NOT_A_NUMBER"),
                Arguments.of("days: 7\n    exercise: [{activity: walking, minutes: 0x1.6p6}]", "NOT_A_NUMBER"),
                Arguments.of("days: 7\n    exercise: [{activity: walking, minutes: \u0663\u0660}]", "NOT_A_NUMBER"),
                Arguments.of("days: 7\n    exercise: [{activity: walking, minutes: NaN}]", "NOT_A_NUMBER"),
                Arguments.of("days: 7\n    exercise: [{activity: walking, minutes: .NaN}]", "NOT_FINITE"),
                Arguments.of("days: 7\n    exercise: [{activity: walking, minutes: 1e400}]", "EXTREME_NUMBER"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lenientNumbers")
    void numbersFollowOneGrammarIssue12(String days, String key) {
        ScenarioProblem p = refused(HEAD + PHASE.replace("days: 7", days)).get(0);
        assertThat(p.message().name()).as(p.format()).isEqualTo(key);
    }

    @Test
    void anExplicitTagIsNamed() {
        ScenarioProblem p =
                refused(HEAD + PHASE.replace("days: 7", "days: !!str 7")).get(0);
        assertThat(p.arguments()).containsExactly("!!str");
        ScenarioProblem custom =
                refused(HEAD + PHASE.replace("days: 7", "days: !weeks 1")).get(0);
        assertThat(custom.arguments()).containsExactly("!weeks");
    }

    /**
     * The problems of a file that must be refused, after checking that each is one line of at most
     * {@value #MAX_LINE} characters and that reading took under a second and allocated under 256 MiB.
     */
    static List<ScenarioProblem> refused(String yaml) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long bytes = threads.getThreadAllocatedBytes(id);
        // Processor time of this thread, not wall time: other builds on the machine do not count.
        long start = threads.getCurrentThreadCpuTime();
        ScenarioException e =
                catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.parse(yaml, Path.of("p.yaml")));
        long nanos = threads.getCurrentThreadCpuTime() - start;
        long allocated = threads.getThreadAllocatedBytes(id) - bytes;
        assertThat(e).as("must be refused").isNotNull();
        assertThat(nanos).as("processor nanoseconds").isLessThan(1_000_000_000L);
        assertThat(allocated).as("bytes allocated").isLessThan(256L << 20);
        assertThat(e.problems()).isNotEmpty();
        for (ScenarioProblem p : e.problems()) {
            String line = p.format();
            assertThat(line).doesNotContain("\n").doesNotContain("\r").startsWith("p.yaml");
            assertThat(line.length()).as(line).isLessThanOrEqualTo(MAX_LINE);
        }
        return e.problems();
    }

    /** Sixteen levels, each aliasing the one below three times: 48 aliases, 3^16 paths. */
    private static String fanOut() {
        StringBuilder sb = new StringBuilder("name: x\nl0: &l0 [1, 2, 3]\n");
        for (int i = 1; i <= 16; i++) {
            sb.append("l")
                    .append(i)
                    .append(": &l")
                    .append(i)
                    .append(" [*l")
                    .append(i - 1)
                    .append(", *l")
                    .append(i - 1)
                    .append(", *l")
                    .append(i - 1)
                    .append("]\n");
        }
        return sb.append("subject: {age: 40}\n").append(PHASE).toString();
    }
}
