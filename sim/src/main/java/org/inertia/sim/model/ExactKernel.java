package org.inertia.sim.model;

import java.util.Arrays;
import java.util.List;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;

/**
 * The exact solution, advanced a day at a time for a cohort of subjects in step: the one place
 * the exact engine's arithmetic lives, for one subject ({@code count} 1) and for a population.
 *
 * <p>Within a phase a state stays in the regime it starts the phase in: above its target it
 * falls towards it with the loss time constant; at or above baseline and below the target it
 * rises with the gain time constant; below baseline with a target at or below baseline it
 * recovers with the recovery time constant. So a day is {@code x ← T + (x − T)·a} with the
 * regime's level {@code T} and daily factor {@code a = exp(−1/τ)} fixed for the phase: one
 * multiply-add per subject and state, over arrays laid out state by state (structure of arrays),
 * a loop the JIT vectorises. The one change of regime within a phase is a state below baseline
 * driven above it ({@link PhaseDrive#evolve}): it heads for {@link PhaseDrive#recoveryLevel} until
 * it passes 1, and on that day takes the exact two-regime step from the day before, then rises
 * in the gain regime. Such subjects are kept on a short list per state and checked after each
 * day's loop.
 */
final class ExactKernel {

    /** Told after each day, when the states of that day are in {@link #x}. */
    interface DayHook {
        /**
         * Called for day 0 (baseline) and after each simulated day.
         *
         * @param day the day
         * @param phase the index of the phase the day belongs to (0 for day 0)
         */
        void day(int day, int phase);
    }

    private final int count;
    private final int[] states;

    /** The states, {@code x[state][subject]}; rows of states not simulated are empty. */
    final double[][] x;

    private final double[][] level;
    private final double[][] factor;
    private final PhaseDrive[] drives;
    private final int[][] crossing;
    private final double[][] before;
    private final int[] crossings;
    private final boolean[] simulated;

    /**
     * A kernel for a cohort.
     *
     * @param count the number of subjects, at least 1
     * @param states the states to simulate (indices into the state vector)
     */
    ExactKernel(int count, int[] states) {
        this.count = count;
        this.states = states.clone();
        int n = PhaseDrive.STATES;
        x = new double[n][];
        level = new double[n][];
        factor = new double[n][];
        crossing = new int[n][];
        before = new double[n][];
        Arrays.fill(x, new double[0]);
        for (int s : states) {
            x[s] = new double[count];
            level[s] = new double[count];
            factor[s] = new double[count];
            crossing[s] = new int[count];
            before[s] = new double[count];
        }
        drives = new PhaseDrive[count];
        crossings = new int[n];
        simulated = new boolean[n];
        for (int s : states) {
            simulated[s] = true;
        }
    }

    /**
     * Checks a cohort's arguments.
     *
     * @param cohort the subjects' parameters
     * @param count how many of them to simulate
     * @throws IllegalArgumentException if {@code count} is below 1 or beyond the array
     */
    static void checkCohort(ModelParameters[] cohort, int count) {
        if (count < 1 || count > cohort.length) {
            throw new IllegalArgumentException(
                    "a cohort of " + count + " subjects from " + cohort.length + " parameter sets");
        }
    }

    /**
     * Runs a scenario from baseline to its last day.
     *
     * @param scenario the scenario
     * @param cohort each subject's parameters, at least {@code count} of them
     * @param hook told after each day
     */
    void run(Scenario scenario, ModelParameters[] cohort, DayHook hook) {
        for (int s : states) {
            Arrays.fill(x[s], 1.0);
        }
        hook.day(0, 0);
        int day = 0;
        List<Phase> phases = scenario.phases();
        for (int p = 0; p < phases.size(); p++) {
            Phase phase = phases.get(p);
            start(scenario, phase, cohort);
            for (int d = 0; d < phase.days(); d++) {
                for (int s : states) {
                    advance(s);
                }
                hook.day(++day, p);
            }
        }
    }

    /** Sets each subject's regime for a phase from the state it starts the phase in. */
    private void start(Scenario scenario, Phase phase, ModelParameters[] cohort) {
        for (int i = 0; i < count; i++) {
            drives[i] = new DeconditioningModel(cohort[i]).drive(scenario.subject(), phase, simulated);
        }
        for (int s : states) {
            double[] xs = x[s];
            double[] ls = level[s];
            double[] fs = factor[s];
            int[] cs = crossing[s];
            int crossingCount = 0;
            for (int i = 0; i < count; i++) {
                PhaseDrive drive = drives[i];
                double t = drive.target(s);
                double x0 = xs[i];
                if (x0 >= t) {
                    ls[i] = t;
                    fs[i] = Math.exp(-1.0 / drive.lossTauDays(s));
                } else if (x0 >= 1) {
                    ls[i] = t;
                    fs[i] = Math.exp(-1.0 / drive.gainTauDays(s));
                } else if (t <= 1) {
                    ls[i] = t;
                    fs[i] = Math.exp(-1.0 / drive.recoveryTauDays(s));
                } else {
                    ls[i] = drive.recoveryLevel(s);
                    fs[i] = Math.exp(-1.0 / drive.recoveryTauDays(s));
                    cs[crossingCount++] = i;
                }
            }
            crossings[s] = crossingCount;
        }
    }

    /** One day of state {@code s} for every subject. */
    private void advance(int s) {
        double[] xs = x[s];
        double[] ls = level[s];
        double[] fs = factor[s];
        int[] cs = crossing[s];
        double[] bs = before[s];
        int pending = crossings[s];
        for (int j = 0; j < pending; j++) {
            bs[j] = xs[cs[j]];
        }
        for (int i = 0; i < count; i++) {
            xs[i] = ls[i] + (xs[i] - ls[i]) * fs[i];
        }
        // A state heading for the recovery level that passed baseline today: the exact step from
        // yesterday's value, then the gain regime for the rest of the phase.
        for (int j = 0; j < pending; ) {
            int i = cs[j];
            if (xs[i] > 1) {
                PhaseDrive drive = drives[i];
                xs[i] = drive.evolve(s, bs[j], 1.0);
                ls[i] = drive.target(s);
                fs[i] = Math.exp(-1.0 / drive.gainTauDays(s));
                pending--;
                cs[j] = cs[pending];
                bs[j] = bs[pending];
            } else {
                j++;
            }
        }
        crossings[s] = pending;
    }
}
