package org.inertia.sim.model;

import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.trajectory.DailyState;

/**
 * What one phase does to each model state: the level it relaxes towards and its time constants.
 * States are ordered group by group ({@link MuscleGroup#SIMULATED} order), mass then neural
 * factor, so state {@code 2g} is the mass and {@code 2g+1} the neural factor of group {@code g}.
 * Within a phase every state moves monotonically towards its target and never crosses it, so the
 * exact solution is {@code x(t) = T + (x0 − T)·exp(−t/τ)} with {@code τ} the loss constant when
 * {@code x0 > T} and the recovery constant otherwise.
 */
final class PhaseDrive {

    /** Number of model states: mass and neural factor of each simulated group. */
    static final int STATES = DailyState.STATES;

    private final double[] target;
    private final double[] lossTauDays;
    private final double[] recoveryTauDays;

    PhaseDrive(double[] target, double[] lossTauDays, double[] recoveryTauDays) {
        this.target = target.clone();
        this.lossTauDays = lossTauDays.clone();
        this.recoveryTauDays = recoveryTauDays.clone();
    }

    /**
     * {@return the level state {@code i} relaxes towards (fraction of baseline)}
     *
     * @param i a state index
     */
    public double target(int i) {
        return target[i];
    }

    /**
     * {@return the time constant of state {@code i} at value {@code x} (d): loss above the target,
     * recovery below it}
     *
     * @param i a state index
     * @param x the state's current value
     */
    public double tauDays(int i, double x) {
        return x > target[i] ? lossTauDays[i] : recoveryTauDays[i];
    }

    /**
     * {@return the rate of change of state {@code i} at value {@code x} (1/d)}
     *
     * @param i a state index
     * @param x the state's current value
     */
    public double rate(int i, double x) {
        return (target[i] - x) / tauDays(i, x);
    }

    /**
     * {@return the exact value of state {@code i} after {@code days}, from {@code x0}}
     *
     * @param i a state index
     * @param x0 the value at the start
     * @param days time elapsed (d), at least 0
     */
    public double evolve(int i, double x0, double days) {
        return target[i] + (x0 - target[i]) * Math.exp(-days / tauDays(i, x0));
    }
}
