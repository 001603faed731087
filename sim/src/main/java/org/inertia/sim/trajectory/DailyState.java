package org.inertia.sim.trajectory;

import java.util.Arrays;
import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;

/**
 * The model state at the end of one day: for each simulated muscle group its mass and its neural
 * factor, then aerobic capacity and the bone mineral density of each site, all fractions of the
 * subject's own baseline (1 at day 0). Strength is the product of a group's mass and neural factor.
 * Immutable: every engine hands its handlers states of this one kind, and a handler may keep them.
 */
public final class DailyState {

    /** Number of muscle state variables: mass and neural factor of each simulated group. */
    public static final int MUSCLE_STATES = 2 * MuscleGroup.SIMULATED.size();

    /**
     * The whole-body outcomes in state-vector order, after the muscle states: aerobic capacity,
     * then the bone sites.
     */
    private static final List<Outcome> WHOLE_BODY =
            Arrays.stream(Outcome.values()).filter(o -> !o.ofMuscle()).toList();

    /** Number of state variables: the muscle states, then one per whole-body outcome. */
    public static final int STATES = MUSCLE_STATES + WHOLE_BODY.size();

    /** The state of each whole-body outcome, by the outcome's ordinal; -1 for a muscle outcome. */
    private static final int[] STATE_OF = stateIndices();

    private static int[] stateIndices() {
        int[] index = new int[Outcome.values().length];
        Arrays.fill(index, -1);
        for (int i = 0; i < WHOLE_BODY.size(); i++) {
            index[WHOLE_BODY.get(i).ordinal()] = MUSCLE_STATES + i;
        }
        return index;
    }

    private final int day;
    private final int phaseIndex;
    private final double[] state;

    /**
     * A day's state; the array is copied.
     *
     * @param day the day, 0 being the baseline before the first phase
     * @param phaseIndex the phase the day belongs to (0 for the baseline)
     * @param state mass and neural factor of each group, group by group in {@link
     *     MuscleGroup#SIMULATED} order: {@code state[2g]} is the mass and {@code state[2g+1]} the
     *     neural factor of group {@code g}; then each whole-body outcome at {@link
     *     #stateOf(Outcome)}
     * @throws IllegalArgumentException if the day or phase is negative or the array has the wrong
     *     length
     */
    public DailyState(int day, int phaseIndex, double[] state) {
        if (day < 0 || phaseIndex < 0) {
            throw new IllegalArgumentException("day and phase index must not be negative");
        }
        if (state.length != STATES) {
            throw new IllegalArgumentException("a state has " + STATES + " values, was " + state.length);
        }
        this.day = day;
        this.phaseIndex = phaseIndex;
        this.state = state.clone();
    }

    /** {@return the day, 0 being the baseline before the first phase} */
    public int day() {
        return day;
    }

    /** {@return the phase the day belongs to (0 for the baseline)} */
    public int phaseIndex() {
        return phaseIndex;
    }

    /** {@return a copy of the state variables, in the order given at construction} */
    public double[] state() {
        return state.clone();
    }

    /**
     * {@return the muscle mass of a simulated group (fraction of baseline)}
     *
     * @param group one of {@link MuscleGroup#SIMULATED}
     */
    public double mass(MuscleGroup group) {
        return state[2 * index(group)];
    }

    /**
     * {@return the neural factor of a simulated group (fraction of baseline)}
     *
     * @param group one of {@link MuscleGroup#SIMULATED}
     */
    public double neuralFactor(MuscleGroup group) {
        return state[2 * index(group) + 1];
    }

    /**
     * {@return the value of a measure on this day (% of baseline)}
     *
     * @param measure the measure
     */
    public double percent(Measure measure) {
        return percent(state, measure);
    }

    /**
     * The value of a measure for a state vector laid out as in {@link #DailyState(int, int,
     * double[])} (% of baseline). The one place that turns states into measures.
     *
     * @param state mass and neural factor of each group
     * @param measure the measure
     * @return the value in % of baseline
     */
    public static double percent(double[] state, Measure measure) {
        if (!measure.ofMuscle()) {
            return 100 * state[stateOf(measure.outcome())];
        }
        if (measure.group().isComposite()) {
            double sum = 0;
            int n = MuscleGroup.SIMULATED.size();
            for (int g = 0; g < n; g++) {
                sum += fraction(state, g, measure.outcome());
            }
            return 100 * sum / n;
        }
        return 100 * fraction(state, index(measure.group()), measure.outcome());
    }

    /**
     * The value of a measure for many subjects at once, the states laid out as columns: {@code
     * columns[i][j]} is state {@code i} (as in {@link #percent(double[], Measure)}) of subject
     * {@code j}. Equal, bit for bit, to {@code (float) percent(state_j, measure)} for each subject;
     * only the states the measure reads need columns.
     *
     * @param columns the states by state and subject
     * @param measure the measure
     * @param out receives each subject's value (% of baseline), rounded to {@code float}
     * @param count the number of subjects
     */
    public static void percent(double[][] columns, Measure measure, float[] out, int count) {
        double[] exact = new double[count];
        percent(columns, measure, exact, count);
        for (int j = 0; j < count; j++) {
            out[j] = (float) exact[j];
        }
    }

    /**
     * The value of a measure for many subjects at once, as {@link #percent(double[][], Measure,
     * float[], int)} but in full precision: equal, bit for bit, to {@code percent(state_j,
     * measure)} for each subject.
     *
     * @param columns the states by state and subject
     * @param measure the measure
     * @param out receives each subject's value (% of baseline)
     * @param count the number of subjects
     */
    public static void percent(double[][] columns, Measure measure, double[] out, int count) {
        Outcome outcome = measure.outcome();
        if (!measure.ofMuscle()) {
            double[] x = columns[stateOf(outcome)];
            for (int j = 0; j < count; j++) {
                out[j] = 100 * x[j];
            }
            return;
        }
        if (measure.group().isComposite()) {
            int n = MuscleGroup.SIMULATED.size();
            for (int j = 0; j < count; j++) {
                double sum = 0;
                for (int g = 0; g < n; g++) {
                    double mass = columns[2 * g][j];
                    sum += outcome == Outcome.MASS ? mass : mass * columns[2 * g + 1][j];
                }
                out[j] = 100 * sum / n;
            }
            return;
        }
        int g = index(measure.group());
        double[] mass = columns[2 * g];
        if (outcome == Outcome.MASS) {
            for (int j = 0; j < count; j++) {
                out[j] = 100 * mass[j];
            }
        } else {
            double[] neural = columns[2 * g + 1];
            for (int j = 0; j < count; j++) {
                out[j] = 100 * (mass[j] * neural[j]);
            }
        }
    }

    /**
     * {@return the index of a whole-body outcome's state: after the muscle states, aerobic capacity
     * first, then the bone sites in {@link Outcome} order}
     *
     * @param outcome a whole-body outcome
     * @throws IllegalArgumentException for strength or mass, which have a state per group
     */
    public static int stateOf(Outcome outcome) {
        int i = STATE_OF[outcome.ordinal()];
        if (i < 0) {
            throw new IllegalArgumentException(outcome.key() + " has a state per muscle group");
        }
        return i;
    }

    /**
     * {@return the states a measure reads, in increasing order: a group's mass (and neural factor for
     * strength; both, as engines keep them together), every group's for a composite, the one state
     * of a whole-body measure}
     *
     * @param measure the measure
     */
    public static int[] states(Measure measure) {
        if (!measure.ofMuscle()) {
            return new int[] {stateOf(measure.outcome())};
        }
        if (measure.group().isComposite()) {
            return java.util.stream.IntStream.range(0, MUSCLE_STATES).toArray();
        }
        int g = index(measure.group());
        return new int[] {2 * g, 2 * g + 1};
    }

    private static int index(MuscleGroup group) {
        if (group.isComposite()) {
            throw new IllegalArgumentException(group.key() + " is a composite, not a simulated group");
        }
        // The simulated groups are the first constants of MuscleGroup, in state-vector order.
        return group.ordinal();
    }

    private static double fraction(double[] state, int g, Outcome outcome) {
        double mass = state[2 * g];
        return outcome == Outcome.MASS ? mass : mass * state[2 * g + 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailyState other
                && day == other.day
                && phaseIndex == other.phaseIndex
                && Arrays.equals(state, other.state);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * day + phaseIndex) + Arrays.hashCode(state);
    }

    @Override
    public String toString() {
        return "DailyState[day=" + day + ", phase=" + phaseIndex + ", state=" + Arrays.toString(state) + "]";
    }
}
