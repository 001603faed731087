package org.inertia.sim.sweep;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The result of a variance-based (Sobol') global sensitivity analysis: for each input, the share
 * of the outcome's variance it explains alone (first-order index S1) and with all its interactions
 * (total-effect index ST), each with a bootstrap confidence interval, and whether the estimates
 * have settled. Indices are fractions of the variance, 0 to 1; estimates of indices near 0 may come
 * out slightly negative, as in every Monte Carlo estimator.
 *
 * @param indices one per input, in the order the inputs were given
 * @param samples the base samples N (rows of each of the matrices A and B)
 * @param runs the model runs made, N(d + 2) for d inputs
 * @param outcomeMean the mean outcome over every run
 * @param outcomeStandardDeviation the outcome's standard deviation over the runs of A and B
 * @param convergence whether the indices have settled
 * @param resamples bootstrap resamples behind each interval
 * @param confidencePercent the intervals' confidence level (%)
 * @param seed the seed of the bootstrap
 */
public record SobolIndices(
        List<Index> indices,
        int samples,
        long runs,
        double outcomeMean,
        double outcomeStandardDeviation,
        Convergence convergence,
        int resamples,
        double confidencePercent,
        long seed) {

    /**
     * Copies the list.
     *
     * @param indices one per input
     * @param samples the base samples
     * @param runs the model runs
     * @param outcomeMean the mean outcome
     * @param outcomeStandardDeviation the outcome's standard deviation
     * @param convergence whether the indices have settled
     * @param resamples bootstrap resamples
     * @param confidencePercent the intervals' confidence level (%)
     * @param seed the seed of the bootstrap
     */
    public SobolIndices {
        indices = List.copyOf(indices);
        Objects.requireNonNull(convergence, "convergence");
    }

    /** {@return the indices, largest total effect first (ties keep the inputs' order)} */
    public List<Index> byTotal() {
        return indices.stream()
                .sorted(Comparator.comparingDouble(Index::total).reversed())
                .toList();
    }

    /**
     * The indices of one input.
     *
     * @param input the input
     * @param firstOrder S1: the share of the variance explained by this input alone (Saltelli et
     *     al. 2010's estimator, as in SALib)
     * @param firstOrderLower lower end of its bootstrap interval
     * @param firstOrderUpper upper end
     * @param total ST: the share explained by this input with all its interactions (Jansen 1999)
     * @param totalLower lower end of its bootstrap interval
     * @param totalUpper upper end
     * @param noEffect whether moving this input never changed the outcome (both indices exactly 0)
     */
    public record Index(
            SensitivityInput input,
            double firstOrder,
            double firstOrderLower,
            double firstOrderUpper,
            double total,
            double totalLower,
            double totalUpper,
            boolean noEffect) {

        /**
         * Checks for null.
         *
         * @param input the input
         * @param firstOrder S1
         * @param firstOrderLower lower end of its interval
         * @param firstOrderUpper upper end
         * @param total ST
         * @param totalLower lower end of its interval
         * @param totalUpper upper end
         * @param noEffect whether the input never changed the outcome
         */
        public Index {
            Objects.requireNonNull(input, "input");
        }
    }

    /**
     * Whether the estimates have settled, judged two ways: the indices from the first half of the
     * sample against those from all of it, and the width of the confidence intervals. Settled when
     * no index moved by more than {@code changeTolerance} and no interval is wider than {@code
     * widthTolerance}.
     *
     * @param converged whether both tests pass
     * @param halfSamples the base samples of the first half, N/2
     * @param largestChange the largest change of an index (S1 or ST) from N/2 to N
     * @param widestInterval the widest confidence interval of an index (upper minus lower)
     * @param changeTolerance the largest change allowed
     * @param widthTolerance the widest interval allowed
     */
    public record Convergence(
            boolean converged,
            int halfSamples,
            double largestChange,
            double widestInterval,
            double changeTolerance,
            double widthTolerance) {}
}
