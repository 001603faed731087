package org.inertia.sim.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.inertia.sim.measure.Measure;
import org.junit.jupiter.api.Test;

class MeasureSummaryTest {

    @Test
    void findsTheLowestPointAndTheFirstDayBackAtTheThreshold() {
        double[] v = {100, 96, 93, 90, 91, 94, 95, 97, 99};
        MeasureSummary s = MeasureSummary.of(Measure.OVERALL_STRENGTH, v, 95);
        assertThat(s.lowestPercent()).isEqualTo(90);
        assertThat(s.lowestDay()).isEqualTo(3);
        assertThat(s.endPercent()).isEqualTo(99);
        assertThat(s.fellBelowThreshold()).isTrue();
        assertThat(s.recoveryDay()).hasValue(6);
        assertThat(s.daysToRecover()).hasValue(3);
    }

    @Test
    void reportsNoRecoveryWhenItNeverFellBelowOrNeverCameBack() {
        MeasureSummary never = MeasureSummary.of(Measure.OVERALL_STRENGTH, new double[] {100, 98, 97}, 95);
        assertThat(never.fellBelowThreshold()).isFalse();
        assertThat(never.recoveryDay()).isEmpty();
        MeasureSummary notBack = MeasureSummary.of(Measure.OVERALL_STRENGTH, new double[] {100, 90, 92, 94}, 95);
        assertThat(notBack.fellBelowThreshold()).isTrue();
        assertThat(notBack.recoveryDay()).isEmpty();
        assertThat(notBack.daysToRecover()).isEmpty();
    }

    @Test
    void aScanOfSinglePrecisionValuesFollowsTheSameRuleAsTheSummary() {
        // A population's series are floats: the scan widens them exactly, so it finds what the
        // summary of the same values as doubles finds.
        float[] f = {100f, 96.5f, 93.25f, 90f, 90f, 94.9f, 95f, 97f};
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        MeasureSummary s = MeasureSummary.of(Measure.OVERALL_STRENGTH, d, 95);
        MeasureSummary.Scan scan = new MeasureSummary.Scan(95).read(f);

        assertThat(scan.lowestDay()).isEqualTo(s.lowestDay()).isEqualTo(3);
        assertThat(scan.fellBelowThreshold()).isTrue();
        assertThat(scan.recovered()).isTrue();
        assertThat(scan.recoveryDay()).isEqualTo(s.recoveryDay().getAsInt()).isEqualTo(6);
    }

    @Test
    void oneScanIsReusedForSeriesOfAnyLength() {
        MeasureSummary.Scan scan = new MeasureSummary.Scan(95);

        scan.read(new float[] {100, 90, 92, 94, 93, 92, 91, 90.5f});
        assertThat(scan.lowestDay()).isEqualTo(1);
        assertThat(scan.recovered()).isFalse();
        assertThatThrownBy(scan::recoveryDay).isInstanceOf(IllegalStateException.class);

        scan.read(new float[] {100, 98});
        assertThat(scan.lowestDay()).isEqualTo(1);
        assertThat(scan.fellBelowThreshold()).isFalse();
        assertThat(scan.recovered()).isFalse();

        scan.read(new double[] {100, 80, 96});
        assertThat(scan.recoveryDay()).isEqualTo(2);

        assertThatThrownBy(() -> scan.read(new float[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backToAThresholdIsWhatPrintsAsItAndMustLastToTheEnd() {
        // 99.96 prints as 100.0: an exponential return reaches baseline only in the limit, and
        // "not back to 100 % (at 100.0 %)" would contradict itself.
        MeasureSummary asymptote =
                MeasureSummary.of(Measure.OVERALL_STRENGTH, new double[] {100, 90, 99, 99.9, 99.96}, 100);
        assertThat(asymptote.recoveryDay()).hasValue(4);
        assertThat(MeasureSummary.of(Measure.OVERALL_STRENGTH, new double[] {100, 90, 99.94}, 100)
                        .recoveryDay())
                .isEmpty();
        // A second stay in bed: back on day 3, below again on day 5, back for good on day 7.
        double[] twice = {100, 85, 93, 96, 97, 92, 91, 95.5, 96};
        assertThat(MeasureSummary.of(Measure.OVERALL_STRENGTH, twice, 95).recoveryDay())
                .hasValue(7);
        assertThat(new MeasureSummary.Scan(95).read(toFloats(twice)).recoveryDay())
                .isEqualTo(7);
        double[] notAgain = {100, 85, 93, 96, 97, 92, 91};
        assertThat(MeasureSummary.of(Measure.OVERALL_STRENGTH, notAgain, 95).recoveryDay())
                .isEmpty();
    }

    private static float[] toFloats(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }
}
