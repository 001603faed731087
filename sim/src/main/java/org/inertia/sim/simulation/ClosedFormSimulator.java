package org.inertia.sim.simulation;

import java.util.List;
import org.inertia.sim.model.DeconditioningModel;
import org.inertia.sim.model.ModelParameters;
import org.inertia.sim.model.PhaseDrive;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;

/**
 * The exact engine. Within a phase every state relaxes exponentially towards a constant target
 * without crossing it, so one day is one multiply-add per state with a decay factor {@code
 * exp(−1/τ)} computed once per phase.
 */
public final class ClosedFormSimulator implements Simulator {

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
}
