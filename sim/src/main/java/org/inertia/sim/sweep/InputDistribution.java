package org.inertia.sim.sweep;

import org.apache.commons.math3.special.Erf;

/**
 * How one input of a global sensitivity analysis varies. Each distribution maps a point {@code u}
 * of the unit interval to a value through its quantile function (inverse transform), so that one
 * design in the unit cube serves inputs of every kind, as in Saltelli et al. 2010 (Comput Phys
 * Commun 181:259, section 2) and SALib. The inputs are independent of each other: Sobol' indices
 * are defined for independent inputs only.
 */
public sealed interface InputDistribution permits InputDistribution.Uniform, InputDistribution.TruncatedNormal {

    /**
     * {@return the value at a point of the unit interval: the quantile of order {@code u}}
     *
     * @param u the point, 0 to 1
     */
    double quantile(double u);

    /**
     * {@return the value at a level of a Morris grid (0 to 1): the whole range for a uniform input,
     * the central {@value TruncatedNormal#SCREENING_SHARE_PERCENT} % for a normal one, whose tails
     * would otherwise put the grid's ends at the range's bounds}
     *
     * @param level the level, 0 to 1
     */
    double screeningValue(double level);

    /** {@return the smallest value the input takes} */
    double low();

    /** {@return the largest value the input takes} */
    double high();

    /**
     * An input equally likely anywhere between two bounds: what a user says with {@code
     * --range name=LOW..HIGH}, and the usual input of test functions.
     *
     * @param low the lower bound
     * @param high the upper bound, above {@code low}
     */
    record Uniform(double low, double high) implements InputDistribution {

        /**
         * Checks that the bounds are finite and in order.
         *
         * @param low the lower bound
         * @param high the upper bound
         */
        public Uniform {
            if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
                throw new IllegalArgumentException(
                        "a uniform input needs finite bounds low < high, was " + low + ".." + high);
            }
        }

        @Override
        public double quantile(double u) {
            // The operations of SALib's scale_samples, u * (high - low) + low, so that the same
            // unit design gives the same values to the last bit.
            return u * (high - low) + low;
        }

        @Override
        public double screeningValue(double level) {
            return quantile(level);
        }
    }

    /**
     * A normal distribution cut to a range: a calibrated parameter's estimate ({@code mean}) and
     * standard error ({@code standardDeviation}), kept within the values the model accepts.
     * Sampled exactly by the inverse transform of the truncated distribution, not by clamping, so no
     * value piles up on a bound.
     *
     * @param mean the mean of the normal before truncation
     * @param standardDeviation its standard deviation, more than 0
     * @param low the lower bound of the range
     * @param high the upper bound of the range, above {@code low}
     */
    record TruncatedNormal(double mean, double standardDeviation, double low, double high)
            implements InputDistribution {

        /** The central share of the distribution a Morris grid spans (%). */
        public static final double SCREENING_SHARE_PERCENT = 99;

        /**
         * Checks the values.
         *
         * @param mean the mean, within the range
         * @param standardDeviation more than 0
         * @param low the lower bound
         * @param high the upper bound, above {@code low}
         */
        public TruncatedNormal {
            if (!(standardDeviation > 0 && Double.isFinite(standardDeviation))) {
                throw new IllegalArgumentException(
                        "standard deviation must be finite and more than 0, was " + standardDeviation);
            }
            if (!(Double.isFinite(low) && Double.isFinite(high) && low < high && mean >= low && mean <= high)) {
                throw new IllegalArgumentException("a truncated normal needs low <= mean <= high, low < high, was "
                        + low + ", " + mean + ", " + high);
            }
        }

        @Override
        public double quantile(double u) {
            double a = phi((low - mean) / standardDeviation);
            double b = phi((high - mean) / standardDeviation);
            double p = a + u * (b - a);
            double x = mean + standardDeviation * inversePhi(p);
            return Math.max(low, Math.min(high, x));
        }

        @Override
        public double screeningValue(double level) {
            double tail = (1 - SCREENING_SHARE_PERCENT / 100) / 2;
            return quantile(tail + (1 - 2 * tail) * level);
        }

        /** The standard normal distribution function. */
        private static double phi(double z) {
            return 0.5 * Erf.erfc(-z / Math.sqrt(2));
        }

        /** Its inverse; infinite at 0 and 1, which the range then bounds. */
        private static double inversePhi(double p) {
            if (p <= 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (p >= 1) {
                return Double.POSITIVE_INFINITY;
            }
            return -Math.sqrt(2) * Erf.erfcInv(2 * p);
        }
    }
}
