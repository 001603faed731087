package org.inertia.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inertia.sim.findings.PhaseRoles;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioMessage;
import org.inertia.sim.scenario.io.ScenarioProblem;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.scenario.io.ScenarioWriter;
import org.junit.jupiter.api.Test;

/** The "what if?" controls of the classroom page (issue 7). */
class ScenarioControlsTest {

    private static final Path SOURCE = Path.of("variant A");

    /** Normal life first, then bed rest, then walking: the controls find the bed rest, not phase 0. */
    private static final Scenario WARMUP_REST_WALK = Scenario.of(
            "Warm-up, rest, walk",
            new Subject(45, Sex.FEMALE, Condition.HEALTHY),
            List.of(
                    new Phase("Before", 3, Mobility.NORMAL, List.of()),
                    new Phase("Bed rest", 7, Mobility.BED_REST, List.of()),
                    new Phase(
                            "Walking",
                            28,
                            Mobility.NORMAL,
                            List.of(
                                    new Exercise(Activity.WALKING, 30, 7, Intensity.MODERATE),
                                    new Exercise(Activity.RESISTANCE, 20, 2, Intensity.VIGOROUS)))));

    private static final Scenario REST_ONLY = Scenario.of(
            "Rest, then nothing",
            new Subject(70, null, Condition.HEALTHY),
            List.of(
                    new Phase("Bed rest", 10, Mobility.BED_REST, List.of()),
                    new Phase("Home", 20, Mobility.NORMAL, List.of())));

    @Test
    void readsThePeriodOfDisuseAndTheFirstExerciseAfterIt() {
        ScenarioControls c = ScenarioControls.of(WARMUP_REST_WALK);

        assertThat(PhaseRoles.disuse(WARMUP_REST_WALK)).hasValue(1);
        assertThat(PhaseRoles.recovery(WARMUP_REST_WALK)).hasValue(2);
        assertThat(c)
                .isEqualTo(new ScenarioControls(
                        7,
                        Mobility.BED_REST,
                        Optional.of(Activity.WALKING),
                        30,
                        7,
                        Intensity.MODERATE,
                        45,
                        Condition.HEALTHY));
    }

    @Test
    void withoutExerciseAfterwardsTheActivityIsNoneAndTheRestAreDefaults() {
        ScenarioControls c = ScenarioControls.of(REST_ONLY);

        assertThat(c.activity()).isEmpty();
        assertThat(c.asValues())
                .containsEntry("activity", "none")
                .containsEntry("minutes", "30")
                .containsEntry("sessions-per-week", "7")
                .containsEntry("intensity", "moderate");
    }

    @Test
    void noValuesGiveTheScenarioBackUnchanged() throws ScenarioException {
        ScenarioControls c = ScenarioControls.parse(WARMUP_REST_WALK, Map.of(), SOURCE);

        assertThat(c.applyTo(WARMUP_REST_WALK)).isEqualTo(WARMUP_REST_WALK);
        assertThat(c.changesFrom(ScenarioControls.of(WARMUP_REST_WALK))).isEmpty();
    }

    @Test
    void valuesChangeOnlyTheirFieldsAndKeepTheSecondExercise() throws ScenarioException {
        ScenarioControls c = ScenarioControls.parse(
                WARMUP_REST_WALK,
                Map.of(
                        "days",
                        "14",
                        "mobility",
                        "leg-cast",
                        "activity",
                        "cycling",
                        "minutes",
                        "20.5",
                        "sessions-per-week",
                        "3",
                        "intensity",
                        "light",
                        "age",
                        "70",
                        "condition",
                        "critical-illness"),
                SOURCE);

        Scenario s = c.applyTo(WARMUP_REST_WALK);

        assertThat(s.phases().get(0)).isEqualTo(WARMUP_REST_WALK.phases().get(0));
        assertThat(s.phases().get(1)).isEqualTo(new Phase("Bed rest", 14, Mobility.LEG_CAST, List.of()));
        assertThat(s.phases().get(2).exercise())
                .containsExactly(
                        new Exercise(Activity.CYCLING, 20.5, 3, Intensity.LIGHT),
                        new Exercise(Activity.RESISTANCE, 20, 2, Intensity.VIGOROUS));
        assertThat(s.subject()).isEqualTo(new Subject(70, Sex.FEMALE, Condition.CRITICAL_ILLNESS));
        assertThat(s.name()).isEqualTo(WARMUP_REST_WALK.name());
    }

    @Test
    void anActivityIsAddedWhenTheRecoveryPhaseHasNoneAndNoneRemovesIt() throws ScenarioException {
        Scenario walking = ScenarioControls.parse(REST_ONLY, Map.of("activity", "walking", "minutes", "20"), SOURCE)
                .applyTo(REST_ONLY);
        assertThat(walking.phases().get(1).exercise())
                .containsExactly(new Exercise(Activity.WALKING, 20, 7, Intensity.MODERATE));

        Scenario none = ScenarioControls.parse(WARMUP_REST_WALK, Map.of("activity", "none"), SOURCE)
                .applyTo(WARMUP_REST_WALK);
        assertThat(none.phases().get(2).exercise())
                .containsExactly(new Exercise(Activity.RESISTANCE, 20, 2, Intensity.VIGOROUS));
    }

    @Test
    void theChangedScenarioIsOneTheReaderReadsBackAsIs() throws ScenarioException {
        Scenario s = ScenarioControls.parse(REST_ONLY, Map.of("days", "21", "activity", "aquatic"), SOURCE)
                .applyTo(REST_ONLY);

        assertThat(ScenarioReader.parse(ScenarioWriter.toYaml(s), Path.of("round-trip.yaml")))
                .isEqualTo(s);
    }

    @Test
    void badValuesAreReportedWithTheReadersMessagesAndTheFieldsTheySet() {
        ScenarioException e = problems(
                WARMUP_REST_WALK,
                Map.of(
                        "days",
                        "0",
                        "mobility",
                        "bedrest",
                        "activity",
                        "running",
                        "minutes",
                        "abc",
                        "sessions-per-week",
                        "2.5",
                        "intensity",
                        "",
                        "age",
                        "101",
                        "condition",
                        "ill"));

        assertThat(e.problems())
                .extracting(ScenarioProblem::field, ScenarioProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("phases[1].days", ScenarioMessage.OUT_OF_RANGE),
                        org.assertj.core.groups.Tuple.tuple("phases[1].mobility", ScenarioMessage.UNKNOWN_VALUE),
                        org.assertj.core.groups.Tuple.tuple(
                                "phases[2].exercise[0].activity", ScenarioMessage.UNKNOWN_VALUE),
                        org.assertj.core.groups.Tuple.tuple(
                                "phases[2].exercise[0].minutes", ScenarioMessage.NOT_A_NUMBER),
                        org.assertj.core.groups.Tuple.tuple(
                                "phases[2].exercise[0].sessions-per-week", ScenarioMessage.NOT_AN_INTEGER),
                        org.assertj.core.groups.Tuple.tuple(
                                "phases[2].exercise[0].intensity", ScenarioMessage.EMPTY_VALUE),
                        org.assertj.core.groups.Tuple.tuple("subject.age", ScenarioMessage.OUT_OF_RANGE),
                        org.assertj.core.groups.Tuple.tuple("subject.condition", ScenarioMessage.UNKNOWN_VALUE));
        assertThat(e.problems().get(0).arguments()).containsExactly(1, 3650, "0");
        assertThat(e.problems().get(0).file()).isEqualTo(SOURCE);
        assertThat(e.problems().get(1).hint()).isEqualTo("did you mean 'bed-rest'?");
        assertThat(e.problems().get(6).arguments()).containsExactly(18, 100, "101");
    }

    @Test
    void theSameMistakeInAFileAndInAControlReadsTheSame() {
        ScenarioException fromFile = assertThrows(
                () -> ScenarioReader.parse(ScenarioWriter.toYaml(REST_ONLY).replace("days: 10", "days: 0"), SOURCE));
        ScenarioException fromControl = problems(REST_ONLY, Map.of("days", "0"));

        ScenarioProblem file = fromFile.problems().get(0);
        ScenarioProblem control = fromControl.problems().get(0);
        assertThat(control.field()).isEqualTo(file.field());
        assertThat(control.message()).isEqualTo(file.message());
        assertThat(control.arguments()).isEqualTo(file.arguments());
        assertThat(control.format()).isEqualTo("variant A: phases[0].days: must be between 1 and 3650 (was 0)");
    }

    @Test
    void notANumberInfinityAndExponentsAreRefused() {
        // As in a file: YAML's infinity is ".inf"; "Infinity" is a word, not a number.
        assertThat(problems(REST_ONLY, Map.of("age", ".inf")).problems().get(0).message())
                .isEqualTo(ScenarioMessage.NOT_FINITE);
        assertThat(problems(REST_ONLY, Map.of("age", "Infinity"))
                        .problems()
                        .get(0)
                        .message())
                .isEqualTo(ScenarioMessage.NOT_AN_INTEGER);
        assertThat(problems(REST_ONLY, Map.of("minutes", "1e999999999"))
                        .problems()
                        .get(0)
                        .message())
                .isEqualTo(ScenarioMessage.EXTREME_NUMBER);
        assertThat(problems(REST_ONLY, Map.of("age", "1e2")).problems().get(0).message())
                .isEqualTo(ScenarioMessage.NOT_AN_INTEGER);
        assertThat(problems(REST_ONLY, Map.of("days", " ")).problems().get(0).message())
                .isEqualTo(ScenarioMessage.EMPTY_VALUE);
    }

    @Test
    void tooManyDaysInAllIsTheReadersTooManyDays() {
        ScenarioException e = problems(REST_ONLY, Map.of("days", "3640"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(ScenarioMessage.TOO_MANY_DAYS);
            assertThat(p.arguments()).containsExactly(3660L, 3650);
        });
    }

    @Test
    void exerciseValuesAreIgnoredWhenNothingComesAfterTheDisuse() throws ScenarioException {
        Scenario single = Scenario.of(
                "One phase",
                new Subject(40, null, Condition.HEALTHY),
                List.of(new Phase("Cast", 14, Mobility.LEG_CAST, List.of())));

        Scenario s = ScenarioControls.parse(single, Map.of("activity", "walking", "minutes", "9999"), SOURCE)
                .applyTo(single);

        assertThat(PhaseRoles.recovery(single)).isEmpty();
        assertThat(s).isEqualTo(single);
    }

    @Test
    void changesAreNamedInAFewWords() throws ScenarioException {
        ScenarioControls written = ScenarioControls.of(WARMUP_REST_WALK);

        assertThat(ScenarioControls.parse(WARMUP_REST_WALK, Map.of("days", "14"), SOURCE)
                        .changesFrom(written))
                .isEqualTo("2 weeks in bed");
        assertThat(ScenarioControls.parse(WARMUP_REST_WALK, Map.of("minutes", "20", "age", "80"), SOURCE)
                        .changesFrom(written))
                .isEqualTo("walking 20 min a day; age 80");
        assertThat(ScenarioControls.parse(
                                WARMUP_REST_WALK,
                                Map.of("activity", "cycling", "sessions-per-week", "3", "intensity", "vigorous"),
                                SOURCE)
                        .changesFrom(written))
                .isEqualTo("cycling 30 min 3x a week, vigorous");
        assertThat(ScenarioControls.parse(WARMUP_REST_WALK, Map.of("activity", "none", "minutes", "5"), SOURCE)
                        .changesFrom(written))
                .isEqualTo("no exercise");
        assertThat(ScenarioControls.parse(WARMUP_REST_WALK, Map.of("condition", "critical-illness"), SOURCE)
                        .changesFrom(written))
                .isEqualTo("critically ill");
    }

    @Test
    void valuesRoundTripThroughTheirTextForm() throws ScenarioException {
        ScenarioControls c =
                ScenarioControls.parse(WARMUP_REST_WALK, Map.of("minutes", "12.5", "activity", "aquatic"), SOURCE);

        assertThat(ScenarioControls.parse(WARMUP_REST_WALK, c.asValues(), SOURCE))
                .isEqualTo(c);
        assertThat(c.asValues().keySet()).containsExactlyElementsOf(ScenarioControls.NAMES);
    }

    @Test
    void outOfRangeValuesCannotBeBuiltDirectly() {
        assertThatThrownBy(() -> new ScenarioControls(
                        0, Mobility.BED_REST, Optional.empty(), 30, 7, Intensity.MODERATE, 40, Condition.HEALTHY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScenarioControls(
                        7, Mobility.BED_REST, Optional.empty(), 30, 7, Intensity.MODERATE, 17, Condition.HEALTHY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ScenarioException problems(Scenario scenario, Map<String, String> values) {
        return assertThrows(() -> ScenarioControls.parse(scenario, values, SOURCE));
    }

    private interface Parse {
        Object run() throws ScenarioException;
    }

    private static ScenarioException assertThrows(Parse parse) {
        try {
            parse.run();
        } catch (ScenarioException e) {
            return e;
        }
        throw new AssertionError("expected a ScenarioException");
    }
}
