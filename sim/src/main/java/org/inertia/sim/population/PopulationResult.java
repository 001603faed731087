package org.inertia.sim.population;

import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.scenario.Scenario;

/**
 * A population run, summarised: for each measure and day the median and a percentile band, and
 * for each measure the spread across subjects of the lowest value and of the days to recover.
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
