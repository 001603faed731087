package org.inertia.sim.population;

import java.util.Arrays;
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
        return exactPercentile(lowest[indexOf(measure)], q);
    }

    /**
     * {@return a percentile of the subjects' days to recover to 95 %; NaN when more than that
     * share of subjects is not back within the scenario}
     *
     * @param measure the measure
     * @param q the percentile, 0 to 100
     */
    public double daysToRecoverPercentile(Measure measure, double q) {
        return exactPercentile(daysToRecover[indexOf(measure)], q);
    }

    /** R-7 (NumPy "linear") percentile; NaN sorts last, so it only shows where it is reached. */
    static double exactPercentile(float[] values, double q) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * q / 100.0;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
