package org.inertia.sim.population;

import java.util.List;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.RandomGenerator;
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
 * <p>The parameters of aerobic capacity and bone are fitted apart from the muscle's and store a
 * standard error each but no covariance: each is drawn from its own normal distribution, from a
 * generator seeded by the draw's muscle deviates, so that drawing them takes nothing from the
 * subject's generator and every other draw (a person's between-person spread after this one) stays
 * as it was.
 */
public final class CalibrationUncertainty implements ParameterSampler {

    private final List<Parameter> fitted;
    private final double[][] lower;
    private final boolean[] drawn;
    private final Parameter[] separate;
    private final double[] separateSd;
    private final boolean[] separateDrawn;

    private CalibrationUncertainty(
            List<Parameter> fitted,
            double[][] lower,
            boolean[] drawn,
            Parameter[] separate,
            double[] separateSd,
            boolean[] separateDrawn) {
        this.fitted = fitted;
        this.lower = lower;
        this.drawn = drawn;
        this.separate = separate;
        this.separateSd = separateSd;
        this.separateDrawn = separateDrawn;
    }

    /** {@return the uncertainty of the shipped calibration, every fitted parameter drawn} */
    public static CalibrationUncertainty calibrated() {
        DefaultCalibration c = DefaultCalibration.stored();
        // Fitted parameters outside the covariance: those of aerobic capacity and bone.
        Parameter[] separate = java.util.Arrays.stream(Parameter.values())
                .filter(p -> !c.fitted().contains(p) && c.standardError(p).isPresent())
                .toArray(Parameter[]::new);
        double[] sd = java.util.Arrays.stream(separate)
                .mapToDouble(p -> c.standardError(p).getAsDouble())
                .toArray();
        return new CalibrationUncertainty(
                c.fitted(), cholesky(c.covariance()), all(c.fitted().size()), separate, sd, all(separate.length));
    }

    /**
     * {@return the uncertainty that applies to a scenario: none for another preset than the
     * default, and none for the parameters it sets itself}
     *
     * @param scenario the scenario
     */
    public static ParameterSampler forScenario(Scenario scenario) {
        if (scenario.preset() != Preset.DEFAULT) {
            return ParameterSampler.NONE;
        }
        CalibrationUncertainty all = calibrated();
        Set<Parameter> own = scenario.parameters().keySet();
        boolean[] drawn = all.drawn.clone();
        for (int j = 0; j < all.fitted.size(); j++) {
            drawn[j] = !own.contains(all.fitted.get(j));
        }
        boolean[] separateDrawn = new boolean[all.separate.length];
        for (int j = 0; j < separateDrawn.length; j++) {
            separateDrawn[j] = !own.contains(all.separate[j]);
        }
        return new CalibrationUncertainty(all.fitted, all.lower, drawn, all.separate, all.separateSd, separateDrawn);
    }

    /** {@return the parameters whose uncertainty is drawn jointly, from the covariance} */
    public List<Parameter> fitted() {
        return fitted;
    }

    /** {@return the parameters drawn each on its own, from its standard error: aerobic capacity and bone} */
    public List<Parameter> separate() {
        return List.of(separate);
    }

    @Override
    public ModelParameters draw(ModelParameters centre, RandomGenerator random) {
        int n = fitted.size();
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            // Always draw every deviate, so a draw does not depend on which parameters are held.
            z[i] = random.nextGaussian();
        }
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
        ModelParameters muscle = centre.with(java.util.Arrays.copyOf(changed, k), java.util.Arrays.copyOf(values, k));
        return separate.length == 0 ? muscle : drawSeparate(muscle, z);
    }

    /** The separately fitted parameters, from a generator seeded by the muscle deviates {@code z}. */
    private ModelParameters drawSeparate(ModelParameters drawnSoFar, double[] z) {
        long seed = 0x9E3779B97F4A7C15L;
        for (double v : z) {
            seed = (seed ^ Double.doubleToLongBits(v)) * 0xBF58476D1CE4E5B9L;
        }
        RandomGenerator own = new SplitMixRandom(seed);
        Parameter[] changed = new Parameter[separate.length];
        double[] values = new double[separate.length];
        int k = 0;
        for (int i = 0; i < separate.length; i++) {
            // Always draw, so that a draw does not depend on which parameters are held.
            double deviate = own.nextGaussian();
            if (separateDrawn[i]) {
                Parameter p = separate[i];
                changed[k] = p;
                values[k++] = Math.max(p.min(), Math.min(p.max(), drawnSoFar.get(p) + separateSd[i] * deviate));
            }
        }
        return drawnSoFar.with(java.util.Arrays.copyOf(changed, k), java.util.Arrays.copyOf(values, k));
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

    private static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }
}
