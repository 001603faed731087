package org.inertia.sim.population;

import java.util.Arrays;
import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.scenario.Scenario;

/**
 * A population run, summarised: for each measure and day the median and a percentile band, and
 * for each measure the spread across subjects of the lowest value and of the days to recover.
 * Immutable: the arrays are copied in, and their accessors return copies; read single values with
 * {@link #median(int, int)}, {@link #lower(int, int)}, {@link #upper(int, int)}, {@link
 * #lowest(int, int)} and {@link #daysToRecover(int, int)}, which copy nothing.
 *
 * @param scenario the scenario
 * @param subjects number of virtual subjects
 * @param seed the seed that reproduces the run
 * @param lowerPercentile the lower edge of the band (percentile, such as 5)
 * @param upperPercentile the upper edge of the band (such as 95)
 * @param measures the measures summarised
 * @param median median value per measure and day (% of baseline), indexed [measure][day]
 * @param lower lower band edge per measure and day
 * @param upper upper band edge per measure and day
 * @param lowest each subject's lowest value per measure, indexed [measure][subject]
 * @param daysToRecover each subject's days from the lowest point back to 95 %, per measure;
 *     0 for subjects who never fell below, NaN for subjects not back within the scenario
 * @param resolutionPp the largest binning error of the band and median (percentage points)
 */
public record PopulationResult(
        Scenario scenario,
        int subjects,
        long seed,
        double lowerPercentile,
        double upperPercentile,
        List<Measure> measures,
        double[][] median,
        double[][] lower,
        double[][] upper,
        float[][] lowest,
        float[][] daysToRecover,
        double resolutionPp) {

    /**
     * Copies the arrays, so that the caller's later changes do not reach the result.
     *
     * @param scenario the scenario
     * @param subjects number of virtual subjects
     * @param seed the seed that reproduces the run
     * @param lowerPercentile the lower edge of the band
     * @param upperPercentile the upper edge of the band
     * @param measures the measures summarised
     * @param median median value per measure and day
     * @param lower lower band edge per measure and day
     * @param upper upper band edge per measure and day
     * @param lowest each subject's lowest value per measure
     * @param daysToRecover each subject's days to recover per measure
     * @param resolutionPp the largest binning error of the band and median
     */
    public PopulationResult {
        measures = List.copyOf(measures);
        median = copy(median);
        lower = copy(lower);
        upper = copy(upper);
        lowest = copy(lowest);
        daysToRecover = copy(daysToRecover);
    }

    /** {@return a copy of the median per measure and day, indexed [measure][day]} */
    @Override
    public double[][] median() {
        return copy(median);
    }

    /** {@return a copy of the lower band edge per measure and day} */
    @Override
    public double[][] lower() {
        return copy(lower);
    }

    /** {@return a copy of the upper band edge per measure and day} */
    @Override
    public double[][] upper() {
        return copy(upper);
    }

    /** {@return a copy of each subject's lowest value per measure, indexed [measure][subject]} */
    @Override
    public float[][] lowest() {
        return copy(lowest);
    }

    /** {@return a copy of each subject's days to recover per measure, indexed [measure][subject]} */
    @Override
    public float[][] daysToRecover() {
        return copy(daysToRecover);
    }

    /** {@return the number of days summarised, day 0 included} */
    public int days() {
        return median.length == 0 ? 0 : median[0].length;
    }

    /**
     * {@return the median of a measure on a day (% of baseline)}
     *
     * @param measure the index of the measure ({@link #indexOf})
     * @param day the day, 0 to {@link #days()} − 1
     */
    public double median(int measure, int day) {
        return median[measure][day];
    }

    /**
     * {@return the lower band edge of a measure on a day (% of baseline)}
     *
     * @param measure the index of the measure ({@link #indexOf})
     * @param day the day, 0 to {@link #days()} − 1
     */
    public double lower(int measure, int day) {
        return lower[measure][day];
    }

    /**
     * {@return the upper band edge of a measure on a day (% of baseline)}
     *
     * @param measure the index of the measure ({@link #indexOf})
     * @param day the day, 0 to {@link #days()} − 1
     */
    public double upper(int measure, int day) {
        return upper[measure][day];
    }

    /**
     * {@return a subject's lowest value of a measure (% of baseline)}
     *
     * @param measure the index of the measure ({@link #indexOf})
     * @param subject the subject, 0 to {@link #subjects()} − 1
     */
    public float lowest(int measure, int subject) {
        return lowest[measure][subject];
    }

    /**
     * {@return a subject's days from the lowest point back to 95 % (0: never below; NaN: not back)}
     *
     * @param measure the index of the measure ({@link #indexOf})
     * @param subject the subject, 0 to {@link #subjects()} − 1
     */
    public float daysToRecover(int measure, int subject) {
        return daysToRecover[measure][subject];
    }

    private static double[][] copy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }

    private static float[][] copy(float[][] a) {
        return Arrays.stream(a).map(float[]::clone).toArray(float[][]::new);
    }

    /**
     * {@return the index of a measure in this result}
     *
     * @param measure one of {@link #measures()}
     */
    public int indexOf(Measure measure) {
        int i = measures.indexOf(measure);
        if (i < 0) {
            throw new IllegalArgumentException(measure + " was not summarised in this run");
        }
        return i;
    }

    /**
     * {@return a percentile of the subjects' lowest values of a measure (exact, R-7 rule)}
     *
     * @param measure the measure
     * @param q the percentile, 0 to 100
     */
    public double lowestPercentile(Measure measure, double q) {
        return exactPercentile(lowest[indexOf(measure)], checked(q));
    }

    private static double checked(double q) {
        if (!(q >= 0 && q <= 100)) {
            throw new IllegalArgumentException("a percentile is 0 to 100, was " + q);
        }
        return q;
    }

    /**
     * {@return a percentile of the subjects' days to recover to 95 %; NaN when more than that
     * share of subjects is not back within the scenario}
     *
     * @param measure the measure
     * @param q the percentile, 0 to 100
     */
    public double daysToRecoverPercentile(Measure measure, double q) {
        return exactPercentile(daysToRecover[indexOf(measure)], checked(q));
    }

    /**
     * R-7 (NumPy "linear") percentile; NaN counts as larger than every number, so it only shows
     * where that share is reached. The two order statistics are found by selection (Hoare's
     * quickselect, median-of-three pivots), linear in the number of subjects, on a copy.
     */
    static double exactPercentile(float[] values, double q) {
        int n = values.length;
        float[] a = new float[n];
        int numbers = 0;
        for (float v : values) {
            if (!Float.isNaN(v)) {
                a[numbers++] = v;
            }
        }
        double h = (n - 1) * q / 100.0;
        int lo = (int) Math.floor(h);
        int hi = Math.min(n - 1, lo + 1);
        if (lo >= numbers) {
            return Double.NaN;
        }
        float below = select(a, numbers, lo);
        float above;
        if (hi >= numbers) {
            above = Float.NaN;
        } else if (hi == lo) {
            above = below;
        } else {
            // After selecting rank lo, every value right of it is at least as large: the next
            // order statistic is their smallest.
            above = Float.POSITIVE_INFINITY;
            for (int i = lo + 1; i < numbers; i++) {
                above = Math.min(above, a[i]);
            }
        }
        return below + (h - lo) * (above - below);
    }

    /** Rearranges {@code a[0..n)} so that {@code a[k]} is its k-th smallest value, and returns it. */
    private static float select(float[] a, int n, int k) {
        int left = 0;
        int right = n - 1;
        while (right > left) {
            int mid = (left + right) >>> 1;
            // Median of three as the pivot, so sorted and constant inputs stay linear.
            if (a[mid] < a[left]) {
                swap(a, mid, left);
            }
            if (a[right] < a[left]) {
                swap(a, right, left);
            }
            if (a[right] < a[mid]) {
                swap(a, right, mid);
            }
            float pivot = a[mid];
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static void swap(float[] a, int i, int j) {
        float t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
