package org.inertia.sim.model;

import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.events.EventHandler;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;
import org.apache.commons.math3.ode.sampling.FixedStepHandler;
import org.apache.commons.math3.ode.sampling.StepNormalizer;
import org.apache.commons.math3.ode.sampling.StepNormalizerBounds;
import org.apache.commons.math3.ode.sampling.StepNormalizerMode;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.DailyState;
import org.inertia.sim.trajectory.TrajectoryHandler;

/**
 * The numerical engine: Commons Math's adaptive Dormand–Prince 5(4) integrator, one {@code
 * integrate} call per phase (phase boundaries are known, so no step straddles a discontinuity and
 * no event handler is needed), with a {@link StepNormalizer} sampling the dense output at each
 * whole day. Slower than {@link ClosedFormSimulator}; it is the reference for model extensions
 * without a closed form, and the check on the exact engine.
 */
final class OdeSimulator implements Simulator {

    private final double absoluteTolerance;
    private final double relativeTolerance;

    /** An integrator with tolerances of 1e-12, far below the 1e-6 % the engines must agree to. */
    public OdeSimulator() {
        this(1e-12, 1e-12);
    }

    /**
     * An integrator with the given tolerances.
     *
     * @param absoluteTolerance absolute tolerance on each state (fraction of baseline)
     * @param relativeTolerance relative tolerance on each state
     */
    public OdeSimulator(double absoluteTolerance, double relativeTolerance) {
        this.absoluteTolerance = absoluteTolerance;
        this.relativeTolerance = relativeTolerance;
    }

    @Override
    public void simulate(Scenario scenario, ModelParameters parameters, TrajectoryHandler handler) {
        DeconditioningModel model = new DeconditioningModel(parameters);
        double[] y = DeconditioningModel.baseline();
        handler.handleDay(new DailyState(0, 0, y));
        int start = 0;
        List<Phase> phases = scenario.phases();
        for (int p = 0; p < phases.size(); p++) {
            Phase phase = phases.get(p);
            int phaseIndex = p;
            int[] lastDay = {start};
            FirstOrderIntegrator integrator =
                    new DormandPrince54Integrator(1e-9, phase.days(), absoluteTolerance, relativeTolerance);
            FixedStepHandler daily = new FixedStepHandler() {
                @Override
                public void init(double t0, double[] y0, double t) {
                    // Nothing to prepare: the day counter lives outside.
                }

                @Override
                public void handleStep(double t, double[] state, double[] derivative, boolean isLast) {
                    int day = (int) Math.round(t);
                    // Each whole day once: the normalizer may report the phase end twice.
                    if (day > lastDay[0]) {
                        lastDay[0] = day;
                        handler.handleDay(new DailyState(day, phaseIndex, state));
                    }
                }
            };
            integrator.addStepHandler(
                    new StepNormalizer(1.0, daily, StepNormalizerMode.MULTIPLES, StepNormalizerBounds.LAST));
            PhaseDrive drive = model.drive(scenario.subject(), phase);
            for (int i = 0; i < y.length; i++) {
                if (drive.crossesBaseline(i, y[i])) {
                    // The rate has a kink where recovery turns into gain, at a time not known in
                    // advance: an event there keeps the integrator from stepping across it.
                    integrator.addEventHandler(new BaselineCrossing(i), 1.0, 1e-12, 100);
                }
            }
            double[] end = new double[y.length];
            try {
                integrator.integrate(new DeconditioningEquations(drive), start, y, start + phase.days(), end);
            } catch (MathIllegalStateException | org.apache.commons.math3.exception.MathIllegalArgumentException e) {
                throw new SimulationException(scenario.name(), p, start, e);
            }
            y = end;
            start += phase.days();
        }
    }

    /** Stops a step where state {@code i} rises through its baseline, and restarts past it. */
    private static final class BaselineCrossing implements EventHandler {
        private final int state;

        BaselineCrossing(int state) {
            this.state = state;
        }

        @Override
        public void init(double t0, double[] y0, double t) {
            // Nothing to prepare.
        }

        @Override
        public double g(double t, double[] y) {
            return y[state] - 1;
        }

        @Override
        public Action eventOccurred(double t, double[] y, boolean increasing) {
            return Action.RESET_DERIVATIVES;
        }

        @Override
        public void resetState(double t, double[] y) {
            // The state is continuous at the crossing; only the derivative changes.
        }
    }
}
