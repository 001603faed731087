package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inertia.sim.measure.Family;
import org.inertia.sim.parameters.DefaultCalibration;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites the stored calibration after a deliberate change of the model or the evidence:
 *
 * <pre>
 *   mvn -B -o test -pl sim -Dtest=CalibrationUpdate -Dcalibration.update=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * It fits every parameter from the stored values, twice in a row so that the stored values are
 * where a fit lands, writes {@value DefaultCalibration#VALUES}, {@value
 * DefaultCalibration#COVARIANCE} and the whole-body families' covariances, the leave-one-study-out error ({@value StoredHoldOut#RESOURCE}) and the
 * domain the studies cover ({@value Domain#RESOURCE}) under
 * {@code src/main/resources}, and fails on purpose so that an
 * update never passes as a green build. Then rerun the suite: the golden trajectories and the docs
 * will say what changed (docs/testing.md).
 */
class CalibrationUpdate {

    private static final Path RESOURCES = Path.of("src/main/resources/org/inertia/sim/parameters");
    private static final Path EVIDENCE_RESOURCES = Path.of("src/main/resources/org/inertia/sim/evidence");

    @Test
    @EnabledIfSystemProperty(named = "calibration.update", matches = "true")
    void rewriteTheStoredCalibration() throws IOException {
        EvidenceSet evidence = EvidenceSet.builtIn();
        Calibration.Result first = Calibration.fit(evidence, Preset.DEFAULT.parameters());
        Calibration.Result fit = Calibration.fit(evidence, first.parameters());
        // Aerobic capacity and bone, each fitted to its own evidence from the muscle fit's values: their
        // parameters are disjoint from the muscle's, so the muscle fit is the same with or without them.
        Calibration.Result aerobic = Calibration.fit(
                EvidenceSet.builtIn(Family.AEROBIC), fit.parameters(), Calibration.free(Family.AEROBIC));
        Calibration.Result bone =
                Calibration.fit(EvidenceSet.builtIn(Family.BONE), aerobic.parameters(), Calibration.free(Family.BONE));
        Files.createDirectories(RESOURCES);
        String values = Calibration.valuesCsv(List.of(fit, aerobic, bone));
        Files.writeString(RESOURCES.resolve(DefaultCalibration.VALUES), values);
        Files.writeString(RESOURCES.resolve(DefaultCalibration.COVARIANCE), Calibration.covarianceCsv(fit));
        Files.writeString(
                RESOURCES.resolve(DefaultCalibration.covarianceResource(Family.AEROBIC)),
                Calibration.covarianceCsv(aerobic));
        Files.writeString(
                RESOURCES.resolve(DefaultCalibration.covarianceResource(Family.BONE)), Calibration.covarianceCsv(bone));
        // The honest error figure travels with the calibration (reports quote it; CalibrationTest checks it),
        // held out from the values as stored, rounded, which is where CalibrationTest's own hold-out starts.
        Calibration.HoldOut holdOut =
                Calibration.leaveOneStudyOut(evidence, asStored(values, fit.parameters()), Calibration.DEFAULT_FREE);
        Files.writeString(EVIDENCE_RESOURCES.resolve(StoredHoldOut.RESOURCE), StoredHoldOut.csv(holdOut));
        ModelParameters stored = asStored(values, bone.parameters());
        for (Family family : List.of(Family.AEROBIC, Family.BONE)) {
            Calibration.HoldOut h =
                    Calibration.leaveOneStudyOut(EvidenceSet.builtIn(family), stored, Calibration.free(family));
            Files.writeString(EVIDENCE_RESOURCES.resolve(StoredHoldOut.resource(family)), StoredHoldOut.csv(h));
        }
        // What the studies cover, so that a command checks a scenario without parsing the evidence set.
        Files.writeString(
                EVIDENCE_RESOURCES.resolve(Domain.RESOURCE), Domain.of(evidence).csv());
        fail("wrote the calibration (" + fit.iterations() + " iterations, in-sample RMSE "
                + fit.report().overall().rootMeanSquareErrorPp() + " pp) to " + RESOURCES.toAbsolutePath()
                + "; review the diff, regenerate the golden files and rerun the suite");
    }

    /** The parameters as the values file written states them (three significant digits). */
    private static ModelParameters asStored(String values, ModelParameters fitted) {
        ModelParameters stored = fitted;
        for (String line : values.split("\n")) {
            String[] cells = line.split(",");
            if (line.startsWith("#") || cells.length < 2) {
                continue;
            }
            java.util.Optional<Parameter> p = Parameter.fromKey(cells[0]);
            if (p.isPresent()) {
                stored = stored.with(p.get(), Double.parseDouble(cells[1]));
            }
        }
        return stored;
    }
}
