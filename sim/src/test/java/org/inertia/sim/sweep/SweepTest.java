package org.inertia.sim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.inertia.sim.Protocols;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

class SweepTest {

    private static final Scenario BASE = Protocols.scenario(
            Protocols.healthy(50),
            Protocols.phase(7, Mobility.BED_REST),
            Protocols.phase(28, Mobility.NORMAL, Protocols.exercise(Activity.WALKING, 30, 7, Intensity.MODERATE)));

    @Test
    void sweepValuesEqualSingleRunsOfTheSameSettings() {
        SweepAxis days = SweepAxis.parse("phases[0].days=1..10");
        SweepAxis minutes = SweepAxis.parse("phases[1].exercise[0].minutes=10,30,60");
        Readout end = new Readout(Readout.Kind.END, Measure.OVERALL_STRENGTH, 0);
        Sweep sweep = Sweep.run(BASE, List.of(days, minutes), end, Simulator.exact());
        assertThat(sweep.values()).hasDimensions(10, 3);
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 3; j++) {
                Scenario single = minutes.field()
                        .apply(days.field().apply(BASE, i + 1), minutes.values().get(j));
                assertThat(sweep.values()[i][j])
                        .isEqualTo(end.of(Simulator.exact().simulate(single)));
            }
        }
        // Longer bed rest never ends higher; more walking never ends lower.
        for (int i = 1; i < 10; i++) {
            assertThat(sweep.values()[i][0]).isLessThanOrEqualTo(sweep.values()[i - 1][0]);
        }
        assertThat(sweep.values()[5][2]).isGreaterThanOrEqualTo(sweep.values()[5][0]);
    }

    @Test
    void axesParseRangesStepsAndLists() {
        assertThat(SweepAxis.parse("phases[0].days=1..28").values()).hasSize(28);
        assertThat(SweepAxis.parse("phases[0].days=7..28:7").values()).containsExactly(7.0, 14.0, 21.0, 28.0);
        assertThat(SweepAxis.parse("parameters.mass-loss-tau-days=30,60").values())
                .containsExactly(30.0, 60.0);
        assertThat(SweepAxis.parse("parameters.mass-loss-depth=0.1..0.3").values())
                .hasSize(21);
        assertThatThrownBy(() -> SweepAxis.parse("phases[0].days")).hasMessageContaining("FIELD=FROM..TO");
        assertThatThrownBy(() -> SweepAxis.parse("phases[0].days=a..b")).hasMessageContaining("must be numbers");
        assertThatThrownBy(() -> SweepAxis.parse("phases[0].days=28..1")).hasMessageContaining("upwards");
        assertThatThrownBy(() -> SweepAxis.parse("parameters.mass-loss-depth=0.1..0.3:0"))
                .hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> SweepAxis.parse("subject.age=18..20:-1")).hasMessageContaining("greater than 0");
    }

    @Test
    void fieldsThatCannotVaryAreExplained() {
        assertThat(new ScenarioField("phases[5].days").problemWith(BASE))
                .hasValueSatisfying(p -> assertThat(p).contains("2 phases"));
        assertThat(new ScenarioField("phases[0].exercise[0].minutes").problemWith(BASE))
                .hasValueSatisfying(p -> assertThat(p).contains("0 exercise entries"));
        assertThat(new ScenarioField("parameters.nope").problemWith(BASE))
                .hasValueSatisfying(p -> assertThat(p).contains("unknown parameter"));
        assertThat(new ScenarioField("name").problemWith(BASE)).isPresent();
        assertThatThrownBy(() -> new ScenarioField("phases[0].days").apply(BASE, 2.5))
                .hasMessageContaining("whole numbers");
    }

    @Test
    void sensitivityIsSortedByTheSwingAndMovesOnlyOneParameterAtATime() {
        Readout day7 = new Readout(
                Readout.Kind.ON_DAY, Measure.parse("strength.knee_extensors").orElseThrow(), 7);
        List<Sensitivity.Effect> effects = Sensitivity.oneAtATime(BASE, day7, 0.1, Simulator.exact());
        for (int i = 1; i < effects.size(); i++) {
            assertThat(effects.get(i).swing())
                    .isLessThanOrEqualTo(effects.get(i - 1).swing());
        }
        // After 7 days of bed rest the knee extensors depend on their susceptibility and the loss; recovery does not
        // matter yet.
        assertThat(effects.get(0).parameter())
                .isIn(
                        Parameter.SUSCEPTIBILITY_KNEE_EXTENSORS,
                        Parameter.NEURAL_LOSS_DEPTH,
                        Parameter.MASS_LOSS_DEPTH,
                        Parameter.NEURAL_LOSS_TAU_DAYS);
        Sensitivity.Effect recovery = effects.stream()
                .filter(e -> e.parameter() == Parameter.MASS_RECOVERY_TAU_DAYS)
                .findFirst()
                .orElseThrow();
        assertThat(recovery.swing()).isZero();
        assertThat(effects.get(0).outcomeAtLow()).isGreaterThan(effects.get(0).outcomeAtHigh());
    }

    @Test
    void zeroMinutesMeansNoExercise() {
        Scenario none = new ScenarioField("phases[1].exercise[0].minutes").apply(BASE, 0);
        assertThat(none.phases().get(1).exercise()).isEmpty();
        Sweep sweep = Sweep.run(
                BASE,
                List.of(SweepAxis.parse("phases[1].exercise[0].minutes=0..60:30")),
                new Readout(Readout.Kind.END, Measure.OVERALL_STRENGTH, 0),
                Simulator.exact());
        assertThat(sweep.values()[0][0]).isLessThan(sweep.values()[1][0]);
        assertThat(sweep.values()[1][0]).isLessThanOrEqualTo(sweep.values()[2][0]);
    }
}
