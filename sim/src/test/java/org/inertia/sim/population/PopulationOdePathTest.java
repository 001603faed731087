package org.inertia.sim.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inertia.sim.Protocols.exercise;
import static org.inertia.sim.Protocols.healthy;
import static org.inertia.sim.Protocols.phase;
import static org.inertia.sim.Protocols.scenario;

import java.util.Arrays;
import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A population run on the numerical engine ({@code inertia run --engine ode --subjects N}), which
 * goes through {@link Simulator}'s default buffer method rather than the exact engine's fast path,
 * against the same run on the exact engine: same seed, so the same subjects.
 *
 * <p>Tolerance: each subject's values agree between engines to 1e-6 % of baseline ({@link
 * Simulator}), then are rounded to {@code float} (an ulp is 7.6e-6 near 100 %). A histogram
 * percentile is within {@link DailyPercentiles#resolutionPp()} (a bin width, 0.0625 pp) of the
 * exact order statistic, so two runs may differ by twice that when a subject's value lands on the
 * other side of a bin edge; hence {@code 2 · resolutionPp + 1e-4} pp, the bound the histogram test
 * of {@link PopulationSimulatorTest} uses. The per-subject lowest values are exact order statistics
 * with no binning, so they agree to 1e-4 pp; days to recover are whole days and must be equal.
 */
class PopulationOdePathTest {

    private static final Scenario SCENARIO = scenario(
            healthy(68),
            phase(10, Mobility.BED_REST),
            phase(28, Mobility.NORMAL, exercise(Activity.WALKING, 30, 7, Intensity.MODERATE)));

    private static final List<Measure> MEASURES = List.of(
            Measure.OVERALL_STRENGTH,
            Measure.parse("strength.knee_extensors").orElseThrow(),
            Measure.parse("mass.plantar_flexors").orElseThrow());

    private static final int SUBJECTS = 600;
    private static final long SEED = 2024;

    private static PopulationResult run(Simulator engine, int threads) {
        return new PopulationSimulator(engine, Variability.calibrated(), threads)
                .simulate(SCENARIO, SUBJECTS, SEED, MEASURES, 5, 95, done -> {});
    }

    @Test
    void theOdeEngineGivesTheExactEnginesMedianAndBand() {
        PopulationResult exact = run(Simulator.exact(), 2);
        PopulationResult ode = run(Simulator.ode(), 2);
        double tolerance = 2 * exact.resolutionPp() + 1e-4;

        for (int k = 0; k < MEASURES.size(); k++) {
            for (int d = 0; d <= SCENARIO.totalDays(); d++) {
                String where = MEASURES.get(k) + " day " + d;
                assertThat(ode.median(k, d)).as(where + " median").isCloseTo(exact.median(k, d), within(tolerance));
                assertThat(ode.lower(k, d)).as(where + " p5").isCloseTo(exact.lower(k, d), within(tolerance));
                assertThat(ode.upper(k, d)).as(where + " p95").isCloseTo(exact.upper(k, d), within(tolerance));
            }
            // A band, not a line: the subjects do differ, so the comparison above is not trivial.
            assertThat(exact.upper(k, 10) - exact.lower(k, 10)).isGreaterThan(1.0);
        }
    }

    @Test
    void theOdeEngineGivesEachSubjectTheSameLowestPointAndRecovery() {
        PopulationResult exact = run(Simulator.exact(), 2);
        PopulationResult ode = run(Simulator.ode(), 2);

        for (int k = 0; k < MEASURES.size(); k++) {
            for (int i = 0; i < SUBJECTS; i++) {
                assertThat(ode.lowest()[k][i])
                        .as("%s subject %d lowest", MEASURES.get(k), i)
                        .isCloseTo(exact.lowest()[k][i], within(1e-4f));
            }
            // Bit for bit: NaN (not back within the scenario) must match NaN.
            assertThat(Arrays.equals(ode.daysToRecover()[k], exact.daysToRecover()[k]))
                    .as("%s days to recover", MEASURES.get(k))
                    .isTrue();
        }
    }

    @Test
    void theOdePathIsReproducibleWhateverTheNumberOfThreads() {
        PopulationResult one = run(Simulator.ode(), 1);
        PopulationResult three = run(Simulator.ode(), 3);

        assertThat(three.median()).isDeepEqualTo(one.median());
        assertThat(three.lower()).isDeepEqualTo(one.lower());
        assertThat(three.upper()).isDeepEqualTo(one.upper());
        assertThat(Arrays.deepEquals(three.lowest(), one.lowest())).isTrue();
    }
}
