package org.inertia.sim.model;

import org.inertia.sim.measure.Outcome;
import org.inertia.sim.trajectory.DailyState;

/**
 * What one phase does to each model state: the level it relaxes towards and its time constants.
 * States are ordered as in {@link DailyState}: state {@code 2g} is the mass and {@code 2g+1} the
 * neural factor of group {@code g}.
 *
 * <p>Within a phase every state moves monotonically towards its target {@code T} and never
 * crosses it. Above the target it falls with the loss time constant: {@code dx/dt = (T − x)/τ_loss}.
 * Below it, two processes add up. Lost muscle is regained towards baseline (1) with the recovery
 * time constant, whatever the exercise; and exercise that sets a target above baseline adds a
 * share {@code φ} ({@code retraining-gain-share}; {@code vo2max-retraining-share} for aerobic capacity) of its training drive {@code g = (T − 1)/τ_gain}:
 *
 * <pre>
 *   x &lt; 1:  dx/dt = (min(T, 1) − x)/τ_recovery + φ · max(0, T − 1)/τ_gain
 *   x ≥ 1:  dx/dt = (T − x)/τ_gain
 * </pre>
 *
 * Each regime has an exact exponential solution, joined where a rising state crosses 1, so exercise
 * does not pull a deconditioned muscle back faster than recovery does, and builds new muscle at the
 * pace of training once the lost muscle is regained. With {@code φ = 0} a recovering state
 * approaches baseline and never crosses it within a phase.
 */
final class PhaseDrive {

    /** Number of model states: mass and neural factor of each simulated group. */
    static final int STATES = DailyState.STATES;

    private final double[] target;
    private final double[] lossTauDays;
    private final double[] recoveryTauDays;
    private final double[] gainTauDays;
    private final double retrainingShare;
    private final double vo2maxRetrainingShare;

    /** The state of aerobic capacity, whose retraining share is its own. */
    private static final int VO2MAX = DailyState.stateOf(Outcome.VO2MAX);

    /**
     * A drive; the arrays, one value per state, are taken over, not copied (the model builds
     * them for this drive alone, once per subject and phase of a population).
     */
    PhaseDrive(
            double[] target,
            double[] lossTauDays,
            double[] recoveryTauDays,
            double[] gainTauDays,
            double retrainingShare,
            double vo2maxRetrainingShare) {
        this.target = target;
        this.lossTauDays = lossTauDays;
        this.recoveryTauDays = recoveryTauDays;
        this.gainTauDays = gainTauDays;
        this.retrainingShare = retrainingShare;
        this.vo2maxRetrainingShare = vo2maxRetrainingShare;
    }

    /** {@return the retraining share {@code φ} of state {@code i}} */
    private double retraining(int i) {
        return i == VO2MAX ? vo2maxRetrainingShare : retrainingShare;
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

    /**
     * {@return the level a state below baseline and driven above it heads for while it recovers:
     * {@code 1 + φ·g·τ_recovery}, with the training drive {@code g = (T − 1)/τ_gain}; above 1
     * exactly when the target is and {@code φ > 0}}
     *
     * @param i a state index
     */
    double recoveryLevel(int i) {
        return 1 + retraining(i) * (target[i] - 1) / gainTauDays[i] * recoveryTauDays[i];
    }

    /** {@return the rate of change of state {@code i} at value {@code x} (1/d)} */
    double rate(int i, double x) {
        double t = target[i];
        if (x > t) {
            return (t - x) / lossTauDays[i];
        }
        if (x >= 1) {
            return (t - x) / gainTauDays[i];
        }
        return (Math.min(t, 1) - x) / recoveryTauDays[i] + retraining(i) * Math.max(0, t - 1) / gainTauDays[i];
    }

    /** {@return whether state {@code i} at {@code x} is below baseline and driven above it} */
    boolean crossesBaseline(int i, double x) {
        return x < 1 && recoveryLevel(i) > 1;
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
        if (x0 >= 1) {
            return t + (x0 - t) * Math.exp(-days / gainTauDays[i]);
        }
        if (t <= 1) {
            return t + (x0 - t) * Math.exp(-days / recoveryTauDays[i]);
        }
        // Below baseline, driven above it: recovery plus the training drive, towards 1 + g·τ_r ...
        double tauR = recoveryTauDays[i];
        double level = recoveryLevel(i);
        double toBaseline = tauR * Math.log((level - x0) / (level - 1));
        if (days <= toBaseline) {
            return level + (x0 - level) * Math.exp(-days / tauR);
        }
        // ... until baseline, then the gain regime.
        return t + (1 - t) * Math.exp(-(days - toBaseline) / gainTauDays[i]);
    }
}
