package org.inertia.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.inertia.sim.findings.PhaseRoles;
import org.inertia.sim.measure.Baseline;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
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

/** The "what if?" controls of the classroom page (issue 7; every phase editable, issue 13). */
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
                        List.of(
                                new PhaseControls(
                                        OptionalInt.of(0),
                                        3,
                                        Mobility.NORMAL,
                                        Optional.empty(),
                                        30,
                                        7,
                                        Intensity.MODERATE),
                                new PhaseControls(
                                        OptionalInt.of(1),
                                        7,
                                        Mobility.BED_REST,
                                        Optional.empty(),
                                        30,
                                        7,
                                        Intensity.MODERATE),
                                new PhaseControls(
                                        OptionalInt.of(2),
                                        28,
                                        Mobility.NORMAL,
                                        Optional.of(Activity.WALKING),
                                        30,
                                        7,
                                        Intensity.MODERATE)),
                        45,
                        Condition.HEALTHY));
    }

    @Test
    void withoutExerciseAfterwardsTheActivityIsNoneAndTheRestAreDefaults() {
        ScenarioControls c = ScenarioControls.of(REST_ONLY);

        assertThat(c.phases().get(1).activity()).isEmpty();
        assertThat(c.asValues())
                .containsEntry("phases", "1,2")
                .containsEntry("p2.activity", "none")
                .containsEntry("p2.minutes", "30")
                .containsEntry("p2.sessions-per-week", "7")
                .containsEntry("p2.intensity", "moderate");
    }

    @Test
    void noValuesGiveTheScenarioBackUnchanged() throws ScenarioException {
        ScenarioControls c = ScenarioControls.parse(WARMUP_REST_WALK, Map.of(), SOURCE);

        assertThat(c.applyTo(WARMUP_REST_WALK)).isEqualTo(WARMUP_REST_WALK);
        assertThat(c.changesFrom(WARMUP_REST_WALK)).isEmpty();
        assertThat(c.name(WARMUP_REST_WALK)).isEqualTo(WARMUP_REST_WALK.name());
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
        // The phase is no longer bed rest, so it is no longer called so (issue 13).
        assertThat(s.phases().get(1)).isEqualTo(new Phase("Leg in a cast", 14, Mobility.LEG_CAST, List.of()));
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
        Scenario written = WARMUP_REST_WALK;

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
        assertThat(c.asValues().keySet())
                .startsWith("phases", "p1.days", "p1.mobility", "p1.activity")
                .endsWith("p3.intensity", "age", "condition")
                .hasSize(1 + 3 * ScenarioControls.PHASE_SETTINGS.size() + 2);
    }

    @Test
    void outOfRangeValuesCannotBeBuiltDirectly() {
        assertThatThrownBy(() -> new PhaseControls(
                        OptionalInt.of(0), 0, Mobility.BED_REST, Optional.empty(), 30, 7, Intensity.MODERATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhaseControls(
                        OptionalInt.of(0), 7, Mobility.BED_REST, Optional.empty(), 30, 15, Intensity.MODERATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScenarioControls(List.of(PhaseControls.added()), 17, Condition.HEALTHY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScenarioControls(List.of(), 40, Condition.HEALTHY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A brace worn for four weeks, then ordinary life: the back-pain lesson's scenario. */
    private static final Scenario BRACE = Scenario.of(
            "Lumbar brace for 4 weeks",
            new Subject(40, null, Condition.HEALTHY),
            List.of(
                    new Phase("Lumbar brace", 28, Mobility.LUMBAR_BRACE, List.of()),
                    new Phase("Back to normal", 28, Mobility.NORMAL, List.of())));

    @Test
    void exerciseInTheFirstPhaseIsEditableAndSaysWhereItIsIssue13() throws ScenarioException {
        // In-bed cycling during the bed rest (phase 2 here), the walking afterwards left alone.
        ScenarioControls c =
                ScenarioControls.parse(WARMUP_REST_WALK, Map.of("p2.activity", "cycling", "p2.minutes", "20"), SOURCE);

        Scenario s = c.applyTo(WARMUP_REST_WALK);

        assertThat(s.phases().get(1))
                .isEqualTo(new Phase(
                        "Bed rest",
                        7,
                        Mobility.BED_REST,
                        List.of(new Exercise(Activity.CYCLING, 20, 7, Intensity.MODERATE))));
        assertThat(s.phases().get(2)).isEqualTo(WARMUP_REST_WALK.phases().get(2));
        assertThat(c.changesFrom(WARMUP_REST_WALK)).isEqualTo("cycling 20 min a day in phase 2");
        assertThat(c.name(WARMUP_REST_WALK)).isEqualTo("Cycling 20 min a day in phase 2");
    }

    @Test
    void phasesAreAddedAndLeftOutAndTheChangeSaysSoIssue13() throws ScenarioException {
        ScenarioControls c = ScenarioControls.parse(
                WARMUP_REST_WALK,
                Map.of("phases", "2, 3,new", "p3.days", "21", "p3.activity", "walking", "p3.intensity", "light"),
                SOURCE);

        Scenario s = c.applyTo(WARMUP_REST_WALK);

        assertThat(s.phases())
                .containsExactly(
                        WARMUP_REST_WALK.phases().get(1),
                        WARMUP_REST_WALK.phases().get(2),
                        new Phase(
                                "Normal daily life",
                                21,
                                Mobility.NORMAL,
                                List.of(new Exercise(Activity.WALKING, 30, 7, Intensity.LIGHT))));
        assertThat(c.changesFrom(WARMUP_REST_WALK))
                .isEqualTo("then 3 weeks of ordinary activity with walking 30 min a day, light; without Before");
        assertThat(c.asValues()).containsEntry("phases", "2,3,new");
        assertThat(ScenarioControls.parse(WARMUP_REST_WALK, c.asValues(), SOURCE))
                .isEqualTo(c);
        assertThat(ScenarioReader.parse(ScenarioWriter.toYaml(s), Path.of("round-trip.yaml")))
                .isEqualTo(s);
    }

    @Test
    void phasesAreReorderedWithTheirOwnSettingsIssue13() throws ScenarioException {
        ScenarioControls c = ScenarioControls.parse(WARMUP_REST_WALK, Map.of("phases", "2,1,3"), SOURCE);

        assertThat(c.applyTo(WARMUP_REST_WALK).phases())
                .containsExactly(
                        WARMUP_REST_WALK.phases().get(1),
                        WARMUP_REST_WALK.phases().get(0),
                        WARMUP_REST_WALK.phases().get(2));
        assertThat(c.changesFrom(WARMUP_REST_WALK)).isEqualTo("phases reordered");
    }

    @Test
    void aPhaseIsNamedAfterItsMobilityWhenThatChangesIssue13() throws ScenarioException {
        ScenarioControls noBrace = ScenarioControls.parse(BRACE, Map.of("p1.mobility", "normal"), SOURCE);
        ScenarioControls longer = ScenarioControls.parse(BRACE, Map.of("p1.days", "42"), SOURCE);

        assertThat(noBrace.applyTo(BRACE).phases().get(0).name()).isEqualTo("Normal daily life");
        assertThat(longer.applyTo(BRACE).phases().get(0).name()).isEqualTo("Lumbar brace");
        assertThat(PhaseControls.nameOf(Mobility.BED_REST)).isEqualTo("Bed rest");
        assertThat(PhaseControls.nameOf(Mobility.LEG_CAST)).isEqualTo("Leg in a cast");
        // The short form's mobility renames the period of disuse the same way.
        assertThat(ScenarioControls.parse(BRACE, Map.of("mobility", "bed-rest"), SOURCE)
                        .applyTo(BRACE)
                        .phases()
                        .get(0)
                        .name())
                .isEqualTo("Bed rest");
    }

    @Test
    void aVariantIsNamedAfterWhatChangedNotAfterTheWrittenScenarioIssue13() throws ScenarioException {
        ScenarioControls noBrace = ScenarioControls.parse(BRACE, Map.of("p1.mobility", "normal"), SOURCE);
        ScenarioControls walking =
                ScenarioControls.parse(BRACE, Map.of("p2.activity", "walking", "p2.minutes", "30"), SOURCE);
        ScenarioControls none = ScenarioControls.parse(WARMUP_REST_WALK, Map.of("activity", "none"), SOURCE);

        assertThat(noBrace.name(BRACE))
                .isEqualTo("4 weeks of ordinary activity")
                .doesNotContain("brace");
        assertThat(walking.name(BRACE)).isEqualTo("Walking 30 min a day");
        assertThat(none.name(WARMUP_REST_WALK)).isEqualTo("No exercise");
        assertThat(ScenarioControls.of(BRACE).name(BRACE)).isEqualTo(BRACE.name());
    }

    @Test
    void badPhaseValuesAreReportedWithTheReadersMessagesAndTheirPositionsIssue13() {
        assertThat(problems(WARMUP_REST_WALK, Map.of("phases", "1,4")).problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("phases");
                    assertThat(p.message()).isEqualTo(ScenarioMessage.UNKNOWN_VALUE);
                    assertThat(p.arguments()).containsExactly("4");
                });
        assertThat(problems(WARMUP_REST_WALK, Map.of("phases", "1,2,3,new,new,new,new,new,new"))
                        .problems()
                        .get(0)
                        .message())
                .isEqualTo(ScenarioMessage.OUT_OF_RANGE);
        assertThat(problems(WARMUP_REST_WALK, Map.of("phases", " "))
                        .problems()
                        .get(0)
                        .message())
                .isEqualTo(ScenarioMessage.EMPTY_VALUE);
        assertThat(problems(WARMUP_REST_WALK, Map.of("phases", "3,new", "p2.days", "0", "p1.intensity", "hard"))
                        .problems())
                .extracting(ScenarioProblem::field, ScenarioProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "phases[0].exercise[0].intensity", ScenarioMessage.UNKNOWN_VALUE),
                        org.assertj.core.groups.Tuple.tuple("phases[1].days", ScenarioMessage.OUT_OF_RANGE));
        assertThat(problems(WARMUP_REST_WALK, Map.of("phases", "1,2,3,new", "p4.days", "3620"))
                        .problems()
                        .get(0)
                        .message())
                .isEqualTo(ScenarioMessage.TOO_MANY_DAYS);
        assertThat(ScenarioControls.isControl("p3.minutes")).isTrue();
        assertThat(ScenarioControls.isControl("p9.minutes")).isFalse();
        assertThat(ScenarioControls.isControl("p1.age")).isFalse();
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

    /** Issue 13: a variant of a patient's scenario keeps the patient's measured baselines. */
    @Test
    void aVariantKeepsTheMeasuredBaselines() {
        Scenario measured = REST_ONLY.withBaselines(
                Map.of(new Measure(Outcome.STRENGTH, MuscleGroup.HANDGRIP), new Baseline(32, "kg")));

        ScenarioControls written = ScenarioControls.of(measured);
        Scenario variant = new ScenarioControls(written.phases(), 80, written.condition()).applyTo(measured);

        assertThat(variant.subject().ageYears()).isEqualTo(80);
        assertThat(variant.baseline(new Measure(Outcome.STRENGTH, MuscleGroup.HANDGRIP)))
                .hasValue(new Baseline(32, "kg"));
    }
}
