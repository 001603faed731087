package org.inertia.sim.model;

import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.DailyState;
import org.inertia.sim.trajectory.TrajectoryHandler;

/**
 * The exact engine. Within a phase every state relaxes exponentially towards a constant target
 * without crossing it, so one day is one multiply-add per state with a decay factor {@code
 * exp(−1/τ)} computed once per phase.
 */
final class ClosedFormSimulator implements Simulator {

    @Override
    public void simulate(Scenario scenario, ModelParameters parameters, TrajectoryHandler handler) {
        DeconditioningModel model = new DeconditioningModel(parameters);
        double[] y = DeconditioningModel.baseline();
        double[] target = new double[y.length];
        double[] decay = new double[y.length];
        handler.handleDay(new DailyState(0, 0, y));
        int day = 0;
        List<Phase> phases = scenario.phases();
        for (int p = 0; p < phases.size(); p++) {
            Phase phase = phases.get(p);
            PhaseDrive drive = model.drive(scenario.subject(), phase);
            for (int i = 0; i < y.length; i++) {
                target[i] = drive.target(i);
                decay[i] = Math.exp(-1.0 / drive.tauDays(i, y[i]));
            }
            for (int d = 0; d < phase.days(); d++) {
                for (int i = 0; i < y.length; i++) {
                    y[i] = target[i] + (y[i] - target[i]) * decay[i];
                }
                handler.handleDay(new DailyState(++day, p, y));
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Computes only the states those measures need and calls no handler; equal, bit for bit, to
     * reading the same measures from {@link #simulate(Scenario, ModelParameters, TrajectoryHandler)}.
     */
    @Override
    public void simulate(Scenario scenario, ModelParameters parameters, List<Measure> measures, float[][] out) {
        DeconditioningModel model = new DeconditioningModel(parameters);
        int n = PhaseDrive.STATES;
        boolean[] needed = new boolean[n];
        for (Measure m : measures) {
            if (m.group().isComposite()) {
                java.util.Arrays.fill(needed, true);
            } else {
                needed[2 * m.group().ordinal()] = true;
                needed[2 * m.group().ordinal() + 1] = true;
            }
        }
        int[] states =
                java.util.stream.IntStream.range(0, n).filter(i -> needed[i]).toArray();
        double[] y = DeconditioningModel.baseline();
        double[] target = new double[n];
        double[] decay = new double[n];
        record(y, measures, out, 0);
        int day = 0;
        for (Phase phase : scenario.phases()) {
            PhaseDrive drive = model.drive(scenario.subject(), phase);
            for (int i : states) {
                target[i] = drive.target(i);
                decay[i] = Math.exp(-1.0 / drive.tauDays(i, y[i]));
            }
            for (int d = 0; d < phase.days(); d++) {
                for (int i : states) {
                    y[i] = target[i] + (y[i] - target[i]) * decay[i];
                }
                record(y, measures, out, ++day);
            }
        }
    }

    private static void record(double[] y, List<Measure> measures, float[][] out, int day) {
        for (int k = 0; k < out.length; k++) {
            out[k][day] = (float) DailyState.percent(y, measures.get(k));
        }
    }
}
