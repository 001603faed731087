package org.inertia.sim.population;

/**
 * Percentiles of one measure, day by day, over a population, computed without keeping every
 * subject's trajectory: one fixed-width histogram per day over {@code [0, MAX_PERCENT]}, plus the
 * exact minimum and maximum of each day (so a day on which every subject is alike, such as the
 * baseline, comes out exact).
 *
 * <p>Accuracy: each order statistic is placed within its bin (the values of a bin spread evenly
 * across it), so it, and the R-7 interpolation between two of them, is within one bin width,
 * {@code MAX_PERCENT / bins}, of the exact percentile; with the default 3,072 bins that is 0.0625
 * percentage points (half of it when a bin holds one value). Memory is
 * {@code 4 · bins} bytes per day (12 kB, or 4.5 MB per measure for a year).
 */
final class DailyPercentiles {

    /** Upper end of the histogram (% of baseline); the model cannot exceed it. */
    static final double MAX_PERCENT = 192.0;

    /** Default number of bins. */
    static final int DEFAULT_BINS = 3_072;

    private final int bins;
    private final int last;
    /** Bins per percentage point, in single precision as the values are binned. */
    private final float perPercent;

    private final int[][] counts;
    private final long[] totals;
    private final double[] min;
    private final double[] max;

    /**
     * Empty histograms.
     *
     * @param days number of days (0 to the last day, so last day + 1)
     * @param bins number of bins per day
     */
    DailyPercentiles(int days, int bins) {
        this.bins = bins;
        this.last = bins - 1;
        this.perPercent = (float) (bins / MAX_PERCENT);
        this.counts = new int[days][bins];
        this.totals = new long[days];
        this.min = new double[days];
        this.max = new double[days];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    /** {@return the largest error of a percentile from binning (percentage points): one bin width} */
    double resolutionPp() {
        return MAX_PERCENT / bins;
    }

    /**
     * Adds another set of histograms of the same shape (a thread's share).
     *
     * @param other histograms with the same days and bins
     */
    void addAll(DailyPercentiles other) {
        for (int d = 0; d < counts.length; d++) {
            int[] mine = counts[d];
            int[] theirs = other.counts[d];
            for (int b = 0; b < bins; b++) {
                mine[b] += theirs[b];
            }
            totals[d] += other.totals[d];
            min[d] = Math.min(min[d], other.min[d]);
            max[d] = Math.max(max[d], other.max[d]);
        }
    }

    /**
     * {@return the counts of a day, to add one to bin {@link #binOf} of each value; {@link
     * #counted} then records the values' number and extremes. Not synchronised: a thread adds to
     * its own histograms ({@link #addAll} merges them), or holds the day's lock ({@link #lockOf})
     * on shared ones}
     *
     * @param day the day
     */
    int[] row(int day) {
        return counts[day];
    }

    /**
     * {@return the bin of a value (% of baseline): {@code (int) (v · bins / MAX_PERCENT)}, within
     * the histogram}
     *
     * @param percent the value
     */
    int binOf(float percent) {
        int k = (int) (percent * perPercent);
        return k < 0 ? 0 : k > last ? last : k;
    }

    /**
     * Records that values were counted into a day's row ({@link #row}).
     *
     * @param day the day
     * @param count the number of values
     * @param lo the smallest of them
     * @param hi the largest of them
     */
    void counted(int day, int count, float lo, float hi) {
        totals[day] += count;
        min[day] = Math.min(min[day], lo);
        max[day] = Math.max(max[day], hi);
    }

    /**
     * {@return the object to hold while adding to a day of histograms that several threads share}
     *
     * @param day the day
     */
    Object lockOf(int day) {
        return counts[day];
    }

    /** {@return the memory of the histograms (bytes)} */
    long bytes() {
        return (long) counts.length * (4L * bins + 24);
    }

    private int bin(double percent) {
        return binOf((float) percent);
    }

    /**
     * The {@code q}-th percentile of a day, by the R-7 / NumPy "linear" rule on the binned data:
     * the rank {@code h = (n − 1)·q/100} is located in the cumulative counts and interpolated
     * linearly within its bin.
     *
     * @param day the day
     * @param q the percentile, 0 to 100
     * @return the percentile (% of baseline)
     */
    double percentile(int day, double q) {
        long n = totals[day];
        if (n == 0) {
            return Double.NaN;
        }
        if (min[day] == max[day]) {
            return min[day]; // every subject alike (day 0, or no spread): exact
        }
        double h = (n - 1) * q / 100.0;
        long rank = (long) Math.floor(h);
        double below = valueAtRank(day, rank);
        double above = valueAtRank(day, Math.min(n - 1, rank + 1));
        // The extremes are known exactly; binning may not move a percentile past them.
        return Math.max(min[day], Math.min(max[day], below + (h - rank) * (above - below)));
    }

    /** The value of the {@code rank}-th smallest observation (0-based), spread evenly over its bin. */
    private double valueAtRank(int day, long rank) {
        int[] c = counts[day];
        long cumulative = 0;
        double width = MAX_PERCENT / bins;
        // Bins below the day's smallest value are empty: binning keeps the order of values.
        for (int b = bin(min[day]); b < bins; b++) {
            if (cumulative + c[b] > rank) {
                double within = (rank - cumulative + 0.5) / c[b];
                return (b + within) * width;
            }
            cumulative += c[b];
        }
        return MAX_PERCENT;
    }
}
