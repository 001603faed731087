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
final class RunningSummaries implements CohortSink.Unrounded {

    /**
     * Days a measure's values wait for, to be counted into their histograms together: the
     * counts of different days go to different rows, so the increments of one day, which often
     * fall in the same bin as the subject before (everyone near baseline once recovered), wait
     * on each other only within their day, and the processor overlaps the days.
     */
    static final int DAYS_IN_STEP = 4;

    private final DailyPercentiles[] histograms;
    private final boolean shared;
    private final double threshold;
    private final float[][] lowest;
    private final int[][] lowestDay;
    private final int[][] lastBelow;
    /** The highest of a measure's lowest values in the block, or NaN when it must be found again. */
    private final float[] highestLowest;

    /**
     * The days waiting, by measure, slot and subject, in full precision (each is rounded to
     * {@code float} as it is read); the day of each slot; the slots in use. One slot when the
     * days cannot wait: without histograms, or with histograms other workers share a day at a time.
     */
    private final double[][][] pending;

    private final int[][] pendingDay;
    private final int[] pendingCount;
    private final float[] lo = new float[DAYS_IN_STEP];

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
        int slots = histograms == null || shared ? 1 : DAYS_IN_STEP;
        pending = new double[measures][slots][PopulationSimulator.BLOCK];
        pendingDay = new int[measures][slots];
        pendingCount = new int[measures];
    }

    /** {@return the memory of one worker's summaries and waiting days, per measure (bytes)} */
    static long bytesPerMeasure() {
        return (4L + 4 + 4 + 8L * DAYS_IN_STEP) * PopulationSimulator.BLOCK;
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

    /** {@inheritDoc} The values are rounded as they are read. */
    @Override
    public void accept(int measure, int day, float[] values, int n) {
        double[] slot = pending[measure][pendingCount[measure]];
        for (int i = 0; i < n; i++) {
            slot[i] = values[i];
        }
        take(measure, day, n);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Each day's values are counted into the day's histogram, a few days at a time ({@link
     * #DAYS_IN_STEP}); then each subject's summary is followed through those days in order:
     * besides the lowest value and its first day, the last day that was not "back" (a new lowest
     * value or one below the threshold). Back for good is the day after it, if there is one
     * ({@link MeasureSummary.Scan}'s rule). A day on which every subject is at or above the
     * threshold and at or above the highest of their lowest values changes no summary, so its
     * second pass is left out: once a block has recovered, most days are such days.
     */
    @Override
    public void acceptUnrounded(int measure, int day, double[] values, int n) {
        System.arraycopy(values, 0, pending[measure][pendingCount[measure]], 0, n);
        take(measure, day, n);
    }

    /** Takes the day just put in the measure's next slot; counts the waiting days when the slots are full. */
    private void take(int measure, int day, int n) {
        int slot = pendingCount[measure]++;
        pendingDay[measure][slot] = day;
        for (int c = 0; c < keptDays.length; c++) {
            if (keptDays[c] == day) {
                double[] values = pending[measure][slot];
                float[] out = kept[c][measure];
                for (int i = 0; i < n; i++) {
                    out[i] = (float) values[i];
                }
            }
        }
        lastDay = day;
        if (slot + 1 == pending[measure].length) {
            countPending(measure);
        }
    }

    /** Counts a measure's waiting days into their histograms, then follows the summaries through them in order. */
    private void countPending(int measure) {
        int slots = pendingCount[measure];
        double[][] values = pending[measure];
        int[] days = pendingDay[measure];
        int n = count;
        if (histograms == null) {
            Arrays.fill(lo, 0, slots, Float.NEGATIVE_INFINITY); // not known: every day is followed
        } else if (shared) {
            DailyPercentiles h = histograms[measure];
            for (int j = 0; j < slots; j++) {
                synchronized (h.lockOf(days[j])) {
                    count(h, days[j], values[j], n, j);
                }
            }
        } else if (slots == DAYS_IN_STEP) {
            countFour(histograms[measure], days, values, n);
        } else {
            for (int j = 0; j < slots; j++) {
                count(histograms[measure], days[j], values[j], n, j);
            }
        }
        for (int j = 0; j < slots; j++) {
            float low = lo[j];
            if (!(low >= threshold && low >= highestLowest(measure, n))) {
                follow(measure, days[j], values[j], n);
            }
        }
        pendingCount[measure] = 0;
    }

    /** Counts a day's values into its histogram, and puts their smallest in slot {@code j} of {@link #lo}. */
    private void count(DailyPercentiles h, int day, double[] values, int n, int j) {
        int[] row = h.row(day);
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            float v = (float) values[i];
            row[h.binOf(v)]++;
            low = v < low ? v : low;
            high = v > high ? v : high;
        }
        h.counted(day, n, low, high);
        lo[j] = low;
    }

    /** As {@link #count} for four days in one pass: their rows are counted in step. */
    private void countFour(DailyPercentiles h, int[] days, double[][] values, int n) {
        int[] r0 = h.row(days[0]);
        int[] r1 = h.row(days[1]);
        int[] r2 = h.row(days[2]);
        int[] r3 = h.row(days[3]);
        double[] v0 = values[0];
        double[] v1 = values[1];
        double[] v2 = values[2];
        double[] v3 = values[3];
        float lo0 = Float.POSITIVE_INFINITY;
        float lo1 = Float.POSITIVE_INFINITY;
        float lo2 = Float.POSITIVE_INFINITY;
        float lo3 = Float.POSITIVE_INFINITY;
        float hi0 = Float.NEGATIVE_INFINITY;
        float hi1 = Float.NEGATIVE_INFINITY;
        float hi2 = Float.NEGATIVE_INFINITY;
        float hi3 = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            float a = (float) v0[i];
            float b = (float) v1[i];
            float c = (float) v2[i];
            float d = (float) v3[i];
            r0[h.binOf(a)]++;
            r1[h.binOf(b)]++;
            r2[h.binOf(c)]++;
            r3[h.binOf(d)]++;
            lo0 = a < lo0 ? a : lo0;
            hi0 = a > hi0 ? a : hi0;
            lo1 = b < lo1 ? b : lo1;
            hi1 = b > hi1 ? b : hi1;
            lo2 = c < lo2 ? c : lo2;
            hi2 = c > hi2 ? c : hi2;
            lo3 = d < lo3 ? d : lo3;
            hi3 = d > hi3 ? d : hi3;
        }
        h.counted(days[0], n, lo0, hi0);
        h.counted(days[1], n, lo1, hi1);
        h.counted(days[2], n, lo2, hi2);
        h.counted(days[3], n, lo3, hi3);
        lo[0] = lo0;
        lo[1] = lo1;
        lo[2] = lo2;
        lo[3] = lo3;
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
    private void follow(int measure, int day, double[] values, int n) {
        float[] low = lowest[measure];
        int[] lowDay = lowestDay[measure];
        int[] below = lastBelow[measure];
        double limit = threshold;
        for (int i = 0; i < n; i++) {
            float v = (float) values[i];
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
        for (int k = 0; k < pendingCount.length; k++) {
            if (pendingCount[k] > 0) {
                countPending(k);
            }
        }
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
