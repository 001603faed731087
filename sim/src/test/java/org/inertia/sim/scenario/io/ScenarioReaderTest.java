package org.inertia.sim.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inertia.sim.measure.Baseline;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader against every class of mistake. Each file under {@code bad-scenarios/} states on its
 * first line ({@code # expect: KEY line:column field}, or in a {@code .expect} sidecar) the
 * message key and location of the first problem it must produce.
 */
class ScenarioReaderTest {

    private static final Path BAD = Path.of("src/test/resources/bad-scenarios");
    private static final Pattern EXPECT = Pattern.compile("# expect: (\\w+) (\\d+):(\\d+) ?(\\S*)");

    static Stream<Path> badScenarios() throws IOException {
        try (Stream<Path> files = Files.list(BAD)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void everyBadScenarioGivesItsExpectedProblem(Path file) throws IOException {
        Path sidecar = Path.of(file + ".expect");
        String header = Files.exists(sidecar)
                ? "# expect: " + Files.readString(sidecar).strip() + " "
                : new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                        .lines()
                        .findFirst()
                        .orElse("");
        Matcher m = EXPECT.matcher(header);
        assertThat(m.find()).as("expectation header in %s", file).isTrue();

        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(file));
        assertThat(e).as("%s must be rejected", file).isNotNull();
        ScenarioProblem first = e.problems().get(0);
        assertThat(first.message().name()).as(first.format()).isEqualTo(m.group(1));
        assertThat(first.line()).as(first.format()).isEqualTo(Integer.parseInt(m.group(2)));
        assertThat(first.column()).as(first.format()).isEqualTo(Integer.parseInt(m.group(3)));
        assertThat(first.field()).as(first.format()).isEqualTo(m.group(4));
        for (ScenarioProblem p : e.problems()) {
            String line = p.format();
            assertThat(line).doesNotContain("\n").startsWith(file.toString());
            assertThat(line).doesNotContainIgnoringCase("exception");
        }
    }

    @Test
    void aMisspeltKeyGetsADidYouMeanHint() {
        ScenarioException e = catchThrowableOfType(
                ScenarioException.class, () -> ScenarioReader.read(BAD.resolve("unknown-key-typo.yaml")));
        ScenarioProblem p = e.problems().get(0);
        assertThat(p.hint()).isEqualTo("did you mean 'sessions-per-week'?");
        assertThat(p.arguments()).containsExactly("sesions-per-week");
        assertThat(p.format())
                .isEqualTo(BAD.resolve("unknown-key-typo.yaml")
                        + ":12:9: phases[0].exercise[0].sesions-per-week: unknown key 'sesions-per-week'"
                        + " (did you mean 'sessions-per-week'?)");
    }

    @Test
    void anUnknownValueListsWhatIsAllowedWhenNothingIsClose() {
        ScenarioException e = catchThrowableOfType(
                ScenarioException.class, () -> ScenarioReader.read(BAD.resolve("activity-unknown.yaml")));
        assertThat(e.problems().get(0).hint()).isEqualTo("allowed: walking, cycling, aquatic, resistance");
    }

    @Test
    void severalMistakesAreAllReported() {
        String yaml = "name: Many\nsubject:\n  age: 12\nphases:\n  - days: 0\n    mobility: bedrest\n";
        ScenarioException e =
                catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.parse(yaml, Path.of("x.yaml")));
        assertThat(e.problems())
                .extracting(ScenarioProblem::field)
                .containsExactly("subject.age", "phases[0].days", "phases[0].mobility");
    }

    @Test
    void aDirectoryIsNotAScenario(@TempDir Path dir) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(dir));
        assertThat(e.problems().get(0).message()).isEqualTo(ScenarioMessage.NOT_A_FILE);
    }

    @Test
    void aMissingFileIsReportedAsSuch(@TempDir Path dir) {
        ScenarioException e =
                catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(dir.resolve("nope.yaml")));
        assertThat(e.problems().get(0).message()).isEqualTo(ScenarioMessage.FILE_NOT_FOUND);
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        try (var out = Files.newOutputStream(big)) {
            byte[] line = "# padding padding padding padding padding padding padding padding padding\n"
                    .getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written <= ScenarioReader.MAX_FILE_BYTES; written += line.length) {
                out.write(line);
            }
        }
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(big));
        assertThat(e.problems().get(0).message()).isEqualTo(ScenarioMessage.FILE_TOO_LARGE);
    }

    @Test
    void aStreamReadsAsTheSameFileWouldIssue14(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(
                file,
                "name: From a pipe\nsubject: {age: 40, sex: male}\nphases:\n  - {name: Bed, days: 3, mobility: bed-rest}\n");
        Scenario fromStream;
        try (var in = Files.newInputStream(file)) {
            fromStream = ScenarioReader.read(in, Path.of("<stdin>"));
        }
        assertThat(fromStream).isEqualTo(ScenarioReader.read(file));
    }

    @Test
    void aStreamNamesItsSourceInProblemsIssue14() {
        var in = new java.io.ByteArrayInputStream(
                "name: x\nsubject: {age: 40, sex: male}\nphases:\n  - {name: Bed, days: -3, mobility: bed-rest}\n"
                        .getBytes(StandardCharsets.UTF_8));
        ScenarioException e =
                catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(in, Path.of("<stdin>")));
        ScenarioProblem p = e.problems().get(0);
        assertThat(p.message()).isEqualTo(ScenarioMessage.OUT_OF_RANGE);
        assertThat(p.file()).isEqualTo(Path.of("<stdin>"));
        assertThat(p.line()).isEqualTo(4);
    }

    @Test
    void anEndlessStreamIsCutAtTheLimitIssue14() {
        long[] served = {0};
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                served[0]++;
                return '#';
            }
        };
        ScenarioException e =
                catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(endless, Path.of("<stdin>")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(ScenarioMessage.STREAM_TOO_LARGE);
            assertThat(p.arguments()).containsExactly(ScenarioReader.MAX_FILE_BYTES);
        });
        assertThat(served[0]).isEqualTo(ScenarioReader.MAX_FILE_BYTES + 1L);
    }

    @Test
    void aStreamThatIsNotUtf8IsRefusedWithItsLineIssue14() {
        var in = new java.io.ByteArrayInputStream(new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'x', '\n', (byte) 0xff});
        ScenarioException e =
                catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(in, Path.of("<stdin>")));
        assertThat(e.problems().get(0).message()).isEqualTo(ScenarioMessage.NOT_UTF8);
        assertThat(e.problems().get(0).line()).isEqualTo(2);
    }

    @Test
    void bomWindowsLineEndingsAndDefaultsAreAccepted() throws ScenarioException {
        String yaml =
                "\uFEFFname: Windows file\r\nsubject:\r\n  age: 45\r\nphases:\r\n  - days: 7\r\n    mobility: bed-rest\r\n"
                        + "    exercise:\r\n      - activity: cycling\r\n        minutes: 20\r\n";
        Scenario s = ScenarioReader.parse(yaml, Path.of("w.yaml"));
        assertThat(s.name()).isEqualTo("Windows file");
        assertThat(s.subject().sex()).isNull();
        assertThat(s.subject().condition()).isEqualTo(Condition.HEALTHY);
        assertThat(s.phases().get(0).name()).isEqualTo("Phase 1");
        assertThat(s.phases().get(0).exercise().get(0).sessionsPerWeek()).isEqualTo(7);
        assertThat(s.phases().get(0).exercise().get(0).intensity()).isEqualTo(Intensity.MODERATE);
        assertThat(s.preset()).isEqualTo(Preset.DEFAULT);
    }

    @Test
    void aFullScenarioIsReadField(@TempDir Path dir) throws Exception {
        String yaml =
                """
                name: Full
                description: Every field
                subject:
                  age: 70
                  sex: female
                  condition: critical-illness
                model: one-percent-a-day
                parameters:
                  mass-loss-tau-days: 80
                  susceptibility.handgrip: 0.1
                phases:
                  - name: ICU
                    days: 5
                    mobility: bed-rest
                  - name: Rehab
                    days: 20
                    mobility: normal
                    exercise:
                      - activity: aquatic
                        minutes: 45.5
                        sessions-per-week: 2
                        intensity: vigorous
                """;
        Scenario s = ScenarioReader.parse(yaml, dir.resolve("full.yaml"));
        assertThat(s.subject().ageYears()).isEqualTo(70);
        assertThat(s.subject().sex()).isEqualTo(Sex.FEMALE);
        assertThat(s.subject().condition()).isEqualTo(Condition.CRITICAL_ILLNESS);
        assertThat(s.preset()).isEqualTo(Preset.ONE_PERCENT_A_DAY);
        assertThat(s.parameters())
                .containsEntry(Parameter.MASS_LOSS_TAU_DAYS, 80.0)
                .containsEntry(Parameter.SUSCEPTIBILITY_HANDGRIP, 0.1);
        assertThat(s.modelParameters().get(Parameter.MASS_LOSS_TAU_DAYS)).isEqualTo(80.0);
        assertThat(s.phases()).hasSize(2);
        assertThat(s.phases().get(0).mobility()).isEqualTo(Mobility.BED_REST);
        var e = s.phases().get(1).exercise().get(0);
        assertThat(e.activity()).isEqualTo(Activity.AQUATIC);
        assertThat(e.minutesPerSession()).isEqualTo(45.5);
        assertThat(e.sessionsPerWeek()).isEqualTo(2);
        assertThat(e.intensity()).isEqualTo(Intensity.VIGOROUS);
        assertThat(s.totalDays()).isEqualTo(25);
    }

    @Test
    void anchorsAndAliasesWithinLimitsAreAccepted() throws ScenarioException {
        String yaml =
                """
                name: Anchors
                subject: {age: 50}
                phases:
                  - {days: 7, mobility: bed-rest, exercise: [&walk {activity: walking, minutes: 20}]}
                  - {days: 7, mobility: normal, exercise: [*walk]}
                """;
        Scenario s = ScenarioReader.parse(yaml, Path.of("a.yaml"));
        assertThat(s.phases().get(1).exercise()).isEqualTo(s.phases().get(0).exercise());
    }

    @Test
    void writerOutputReadsBackToTheSameScenario() throws ScenarioException {
        String yaml =
                """
                name: "Quotes \\" and: colons, # hashes"
                description: "Line one\\nline two"
                subject: {age: 33, sex: male, condition: healthy}
                model: twenty-to-forty-percent-a-week
                parameters: {neural-loss-depth: 0.05}
                phases:
                  - {name: "- dash", days: 3, mobility: leg-cast, exercise: [{activity: resistance, minutes: 12.25, sessions-per-week: 3, intensity: light}]}
                """;
        Scenario s = ScenarioReader.parse(yaml, Path.of("r.yaml"));
        Scenario again = ScenarioReader.parse(ScenarioWriter.toYaml(s), Path.of("r2.yaml"));
        assertThat(again).isEqualTo(s);
    }

    @Test
    void problemsFormatOnOneLineWithLocationFieldAndHint() {
        ScenarioProblem p = new ScenarioProblem(
                Path.of("bed-rest.yaml"),
                8,
                11,
                "phases[0].days",
                ScenarioMessage.OUT_OF_RANGE,
                List.of(1, 3650, "-3"),
                "");
        assertThat(p.format()).isEqualTo("bed-rest.yaml:8:11: phases[0].days: must be between 1 and 3650 (was -3)");
    }

    @Test
    void everyMessageFormatsWithoutLeftoverPlaceholders() {
        for (ScenarioMessage m : ScenarioMessage.values()) {
            assertThat(m.format("a", "b", "c")).doesNotContain("{").doesNotContain("}");
        }
    }

    @Test
    void recordsRejectProgrammingErrors() {
        assertThatThrownBy(() -> new org.inertia.sim.scenario.Subject(17, null, Condition.HEALTHY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new org.inertia.sim.scenario.Exercise(Activity.WALKING, 0, 7, Intensity.LIGHT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        Scenario.of("x", new org.inertia.sim.scenario.Subject(40, null, Condition.HEALTHY), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void baselinesAreReadInTheirOrderWithTheirUnitsIssue13() throws ScenarioException {
        Scenario s = ScenarioReader.read(Path.of("..", "scenarios", "older-patient-grip-kg.yaml"));

        assertThat(s.baselines().keySet())
                .extracting(Measure::key)
                .containsExactly("strength.handgrip", "strength.knee_extensors", "mass.knee_extensors");
        assertThat(s.baseline(Measure.parse("strength.handgrip").orElseThrow())).hasValue(new Baseline(32, "kg"));
        assertThat(s.baseline(Measure.parse("strength.knee_extensors").orElseThrow()))
                .hasValue(new Baseline(180, "N·m"));
        assertThat(s.baseline(Measure.parse("mass.knee_extensors").orElseThrow()))
                .hasValue(new Baseline(9.1, "kg"));
        assertThat(s.baseline(Measure.OVERALL_STRENGTH)).isEmpty();
    }

    @Test
    void aBaselineMayOmitTheSpaceAndUseAnyNumberOfTheGrammar() throws ScenarioException {
        Scenario s = ScenarioReader.parse(
                "name: x\nsubject:\n  age: 40\nphases:\n  - days: 3\n    mobility: bed-rest\nbaselines:\n"
                        + "  strength.handgrip: 32kg\n  strength.plantar_flexors: 1.5e2  N m \n",
                Path.of("x.yaml"));

        assertThat(s.baselines().values()).containsExactly(new Baseline(32, "kg"), new Baseline(150, "N m"));
    }

    @Test
    void filesWithoutBaselinesHaveNoneAndEveryMistakeIsReportedAtOnce() throws Exception {
        assertThat(ScenarioReader.read(Path.of("..", "scenarios", "older-adult-hospital-10d.yaml"))
                        .baselines())
                .isEmpty();

        ScenarioException e = catchThrowableOfType(
                ScenarioException.class,
                () -> ScenarioReader.parse(
                        "name: x\nsubject:\n  age: 40\nphases:\n  - days: 3\n    mobility: bed-rest\nbaselines:\n"
                                + "  strength.handgirp: 32 kg\n  mass.handgrip: 32\n",
                        Path.of("x.yaml")));
        assertThat(e.problems())
                .extracting(p -> p.message())
                .containsExactly(ScenarioMessage.UNKNOWN_KEY, ScenarioMessage.MISSING_UNIT);
        assertThat(e.problems().get(0).hint()).contains("strength.handgrip");
        assertThat(e.problems().get(1).hint()).contains("32 kg");
    }

    @Test
    void baselinesSurviveTheWriterIssue13() throws ScenarioException {
        Scenario s = ScenarioReader.read(Path.of("..", "scenarios", "older-patient-grip-kg.yaml"));

        assertThat(ScenarioReader.parse(ScenarioWriter.toYaml(s), Path.of("copy.yaml")))
                .isEqualTo(s);
    }
}
