package org.inertia.sim.model;

import org.inertia.sim.trajectory.DailyState;

/**
 * What one phase does to each model state: the level it relaxes towards and its time constants.
 * States are ordered as in {@link DailyState}: state {@code 2g} is the mass and {@code 2g+1} the
 * neural factor of group {@code g}.
 *
 * <p>Within a phase every state moves monotonically towards its target and never crosses it. It
 * falls with the loss time constant; it rises with the recovery time constant while below its
 * baseline (1) and with the slower gain time constant above it, so that regaining lost muscle is
 * faster than building new muscle. The exact solution is {@code x(t) = T + (x0 − T)·exp(−t/τ)} in
 * each regime, joined where a rising state crosses 1.
 */
final class PhaseDrive {

    /** Number of model states: mass and neural factor of each simulated group. */
    static final int STATES = DailyState.STATES;

    private final double[] target;
    private final double[] lossTauDays;
    private final double[] recoveryTauDays;
    private final double[] gainTauDays;

    PhaseDrive(double[] target, double[] lossTauDays, double[] recoveryTauDays, double[] gainTauDays) {
        this.target = target.clone();
        this.lossTauDays = lossTauDays.clone();
        this.recoveryTauDays = recoveryTauDays.clone();
        this.gainTauDays = gainTauDays.clone();
    }

    /** {@return the level state {@code i} relaxes towards (fraction of baseline)} */
    double target(int i) {
        return target[i];
    }

    /** {@return the loss time constant of state {@code i} (d)} */
    double lossTauDays(int i) {
        return lossTauDays[i];
    }

    /** {@return the recovery time constant of state {@code i}, below baseline (d)} */
    double recoveryTauDays(int i) {
        return recoveryTauDays[i];
    }

    /** {@return the gain time constant of state {@code i}, above baseline (d)} */
    double gainTauDays(int i) {
        return gainTauDays[i];
    }

    /** {@return the time constant of state {@code i} at value {@code x} (d)} */
    double tauDays(int i, double x) {
        if (x > target[i]) {
            return lossTauDays[i];
        }
        return x < 1 ? recoveryTauDays[i] : gainTauDays[i];
    }

    /** {@return the rate of change of state {@code i} at value {@code x} (1/d)} */
    double rate(int i, double x) {
        return (target[i] - x) / tauDays(i, x);
    }

    /**
     * {@return the exact value of state {@code i} after {@code days}, from {@code x0}}
     *
     * @param i a state index
     * @param x0 the value at the start
     * @param days time elapsed (d), at least 0
     */
    double evolve(int i, double x0, double days) {
        double t = target[i];
        if (x0 >= t) {
            return t + (x0 - t) * Math.exp(-days / lossTauDays[i]);
        }
        if (x0 >= 1 || t <= 1) {
            return t + (x0 - t) * Math.exp(-days / (x0 >= 1 ? gainTauDays[i] : recoveryTauDays[i]));
        }
        // Below baseline and rising past it: recovery until 1, then gain.
        double toBaseline = recoveryTauDays[i] * Math.log((t - x0) / (t - 1));
        if (days <= toBaseline) {
            return t + (x0 - t) * Math.exp(-days / recoveryTauDays[i]);
        }
        return t + (1 - t) * Math.exp(-(days - toBaseline) / gainTauDays[i]);
    }
}
