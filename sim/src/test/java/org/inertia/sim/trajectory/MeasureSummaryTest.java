package org.inertia.sim.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

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
}
