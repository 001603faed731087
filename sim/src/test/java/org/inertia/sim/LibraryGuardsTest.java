package org.inertia.sim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.inertia.sim.evidence.Measurement;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.population.ParameterSampler;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.population.Variability;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.ScenarioField;
import org.inertia.sim.sweep.Sweep;
import org.inertia.sim.sweep.SweepAxis;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * A program that embeds the library and hands it an impossible value gets an {@link
 * IllegalArgumentException} naming it, where it passes the value, not an array index or a
 * numerical library's exception later (a review of sim as a library, 2026-11-30).
 */
class LibraryGuardsTest {

    private static final Measure KNEE = Measure.parse("strength.knee_extensors").orElseThrow();
    private static final Subject ADULT = new Subject(45, null, Condition.HEALTHY);
    private static final List<Phase> WEEK = List.of(new Phase("Bed rest", 7, Mobility.BED_REST, List.of()));
    private static final Scenario SCENARIO = Scenario.of("Week", ADULT, WEEK);

    @Test
    void measurementsBeforeTheStartOrWithoutAFiniteValueOrSpreadAreRefused() {
        assertThatThrownBy(() -> new Measurement(9, -3, KNEE, 95, OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("day");
        assertThatThrownBy(() -> new Measurement(9, 3, KNEE, Double.NaN, OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        for (double sd : new double[] {0, -1, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new Measurement(9, 3, KNEE, 95, OptionalDouble.of(sd)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("sd");
        }
    }

    @Test
    void aParameterOverrideOutsideItsRangeIsRefusedWhenTheScenarioIsBuilt() {
        for (double v : new double[] {Double.NaN, 1e300, -0.1}) {
            assertThatThrownBy(() ->
                            new Scenario("x", "", ADULT, WEEK, Preset.DEFAULT, Map.of(Parameter.MASS_LOSS_DEPTH, v)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("mass-loss-depth");
        }
    }

    @Test
    void readingsOutsideTheScenarioOrThresholdsThatAreFractionsAreRefused() {
        Trajectory t = Simulator.exact().simulate(SCENARIO);
        assertThatThrownBy(() -> t.percent(KNEE, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.percent(KNEE, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.summary(KNEE, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("% of baseline");
        assertThatThrownBy(() -> new Readout(Readout.Kind.ON_DAY, KNEE, -5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void populationsAndSweepsRefuseWhatTheyCannotRun() {
        PopulationSimulator p = new PopulationSimulator(Simulator.exact(), Variability.calibrated(), 1);
        assertThatThrownBy(() -> p.simulate(SCENARIO, Integer.MAX_VALUE, 1, List.of(KNEE), 5, 95, n -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.simulate(SCENARIO, 10, 1, List.of(KNEE), 5, 95, null))
                .isInstanceOf(NullPointerException.class);
        PopulationResult r = p.simulate(SCENARIO, 10, 1, List.of(KNEE), 5, 95, n -> {});
        assertThatThrownBy(() -> r.lowestPercentile(KNEE, -10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.lowestPercentile(KNEE, 150)).isInstanceOf(IllegalArgumentException.class);

        List<SweepAxis> axes = List.of(new SweepAxis(new ScenarioField("phases[0].days"), List.of(3.0, 5.0)));
        Readout end = new Readout(Readout.Kind.END, KNEE, 0);
        assertThatThrownBy(() -> Sweep.runWithUncertainty(
                        SCENARIO, axes, end, Simulator.exact(), s -> ParameterSampler.NONE, 0, 1, 5, 95))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sweep.runWithUncertainty(
                        SCENARIO, axes, end, Simulator.exact(), s -> ParameterSampler.NONE, 10, 1, -5, 500))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sweep.runPopulation(
                        SCENARIO, axes, end, Simulator.exact(), s -> ParameterSampler.NONE, 10, 1, 60, 40, 1, n -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
