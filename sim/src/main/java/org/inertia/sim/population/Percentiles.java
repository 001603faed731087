package org.inertia.sim.population;

/**
 * The exact percentile of a sample, by the R-7 rule (NumPy's "linear"): linear between the two
 * order statistics around {@code (n − 1) · q / 100}. The one definition the library's exact
 * percentiles share (the band coverage, the sweeps' bands, the sensitivity indices' intervals);
 * the population engine's daily percentiles apply the same rule inside a histogram bin ({@link
 * DailyPercentiles}).
 */
public final class Percentiles {

    private Percentiles() {}

    /**
     * {@return the {@code q}-th percentile of values in any order (sorted on a copy), as {@link
     * #ofSorted}}
     *
     * @param values the values, at least one; left as they are
     * @param q the percentile, 0 to 100
     */
    public static double of(double[] values, double q) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return ofSorted(sorted, q);
    }

    /**
     * {@return the {@code q}-th percentile of values sorted ascending (NaN, where present, sorted
     * last as {@link java.util.Arrays#sort(double[])} puts it, so it shows only where that share is
     * reached)}
     *
     * @param sorted the values, sorted ascending, at least one
     * @param q the percentile, 0 to 100
     */
    public static double ofSorted(double[] sorted, double q) {
        double h = (sorted.length - 1) * q / 100.0;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
