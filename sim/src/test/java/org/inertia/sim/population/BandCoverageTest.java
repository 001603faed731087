package org.inertia.sim.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.inertia.sim.evidence.EvidenceSet;
import org.inertia.sim.measure.Family;
import org.inertia.sim.parameters.Preset;
import org.junit.jupiter.api.Test;

/**
 * The band of the average person against the published figures it was fitted to: the band is the
 * parameters' uncertainty only, so it must hold far fewer figures than its nominal 90 % (the studies
 * differ from each other by more), which is what docs/model.md and the commands' help say of it.
 */
class BandCoverageTest {

    private static final EvidenceSet MUSCLE = EvidenceSet.builtIn(Family.MUSCLE);

    private static BandCoverage muscle(ParameterSampler sampler, double lower, double upper) {
        return BandCoverage.of(MUSCLE, Preset.DEFAULT.parameters(), sampler, 200, 1, lower, upper);
    }

    @Test
    void withoutUncertaintyTheBandHasNoWidth() {
        BandCoverage none = muscle(ParameterSampler.NONE, 5, 95);
        assertThat(none.figures()).isEqualTo(MUSCLE.rows().size());
        assertThat(none.meanWidthPp()).isZero();
    }

    @Test
    void aNarrowerBandOfTheSameDrawsHoldsNoMoreFigures() {
        BandCoverage wide = muscle(CalibrationUncertainty.calibrated(), 5, 95);
        BandCoverage narrow = muscle(CalibrationUncertainty.calibrated(), 25, 75);
        assertThat(narrow.inside()).isLessThanOrEqualTo(wide.inside());
        assertThat(narrow.meanWidthPp()).isLessThan(wide.meanWidthPp());
    }

    @Test
    void theBandOfTheAveragePersonHoldsFarFewerPublishedFiguresThanItsNominalShare() {
        BandCoverage band = muscle(CalibrationUncertainty.calibrated(), 5, 95);
        // A 90 % band that held the studies' own results would hold about 90 % of them; this one
        // holds about half, because studies of the same protocol differ by more than the model's
        // parameters are uncertain (held out, 5 pp RMS).
        assertThat(band.share()).isBetween(0.35, 0.70);
        assertThat(band.meanWidthPp()).isBetween(2.0, 10.0);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> muscle(ParameterSampler.NONE, 95, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> BandCoverage.of(MUSCLE, Preset.DEFAULT.parameters(), ParameterSampler.NONE, 1, 1, 5, 95))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BandCoverage(3, 4, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
