package org.inertia.sim.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.junit.jupiter.api.Test;

/** The between-person spread of aerobic capacity and bone: drawn after muscle, so muscle stays. */
class WholeBodyVariabilityTest {

    private static final ModelParameters MEAN = Preset.DEFAULT.parameters();

    /** Two weeks of bed rest of a healthy 40-year-old, whose parameters are drawn. */
    private static Scenario twoWeeksInBed() {
        return Scenario.of(
                "bed rest",
                new Subject(40, null, Condition.HEALTHY),
                List.of(new Phase("Bed rest", 14, Mobility.BED_REST, List.of())));
    }

    @Test
    void askingForFitnessAndBoneLeavesEverySubjectsMuscleAsItWas() {
        Variability muscle = Variability.calibrated();
        Variability all = Variability.calibrated(List.of(Measure.VO2MAX, Measure.of(Outcome.BMD_TOTAL_HIP)));
        for (int i = 0; i < 200; i++) {
            ModelParameters a = muscle.draw(MEAN, PopulationSimulator.randomFor(7, i));
            ModelParameters b = all.draw(MEAN, PopulationSimulator.randomFor(7, i));
            for (Parameter p : Parameter.values()) {
                if (p.family() == Family.MUSCLE) {
                    assertThat(b.get(p)).as(p.key()).isEqualTo(a.get(p));
                }
            }
        }
    }

    @Test
    void theWholeBodyLossDepthsVaryWithTheirCoefficientOfVariation() {
        Variability v = Variability.calibrated(List.of(Measure.VO2MAX));
        int n = 4000;
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double x = v.draw(MEAN, PopulationSimulator.randomFor(11, i)).get(Parameter.VO2MAX_LOSS_DEPTH);
            sum += x;
            sq += x * x;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sq / n - mean * mean);
        double m = MEAN.get(Parameter.VO2MAX_LOSS_DEPTH);
        assertThat(mean).isCloseTo(m, org.assertj.core.api.Assertions.within(0.02 * m));
        assertThat(sd / mean).isCloseTo(0.3, org.assertj.core.api.Assertions.within(0.03));
        // Bone was not asked for: it does not vary.
        assertThat(v.coefficientOfVariation()).doesNotContainKey(Parameter.BONE_LOSS_DEPTH_TOTAL_HIP);
    }

    @Test
    void theCalibrationsUncertaintyDrawsFitnessAndBoneWithoutTouchingAnyOtherDraw() {
        Scenario plain = twoWeeksInBed();
        // The same scenario setting every whole-body parameter itself: none of them is drawn.
        java.util.Map<Parameter, Double> own = new java.util.EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) {
            if (p.family() != Family.MUSCLE) {
                own.put(p, MEAN.get(p));
            }
        }
        Scenario fixed = plain.withModel(Preset.DEFAULT, own);
        ParameterSampler all = CalibrationUncertainty.forScenario(plain).andThen(Variability.calibrated());
        ParameterSampler muscleOnly = CalibrationUncertainty.forScenario(fixed).andThen(Variability.calibrated());
        int n = 3000;
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            ModelParameters a = all.draw(MEAN, PopulationSimulator.randomFor(5, i));
            ModelParameters b = muscleOnly.draw(MEAN, PopulationSimulator.randomFor(5, i));
            for (Parameter p : Parameter.values()) {
                if (p.family() == Family.MUSCLE) {
                    assertThat(a.get(p)).as(p.key()).isEqualTo(b.get(p));
                } else {
                    assertThat(b.get(p)).as(p.key()).isEqualTo(MEAN.get(p));
                }
            }
            double x = a.get(Parameter.VO2MAX_LOSS_DEPTH);
            sum += x;
            sq += x * x;
        }
        double sd = Math.sqrt(sq / n - (sum / n) * (sum / n));
        double se = org.inertia.sim.parameters.DefaultCalibration.stored()
                .standardError(Parameter.VO2MAX_LOSS_DEPTH)
                .getAsDouble();
        assertThat(sd).isCloseTo(se, org.assertj.core.api.Assertions.within(0.1 * se));
    }

    @Test
    void fitnessParametersAreDrawnWithTheCorrelationTheirFitEstimated() {
        Scenario plain = twoWeeksInBed();
        ParameterSampler uncertainty = CalibrationUncertainty.forScenario(plain);
        org.inertia.sim.parameters.DefaultCalibration c = org.inertia.sim.parameters.DefaultCalibration.stored();
        List<Parameter> fitted = c.fitted(Family.AEROBIC);
        double[][] cov = c.covariance(Family.AEROBIC);
        int a = fitted.indexOf(Parameter.VO2MAX_LOSS_DEPTH);
        int b = fitted.indexOf(Parameter.VO2MAX_LOSS_TAU_DAYS);
        double expected = cov[a][b] / Math.sqrt(cov[a][a] * cov[b][b]);
        // Depth and time constant trade off against each other in the fit to the same losses.
        assertThat(Math.abs(expected)).isGreaterThan(0.2);
        int n = 4000;
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            ModelParameters d = uncertainty.draw(MEAN, PopulationSimulator.randomFor(9, i));
            double x = d.get(Parameter.VO2MAX_LOSS_DEPTH);
            double y = d.get(Parameter.VO2MAX_LOSS_TAU_DAYS);
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }
        double r = (sxy / n - sx / n * sy / n) / Math.sqrt((sxx / n - sx / n * sx / n) * (syy / n - sy / n * sy / n));
        assertThat(r).isCloseTo(expected, org.assertj.core.api.Assertions.within(0.06));
    }
}
