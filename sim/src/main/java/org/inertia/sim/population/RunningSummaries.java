package org.inertia.sim.population;

import java.util.Arrays;
import org.inertia.sim.trajectory.CohortSink;
import org.inertia.sim.trajectory.MeasureSummary;

/**
 * One worker's view of a block of subjects as their days arrive: each day's values go into the
 * day's histogram (binned by {@link DailyPercentiles}' rule), and each subject's lowest value and return to the recovery threshold are
 * followed as the days pass, by the rule of {@link MeasureSummary.Scan} (the first day of the
 * lowest value; the first day after it at or above the threshold), without keeping the series.
 */
final class RunningSummaries implements CohortSink {

    private final DailyPercentiles[] histograms;
    private final boolean shared;
    private final double threshold;
    private final float[][] lowest;
    private final int[][] lowestDay;
    private final int[][] backDay;
    private int count;

    /**
     * Summaries for one worker.
     *
     * @param histograms the histograms to add to, one per measure
     * @param shared whether other workers add to the same histograms at the same time
     * @param thresholdPercent the recovery threshold (% of baseline)
     */
    RunningSummaries(DailyPercentiles[] histograms, boolean shared, double thresholdPercent) {
        this.histograms = histograms;
        this.shared = shared;
        this.threshold = thresholdPercent;
        int m = histograms.length;
        lowest = new float[m][PopulationSimulator.BLOCK];
        lowestDay = new int[m][PopulationSimulator.BLOCK];
        backDay = new int[m][PopulationSimulator.BLOCK];
    }

    /**
     * Starts a block.
     *
     * @param subjects the number of subjects in it, at most {@link PopulationSimulator#BLOCK}
     */
    void start(int subjects) {
        count = subjects;
        for (int k = 0; k < lowest.length; k++) {
            Arrays.fill(lowest[k], 0, subjects, Float.POSITIVE_INFINITY);
        }
    }

    @Override
    public void accept(int measure, int day, float[] values, int n) {
        DailyPercentiles h = histograms[measure];
        if (shared) {
            synchronized (h.lockOf(day)) {
                add(h, measure, day, values, n);
            }
        } else {
            add(h, measure, day, values, n);
        }
    }

    /**
     * Counts a day's values into the day's histogram and follows each subject's lowest value and
     * return, in one pass over the values (one loop costs less than two on these few-nanosecond
     * steps).
     */
    private void add(DailyPercentiles h, int measure, int day, float[] values, int n) {
        int[] row = h.row(day);
        float perPercent = h.binsPerPercent();
        int last = row.length - 1;
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        float[] low = lowest[measure];
        int[] lowDay = lowestDay[measure];
        int[] back = backDay[measure];
        for (int i = 0; i < n; i++) {
            float v = values[i];
            int k = (int) (v * perPercent);
            row[k < 0 ? 0 : k > last ? last : k]++;
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
            if (v < low[i]) {
                low[i] = v;
                lowDay[i] = day;
                back[i] = -1;
            } else if (v >= threshold && back[i] < 0) {
                back[i] = day;
            }
        }
        h.counted(day, n, lo, hi);
    }

    /**
     * Stores each subject's lowest value and the days from it back to the threshold (0: never
     * below; NaN: not back).
     *
     * @param first the index of the block's first subject in the run
     * @param lowestOut the run's lowest values, by measure and subject
     * @param recoverOut the run's days to recover, by measure and subject
     */
    void finish(int first, float[][] lowestOut, float[][] recoverOut) {
        for (int k = 0; k < lowest.length; k++) {
            System.arraycopy(lowest[k], 0, lowestOut[k], first, count);
            float[] recover = recoverOut[k];
            for (int i = 0; i < count; i++) {
                recover[first + i] =
                        // Ever below the threshold exactly when the lowest value is.
                        !(lowest[k][i] < threshold)
                                ? 0f
                                : backDay[k][i] < 0 ? Float.NaN : backDay[k][i] - lowestDay[k][i];
            }
        }
    }
}
