package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.junit.jupiter.api.Test;

/**
 * The default model against the evidence set, and the calibration that produced it. The bounds
 * are the figures reached when the defaults were fitted (docs/model.md, "Calibration"); a change
 * that makes the model miss the published data more fails here.
 */
class CalibrationTest {

    private final EvidenceSet evidence = EvidenceSet.builtIn();

    @Test
    void theDefaultModelStaysWithinTheCalibratedError() {
        EvidenceReport report = EvidenceReport.evaluate(evidence);
        assertThat(report.overall().rootMeanSquareErrorPp()).isLessThanOrEqualTo(2.91);
        assertThat(report.byCategory().get(EvidenceCategory.DISUSE).rootMeanSquareErrorPp())
                .isLessThanOrEqualTo(2.34);
        assertThat(report.overall().insideSpread()).isGreaterThanOrEqualTo(23);
    }

    @Test
    void theDefaultsAreWhereTheFitLands() {
        Calibration.Result fit = Calibration.fit(evidence, Preset.DEFAULT.parameters(), Calibration.DEFAULT_FREE);
        for (Parameter p : Calibration.DEFAULT_FREE) {
            double moved = Math.abs(
                    fit.parameters().get(p) - Preset.DEFAULT.parameters().get(p));
            // Rounding to three significant digits is all that separates them.
            assertThat(moved)
                    .as(p.key())
                    .isLessThanOrEqualTo(
                            0.01 * Math.abs(Preset.DEFAULT.parameters().get(p)) + 1e-3);
            assertThat(fit.standardErrors().get(p)).as(p.key()).isPositive();
        }
    }

    @Test
    void heldOutStudiesArePredictedAlmostAsWellAsFittedOnes() {
        Calibration.HoldOut loso =
                Calibration.leaveOneStudyOut(evidence, Preset.DEFAULT.parameters(), Calibration.DEFAULT_FREE);
        assertThat(loso.heldOut()).hasSameSizeAs(evidence.rows());
        assertThat(loso.rootMeanSquareErrorPp()).isLessThanOrEqualTo(3.6);
        assertThat(loso.byCategory().get(EvidenceCategory.DISUSE).rootMeanSquareErrorPp())
                .isLessThanOrEqualTo(3.3);
        assertThat(loso.rootMeanSquareErrorPp())
                .isGreaterThanOrEqualTo(
                        EvidenceReport.evaluate(evidence).overall().rootMeanSquareErrorPp());
    }
}
