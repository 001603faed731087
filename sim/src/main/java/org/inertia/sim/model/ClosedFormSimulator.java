package org.inertia.sim.model;

import java.util.List;
import java.util.stream.IntStream;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.CohortSink;
import org.inertia.sim.trajectory.DailyState;
import org.inertia.sim.trajectory.TrajectoryHandler;

/**
 * The exact engine. Within a phase every state relaxes exponentially towards a constant level, so
 * one day is one multiply-add per state with a daily factor {@code exp(−1/τ)} computed once per
 * phase; only a state that rises past its baseline within the day (recovery turning into gain)
 * takes the exact two-regime step of {@link PhaseDrive#evolve}. One subject and a cohort run
 * through the same arithmetic ({@link ExactKernel}), so a population's subject equals, bit for
 * bit, the same parameters run alone.
 */
final class ClosedFormSimulator implements Simulator {

    private static final int[] ALL_STATES =
            IntStream.range(0, PhaseDrive.STATES).toArray();

    @Override
    public void simulate(Scenario scenario, ModelParameters parameters, TrajectoryHandler handler) {
        runOne(scenario, parameters, ALL_STATES, (day, phase, y) -> handler.handleDay(new DailyState(day, phase, y)));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Computes only the states those measures need and calls no handler.
     */
    @Override
    public void simulate(Scenario scenario, ModelParameters parameters, List<Measure> measures, double[][] out) {
        runOne(scenario, parameters, statesFor(measures), (day, phase, y) -> {
            for (int k = 0; k < out.length; k++) {
                out[k][day] = DailyState.percent(y, measures.get(k));
            }
        });
    }

    /** Told each day's state vector: the states simulated filled in, the others 0; reused from day to day. */
    private interface StateHook {
        void day(int day, int phase, double[] state);
    }

    /** One subject, some states, day by day. */
    private static void runOne(Scenario scenario, ModelParameters parameters, int[] states, StateHook hook) {
        ExactKernel kernel = new ExactKernel(1, states);
        double[] y = new double[PhaseDrive.STATES];
        kernel.run(scenario, new ModelParameters[] {parameters}, (day, phase) -> {
            for (int s : states) {
                y[s] = kernel.x[s][0];
            }
            hook.day(day, phase, y);
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Computes only the states those measures need and calls no handler; equal, bit for bit, to
     * reading the same measures from {@link #simulate(Scenario, ModelParameters, TrajectoryHandler)}.
     */
    @Override
    public void simulate(Scenario scenario, ModelParameters parameters, List<Measure> measures, float[][] out) {
        ExactKernel kernel = new ExactKernel(1, statesFor(measures));
        double[] value = new double[1];
        kernel.run(scenario, new ModelParameters[] {parameters}, (day, phase) -> {
            for (int k = 0; k < out.length; k++) {
                DailyState.percent(kernel.x, measures.get(k), value, 1);
                out[k][day] = (float) value[0];
            }
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>The subjects run in step, state by state over arrays of subjects; only the states those
     * measures need are computed.
     */
    @Override
    public void simulate(
            Scenario scenario, ModelParameters[] cohort, int count, List<Measure> measures, CohortSink sink) {
        ExactKernel.checkCohort(cohort, count);
        ExactKernel kernel = new ExactKernel(count, statesFor(measures));
        double[] exact = new double[count];
        if (sink instanceof CohortSink.Unrounded unrounded) {
            kernel.run(scenario, cohort, (day, phase) -> {
                for (int k = 0; k < measures.size(); k++) {
                    DailyState.percent(kernel.x, measures.get(k), exact, count);
                    unrounded.acceptUnrounded(k, day, exact, count);
                }
            });
            return;
        }
        float[] values = new float[count];
        kernel.run(scenario, cohort, (day, phase) -> {
            for (int k = 0; k < measures.size(); k++) {
                DailyState.percent(kernel.x, measures.get(k), exact, count);
                for (int i = 0; i < count; i++) {
                    values[i] = (float) exact[i];
                }
                sink.accept(k, day, values, count);
            }
        });
    }

    /** The states a list of measures reads ({@link DailyState#states}), in increasing order. */
    private static int[] statesFor(List<Measure> measures) {
        boolean[] needed = new boolean[PhaseDrive.STATES];
        for (Measure m : measures) {
            for (int s : DailyState.states(m)) {
                needed[s] = true;
            }
        }
        return IntStream.range(0, needed.length).filter(i -> needed[i]).toArray();
    }
}
