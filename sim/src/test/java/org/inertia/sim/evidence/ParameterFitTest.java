package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.math3.random.Well19937c;
import org.inertia.sim.Protocols;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fitting recovers known parameters from data the model generated, with noise. */
class ParameterFitTest {

    private static final Scenario PROTOCOL = Protocols.scenario(
            Protocols.healthy(40), Protocols.phase(21, Mobility.BED_REST), Protocols.phase(35, Mobility.NORMAL));

    private static final Map<Parameter, Double> TRUTH =
            Map.of(Parameter.MASS_LOSS_TAU_DAYS, 35.0, Parameter.NEURAL_LOSS_DEPTH, 0.14);
    private static final List<Parameter> FREE = List.of(Parameter.MASS_LOSS_TAU_DAYS, Parameter.NEURAL_LOSS_DEPTH);
    private static final double NOISE = 0.7;

    /**
     * Twenty synthetic data sets: the 2-standard-error interval must contain the true value about
     * 95 % of the time (at least 16 of 20, a binomial lower tail of 1.6 %), and never miss by
     * more than 3.5 standard errors. This checks the estimates and their standard errors together.
     */
    @Test
    void recoversKnownParametersWithinTwoStandardErrors() {
        Map<Parameter, Integer> covered = new java.util.HashMap<>();
        for (long seed = 1; seed <= 20; seed++) {
            ParameterFit.Result fit = ParameterFit.fit(PROTOCOL, synthetic(seed), FREE);
            for (Parameter p : FREE) {
                double error = Math.abs(fit.estimates().get(p) - TRUTH.get(p));
                double se = fit.standardErrors().get(p);
                assertThat(error)
                        .as(
                                "%s seed %d = %s ± %s",
                                p.key(), seed, fit.estimates().get(p), se)
                        .isLessThanOrEqualTo(3.5 * se);
                covered.merge(p, error <= 2 * se ? 1 : 0, Integer::sum);
            }
            assertThat(fit.rootMeanSquareErrorPp()).isLessThan(2 * NOISE);
        }
        assertThat(covered.values()).allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(16));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void writesTheFitAsAParametersBlock(long seed) {
        ParameterFit.Result fit = ParameterFit.fit(PROTOCOL, synthetic(seed), FREE);
        assertThat(fit.asYamlBlock())
                .startsWith("parameters:\n  mass-loss-tau-days: ")
                .contains("\n  neural-loss-depth: 0.1");
        assertThat(fit.observations()).isEqualTo(30);
        assertThat(fit.rSquared()).isGreaterThan(0.95);
    }

    private static List<Measurement> synthetic(long seed) {
        Trajectory t = Simulator.exact().simulate(PROTOCOL.withModel(Preset.DEFAULT, TRUTH));
        Well19937c random = new Well19937c(seed);
        double noise = NOISE;
        List<Measurement> data = new ArrayList<>();
        int line = 2;
        for (int day = 0; day <= 56; day += 4) {
            for (String m : List.of("strength.knee_extensors", "mass.knee_extensors")) {
                Measure measure = Measure.parse(m).orElseThrow();
                data.add(new Measurement(
                        line++,
                        day,
                        measure,
                        t.percent(measure, day) + noise * random.nextGaussian(),
                        OptionalDouble.of(noise)));
            }
        }
        return data;
    }

    @Test
    void refusesDaysAfterTheScenarioAndTooFewPoints() {
        List<Measurement> data = List.of(
                new Measurement(2, 10, Measure.OVERALL_STRENGTH, 90, OptionalDouble.empty()),
                new Measurement(3, 99, Measure.OVERALL_STRENGTH, 95, OptionalDouble.empty()));
        MeasurementException e = catchThrowableOfType(
                MeasurementException.class,
                () -> ParameterFit.check(
                        PROTOCOL, data, List.of(Parameter.MASS_LOSS_DEPTH, Parameter.MASS_LOSS_TAU_DAYS), "m.csv"));
        assertThat(e.details())
                .anySatisfy(p -> {
                    assertThat(p.message()).isEqualTo(MeasurementMessage.DAY_AFTER_END);
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.arguments()).containsExactly(99, 56);
                })
                .anySatisfy(p -> {
                    assertThat(p.message()).isEqualTo(MeasurementMessage.TOO_FEW_MEASUREMENTS);
                    assertThat(p.arguments()).containsExactly(2, 2);
                });
    }
}
