package org.inertia.sim.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BaselineTest {

    @Test
    void aPercentOfBaselineIsTheBaselineTimesThePercentIssue13() {
        // Hand-computed: 32 kg x 0.931 = 29.792 kg; 180 N·m x 0.812 = 146.16 N·m; 9.1 kg x 0.5 = 4.55 kg.
        assertThat(new Baseline(32, "kg").inUnit(93.1)).isCloseTo(29.792, within(1e-12));
        assertThat(new Baseline(180, "N·m").inUnit(81.2)).isCloseTo(146.16, within(1e-12));
        assertThat(new Baseline(9.1, "kg").inUnit(50)).isCloseTo(4.55, within(1e-12));
        assertThat(new Baseline(32, "kg").inUnit(100)).isEqualTo(32.0);
    }

    @Test
    void onlyAPositiveValueAndAShortPrintableUnitAreABaseline() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Baseline(0, "kg"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Baseline(-32, "kg"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Baseline(Double.NaN, "kg"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Baseline(2e6, "kg"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Baseline(32, ""));
        assertThatIllegalArgumentException().isThrownBy(() -> new Baseline(32, " kg"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Baseline(32, "kilograms-of-force"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Baseline(32, "kg\u0007"));
        assertThat(new Baseline(1_000_000, "N").value()).isEqualTo(1_000_000);
        assertThatIllegalArgumentException().isThrownBy(() -> new Baseline(32, "k\uD800"));
        // A character beyond the BMP is whole text, not half of one: U+1D800 is a pair.
        assertThat(new Baseline(32, "\uD836\uDC00").unit()).hasSize(2);
    }

    @Test
    void onlyMuscleGroupsTakeABaseline() {
        assertThat(Baseline.appliesTo(new Measure(Outcome.STRENGTH, MuscleGroup.HANDGRIP)))
                .isTrue();
        assertThat(Baseline.appliesTo(new Measure(Outcome.MASS, MuscleGroup.KNEE_EXTENSORS)))
                .isTrue();
        assertThat(Baseline.appliesTo(Measure.OVERALL_STRENGTH)).isFalse();
        assertThat(Baseline.appliesTo(new Measure(Outcome.MASS, MuscleGroup.OVERALL)))
                .isFalse();
    }
}
