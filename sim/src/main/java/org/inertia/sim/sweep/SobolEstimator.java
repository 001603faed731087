package org.inertia.sim.sweep;

/**
 * The estimators of first-order and total-effect Sobol' indices on the outputs of a Saltelli
 * design, laid out as SALib lays them out: for each base row i, the run of A, then the d runs of
 * A with column j from B (A_B^(j)), then the run of B.
 *
 * <ul>
 *   <li>first order: S1_j = mean(f_B (f_ABj − f_A)) / V (Saltelli et al. 2010, Comput Phys Commun
 *       181:259, table 2 (b); SALib's {@code first_order});
 *   <li>total effect: ST_j = mean((f_A − f_ABj)²) / (2V) (Jansen 1999, Comput Phys Commun
 *       117:35; Saltelli et al. 2010, table 2 (f); SALib's {@code total_order});
 * </ul>
 *
 * <p>V is the variance (denominator n) of the outputs of A and B together. As SALib does, the
 * outputs are first centred on the mean of every run: the first-order estimator is biased for
 * outputs far from zero, and a percentage of baseline near 90 is far from zero.
 */
final class SobolEstimator {

    private final int n;
    private final int d;
    private final double[] a;
    private final double[] b;
    private final double[][] ab;
    private final double mean;

    /**
     * Separates and centres the outputs of a design.
     *
     * @param outputs n(d + 2) outputs, in SALib's layout
     * @param d the number of inputs
     * @param n the number of base rows to use, from the first
     */
    SobolEstimator(double[] outputs, int d, int n) {
        this.n = n;
        this.d = d;
        int step = d + 2;
        double sum = 0;
        for (int k = 0; k < n * step; k++) {
            sum += outputs[k];
        }
        mean = sum / (n * step);
        a = new double[n];
        b = new double[n];
        ab = new double[d][n];
        for (int i = 0; i < n; i++) {
            a[i] = outputs[i * step] - mean;
            for (int j = 0; j < d; j++) {
                ab[j][i] = outputs[i * step + 1 + j] - mean;
            }
            b[i] = outputs[i * step + step - 1] - mean;
        }
    }

    /** {@return the mean of every output} */
    double mean() {
        return mean;
    }

    /** {@return the standard deviation (denominator 2n) of the outputs of A and B} */
    double standardDeviation() {
        return Math.sqrt(variance(null));
    }

    /** {@return whether input j never changed an output: f_ABj = f_A in every row} */
    boolean noEffect(int j) {
        for (int i = 0; i < n; i++) {
            if (ab[j][i] != a[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return S1 of every input, then ST of every input (2d values), over the given rows; all 0
     * when the outputs do not vary, as in SALib}
     *
     * @param rows the base rows to use, repeated as a bootstrap draws them; null for every row once
     */
    double[] indices(int[] rows) {
        int m = rows == null ? n : rows.length;
        double[] out = new double[2 * d];
        double v = variance(rows);
        if (v == 0) {
            return out;
        }
        for (int j = 0; j < d; j++) {
            double[] abj = ab[j];
            double first = 0;
            double total = 0;
            for (int k = 0; k < m; k++) {
                int i = rows == null ? k : rows[k];
                double diff = abj[i] - a[i];
                first += b[i] * diff;
                total += diff * diff;
            }
            out[j] = first / m / v;
            out[d + j] = 0.5 * (total / m) / v;
        }
        return out;
    }

    /** The variance (denominator 2m) of the outputs of A and B over the given rows. */
    private double variance(int[] rows) {
        int m = rows == null ? n : rows.length;
        double sum = 0;
        for (int k = 0; k < m; k++) {
            int i = rows == null ? k : rows[k];
            sum += a[i] + b[i];
        }
        double centre = sum / (2.0 * m);
        double squares = 0;
        for (int k = 0; k < m; k++) {
            int i = rows == null ? k : rows[k];
            double x = a[i] - centre;
            double y = b[i] - centre;
            squares += x * x + y * y;
        }
        return squares / (2.0 * m);
    }
}
