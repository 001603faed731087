package org.inertia.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inertia.sim.Protocols.exercise;
import static org.inertia.sim.Protocols.healthy;
import static org.inertia.sim.Protocols.phase;
import static org.inertia.sim.Protocols.scenario;

import org.inertia.sim.measure.Measure;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * The exact engine against closed-form fixtures written out by hand, and the ODE engine against
 * the exact one (Orekit's rule: several engines behind one interface, tested against each other).
 */
public class EnginesAgreeTest {

    @Test
    void exactEngineMatchesTheHandWrittenSolutionOfOneBedRestPhase() {
        ModelParameters p = Preset.DEFAULT.parameters();
        Trajectory t = Simulator.exact().simulate(scenario(healthy(30), phase(60, Mobility.BED_REST)));
        double depth = p.get(Parameter.MASS_LOSS_DEPTH);
        double tau = p.get(Parameter.MASS_LOSS_TAU_DAYS);
        double neuralDepth = p.get(Parameter.NEURAL_LOSS_DEPTH);
        double neuralTau = p.get(Parameter.NEURAL_LOSS_TAU_DAYS);
        for (int d = 0; d <= 60; d++) {
            double mass = 1 - depth * (1 - Math.exp(-d / tau));
            double neural = 1 - neuralDepth * (1 - Math.exp(-d / neuralTau));
            assertThat(t.percent(Measure.parse("mass.knee_extensors").orElseThrow(), d))
                    .isCloseTo(100 * mass, within(1e-9));
            assertThat(t.percent(Measure.parse("strength.knee_extensors").orElseThrow(), d))
                    .isCloseTo(100 * mass * neural, within(1e-9));
        }
    }

    @Test
    void exactEngineMatchesTheHandWrittenRecoveryAfterBedRest() {
        ModelParameters p = Preset.DEFAULT.parameters();
        int age = 70;
        Trajectory t = Simulator.exact()
                .simulate(scenario(healthy(age), phase(10, Mobility.BED_REST), phase(30, Mobility.NORMAL)));
        double lowest =
                1 - p.get(Parameter.MASS_LOSS_DEPTH) * (1 - Math.exp(-10 / p.get(Parameter.MASS_LOSS_TAU_DAYS)));
        double ageFactor =
                1 + p.get(Parameter.AGE_RECOVERY_SLOWING) * (age - p.get(Parameter.AGE_RECOVERY_ONSET_YEARS));
        double tauRecovery = p.get(Parameter.MASS_RECOVERY_TAU_DAYS) * ageFactor;
        for (int d = 10; d <= 40; d++) {
            double mass = 1 - (1 - lowest) * Math.exp(-(d - 10) / tauRecovery);
            assertThat(t.percent(Measure.parse("mass.knee_extensors").orElseThrow(), d))
                    .isCloseTo(100 * mass, within(1e-9));
        }
    }

    @Test
    void odeEngineAgreesWithTheExactEngineToOneMillionth() {
        Scenario s = scenario(
                healthy(72),
                phase(7, Mobility.BED_REST),
                phase(3, Mobility.LEG_CAST, exercise(Activity.RESISTANCE, 20, 3, Intensity.VIGOROUS)),
                phase(
                        30,
                        Mobility.NORMAL,
                        exercise(Activity.WALKING, 30, 7, Intensity.MODERATE),
                        exercise(Activity.AQUATIC, 45, 2, Intensity.LIGHT)),
                phase(14, Mobility.LUMBAR_BRACE),
                phase(60, Mobility.SEDENTARY, exercise(Activity.CYCLING, 20, 3, Intensity.LIGHT)));
        assertAgree(s);
    }

    /** Both engines on any scenario: every measure, every day, within 1e-6 % of baseline. */
    public static void assertAgree(Scenario s) {
        Trajectory exact = Simulator.exact().simulate(s);
        Trajectory ode = Simulator.ode().simulate(s);
        assertThat(ode.lastDay()).isEqualTo(exact.lastDay());
        for (Measure m : Trajectory.measures()) {
            for (int d = 0; d <= exact.lastDay(); d++) {
                assertThat(ode.percent(m, d))
                        .as("%s day %d of %s", m, d, s.name())
                        .isCloseTo(exact.percent(m, d), within(1e-6));
                assertThat(ode.phaseOf(d)).isEqualTo(exact.phaseOf(d));
            }
        }
    }

    @Test
    void phaseDriveRateAndEvolveAgree() {
        PhaseDrive drive =
                new DeconditioningModel(Preset.DEFAULT.parameters()).drive(healthy(40), phase(1, Mobility.BED_REST));
        for (int i = 0; i < PhaseDrive.STATES; i++) {
            double x = 1.0;
            double h = 1e-6;
            double numerical = (drive.evolve(i, x, h) - x) / h;
            assertThat(numerical).isCloseTo(drive.rate(i, x), within(1e-6));
        }
    }

    @Test
    void dailyStatesArriveInOrderWithTheirPhase() {
        Scenario s = scenario(healthy(40), phase(3, Mobility.BED_REST), phase(2, Mobility.NORMAL));
        for (Simulator engine : new Simulator[] {Simulator.exact(), Simulator.ode()}) {
            java.util.List<int[]> seen = new java.util.ArrayList<>();
            engine.simulate(s, state -> seen.add(new int[] {state.day(), state.phaseIndex()}));
            assertThat(seen).extracting(a -> a[0]).containsExactly(0, 1, 2, 3, 4, 5);
            assertThat(seen).extracting(a -> a[1]).containsExactly(0, 0, 0, 0, 1, 1);
        }
    }

    @Test
    void thePopulationFastPathEqualsTheHandlerPathBitForBit() {
        Scenario s = scenario(
                healthy(66),
                phase(9, Mobility.BED_REST),
                phase(20, Mobility.NORMAL, exercise(Activity.CYCLING, 25, 4, Intensity.VIGOROUS)),
                phase(5, Mobility.LEG_CAST));
        ModelParameters p = Preset.DEFAULT.parameters().with(Parameter.MASS_LOSS_DEPTH, 0.3);
        java.util.List<Measure> measures = java.util.List.of(
                Measure.parse("strength.plantar_flexors").orElseThrow(),
                Measure.OVERALL_STRENGTH,
                Measure.parse("mass.handgrip").orElseThrow());
        float[][] fast = new float[measures.size()][s.totalDays() + 1];
        Simulator.exact().simulate(s, p, measures, fast);
        Trajectory slow = Simulator.exact().simulate(s, p);
        for (int k = 0; k < measures.size(); k++) {
            for (int d = 0; d <= s.totalDays(); d++) {
                assertThat(fast[k][d]).isEqualTo((float) slow.percent(measures.get(k), d));
            }
        }
    }
}
