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
                assertThat(r.lower(k, d)).isLessThanOrEqualTo(r.median(k, d));
                assertThat(r.upper(k, d)).isGreaterThanOrEqualTo(r.median(k, d));
            }
            assertThat(r.median(k, 0)).isEqualTo(100.0);
            assertThat(r.upper(k, 14) - r.lower(k, 14)).isGreaterThan(1.0);
        }
    }

    @Test
    void withoutSpreadTheBandNarrowsToTheLine() {
        PopulationResult r = run(Variability.none(), 300, 1, 2);
        Trajectory mean = Simulator.exact().simulate(SCENARIO);
        for (int k = 0; k < MEASURES.size(); k++) {
            for (int d = 0; d <= SCENARIO.totalDays(); d++) {
                double line = mean.percent(MEASURES.get(k), d);
                assertThat(r.lower(k, d)).isCloseTo(line, within(1e-4));
                assertThat(r.median(k, d)).isCloseTo(line, within(1e-4));
                assertThat(r.upper(k, d)).isCloseTo(line, within(1e-4));
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
        double tolerance = r.resolutionPp() + 1e-4;
        for (int d = 0; d <= SCENARIO.totalDays(); d++) {
            double[] sorted = values[d].clone();
            Arrays.sort(sorted);
            assertThat(r.median(0, d)).as("day %d median", d).isCloseTo(exact(sorted, 50), within(tolerance));
            assertThat(r.lower(0, d)).as("day %d p5", d).isCloseTo(exact(sorted, 5), within(tolerance));
            assertThat(r.upper(0, d)).as("day %d p95", d).isCloseTo(exact(sorted, 95), within(tolerance));
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

    @Test
    void eachSubjectsLowestAndRecoveryFollowTheRuleOfASingleRun() throws Exception {
        // More than two blocks, the last one partial; exercise that trains past baseline after
        // bed rest (the two-regime step), a scenario some subjects do not recover within, and a
        // second bed rest after months back at baseline (days on which the summaries cannot
        // change are skipped, then they must change again).
        java.util.Map<String, Scenario> scenarios = new java.util.LinkedHashMap<>();
        for (String name : new String[] {"bed-rest-7d-then-walking.yaml", "icu-week.yaml"}) {
            scenarios.put(
                    name, org.inertia.sim.scenario.io.ScenarioReader.read(java.nio.file.Path.of("../scenarios", name)));
        }
        // Whole days skipped, then changes again; every subject's lowest above the threshold
        // (step reduction); every subject's lowest below it while some are still coming back.
        scenarios.put(
                "bed rest twice",
                Protocols.scenario(
                        Protocols.healthy(30),
                        Protocols.phase(10, Mobility.BED_REST),
                        Protocols.phase(150, Mobility.NORMAL),
                        Protocols.phase(14, Mobility.BED_REST),
                        Protocols.phase(20, Mobility.NORMAL)));
        scenarios.put(
                "five days of step reduction",
                Protocols.scenario(
                        Protocols.healthy(30),
                        Protocols.phase(5, Mobility.SEDENTARY),
                        Protocols.phase(30, Mobility.NORMAL)));
        scenarios.put(
                "60 days in bed, 200 at home",
                Protocols.scenario(
                        Protocols.healthy(30),
                        Protocols.phase(60, Mobility.BED_REST),
                        Protocols.phase(200, Mobility.NORMAL)));
        for (var entry : scenarios.entrySet()) {
            String name = entry.getKey();
            Scenario scenario = entry.getValue();
            int n = 2 * PopulationSimulator.BLOCK + 77;
            long seed = 5;
            PopulationResult r = new PopulationSimulator(Simulator.exact(), Variability.calibrated(), 2)
                    .simulate(scenario, n, seed, MEASURES, 5, 95, done -> {});
            var scan = new org.inertia.sim.trajectory.MeasureSummary.Scan(
                    org.inertia.sim.trajectory.MeasureSummary.DEFAULT_RECOVERY_PERCENT);
            int notBack = 0;
            for (int i = 0; i < n; i++) {
                var p = Variability.calibrated()
                        .draw(scenario.modelParameters(), PopulationSimulator.randomFor(seed, i));
                Trajectory t = Simulator.exact().simulate(scenario, p);
                for (int k = 0; k < MEASURES.size(); k++) {
                    float[] series = new float[scenario.totalDays() + 1];
                    for (int d = 0; d < series.length; d++) {
                        series[d] = (float) t.percent(MEASURES.get(k), d);
                    }
                    scan.read(series);
                    assertThat(r.lowest()[k][i]).isEqualTo(series[scan.lowestDay()]);
                    float expected = !scan.fellBelowThreshold()
                            ? 0f
                            : scan.recovered() ? scan.recoveryDay() - scan.lowestDay() : Float.NaN;
                    // Boxed, so that NaN (not back) equals NaN.
                    assertThat(Float.valueOf(r.daysToRecover()[k][i]))
                            .as("%s subject %d measure %d", name, i, k)
                            .isEqualTo(Float.valueOf(expected));
                    notBack += Float.isNaN(expected) ? 1 : 0;
                }
            }
            if (name.startsWith("icu")) {
                assertThat(notBack)
                        .as("some subjects not back: the NaN case is exercised")
                        .isPositive();
            }
        }
    }

    @Test
    void workersCountingIntoTheirOwnHistogramsOrSharedOnesGiveTheSameRun() {
        // Own histograms are counted four days at a time (43 days: ten steps and three days
        // left over at the end of each block), shared ones a day at a time under the day's lock.
        assertThat((SCENARIO.totalDays() + 1) % RunningSummaries.DAYS_IN_STEP).isNotZero();
        PopulationSimulator own = new PopulationSimulator(Simulator.exact(), Variability.calibrated(), 2);
        PopulationSimulator shared = new PopulationSimulator(Simulator.exact(), Variability.calibrated(), 2, 0);
        PopulationResult a = own.simulate(SCENARIO, 3000, 9, MEASURES, 5, 95, done -> {});
        PopulationResult b = shared.simulate(SCENARIO, 3000, 9, MEASURES, 5, 95, done -> {});
        assertThat(a.median()).isDeepEqualTo(b.median());
        assertThat(a.lower()).isDeepEqualTo(b.lower());
        assertThat(a.upper()).isDeepEqualTo(b.upper());
        assertThat(a.lowest()).isDeepEqualTo(b.lowest());
        // Arrays.deepEquals compares floats by their bits: NaN (not back) equals NaN.
        assertThat(java.util.Arrays.deepEquals(a.daysToRecover(), b.daysToRecover()))
                .isTrue();
    }

    @Test
    void percentilesOfTheSubjectsSummariesAreThoseOfTheSortedValues() {
        java.util.Random random = new java.util.Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(60);
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(10);
                // Ties, NaN (not back) and spread values.
                values[i] = kind == 0 ? Float.NaN : kind < 4 ? (float) random.nextInt(3) : random.nextFloat() * 100;
            }
            float[] sorted = values.clone();
            Arrays.sort(sorted);
            for (double q : new double[] {0, 5, 25, 50, 75, 95, 100}) {
                double h = (n - 1) * q / 100.0;
                int lo = (int) Math.floor(h);
                int hi = Math.min(n - 1, lo + 1);
                double expected = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
                assertThat(Double.valueOf(PopulationResult.exactPercentile(values, q)))
                        .as("trial %d q %s", trial, q)
                        .isEqualTo(Double.valueOf(expected));
            }
        }
    }

    @Test
    void eachSubjectHandsOverTheSubjectsOfThePopulationRunWithTheirWholeSeries() throws Exception {
        int n = 1500; // more than a block, not a multiple of it
        PopulationResult population = run(Variability.calibrated(), n, 11, 2);
        float[][] lowest = new float[MEASURES.size()][n];
        int[] next = {0};
        new PopulationSimulator(Simulator.exact(), Variability.calibrated(), 1)
                .eachSubject(SCENARIO, n, 11, MEASURES, (subject, parameters, values) -> {
                    assertThat(subject).isEqualTo(next[0]++);
                    assertThat(values).hasDimensions(MEASURES.size(), SCENARIO.totalDays() + 1);
                    for (int k = 0; k < MEASURES.size(); k++) {
                        assertThat(values[k][0]).isEqualTo(100f);
                        float low = Float.POSITIVE_INFINITY;
                        for (float v : values[k]) {
                            low = Math.min(low, v);
                        }
                        lowest[k][subject] = low;
                    }
                });
        assertThat(next[0]).isEqualTo(n);
        // The population run kept each subject's lowest value through its own running summary.
        assertThat(Arrays.deepEquals(lowest, population.lowest())).isTrue();
    }

    @Test
    void eachSubjectIsTheSamePersonInEveryScenarioOfASeed() throws Exception {
        Scenario cast = Protocols.scenario(Protocols.healthy(45), Protocols.phase(10, Mobility.BED_REST));
        PopulationSimulator p = new PopulationSimulator(Simulator.exact(), Variability.calibrated(), 1);
        List<org.inertia.sim.parameters.ModelParameters> first = new java.util.ArrayList<>();
        p.eachSubject(SCENARIO, 50, 3, MEASURES, (i, parameters, values) -> first.add(parameters));
        List<org.inertia.sim.parameters.ModelParameters> second = new java.util.ArrayList<>();
        p.eachSubject(
                cast, 50, 3, List.of(Measure.OVERALL_STRENGTH), (i, parameters, values) -> second.add(parameters));
        assertThat(second).isEqualTo(first);
        assertThat(first.get(0)).isNotEqualTo(first.get(1));
    }

    @Test
    void aSamplerDrawsAfterAnotherAsEachDrawAlone() {
        var centre = SCENARIO.modelParameters();
        Variability spread = Variability.calibrated();
        ParameterSampler twice = spread.andThen(spread);
        var sampler = twice.sampler(centre);
        var drawer = spread.drawer();
        for (int i = 0; i < 20; i++) {
            var drawn = sampler.apply(PopulationSimulator.randomFor(5, i));
            var random = PopulationSimulator.randomFor(5, i);
            var oneByOne = spread.draw(spread.draw(centre, random), random);
            assertThat(drawn).isEqualTo(oneByOne);
            random = PopulationSimulator.randomFor(5, i);
            assertThat(drawer.apply(spread.draw(centre, random), random)).isEqualTo(oneByOne);
        }
        assertThat(Variability.none().drawer().apply(centre, PopulationSimulator.randomFor(5, 0)))
                .isSameAs(centre);
    }
}
