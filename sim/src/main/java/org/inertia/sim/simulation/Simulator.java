package org.inertia.sim.simulation;

import org.inertia.sim.model.ModelParameters;
import org.inertia.sim.scenario.Scenario;

/**
 * Turns a scenario into daily states. Implementations differ in method, not in result: {@link
 * ClosedFormSimulator} (exact, fast) and {@link OdeSimulator} (numerical integration) agree to
 * within 1e-6 % of baseline.
 */
public interface Simulator {

    /**
     * Simulates a scenario from its baseline (day 0) to its last day.
     *
     * @param scenario the scenario
     * @param handler receives each day's state, in order
     * @throws SimulationException if the numerical method fails
     */
    default void simulate(Scenario scenario, TrajectoryHandler handler) {
        simulate(scenario, scenario.modelParameters(), handler);
    }

    /**
     * Simulates a scenario with given parameter values instead of its own (a population's
     * subject, a fit's trial point), without building a new scenario.
     *
     * @param scenario the scenario; its preset and overrides are ignored
     * @param parameters the parameter values to simulate with
     * @param handler receives each day's state, in order
     * @throws SimulationException if the numerical method fails
     */
    void simulate(Scenario scenario, ModelParameters parameters, TrajectoryHandler handler);

    /**
     * Simulates a scenario and keeps every measure of every day.
     *
     * @param scenario the scenario
     * @return the trajectory
     * @throws SimulationException if the numerical method fails
     */
    default Trajectory simulate(Scenario scenario) {
        Trajectory trajectory = new Trajectory(scenario);
        simulate(scenario, trajectory);
        return trajectory;
    }

    /**
     * Simulates a scenario with given parameter values and keeps every measure of every day.
     *
     * @param scenario the scenario; its preset and overrides are ignored
     * @param parameters the parameter values
     * @return the trajectory (its {@link Trajectory#scenario()} is the scenario as given)
     * @throws SimulationException if the numerical method fails
     */
    default Trajectory simulate(Scenario scenario, ModelParameters parameters) {
        Trajectory trajectory = new Trajectory(scenario);
        simulate(scenario, parameters, trajectory);
        return trajectory;
    }

    /** {@return the default engine: the exact piecewise solution} */
    static Simulator exact() {
        return new ClosedFormSimulator();
    }
}
