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
    /** Issue 14: 0.91 for 91 % fitted to an R² of minus a million and pasted; now refused, with the fix. */
    @Test
    void valuesWrittenAsFractionsOfBaselineAreRefusedIssue14() {
        List<Measurement> data = List.of(
                new Measurement(2, 7, Measure.OVERALL_STRENGTH, 0.91, OptionalDouble.empty()),
                new Measurement(3, 14, Measure.OVERALL_STRENGTH, 0.875, OptionalDouble.empty()),
                new Measurement(4, 21, Measure.OVERALL_STRENGTH, 0.86, OptionalDouble.empty()));
        MeasurementException e = catchThrowableOfType(
                MeasurementException.class,
                () -> ParameterFit.check(PROTOCOL, data, List.of(Parameter.NEURAL_LOSS_DEPTH), "m.csv"));
        assertThat(e.details()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(MeasurementMessage.LOOKS_LIKE_FRACTIONS);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("value");
            assertThat(p.arguments()).containsExactly(ParameterFit.FRACTION_LIMIT, new java.math.BigDecimal("0.91"));
            assertThat(p.hint()).isEqualTo("write 91 not 0.91");
        });
    }

    /** Review finding: --observed drew what fit refuses; both now ask checkAgainstScenario. */
    @Test
    void theScenarioChecksAloneGiveFitsAnswerWithoutAFit() throws MeasurementException {
        List<Measurement> late = List.of(
                new Measurement(2, 10, Measure.OVERALL_STRENGTH, 90, OptionalDouble.empty()),
                new Measurement(3, 99, Measure.OVERALL_STRENGTH, 95, OptionalDouble.empty()));
        List<Measurement> fractions = List.of(
                new Measurement(2, 7, Measure.OVERALL_STRENGTH, 1.0, OptionalDouble.empty()),
                new Measurement(3, 14, Measure.OVERALL_STRENGTH, 0.85, OptionalDouble.empty()));

        MeasurementException afterEnd = catchThrowableOfType(
                MeasurementException.class, () -> ParameterFit.checkAgainstScenario(late, 56, "dir/m.csv"));
        MeasurementException asFractions = catchThrowableOfType(
                MeasurementException.class, () -> ParameterFit.checkAgainstScenario(fractions, 56, "dir/m.csv"));

        assertThat(afterEnd.details()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(MeasurementMessage.DAY_AFTER_END);
            assertThat(p.source()).isEqualTo("dir/m.csv");
            assertThat(p.arguments()).containsExactly(99, 56);
        });
        assertThat(asFractions.details())
                .singleElement()
                .extracting(MeasurementProblem::message)
                .isEqualTo(MeasurementMessage.LOOKS_LIKE_FRACTIONS);
        ParameterFit.checkAgainstScenario(late, 99, "dir/m.csv");
    }

    @Test
    void percentValuesAndOneLowValueAreNotTakenForFractionsIssue14() throws MeasurementException {
        List<Measurement> data = List.of(
                new Measurement(2, 7, Measure.OVERALL_STRENGTH, 1.5, OptionalDouble.empty()),
                new Measurement(3, 14, Measure.OVERALL_STRENGTH, 87.5, OptionalDouble.empty()));
        ParameterFit.check(PROTOCOL, data, List.of(Parameter.NEURAL_LOSS_DEPTH), "m.csv");
    }

    @Test
    void aMeasureTheScenarioLeavesAtBaselineIsRefusedIssue14() {
        Scenario normalLife = Protocols.scenario(Protocols.healthy(40), Protocols.phase(21, Mobility.NORMAL));
        List<Measurement> data = List.of(
                new Measurement(2, 7, Measure.OVERALL_STRENGTH, 95, OptionalDouble.empty()),
                new Measurement(3, 14, Measure.OVERALL_STRENGTH, 92, OptionalDouble.empty()));
        MeasurementException e = catchThrowableOfType(
                MeasurementException.class,
                () -> ParameterFit.check(normalLife, data, List.of(Parameter.NEURAL_LOSS_DEPTH), "m.csv"));
        assertThat(e.details()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(MeasurementMessage.MEASURE_NOT_IN_SCENARIO);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.arguments()).containsExactly("strength.overall");
        });
    }

    @Test
    void aFitStoppedBeforeItConvergedSaysSoIssue14() {
        ParameterFit.Result stopped = ParameterFit.fit(PROTOCOL, synthetic(1), FREE, 1);
        assertThat(stopped.converged()).isFalse();
        assertThat(stopped.trustworthy()).isFalse();
        assertThat(stopped.estimates().values()).allMatch(Double::isFinite);

        ParameterFit.Result full = ParameterFit.fit(PROTOCOL, synthetic(1), FREE);
        assertThat(full.converged()).isTrue();
        assertThat(full.atBounds()).isEmpty();
        assertThat(full.trustworthy()).isTrue();
    }

    @Test
    void aValueHeldAtTheEndOfItsRangeIsNotAnEstimateIssue14() {
        // Far more loss than the largest allowed depth can give: the range stops the fit.
        List<Measurement> data = new ArrayList<>();
        for (int day = 1; day <= 21; day++) {
            data.add(new Measurement(day + 1, day, Measure.OVERALL_STRENGTH, 20, OptionalDouble.empty()));
        }
        ParameterFit.Result fit = ParameterFit.fit(PROTOCOL, data, List.of(Parameter.NEURAL_LOSS_DEPTH));
        assertThat(fit.atBounds()).containsExactly(Parameter.NEURAL_LOSS_DEPTH);
        assertThat(fit.estimates().get(Parameter.NEURAL_LOSS_DEPTH)).isEqualTo(Parameter.NEURAL_LOSS_DEPTH.max());
        assertThat(fit.trustworthy()).isFalse();
    }
}
