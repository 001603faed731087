package org.inertia.sim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.inertia.sim.Protocols;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.DefaultCalibration;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Global sensitivity (issue 15): Sobol' indices and Morris screening against test functions with
 * known answers, and against SALib, the Python library users know, on the same sample.
 *
 * <p>The SALib figures were made by running SALib's own code (commit 1c37548, numpy 2.4.6, scipy
 * 1.17.1) with {@code salib_reference.py} beside this test's resources; the script says how to
 * rerun it. What is matched: Saltelli's sample ({@code saltelli.sample}, unscrambled Sobol'
 * sequence with SALib's default skip) value for value, and S1 and ST ({@code sobol.analyze}) on that
 * sample to 1e-12; Morris's μ, μ* and σ ({@code morris.analyze}) on SALib's own Morris sample to
 * 1e-12. What is not: SALib's bootstrap draws (numpy's generator) and its normal-approximation
 * intervals; our percentile intervals are compared with SALib's only in width, loosely.
 */
class GlobalSensitivityTest {

    private static final double A = 7;
    private static final double B = 0.1;

    private static final List<SensitivityInput> ISHIGAMI_INPUTS = List.of(
            new SensitivityInput("x1", "", new InputDistribution.Uniform(-Math.PI, Math.PI)),
            new SensitivityInput("x2", "", new InputDistribution.Uniform(-Math.PI, Math.PI)),
            new SensitivityInput("x3", "", new InputDistribution.Uniform(-Math.PI, Math.PI)));

    /** Ishigami and Homma 1990, as SALib's {@code test_functions.Ishigami}. */
    private static final ToDoubleFunction<double[]> ISHIGAMI =
            x -> Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);

    /** Analytical first-order and total indices of Ishigami (Sobol' and Levitan 1999; Saltelli et al. 2008). */
    private static final double[] ISHIGAMI_S1;

    private static final double[] ISHIGAMI_ST;

    static {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        ISHIGAMI_S1 = new double[] {v1 / v, v2 / v, 0};
        ISHIGAMI_ST = new double[] {(v1 + v13) / v, v2 / v, v13 / v};
    }

    private static final Scenario BED_REST = Protocols.scenario(
            Protocols.healthy(45), Protocols.phase(21, Mobility.BED_REST), Protocols.phase(14, Mobility.NORMAL));

    private static final Readout DAY_21 = new Readout(Readout.Kind.ON_DAY, Measure.OVERALL_STRENGTH, 21);

    @Test
    void analyticalIshigamiIndicesAreThePublishedOnes() {
        assertThat(ISHIGAMI_S1).containsExactly(new double[] {0.3139, 0.4424, 0}, offset(5e-5));
        assertThat(ISHIGAMI_ST).containsExactly(new double[] {0.5576, 0.4424, 0.2437}, offset(5e-5));
    }

    @Test
    void ishigamiIndicesAreWithinTwoHundredthsOfTheAnalyticalValues() {
        SobolIndices s = GlobalSensitivity.sobol(ISHIGAMI_INPUTS, ISHIGAMI, 1024, 1, 2);

        assertThat(s.runs()).isEqualTo(1024 * 5);
        for (int j = 0; j < 3; j++) {
            SobolIndices.Index index = s.indices().get(j);
            assertThat(index.firstOrder()).as("S1 x%d", j + 1).isCloseTo(ISHIGAMI_S1[j], offset(0.02));
            assertThat(index.total()).as("ST x%d", j + 1).isCloseTo(ISHIGAMI_ST[j], offset(0.02));
        }
        assertThat(s.byTotal()).extracting(i -> i.input().name()).containsExactly("x1", "x2", "x3");
    }

    @Test
    void bootstrapIntervalsCoverTheAnalyticalValues() {
        SobolIndices s = GlobalSensitivity.sobol(ISHIGAMI_INPUTS, ISHIGAMI, 1024, 7, 2);

        for (int j = 0; j < 3; j++) {
            SobolIndices.Index index = s.indices().get(j);
            assertThat(ISHIGAMI_S1[j]).as("S1 x%d", j + 1).isBetween(index.firstOrderLower(), index.firstOrderUpper());
            assertThat(ISHIGAMI_ST[j]).as("ST x%d", j + 1).isBetween(index.totalLower(), index.totalUpper());
            assertThat(index.firstOrderUpper() - index.firstOrderLower()).isPositive();
        }
        assertThat(s.resamples()).isEqualTo(1000);
        assertThat(s.confidencePercent()).isEqualTo(95);
    }

    @Test
    void convergenceComparesTheFirstHalfOfTheSampleWithAllOfIt() {
        SobolIndices small = GlobalSensitivity.sobol(ISHIGAMI_INPUTS, ISHIGAMI, 16, 1, 1);
        SobolIndices large = GlobalSensitivity.sobol(ISHIGAMI_INPUTS, ISHIGAMI, 8192, 1, 2);

        assertThat(small.convergence().converged()).isFalse();
        assertThat(small.convergence().halfSamples()).isEqualTo(8);
        assertThat(large.convergence().converged()).isTrue();
        assertThat(large.convergence().largestChange()).isLessThan(GlobalSensitivity.CHANGE_TOLERANCE);
        assertThat(large.convergence().widestInterval()).isLessThan(GlobalSensitivity.WIDTH_TOLERANCE);
        // The indices of the first half, computed independently by the estimator on half the rows.
        SobolIndices.Index x1 = large.indices().get(0);
        assertThat(x1.total()).isCloseTo(ISHIGAMI_ST[0], offset(0.01));
    }

    @Test
    void designIsSalibsSaltelliSampleValueForValue() {
        double[][] unit = GlobalSensitivity.unitSaltelliDesign(3, 1024);
        InputDistribution range = ISHIGAMI_INPUTS.get(0).distribution();
        double[][] x = new double[unit.length][3];
        double sum = 0;
        for (int i = 0; i < unit.length; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = range.quantile(unit[i][j]);
                sum += x[i][j];
            }
        }

        assertThat(x).hasNumberOfRows(5120);
        // SALib: saltelli.sample(problem, 1024, calc_second_order=False)[:5] and [-1].
        assertThat(x[0]).containsExactly(-3.132388768862479, -0.7761942786701344, -0.3282718886075271);
        assertThat(x[1]).containsExactly(-0.08283496254582445, -0.7761942786701344, -0.3282718886075271);
        assertThat(x[2]).containsExactly(-3.132388768862479, 0.35895150436524004, -0.3282718886075271);
        assertThat(x[3]).containsExactly(-3.132388768862479, -0.7761942786701344, 2.162912910918754);
        assertThat(x[4]).containsExactly(-0.08283496254582445, 0.35895150436524004, 2.162912910918754);
        assertThat(x[5119]).containsExactly(-0.9357282806102409, 0.8191457407309324, 0.9909515889741245);
        assertThat(sum).isCloseTo(2.6645352591003757e-14, offset(1e-11));
        assertThat(GlobalSensitivity.skipFor(1024)).isEqualTo(1024);
        assertThat(GlobalSensitivity.skipFor(1000)).isEqualTo(1024);
        assertThat(GlobalSensitivity.skipFor(8)).isEqualTo(16);
    }

    @Test
    void ishigamiIndicesMatchSalibOnTheSameSample() {
        SobolIndices s = GlobalSensitivity.sobol(ISHIGAMI_INPUTS, ISHIGAMI, 1024, 20260701, 2);

        // SALib: sobol.analyze(problem, Y, calc_second_order=False)
        double[] s1 = {0.3168315383498472, 0.44376306100377055, 0.01220312008634843};
        double[] st = {0.5558600851355467, 0.4418980711957674, 0.24467538653635174};
        for (int j = 0; j < 3; j++) {
            assertThat(s.indices().get(j).firstOrder()).as("S1 x%d", j + 1).isCloseTo(s1[j], offset(1e-12));
            assertThat(s.indices().get(j).total()).as("ST x%d", j + 1).isCloseTo(st[j], offset(1e-12));
        }
        // SALib's S1_conf and ST_conf (1000 resamples): 1.96 times the bootstrap standard deviation,
        // from other random draws. Our percentile intervals span about twice that: within 25 %.
        double[] s1Conf = {0.06149235404757449, 0.05493979570070491, 0.0572858499942598};
        double[] stConf = {0.0870555411546576, 0.03929859761864023, 0.02592298985372843};
        for (int j = 0; j < 3; j++) {
            SobolIndices.Index i = s.indices().get(j);
            assertThat((i.firstOrderUpper() - i.firstOrderLower()) / 2)
                    .as("S1 half-width x%d", j + 1)
                    .isCloseTo(s1Conf[j], offset(0.25 * s1Conf[j]));
            assertThat((i.totalUpper() - i.totalLower()) / 2)
                    .as("ST half-width x%d", j + 1)
                    .isCloseTo(stConf[j], offset(0.25 * stConf[j]));
        }
    }

    @Test
    void sobolGFunctionIndicesMatchSalibOnTheSameSample() {
        double[] a = {0, 1, 4.5, 9, 99, 99, 99, 99};
        List<SensitivityInput> inputs = new ArrayList<>();
        for (int j = 0; j < a.length; j++) {
            inputs.add(new SensitivityInput("x" + (j + 1), "", new InputDistribution.Uniform(0, 1)));
        }
        ToDoubleFunction<double[]> g = x -> {
            double y = 1;
            for (int j = 0; j < a.length; j++) {
                y *= (Math.abs(4 * x[j] - 2) + a[j]) / (1 + a[j]);
            }
            return y;
        };

        SobolIndices s = GlobalSensitivity.sobol(inputs, g, 512, 1, 2);

        // SALib: Sobol_G.evaluate on saltelli.sample(problem, 512, calc_second_order=False).
        double[] s1 = {
            7.0452751853888507e-01,
            1.8249265215961527e-01,
            2.5238106714952507e-02,
            7.3564697273097984e-03,
            7.7896779486654681e-05,
            -7.3309297725649024e-05,
            3.5431214641914625e-04,
            2.3596758824230568e-04
        };
        double[] st = {
            7.7440805232931342e-01, 2.4059123150659495e-01, 3.1766778509658228e-02, 1.0948153712407717e-02,
            1.0458719830500925e-04, 1.0501313029808701e-04, 1.0490122672407146e-04, 1.0419356633747365e-04
        };
        for (int j = 0; j < a.length; j++) {
            assertThat(s.indices().get(j).firstOrder()).as("S1 x%d", j + 1).isCloseTo(s1[j], offset(1e-12));
            assertThat(s.indices().get(j).total()).as("ST x%d", j + 1).isCloseTo(st[j], offset(1e-12));
        }
    }

    @Test
    void morrisStatisticsMatchSalibOnSalibsOwnSample() throws IOException {
        // SALib: morris.sample(problem, 20, num_levels=4, seed=42), 20 trajectories of 4 points.
        double[][] x = readCsv("salib-morris-ishigami.csv");
        double delta = 4 / (2.0 * 3);
        double[][] effects = new double[3][20];
        for (int t = 0; t < 20; t++) {
            for (int k = 1; k <= 3; k++) {
                double[] before = x[t * 4 + k - 1];
                double[] after = x[t * 4 + k];
                for (int j = 0; j < 3; j++) {
                    if (after[j] != before[j]) {
                        double sign = after[j] > before[j] ? 1 : -1;
                        effects[j][t] =
                                (ISHIGAMI.applyAsDouble(after) - ISHIGAMI.applyAsDouble(before)) / (sign * delta);
                    }
                }
            }
        }

        MorrisScreening m = GlobalSensitivity.screening(ISHIGAMI_INPUTS, effects, 4, 42, 80);

        // SALib: morris.analyze(problem, X, Y, num_levels=4)
        double[] mu = {8.328933721926415, -1.5749999999999988, -1.8746388309999351};
        double[] muStar = {8.328933721926415, 7.874999999999998, 6.8736757136664295};
        double[] sigma = {6.378993338634062, 7.9163388667130405, 9.312703563784352};
        for (int j = 0; j < 3; j++) {
            MorrisScreening.Effect e = m.effects().get(j);
            assertThat(e.mu()).as("mu x%d", j + 1).isCloseTo(mu[j], offset(1e-12));
            assertThat(e.muStar()).as("mu* x%d", j + 1).isCloseTo(muStar[j], offset(1e-12));
            assertThat(e.sigma()).as("sigma x%d", j + 1).isCloseTo(sigma[j], offset(1e-12));
            assertThat(e.muStar()).isBetween(e.muStarLower(), e.muStarUpper());
        }
    }

    /**
     * On a four-level grid Δ is 2/3 and Ishigami's elementary effects take few values: every move
     * of x2 changes 7 sin²(x2) by 7 · 3/4, so μ*(x2) = 7.875 exactly; μ*(x1) = 1.5 (√3/2) (1 + 0.1
     * E[x3⁴]) = 7.704 and μ*(x3) = 1.5 · 0.1 (π⁴ − (π/3)⁴) E|sin x1| = 6.248 in expectation.
     */
    @Test
    void morrisMuStarOfIshigamiMatchesItsExactValuesOnAFourLevelGrid() {
        MorrisScreening m = GlobalSensitivity.morris(ISHIGAMI_INPUTS, ISHIGAMI, 2000, 4, 3, 2);

        double pi4 = Math.pow(Math.PI, 4);
        double x1 = 1.5 * Math.sqrt(3) / 2 * (1 + 0.1 * (pi4 + pi4 / 81) / 2);
        double x3 = 1.5 * 0.1 * (pi4 - pi4 / 81) * Math.sqrt(3) / 4;
        assertThat(m.effects().get(1).muStar()).isCloseTo(7.875, offset(1e-9));
        assertThat(m.effects().get(0).muStar()).isCloseTo(x1, offset(0.5));
        assertThat(m.effects().get(2).muStar()).isCloseTo(x3, offset(0.5));
        assertThat(m.runs()).isEqualTo(2000 * 4);
        // x3 acts only through its interaction with x1: σ well above μ.
        assertThat(m.effects().get(2).sigma())
                .isGreaterThan(Math.abs(m.effects().get(2).mu()));
    }

    @Test
    void morrisMuStarOfALinearFunctionIsTheCoefficientTimesTheRange() {
        double[] c = {3, -2, 0.5, 0};
        double[] lo = {0, 10, -1, 0};
        double[] hi = {1, 20, 1, 5};
        List<SensitivityInput> inputs = new ArrayList<>();
        for (int j = 0; j < c.length; j++) {
            inputs.add(new SensitivityInput("x" + j, "", new InputDistribution.Uniform(lo[j], hi[j])));
        }
        ToDoubleFunction<double[]> linear = x -> c[0] * x[0] + c[1] * x[1] + c[2] * x[2] + c[3] * x[3];

        MorrisScreening m = GlobalSensitivity.morris(inputs, linear, 10, 4, 1, 1);

        for (int j = 0; j < c.length; j++) {
            MorrisScreening.Effect e = m.effects().get(j);
            double expected = Math.abs(c[j]) * (hi[j] - lo[j]);
            assertThat(e.muStar()).as("mu* x%d", j).isCloseTo(expected, offset(1e-9 * (1 + expected)));
            assertThat(e.mu()).isCloseTo(c[j] * (hi[j] - lo[j]), offset(1e-9 * (1 + expected)));
            assertThat(e.sigma()).isCloseTo(0, offset(1e-9 * (1 + expected)));
        }
        assertThat(m.effects().get(3).noEffect()).isTrue();
        assertThat(m.byMuStar()).extracting(e -> e.input().name()).containsExactly("x1", "x0", "x2", "x3");
    }

    @Test
    void sameSeedSameResultWhateverTheThreads() {
        List<SensitivityInput> inputs = GlobalSensitivity.inputs(BED_REST, List.of());

        SobolIndices one = GlobalSensitivity.sobol(BED_REST, DAY_21, Simulator.exact(), inputs, 32, 5, 1);
        SobolIndices three = GlobalSensitivity.sobol(BED_REST, DAY_21, Simulator.exact(), inputs, 32, 5, 3);
        SobolIndices otherSeed = GlobalSensitivity.sobol(BED_REST, DAY_21, Simulator.exact(), inputs, 32, 6, 2);

        assertThat(three).isEqualTo(one);
        assertThat(otherSeed.indices().get(0).firstOrder())
                .isEqualTo(one.indices().get(0).firstOrder());
        assertThat(otherSeed.indices()).isNotEqualTo(one.indices()); // the bootstrap's intervals
        MorrisScreening m1 = GlobalSensitivity.morris(BED_REST, DAY_21, Simulator.exact(), inputs, 4, 4, 9, 1);
        MorrisScreening m3 = GlobalSensitivity.morris(BED_REST, DAY_21, Simulator.exact(), inputs, 4, 4, 9, 3);
        assertThat(m3).isEqualTo(m1);
    }

    /**
     * In bed rest then normal life, the parameters of exercise, casts and illness cannot act: each
     * has no effect, exactly. The depths of the loss drive strength on the last day in bed, as
     * one-at-a-time moves say too; first-order shares add up to at most one.
     */
    @Test
    void bedRestIndicesPointAtTheLossParameters() {
        List<SensitivityInput> inputs = GlobalSensitivity.inputs(BED_REST, List.of());

        SobolIndices s = GlobalSensitivity.sobol(BED_REST, DAY_21, Simulator.exact(), inputs, 128, 1, 2);

        List<String> noEffect = s.indices().stream()
                .filter(SobolIndices.Index::noEffect)
                .map(i -> i.input().name())
                .toList();
        assertThat(noEffect)
                .contains(
                        "walking-mass-effect",
                        "resistance-neural-effect",
                        "leg-cast-severity",
                        "critical-illness-depth",
                        "mass-recovery-tau-days");
        for (SobolIndices.Index i : s.indices()) {
            if (i.noEffect()) {
                assertThat(i.firstOrder()).isZero();
                assertThat(i.total()).isZero();
            }
        }
        List<String> top =
                s.byTotal().subList(0, 2).stream().map(i -> i.input().name()).toList();
        assertThat(top).containsAnyOf("neural-loss-depth", "mass-loss-depth");
        double sumS1 =
                s.indices().stream().mapToDouble(SobolIndices.Index::firstOrder).sum();
        assertThat(sumS1).isBetween(0.5, 1.05);
        assertThat(s.outcomeMean()).isBetween(80.0, 95.0);
    }

    @Test
    void defaultInputsAreTheCalibratedMarginalsTruncatedToEachRange() {
        Scenario ownDepth = BED_REST.withModel(Preset.DEFAULT, java.util.Map.of(Parameter.MASS_LOSS_DEPTH, 0.2));

        List<SensitivityInput> inputs = GlobalSensitivity.inputs(ownDepth, List.of());

        DefaultCalibration c = DefaultCalibration.stored();
        assertThat(inputs).hasSize(c.fitted().size() - 1);
        assertThat(inputs).extracting(SensitivityInput::name).doesNotContain("mass-loss-depth");
        SensitivityInput tau = inputs.stream()
                .filter(i -> i.name().equals("mass-loss-tau-days"))
                .findFirst()
                .orElseThrow();
        int k = c.fitted().indexOf(Parameter.MASS_LOSS_TAU_DAYS);
        assertThat(tau.distribution())
                .isEqualTo(new InputDistribution.TruncatedNormal(
                        Preset.DEFAULT.parameters().get(Parameter.MASS_LOSS_TAU_DAYS),
                        Math.sqrt(c.covariance()[k][k]),
                        Parameter.MASS_LOSS_TAU_DAYS.min(),
                        Parameter.MASS_LOSS_TAU_DAYS.max()));
        assertThat(tau.unit()).isEqualTo("d");

        // A range replaces the default; a parameter the scenario sets varies only with a range.
        List<SensitivityInput> ranged = GlobalSensitivity.inputs(
                ownDepth,
                List.of(
                        ParameterRange.parse("mass-loss-tau-days=20..60"),
                        ParameterRange.parse("parameters.mass-loss-depth=0.1..0.3")));
        assertThat(ranged).hasSize(c.fitted().size());
        assertThat(ranged)
                .filteredOn(i -> i.name().equals("mass-loss-tau-days"))
                .extracting(SensitivityInput::distribution)
                .containsExactly(new InputDistribution.Uniform(20, 60));
    }

    @Test
    void truncatedNormalIsSampledByItsOwnQuantileFunction() {
        InputDistribution.TruncatedNormal wide = new InputDistribution.TruncatedNormal(10, 2, -1000, 1000);
        NormalDistribution normal = new NormalDistribution(null, 10, 2);
        for (double u : new double[] {0.001, 0.025, 0.3, 0.5, 0.9, 0.999}) {
            assertThat(wide.quantile(u)).isCloseTo(normal.inverseCumulativeProbability(u), offset(1e-9));
        }
        // Cut at its mean, a normal is a half-normal: mean + sd sqrt(2/pi) (midpoint rule over u).
        InputDistribution.TruncatedNormal half = new InputDistribution.TruncatedNormal(0, 1, 0, 50);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += half.quantile((i + 0.5) / n);
        }
        assertThat(sum / n).isCloseTo(Math.sqrt(2 / Math.PI), offset(1e-3));
        assertThat(half.quantile(0)).isZero();
        assertThat(half.quantile(1)).isEqualTo(50);
        // A Morris grid spans the central 99 %.
        assertThat(wide.screeningValue(0)).isCloseTo(normal.inverseCumulativeProbability(0.005), offset(1e-9));
        assertThat(wide.screeningValue(1)).isCloseTo(normal.inverseCumulativeProbability(0.995), offset(1e-9));
    }

    @Test
    void nothingToVaryTwoRangesForOneParameterAndUndefinedOutcomesAreUserErrors() {
        Scenario claim = BED_REST.withModel(Preset.ONE_PERCENT_A_DAY, java.util.Map.of());
        SweepException none =
                catchThrowableOfType(SweepException.class, () -> GlobalSensitivity.inputs(claim, List.of()));
        assertThat(none.problems()).extracting(SweepProblem::message).containsExactly(SweepMessage.NOTHING_VARIES);
        assertThat(GlobalSensitivity.inputs(claim, List.of(ParameterRange.parse("mass-loss-depth=0.1..0.2"))))
                .hasSize(1);

        SweepException twice = catchThrowableOfType(
                SweepException.class,
                () -> GlobalSensitivity.inputs(
                        BED_REST,
                        List.of(
                                ParameterRange.parse("mass-loss-depth=0.1..0.2"),
                                ParameterRange.parse("mass-loss-depth=0.1..0.3"))));
        assertThat(twice.problems()).extracting(SweepProblem::message).containsExactly(SweepMessage.SAME_FIELD_TWICE);

        SweepException undefined = catchThrowableOfType(
                SweepException.class,
                () -> GlobalSensitivity.sobol(ISHIGAMI_INPUTS, x -> x[0] > 0 ? Double.NaN : x[0], 16, 1, 1));
        assertThat(undefined.problems().get(0).message()).isEqualTo(SweepMessage.UNDEFINED_OUTCOME);
        assertThat(undefined.problems().get(0).arguments()).element(1).isEqualTo(80L);
    }

    @Test
    void designsBeyondTheLimitsAreRefusedWithAKey() {
        assertThat(GlobalSensitivity.checkSobol(43, 1024)).isEmpty();
        assertThat(GlobalSensitivity.checkSobol(43, 8192)).isEmpty();
        assertThat(GlobalSensitivity.checkSobol(43, 1000))
                .extracting(SweepProblem::message)
                .containsExactly(SweepMessage.NOT_A_POWER_OF_TWO);
        assertThat(GlobalSensitivity.checkSobol(43, 8))
                .extracting(SweepProblem::message)
                .containsExactly(SweepMessage.NOT_A_POWER_OF_TWO);
        List<SweepProblem> big = GlobalSensitivity.checkSobol(43, 16384);
        assertThat(big).extracting(SweepProblem::message).containsExactly(SweepMessage.DESIGN_TOO_LARGE);
        assertThat(big.get(0).arguments()).containsExactly(16384L * 45, GlobalSensitivity.MAX_RUNS);
        assertThat(big.get(0).hint()).contains("at most 8192 base samples");

        assertThat(GlobalSensitivity.checkMorris(43, 20, 4)).isEmpty();
        assertThat(GlobalSensitivity.checkMorris(43, 20, 5))
                .extracting(SweepProblem::message)
                .containsExactly(SweepMessage.NOT_AN_EVEN_NUMBER);
        assertThat(GlobalSensitivity.checkMorris(43, 1, 4))
                .extracting(SweepProblem::message)
                .containsExactly(SweepMessage.OUT_OF_RANGE);
        assertThat(GlobalSensitivity.checkMorris(100, 10_000, 4))
                .extracting(SweepProblem::message)
                .containsExactly(SweepMessage.DESIGN_TOO_LARGE);
        SweepException e = catchThrowableOfType(
                SweepException.class, () -> GlobalSensitivity.sobol(ISHIGAMI_INPUTS, ISHIGAMI, 100, 1, 1));
        assertThat(e.problems().get(0).field()).isEqualTo("samples");
    }

    @Test
    void rangesAreReadInTheOneNumberGrammar() {
        ParameterRange r = ParameterRange.parse(" mass-loss-tau-days = 2e1..60 ");
        assertThat(r).isEqualTo(new ParameterRange(Parameter.MASS_LOSS_TAU_DAYS, 20, 60));
        assertThat(r.input().distribution()).isEqualTo(new InputDistribution.Uniform(20, 60));

        String[][] bad = {
            {"mass-loss-tau-days", "NOT_A_RANGE"},
            {"mass-loss-tau-days=20", "NOT_A_RANGE"},
            {"=1..2", "NOT_A_RANGE"},
            {"mass-loss-tau=1..2", "UNKNOWN_PARAMETER"},
            {"mass-loss-tau-days=60..20", "DOWNWARD_RANGE"},
            {"mass-loss-tau-days=20..20", "DOWNWARD_RANGE"},
            {"mass-loss-tau-days=0..20", "OUT_OF_RANGE"},
            {"mass-loss-depth=0.5..2", "OUT_OF_RANGE"},
            {"mass-loss-tau-days=x..20", "NOT_A_NUMBER"},
            {"mass-loss-tau-days=NaN..20", "NOT_FINITE"},
            {"mass-loss-tau-days=1e400..2", "EXTREME_NUMBER"},
            {"mass-loss-tau-days=..20", "EMPTY_VALUE"},
        };
        for (String[] b : bad) {
            SweepException e = catchThrowableOfType(SweepException.class, () -> ParameterRange.parse(b[0]));
            assertThat(e).as(b[0]).isNotNull();
            assertThat(e.problems().get(0).message()).as(b[0]).isEqualTo(SweepMessage.valueOf(b[1]));
        }
        SweepException typo =
                catchThrowableOfType(SweepException.class, () -> ParameterRange.parse("mass-los-depth=0..1"));
        assertThat(typo.problems().get(0).hint()).contains("mass-loss-depth");
    }

    private static double[][] readCsv(String name) throws IOException {
        try (InputStream in = GlobalSensitivityTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .toList();
            double[][] rows = new double[lines.size()][];
            for (int i = 0; i < rows.length; i++) {
                String[] f = lines.get(i).split(",");
                rows[i] = new double[f.length];
                for (int j = 0; j < f.length; j++) {
                    rows[i][j] = Double.parseDouble(f[j]);
                }
            }
            return rows;
        }
    }
}
