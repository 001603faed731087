package org.inertia.sim.population;

import java.util.Arrays;
import org.inertia.sim.trajectory.CohortSink;
import org.inertia.sim.trajectory.MeasureSummary;

/**
 * One worker's view of a block of subjects as their days arrive: each day's values go into the
 * day's histogram, if there are histograms; each subject's lowest value and return to the
 * recovery threshold are followed as the days pass, by the rule of {@link MeasureSummary.Scan}
 * (the first day of the lowest value; the first day after it at or above the threshold), without
 * keeping the series; and each subject's value on a day to keep is kept.
 */
final class RunningSummaries implements CohortSink {

    private final DailyPercentiles[] histograms;
    private final boolean shared;
    private final double threshold;
    private final float[][] lowest;
    private final int[][] lowestDay;
    private final int[][] lastBelow;
    /** The highest of a measure's lowest values in the block, or NaN when it must be found again. */
    private final float[] highestLowest;

    private int lastDay;
    private final int[] keptDays;
    private final float[][][] kept;
    private int count;

    /**
     * Summaries for one worker.
     *
     * @param measures the number of measures
     * @param histograms the histograms to add to, one per measure; {@code null} for none
     * @param shared whether other workers add to the same histograms at the same time
     * @param thresholdPercent the recovery threshold (% of baseline)
     * @param keptDays days whose values are kept for each subject, in {@link #kept}
     */
    RunningSummaries(
            int measures, DailyPercentiles[] histograms, boolean shared, double thresholdPercent, int... keptDays) {
        this.histograms = histograms;
        this.shared = shared;
        // Compared in single precision, as the values are; the rule is MeasureSummary's.
        this.threshold = MeasureSummary.reachedFrom(thresholdPercent);
        this.keptDays = keptDays.clone();
        lowest = new float[measures][PopulationSimulator.BLOCK];
        lowestDay = new int[measures][PopulationSimulator.BLOCK];
        lastBelow = new int[measures][PopulationSimulator.BLOCK];
        highestLowest = new float[measures];
        kept = new float[keptDays.length][measures][PopulationSimulator.BLOCK];
    }

    /**
     * Starts a block.
     *
     * @param subjects the number of subjects in it, at most {@link PopulationSimulator#BLOCK}
     */
    void start(int subjects) {
        count = subjects;
        for (float[] low : lowest) {
            Arrays.fill(low, 0, subjects, Float.POSITIVE_INFINITY);
        }
        Arrays.fill(highestLowest, Float.NaN);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Each value is counted into the day's histogram, then each subject's summary is followed:
     * besides the lowest value and its first day, the last day that was not "back" (a new lowest
     * value or one below the threshold). Back for good is the day after it, if there is one
     * ({@link MeasureSummary.Scan}'s rule). A day on which every subject is at or above the
     * threshold and at or above the highest of their lowest values changes no summary, so its
     * second pass is left out: once a block has recovered, most days are such days.
     */
    @Override
    public void accept(int measure, int day, float[] values, int n) {
        float lo;
        if (histograms == null) {
            lo = Float.NEGATIVE_INFINITY; // not known: every day is followed
        } else if (shared) {
            DailyPercentiles h = histograms[measure];
            synchronized (h.lockOf(day)) {
                lo = count(h, day, values, n);
            }
        } else {
            lo = count(histograms[measure], day, values, n);
        }
        if (!(lo >= threshold && lo >= highestLowest(measure, n))) {
            follow(measure, day, values, n);
        }
        lastDay = day;
        for (int c = 0; c < keptDays.length; c++) {
            if (keptDays[c] == day) {
                System.arraycopy(values, 0, kept[c][measure], 0, n);
            }
        }
    }

    /** Counts a day's values into its histogram; {@return the smallest of them} */
    private static float count(DailyPercentiles h, int day, float[] values, int n) {
        int[] row = h.row(day);
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            float v = values[i];
            row[h.binOf(v)]++;
            lo = v < lo ? v : lo;
            hi = v > hi ? v : hi;
        }
        h.counted(day, n, lo, hi);
        return lo;
    }

    /** The highest of a measure's lowest values in the block, found again after they changed. */
    private float highestLowest(int measure, int n) {
        float highest = highestLowest[measure];
        if (Float.isNaN(highest)) {
            highest = Float.NEGATIVE_INFINITY;
            float[] low = lowest[measure];
            for (int i = 0; i < n; i++) {
                highest = Math.max(highest, low[i]);
            }
            highestLowest[measure] = highest;
        }
        return highest;
    }

    /** Follows each subject's summary through a day. */
    private void follow(int measure, int day, float[] values, int n) {
        float[] low = lowest[measure];
        int[] lowDay = lowestDay[measure];
        int[] below = lastBelow[measure];
        double limit = threshold;
        for (int i = 0; i < n; i++) {
            float v = values[i];
            if (v < low[i]) {
                low[i] = v;
                lowDay[i] = day;
                below[i] = day;
            } else if (v < limit) {
                below[i] = day;
            }
        }
        highestLowest[measure] = Float.NaN;
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
                // Ever below the threshold exactly when the lowest value is.
                recover[first + i] = !(lowest[k][i] < threshold)
                        ? 0f
                        : lastBelow[k][i] == lastDay ? Float.NaN : lastBelow[k][i] + 1 - lowestDay[k][i];
            }
        }
    }

    /**
     * Stores each subject's value on the {@code c}-th day to keep.
     *
     * @param c the index of the day in the days to keep
     * @param first the index of the block's first subject in the run
     * @param out the run's values, by measure and subject
     */
    void finishKept(int c, int first, float[][] out) {
        for (int k = 0; k < out.length; k++) {
            System.arraycopy(kept[c][k], 0, out[k], first, count);
        }
    }
}
