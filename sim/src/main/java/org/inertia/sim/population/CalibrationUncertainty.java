package org.inertia.sim.population;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.RandomGenerator;
import org.inertia.sim.measure.Family;
import org.inertia.sim.parameters.DefaultCalibration;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Scenario;

/**
 * The uncertainty of the calibrated parameters, for the average person: each draw is a parameter
 * set from the multivariate normal distribution the calibration estimated (its covariance, {@link
 * DefaultCalibration#covariance()}), centred on the scenario's values and kept within each
 * parameter's range. A projection's band over many draws shows how much the answer depends on
 * what the evidence could not pin down: it is wide where the studies are few (water exercise,
 * illness) and narrow where they are many (bed rest).
 *
 * <p>Parameters a scenario sets itself are not drawn, and a scenario on another preset than the
 * calibrated default gets no band: its values are a claim, not an estimate.
 *
 * <p>The parameters of aerobic capacity and bone are fitted apart from the muscle's, each family to
 * its own evidence with its own covariance ({@link DefaultCalibration#covariance(Family)}): each
 * family is drawn from its own multivariate normal distribution, from a generator seeded by the
 * draw's muscle deviates, so that drawing them takes nothing from the subject's generator and every
 * other draw (a person's between-person spread after this one) stays as it was.
 */
public final class CalibrationUncertainty implements ParameterSampler {

    /** The families fitted apart from the muscle, drawn after it in this order. */
    private static final List<Family> WHOLE_BODY = List.of(Family.AEROBIC, Family.BONE);

    /** One family's fitted parameters, the lower-triangular factor of their covariance, which are drawn. */
    private record Block(List<Parameter> fitted, double[][] lower, boolean[] drawn) {

        Block holding(Set<Parameter> own) {
            boolean[] d = new boolean[fitted.size()];
            for (int j = 0; j < d.length; j++) {
                d[j] = !own.contains(fitted.get(j));
            }
            return new Block(fitted, lower, d);
        }

        /** Moves the drawn parameters of {@code centre} by the factor times the deviates {@code z}. */
        ModelParameters apply(ModelParameters centre, double[] z) {
            int n = fitted.size();
            Parameter[] changed = new Parameter[n];
            double[] values = new double[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (!drawn[i]) {
                    continue;
                }
                double delta = 0;
                for (int j = 0; j <= i; j++) {
                    delta += lower[i][j] * z[j];
                }
                Parameter p = fitted.get(i);
                changed[k] = p;
                values[k++] = Math.max(p.min(), Math.min(p.max(), centre.get(p) + delta));
            }
            return centre.with(Arrays.copyOf(changed, k), Arrays.copyOf(values, k));
        }

        static Block of(DefaultCalibration c, Family family) {
            List<Parameter> fitted = c.fitted(family);
            boolean[] all = new boolean[fitted.size()];
            Arrays.fill(all, true);
            return new Block(fitted, cholesky(c.covariance(family)), all);
        }
    }

    private final Block muscle;
    private final List<Block> wholeBody;

    private CalibrationUncertainty(Block muscle, List<Block> wholeBody) {
        this.muscle = muscle;
        this.wholeBody = wholeBody;
    }

    /** {@return the uncertainty of the shipped calibration, every fitted parameter drawn} */
    public static CalibrationUncertainty calibrated() {
        DefaultCalibration c = DefaultCalibration.stored();
        return new CalibrationUncertainty(
                Block.of(c, Family.MUSCLE),
                WHOLE_BODY.stream().map(f -> Block.of(c, f)).toList());
    }

    /**
     * {@return the uncertainty that applies to a scenario: none for another preset than the
     * default, and none for the parameters it sets itself}
     *
     * @param scenario the scenario
     */
    public static ParameterSampler forScenario(Scenario scenario) {
        if (!appliesTo(scenario)) {
            return ParameterSampler.NONE;
        }
        CalibrationUncertainty all = calibrated();
        Set<Parameter> own = scenario.parameters().keySet();
        return new CalibrationUncertainty(
                all.muscle.holding(own),
                all.wholeBody.stream().map(b -> b.holding(own)).toList());
    }

    /**
     * {@return whether the calibration's uncertainty describes a scenario's parameter values: only
     * on the calibrated default preset; another preset's values are a claim, not an estimate}
     *
     * @param scenario the scenario
     */
    public static boolean appliesTo(Scenario scenario) {
        return scenario.preset() == Preset.DEFAULT;
    }

    /** {@return the muscle parameters, drawn jointly from their covariance} */
    public List<Parameter> fitted() {
        return muscle.fitted();
    }

    @Override
    public ModelParameters draw(ModelParameters centre, RandomGenerator random) {
        int n = muscle.fitted().size();
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            // Always draw every deviate, so a draw does not depend on which parameters are held.
            z[i] = random.nextGaussian();
        }
        ModelParameters drawn = muscle.apply(centre, z);
        return wholeBody.isEmpty() ? drawn : drawWholeBody(drawn, z);
    }

    /** The separately fitted families, from a generator seeded by the muscle deviates {@code z}. */
    private ModelParameters drawWholeBody(ModelParameters drawnSoFar, double[] z) {
        long seed = 0x9E3779B97F4A7C15L;
        for (double v : z) {
            seed = (seed ^ Double.doubleToLongBits(v)) * 0xBF58476D1CE4E5B9L;
        }
        RandomGenerator own = new SplitMixRandom(seed);
        ModelParameters drawn = drawnSoFar;
        for (Block b : wholeBody) {
            double[] deviates = new double[b.fitted().size()];
            for (int i = 0; i < deviates.length; i++) {
                // Always draw, so that a draw does not depend on which parameters are held.
                deviates[i] = own.nextGaussian();
            }
            drawn = b.apply(drawn, deviates);
        }
        return drawn;
    }

    /** The lower-triangular factor of a covariance matrix; a tiny ridge where rounding broke it. */
    private static double[][] cholesky(double[][] covariance) {
        RealMatrix m = new Array2DRowRealMatrix(covariance);
        for (double ridge = 0; ; ridge = ridge == 0 ? 1e-12 : ridge * 10) {
            RealMatrix r = m.copy();
            for (int i = 0; i < r.getRowDimension(); i++) {
                r.addToEntry(i, i, ridge * Math.max(1e-12, Math.abs(m.getEntry(i, i))));
            }
            try {
                return new CholeskyDecomposition(r, 1e-9, 0).getL().getData();
            } catch (NonPositiveDefiniteMatrixException e) {
                if (ridge > 1e-2) {
                    throw new IllegalStateException("the stored covariance is not a covariance", e);
                }
            }
        }
    }
}
