package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.inertia.sim.parameters.DefaultCalibration;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.junit.jupiter.api.Test;

/**
 * The default model against the evidence set, and the calibration that produced it (issue 11).
 * The bounds are the figures reached when the defaults were fitted (docs/model.md, "Calibration"),
 * a hair above them: a change that makes the model miss the published data more, in sample or out
 * of it, fails here. Regenerate the defaults with {@link CalibrationUpdate} after a deliberate
 * change, then move these bounds only if the new figures are better or the change says why.
 */
class CalibrationTest {

    private static final double MARGIN = 0.05;

    @Test
    void theDefaultModelStaysWithinTheCalibratedErrorInEveryCategory() {
        EvidenceReport report = EvidenceReport.evaluate(CalibrationRuns.EVIDENCE);
        assertThat(report.overall().rootMeanSquareErrorPp()).isLessThanOrEqualTo(4.17 + MARGIN);
        Map<EvidenceCategory, EvidenceReport.Statistics> c = report.byCategory();
        assertThat(c.get(EvidenceCategory.DISUSE).rootMeanSquareErrorPp()).isLessThanOrEqualTo(3.79 + MARGIN);
        assertThat(c.get(EvidenceCategory.RECOVERY).rootMeanSquareErrorPp()).isLessThanOrEqualTo(3.32 + MARGIN);
        assertThat(c.get(EvidenceCategory.EXERCISE).rootMeanSquareErrorPp()).isLessThanOrEqualTo(5.21 + MARGIN);
        assertThat(c.get(EvidenceCategory.TRAINING).rootMeanSquareErrorPp()).isLessThanOrEqualTo(4.48 + MARGIN);
        // No category leans to one side by more than 2 pp in sample.
        for (EvidenceCategory category : EvidenceCategory.values()) {
            assertThat(Math.abs(c.get(category).meanSignedErrorPp()))
                    .as(category.keyword())
                    .isLessThanOrEqualTo(2.0);
        }
    }

    @Test
    void theStoredDefaultsAreWhereTheFitLands() {
        Calibration.Result fit = CalibrationRuns.fit();
        for (Parameter p : fit.free()) {
            double stored = Preset.DEFAULT.parameters().get(p);
            double se = fit.standardErrors().get(p);
            // Rounding to three significant digits, and a tenth of a standard error, is all that
            // separates them.
            assertThat(Math.abs(fit.parameters().get(p) - stored))
                    .as(p.key())
                    .isLessThanOrEqualTo(0.01 * Math.abs(stored) + 0.1 * se + 1e-3);
            assertThat(se).as(p.key()).isPositive().isFinite();
            assertThat(DefaultCalibration.stored().standardError(p)).as(p.key()).isPresent();
        }
        assertThat(fit.free())
                .containsExactlyElementsOf(DefaultCalibration.stored().fitted());
    }

    @Test
    void theDataIdentifyTheDisuseCoreAndSayWhichParametersRestOnTheirPrior() {
        Map<Parameter, Calibration.Identification> id = CalibrationRuns.fit().identification();
        assertThat(id.get(Parameter.MASS_LOSS_DEPTH)).isEqualTo(Calibration.Identification.WELL);
        assertThat(id.get(Parameter.NEURAL_LOSS_DEPTH)).isEqualTo(Calibration.Identification.WELL);
        assertThat(id.get(Parameter.SUSCEPTIBILITY_PLANTAR_FLEXORS)).isEqualTo(Calibration.Identification.WELL);
        // The retraining studies say that lost muscle is regained before new is built.
        assertThat(id.get(Parameter.RETRAINING_GAIN_SHARE)).isEqualTo(Calibration.Identification.WELL);
        // No study contrasts training status: those headrooms are the prior's.
        assertThat(id.get(Parameter.ACTIVE_HEADROOM_RATIO)).isEqualTo(Calibration.Identification.NOT);
        assertThat(id.get(Parameter.TRAINED_HEADROOM_RATIO)).isEqualTo(Calibration.Identification.NOT);
    }

    @Test
    void heldOutStudiesArePredictedWithinTheRecordedErrorInEveryCategory() {
        Calibration.HoldOut loso = CalibrationRuns.holdOut();
        assertThat(loso.heldOut()).hasSameSizeAs(CalibrationRuns.EVIDENCE.rows());
        assertThat(loso.rootMeanSquareErrorPp()).isLessThanOrEqualTo(5.04 + MARGIN);
        Map<EvidenceCategory, EvidenceReport.Statistics> c = loso.byCategory();
        assertThat(c.get(EvidenceCategory.DISUSE).rootMeanSquareErrorPp()).isLessThanOrEqualTo(4.65 + MARGIN);
        assertThat(c.get(EvidenceCategory.RECOVERY).rootMeanSquareErrorPp()).isLessThanOrEqualTo(4.28 + MARGIN);
        assertThat(c.get(EvidenceCategory.EXERCISE).rootMeanSquareErrorPp()).isLessThanOrEqualTo(5.99 + MARGIN);
        assertThat(c.get(EvidenceCategory.TRAINING).rootMeanSquareErrorPp()).isLessThanOrEqualTo(5.43 + MARGIN);
        // Out of sample, too, no category leans to one side by more than 2 pp.
        for (EvidenceCategory category : EvidenceCategory.values()) {
            assertThat(Math.abs(c.get(category).meanSignedErrorPp()))
                    .as(category.keyword())
                    .isLessThanOrEqualTo(2.0);
        }
        // The stored figures that reports quote are this hold-out's.
        StoredHoldOut stored = StoredHoldOut.shipped();
        assertThat(stored.overall().figures()).isEqualTo(loso.overall().count());
        assertThat(stored.overall().rootMeanSquareErrorPp())
                .isCloseTo(loso.rootMeanSquareErrorPp(), org.assertj.core.data.Offset.offset(0.006));
        for (EvidenceCategory category : EvidenceCategory.values()) {
            StoredHoldOut.Error e = stored.byCategory().get(category);
            assertThat(e.figures())
                    .as(category.keyword())
                    .isEqualTo(c.get(category).count());
            assertThat(e.rootMeanSquareErrorPp())
                    .as(category.keyword())
                    .isCloseTo(c.get(category).rootMeanSquareErrorPp(), org.assertj.core.data.Offset.offset(0.006));
            assertThat(e.meanSignedErrorPp())
                    .as(category.keyword())
                    .isCloseTo(c.get(category).meanSignedErrorPp(), org.assertj.core.data.Offset.offset(0.006));
        }
        // Out of sample is harder than in sample: the hold-out cannot beat the fit.
        assertThat(loso.rootMeanSquareErrorPp())
                .isGreaterThanOrEqualTo(EvidenceReport.evaluate(CalibrationRuns.EVIDENCE)
                        .overall()
                        .rootMeanSquareErrorPp());
    }
}
