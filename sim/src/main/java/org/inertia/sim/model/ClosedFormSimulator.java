package org.inertia.sim.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.DailyState;
import org.inertia.sim.trajectory.TrajectoryHandler;

/**
 * The exact engine. Within a phase every state relaxes exponentially towards a constant target
 * without crossing it, so one day is one multiply-add per state with a decay factor {@code
 * exp(−1/τ)} computed once per phase; only a state that rises past its baseline within the day
 * (recovery turning into gain) takes the exact two-regime step of {@link PhaseDrive#evolve}.
 */
final class ClosedFormSimulator implements Simulator {

    @Override
    public void simulate(Scenario scenario, ModelParameters parameters, TrajectoryHandler handler) {
        DeconditioningModel model = new DeconditioningModel(parameters);
        double[] y = DeconditioningModel.baseline();
        int[] all = IntStream.range(0, y.length).toArray();
        handler.handleDay(new DailyState(0, 0, y));
        int day = 0;
        List<Phase> phases = scenario.phases();
        for (int p = 0; p < phases.size(); p++) {
            Phase phase = phases.get(p);
            Step step = new Step(model.drive(scenario.subject(), phase));
            for (int d = 0; d < phase.days(); d++) {
                step.advance(y, all);
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
                Arrays.fill(needed, true);
            } else {
                needed[2 * m.group().ordinal()] = true;
                needed[2 * m.group().ordinal() + 1] = true;
            }
        }
        int[] states = IntStream.range(0, n).filter(i -> needed[i]).toArray();
        double[] y = DeconditioningModel.baseline();
        record(y, measures, out, 0);
        int day = 0;
        for (Phase phase : scenario.phases()) {
            Step step = new Step(model.drive(scenario.subject(), phase));
            for (int d = 0; d < phase.days(); d++) {
                step.advance(y, states);
                record(y, measures, out, ++day);
            }
        }
    }

    private static void record(double[] y, List<Measure> measures, float[][] out, int day) {
        for (int k = 0; k < out.length; k++) {
            out[k][day] = (float) DailyState.percent(y, measures.get(k));
        }
    }

    /** One day of a phase, with its decay factors computed once. */
    private static final class Step {
        private final PhaseDrive drive;
        private final double[] target = new double[PhaseDrive.STATES];
        private final double[] lossDecay = new double[PhaseDrive.STATES];
        private final double[] recoveryDecay = new double[PhaseDrive.STATES];
        private final double[] gainDecay = new double[PhaseDrive.STATES];

        Step(PhaseDrive drive) {
            this.drive = drive;
            for (int i = 0; i < PhaseDrive.STATES; i++) {
                target[i] = drive.target(i);
                lossDecay[i] = Math.exp(-1.0 / drive.lossTauDays(i));
                recoveryDecay[i] = Math.exp(-1.0 / drive.recoveryTauDays(i));
                gainDecay[i] = Math.exp(-1.0 / drive.gainTauDays(i));
            }
        }

        void advance(double[] y, int[] states) {
            for (int i : states) {
                double x = y[i];
                double t = target[i];
                if (x >= t) {
                    y[i] = t + (x - t) * lossDecay[i];
                } else if (x >= 1) {
                    y[i] = t + (x - t) * gainDecay[i];
                } else if (t <= 1) {
                    y[i] = t + (x - t) * recoveryDecay[i];
                } else {
                    // Recovering and training at once: the exact two-process step.
                    y[i] = drive.evolve(i, x, 1.0);
                }
            }
        }
    }
}
