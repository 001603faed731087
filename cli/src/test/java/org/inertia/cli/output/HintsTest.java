package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.inertia.sim.evidence.MeasurementMessage;
import org.inertia.sim.evidence.MeasurementProblem;
import org.inertia.sim.scenario.io.ScenarioMessage;
import org.inertia.sim.scenario.io.ScenarioProblem;
import org.inertia.sim.sweep.SweepMessage;
import org.inertia.sim.sweep.SweepProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The command line's own hints, by key and field: the library never names an inertia command (issue 10). */
class HintsTest {

    @Test
    void listCommandsAreNamedForTheVocabulariesTheyList() {
        assertThat(Hints.of(ScenarioMessage.UNKNOWN_VALUE, "model")).isEqualTo("'inertia list presets' describes them");
        assertThat(Hints.of(MeasurementMessage.UNKNOWN_MEASURE, "measure"))
                .isEqualTo("'inertia list measures' lists them");
        assertThat(Hints.of(SweepMessage.UNKNOWN_PARAMETER, "parameters.x"))
                .isEqualTo("'inertia list parameters' lists them");
    }

    @Test
    void otherProblemsGetNoExtraHint() {
        assertThat(Hints.of(ScenarioMessage.UNKNOWN_VALUE, "subject.sex")).isEmpty();
        assertThat(Hints.of(ScenarioMessage.OUT_OF_RANGE, "model")).isEmpty();
        assertThat(Hints.of(MeasurementMessage.NOT_A_NUMBER, "value")).isEmpty();
        assertThat(Hints.of(SweepMessage.CANNOT_VARY, "")).isEmpty();
    }

    @Test
    void theExtraHintFollowsTheProblemsOwn() {
        ScenarioProblem model = new ScenarioProblem(
                Path.of("s.yaml"), 5, 8, "model", ScenarioMessage.UNKNOWN_VALUE, List.of("x"), "did you mean 'y'?");
        assertThat(Hints.line(model))
                .isEqualTo(
                        "s.yaml:5:8: model: unknown value 'x' (did you mean 'y'?; 'inertia list presets' describes them)");
        MeasurementProblem measure = new MeasurementProblem(
                "m.csv", 2, 2, "measure", MeasurementMessage.UNKNOWN_MEASURE, List.of("knee"), "");
        assertThat(Hints.line(measure))
                .isEqualTo("m.csv:2:2: measure: unknown measure 'knee' ('inertia list measures' lists them)");
        SweepProblem parameter = new SweepProblem("parameters.x", SweepMessage.UNKNOWN_PARAMETER, List.of("x"), "");
        assertThat(Hints.line(parameter))
                .isEqualTo("parameters.x: unknown parameter 'x' ('inertia list parameters' lists them)");
        ScenarioProblem age = new ScenarioProblem(
                Path.of("s.yaml"), 4, 8, "subject.age", ScenarioMessage.OUT_OF_RANGE, List.of(18, 100, "300"), "");
        assertThat(Hints.line(age)).isEqualTo(age.format());
    }

    @ParameterizedTest
    @EnumSource(MeasurementMessage.class)
    void theLibrarysOwnHintsAndMessagesNameNoCommand(MeasurementMessage key) {
        assertThat(key.pattern()).doesNotContain("inertia");
    }

    @ParameterizedTest
    @EnumSource(SweepMessage.class)
    void theLibrarysSweepMessagesNameNoCommand(SweepMessage key) {
        assertThat(key.pattern()).doesNotContain("inertia");
    }
}
