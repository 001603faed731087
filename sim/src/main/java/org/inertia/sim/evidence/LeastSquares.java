package org.inertia.sim.evidence;

import java.util.List;
import java.util.function.Function;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;

/**
 * Weighted least squares over chosen model parameters with Commons Math's Levenberg–Marquardt
 * optimizer. The Jacobian is taken by central differences (the model is cheap to run); values are
 * kept inside each parameter's documented range by the problem's parameter validator.
 */
final class LeastSquares {

    /**
     * The outcome of a fit.
     *
     * @param parameters the full parameter set with the fitted values
     * @param free the parameters that were fitted
     * @param values fitted values, in the order of {@code free}
     * @param standardErrors their standard errors, scaled by the residual variance; NaN when the
     *     data do not constrain the parameters
     * @param covariance their covariance matrix, scaled as the standard errors; NaN where a
     *     parameter is not constrained
     * @param weightedResiduals the weighted residuals at the optimum
     * @param iterations optimizer iterations
     * @param reducedChiSquare the sum of squared weighted residuals over the degrees of freedom
     * @param converged whether the optimizer converged within its iterations; if not, the values
     *     are the best point it evaluated
     */
    record Result(
            ModelParameters parameters,
            List<Parameter> free,
            double[] values,
            double[] standardErrors,
            double[][] covariance,
            double[] weightedResiduals,
            int iterations,
            double reducedChiSquare,
            boolean converged) {}

    private LeastSquares() {}

    /**
     * Minimises the sum of squares of {@code residuals} over the free parameters.
     *
     * @param base starting values (and values of the parameters not fitted)
     * @param free the parameters to fit
     * @param residuals weighted residuals (model − data) for a parameter set
     * @param scaleByResidualVariance whether standard errors are scaled by the reduced chi-square
     *     (true when the weights are not 1/σ of known measurement errors)
     * @param maxIterations the most optimizer iterations
     * @return the fit
     */
    static Result fit(
            ModelParameters base,
            List<Parameter> free,
            Function<ModelParameters, double[]> residuals,
            boolean scaleByResidualVariance,
            int maxIterations) {
        double[] start = free.stream().mapToDouble(base::get).toArray();
        // The best point evaluated, to report if the optimizer runs out of iterations.
        double[][] best = {start.clone()};
        double[] bestCost = {Double.POSITIVE_INFINITY};
        MultivariateJacobianFunction model = point -> {
            double[] x = point.toArray();
            double[] r = residuals.apply(apply(base, free, x));
            double cost = 0;
            for (double v : r) {
                cost += v * v;
            }
            if (cost < bestCost[0]) {
                bestCost[0] = cost;
                best[0] = x.clone();
            }
            double[][] jacobian = new double[r.length][x.length];
            for (int j = 0; j < x.length; j++) {
                Parameter p = free.get(j);
                double h = 1e-5 * Math.max(Math.abs(x[j]), 1e-2);
                double up = Math.min(p.max(), x[j] + h);
                double down = Math.max(p.min(), x[j] - h);
                double[] xu = x.clone();
                xu[j] = up;
                double[] xd = x.clone();
                xd[j] = down;
                double[] ru = residuals.apply(apply(base, free, xu));
                double[] rd = residuals.apply(apply(base, free, xd));
                for (int i = 0; i < r.length; i++) {
                    jacobian[i][j] = (ru[i] - rd[i]) / (up - down);
                }
            }
            return new Pair<RealVector, RealMatrix>(
                    new ArrayRealVector(r, false), new Array2DRowRealMatrix(jacobian, false));
        };
        int observations = residuals.apply(base).length;
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start)
                .model(model)
                .target(new double[observations])
                .parameterValidator(v -> {
                    double[] clamped = v.toArray();
                    for (int j = 0; j < clamped.length; j++) {
                        clamped[j] =
                                Math.max(free.get(j).min(), Math.min(free.get(j).max(), clamped[j]));
                    }
                    return new ArrayRealVector(clamped, false);
                })
                .maxEvaluations(100 * maxIterations)
                .maxIterations(maxIterations)
                .build();
        double[] values;
        RealMatrix jacobian;
        double cost;
        int iterations;
        boolean converged;
        try {
            LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem);
            values = optimum.getPoint().toArray();
            jacobian = optimum.getJacobian();
            cost = optimum.getCost();
            iterations = optimum.getIterations();
            converged = true;
        } catch (org.apache.commons.math3.exception.TooManyIterationsException
                | org.apache.commons.math3.exception.TooManyEvaluationsException e) {
            // Not an error of the caller's: report the best point found, marked as not converged.
            values = best[0];
            jacobian = model.value(new ArrayRealVector(values)).getSecond();
            cost = Math.sqrt(bestCost[0]);
            iterations = maxIterations;
            converged = false;
        }
        double[][] covariance = covariance(jacobian);
        int dof = Math.max(1, observations - free.size());
        double chiSquare = cost * cost / dof;
        double scale = scaleByResidualVariance ? chiSquare : 1;
        double[] sigma = new double[free.size()];
        for (int j = 0; j < sigma.length; j++) {
            for (int k = 0; k < sigma.length; k++) {
                covariance[j][k] *= scale;
            }
            sigma[j] = Math.sqrt(covariance[j][j]);
        }
        ModelParameters fitted = apply(base, free, values);
        return new Result(
                fitted,
                List.copyOf(free),
                values,
                sigma,
                covariance,
                residuals.apply(fitted),
                iterations,
                chiSquare,
                converged);
    }

    static ModelParameters apply(ModelParameters base, List<Parameter> free, double[] x) {
        ModelParameters p = base;
        for (int j = 0; j < x.length; j++) {
            p = p.with(
                    free.get(j),
                    Math.max(free.get(j).min(), Math.min(free.get(j).max(), x[j])));
        }
        return p;
    }

    /**
     * The covariance of the fitted values from the Jacobian at the optimum, unscaled: (JᵀJ)⁻¹. A
     * parameter no residual depends on (a zero column) gets NaN and is left out of the inversion,
     * so the others still get theirs.
     */
    private static double[][] covariance(RealMatrix jacobian) {
        int p = jacobian.getColumnDimension();
        double[] norm = new double[p];
        for (int j = 0; j < p; j++) {
            norm[j] = jacobian.getColumnVector(j).getNorm();
        }
        double threshold = 1e-12 * Math.max(java.util.Arrays.stream(norm).max().orElse(0), 1e-300);
        int[] kept = java.util.stream.IntStream.range(0, p)
                .filter(j -> norm[j] > threshold)
                .toArray();
        double[][] covariance = new double[p][p];
        for (double[] row : covariance) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        if (kept.length == 0) {
            return covariance;
        }
        RealMatrix reduced = jacobian.getSubMatrix(
                java.util.stream.IntStream.range(0, jacobian.getRowDimension()).toArray(), kept);
        try {
            RealMatrix inverse = new org.apache.commons.math3.linear.QRDecomposition(
                            reduced.transpose().multiply(reduced), 1e-14)
                    .getSolver()
                    .getInverse();
            for (int a = 0; a < kept.length; a++) {
                for (int b = 0; b < kept.length; b++) {
                    covariance[kept[a]][kept[b]] = inverse.getEntry(a, b);
                }
            }
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            // The remaining parameters are confounded with each other: no error estimate for any.
        }
        return covariance;
    }
}
