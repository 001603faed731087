package org.inertia.sim.simulation;

import org.inertia.sim.model.Measure;
import org.inertia.sim.model.MuscleGroup;
import org.inertia.sim.model.Outcome;
import org.inertia.sim.model.PhaseDrive;

/**
 * The model state at the end of one day. The state array is owned by the simulator and valid only
 * during the {@link TrajectoryHandler#handleDay} call; copy what you keep.
 *
 * @param day the day, 0 being the baseline before the first phase
 * @param phaseIndex the phase the day belongs to (0 for the baseline)
 * @param state mass and neural factor of each group, see {@link PhaseDrive}
 */
public record DailyState(int day, int phaseIndex, double[] state) {

    /**
     * {@return the value of a measure on this day (% of baseline)}
     *
     * @param measure the measure
     */
    public double percent(Measure measure) {
        return percent(state, measure);
    }

    /**
     * The value of a measure for a state vector (% of baseline).
     *
     * @param state mass and neural factor of each group
     * @param measure the measure
     * @return the value in % of baseline
     */
    public static double percent(double[] state, Measure measure) {
        if (measure.group().isComposite()) {
            double sum = 0;
            int n = MuscleGroup.SIMULATED.size();
            for (int g = 0; g < n; g++) {
                sum += fraction(state, g, measure.outcome());
            }
            return 100 * sum / n;
        }
        // The simulated groups are the first constants of MuscleGroup, in state-vector order.
        return 100 * fraction(state, measure.group().ordinal(), measure.outcome());
    }

    private static double fraction(double[] state, int g, Outcome outcome) {
        double mass = state[2 * g];
        return outcome == Outcome.MASS ? mass : mass * state[2 * g + 1];
    }
}
