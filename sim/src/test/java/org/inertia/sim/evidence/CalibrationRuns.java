package org.inertia.sim.evidence;

import org.inertia.sim.parameters.Preset;

/**
 * The calibration and its leave-one-study-out error, computed once per test run and shared by the
 * tests that check them (the fit takes seconds, the hold-out a minute).
 */
final class CalibrationRuns {

    static final EvidenceSet EVIDENCE = EvidenceSet.builtIn();

    private static Calibration.Result fit;
    private static Calibration.HoldOut holdOut;

    private CalibrationRuns() {}

    /** {@return the joint fit, started from the stored defaults} */
    static synchronized Calibration.Result fit() {
        if (fit == null) {
            fit = Calibration.fit(EVIDENCE, Preset.DEFAULT.parameters());
        }
        return fit;
    }

    /** {@return the leave-one-study-out predictions, each fit started from the stored defaults} */
    static synchronized Calibration.HoldOut holdOut() {
        if (holdOut == null) {
            holdOut = Calibration.leaveOneStudyOut(EVIDENCE, Preset.DEFAULT.parameters(), Calibration.DEFAULT_FREE);
        }
        return holdOut;
    }
}
