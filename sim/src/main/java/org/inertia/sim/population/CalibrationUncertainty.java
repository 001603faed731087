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
 */
public final class CalibrationUncertainty implements ParameterSampler {

    private final List<Parameter> fitted;
    private final double[][] lower;
    private final boolean[] drawn;

    private CalibrationUncertainty(List<Parameter> fitted, double[][] lower, boolean[] drawn) {
        this.fitted = fitted;
        this.lower = lower;
        this.drawn = drawn;
    }

    /** {@return the uncertainty of the shipped calibration, every fitted parameter drawn} */
    public static CalibrationUncertainty calibrated() {
        DefaultCalibration c = DefaultCalibration.stored();
        return new CalibrationUncertainty(
                c.fitted(), cholesky(c.covariance()), all(c.fitted().size()));
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
        return new CalibrationUncertainty(all.fitted, all.lower, drawn);
    }

    /** {@return the parameters whose uncertainty is drawn} */
    public List<Parameter> fitted() {
        return fitted;
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
        return centre.with(java.util.Arrays.copyOf(changed, k), java.util.Arrays.copyOf(values, k));
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
