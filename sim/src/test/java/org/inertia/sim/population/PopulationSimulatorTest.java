package org.inertia.sim.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.inertia.sim.Protocols;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

class PopulationSimulatorTest {

    private static final Scenario SCENARIO = Protocols.scenario(
            Protocols.healthy(45), Protocols.phase(14, Mobility.BED_REST), Protocols.phase(28, Mobility.NORMAL));
    private static final List<Measure> MEASURES = List.of(
            Measure.OVERALL_STRENGTH, Measure.parse("mass.knee_extensors").orElseThrow());

    private static PopulationResult run(Variability v, int subjects, long seed, int threads) {
        return new PopulationSimulator(Simulator.exact(), v, threads)
                .simulate(SCENARIO, subjects, seed, MEASURES, 5, 95, done -> {});
    }

    @Test
    void theSameSeedGivesIdenticalOutputWhateverTheNumberOfThreads() {
        PopulationResult one = run(Variability.calibrated(), 1000, 42, 1);
        for (int threads : new int[] {2, 3, 8}) {
            PopulationResult many = run(Variability.calibrated(), 1000, 42, threads);
            assertThat(many.median()).isDeepEqualTo(one.median());
            assertThat(many.lower()).isDeepEqualTo(one.lower());
            assertThat(many.upper()).isDeepEqualTo(one.upper());
            // Arrays.deepEquals compares floats bit for bit, so NaN (not back within the scenario) matches NaN.
            assertThat(Arrays.deepEquals(many.lowest(), one.lowest())).isTrue();
            assertThat(Arrays.deepEquals(many.daysToRecover(), one.daysToRecover()))
                    .isTrue();
        }
        PopulationResult other = run(Variability.calibrated(), 1000, 43, 2);
        assertThat(other.median()).isNotEqualTo(one.median());
    }

    @Test
    void theBandContainsTheMedianAndWidensWithDisuse() {
        PopulationResult r = run(Variability.calibrated(), 2000, 7, 2);
        for (int k = 0; k < MEASURES.size(); k++) {
            for (int d = 0; d <= SCENARIO.totalDays(); d++) {
                assertThat(r.lower()[k][d]).isLessThanOrEqualTo(r.median()[k][d]);
                assertThat(r.upper()[k][d]).isGreaterThanOrEqualTo(r.median()[k][d]);
            }
            assertThat(r.median()[k][0]).isEqualTo(100.0);
            assertThat(r.upper()[k][14] - r.lower()[k][14]).isGreaterThan(1.0);
        }
    }

    @Test
    void withoutSpreadTheBandNarrowsToTheLine() {
        PopulationResult r = run(Variability.none(), 300, 1, 2);
        Trajectory mean = Simulator.exact().simulate(SCENARIO);
        for (int k = 0; k < MEASURES.size(); k++) {
            for (int d = 0; d <= SCENARIO.totalDays(); d++) {
                double line = mean.percent(MEASURES.get(k), d);
                assertThat(r.lower()[k][d]).isCloseTo(line, within(1e-4));
                assertThat(r.median()[k][d]).isCloseTo(line, within(1e-4));
                assertThat(r.upper()[k][d]).isCloseTo(line, within(1e-4));
            }
        }
    }

    @Test
    void histogramPercentilesAgreeWithExactOnesWithinTheDocumentedResolution() {
        int n = 501;
        long seed = 11;
        PopulationResult r = run(Variability.calibrated(), n, seed, 2);
        // Recompute every subject exactly, with the same draws.
        double[][] values = new double[SCENARIO.totalDays() + 1][n];
        for (int i = 0; i < n; i++) {
            var p = Variability.calibrated().draw(SCENARIO.modelParameters(), PopulationSimulator.randomFor(seed, i));
            Trajectory t = Simulator.exact().simulate(SCENARIO, p);
            for (int d = 0; d <= SCENARIO.totalDays(); d++) {
                values[d][i] = (float) t.percent(Measure.OVERALL_STRENGTH, d);
            }
        }
        double tolerance = 2 * r.resolutionPp() + 1e-4;
        for (int d = 0; d <= SCENARIO.totalDays(); d++) {
            double[] sorted = values[d].clone();
            Arrays.sort(sorted);
            assertThat(r.median()[0][d]).as("day %d median", d).isCloseTo(exact(sorted, 50), within(tolerance));
            assertThat(r.lower()[0][d]).as("day %d p5", d).isCloseTo(exact(sorted, 5), within(tolerance));
            assertThat(r.upper()[0][d]).as("day %d p95", d).isCloseTo(exact(sorted, 95), within(tolerance));
        }
    }

    private static double exact(double[] sorted, double q) {
        double h = (sorted.length - 1) * q / 100;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    @Test
    void nadirAndRecoverySpreadAreReported() {
        PopulationResult r = run(Variability.calibrated(), 1000, 3, 2);
        double p5 = r.lowestPercentile(Measure.OVERALL_STRENGTH, 5);
        double p95 = r.lowestPercentile(Measure.OVERALL_STRENGTH, 95);
        assertThat(p5).isLessThan(p95);
        assertThat(r.lowestPercentile(Measure.OVERALL_STRENGTH, 50)).isBetween(p5, p95);
        assertThat(r.daysToRecoverPercentile(Measure.OVERALL_STRENGTH, 50)).isPositive();
    }
}
