package org.inertia.sim.model;

import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.CohortSink;
import org.inertia.sim.trajectory.DailyState;
import org.inertia.sim.trajectory.Trajectory;
import org.inertia.sim.trajectory.TrajectoryHandler;
import org.inertia.sim.trajectory.TrajectoryRecorder;

/**
 * Turns a scenario into daily states. Implementations differ in method, not in result: {@link
 * #exact()} (the closed-form solution, fast) and {@link #ode()} (numerical integration) agree to
 * within 1e-6 % of baseline, and hand their handlers the same immutable {@link DailyState}s.
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
        return simulate(scenario, scenario.modelParameters());
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
        TrajectoryRecorder recorder = new TrajectoryRecorder(scenario);
        simulate(scenario, parameters, recorder);
        return recorder.trajectory();
    }

    /**
     * Writes the values of a few measures, day by day, into a caller's buffer: what a population
     * run needs of each of its subjects, without a handler call or an allocation per day where the
     * engine can avoid them. The values equal those of {@link DailyState#percent(Measure)} on the
     * states the handler would receive, rounded to {@code float}.
     *
     * @param scenario the scenario; its preset and overrides are ignored
     * @param parameters the parameter values
     * @param measures the measures to compute
     * @param out receives {@code out[k][day]} for measure {@code k} (% of baseline), for days 0 to
     *     the last day; each row at least that long
     * @throws SimulationException if the numerical method fails
     */
    default void simulate(Scenario scenario, ModelParameters parameters, List<Measure> measures, float[][] out) {
        simulate(scenario, parameters, s -> {
            for (int k = 0; k < measures.size(); k++) {
                out[k][s.day()] = (float) s.percent(measures.get(k));
            }
        });
    }

    /**
     * Writes the values of a few measures, day by day, in full precision: equal, bit for bit, to
     * {@link DailyState#percent(Measure)} on the states the handler would receive. The exact engine
     * computes only the states those measures read, so the calibration, which evaluates every
     * published figure thousands of times, pays for the muscle groups and families it reads alone.
     *
     * @param scenario the scenario; its preset and overrides are ignored
     * @param parameters the parameter values
     * @param measures the measures to compute
     * @param out receives {@code out[k][day]} for measure {@code k} (% of baseline), for days 0 to
     *     the last day; each row at least that long
     * @throws SimulationException if the numerical method fails
     */
    default void simulate(Scenario scenario, ModelParameters parameters, List<Measure> measures, double[][] out) {
        simulate(scenario, parameters, s -> {
            for (int k = 0; k < measures.size(); k++) {
                out[k][s.day()] = s.percent(measures.get(k));
            }
        });
    }

    /**
     * Simulates a cohort: many subjects of one scenario, each with its own parameters, handing
     * the sink every subject's value of each measure, day by day. What a population run needs,
     * without a trajectory per subject; the exact engine runs the subjects in step over arrays.
     * Each subject's values equal those of {@link #simulate(Scenario, ModelParameters, List,
     * float[][])} with its parameters.
     *
     * @param scenario the scenario; its preset and overrides are ignored
     * @param cohort each subject's parameters
     * @param count the number of subjects: {@code cohort[0]} to {@code cohort[count - 1]}
     * @param measures the measures to compute
     * @param sink receives the values, day by day and measure by measure
     * @throws IllegalArgumentException if {@code count} is below 1 or beyond the array
     * @throws SimulationException if the numerical method fails
     */
    default void simulate(
            Scenario scenario, ModelParameters[] cohort, int count, List<Measure> measures, CohortSink sink) {
        ExactKernel.checkCohort(cohort, count);
        int days = scenario.totalDays() + 1;
        int m = measures.size();
        float[][][] all = new float[count][m][days];
        for (int i = 0; i < count; i++) {
            simulate(scenario, cohort[i], measures, all[i]);
        }
        float[] values = new float[count];
        for (int d = 0; d < days; d++) {
            for (int k = 0; k < m; k++) {
                for (int i = 0; i < count; i++) {
                    values[i] = all[i][k][d];
                }
                sink.accept(k, d, values, count);
            }
        }
    }

    /** {@return the default engine: the exact piecewise solution} */
    static Simulator exact() {
        return new ClosedFormSimulator();
    }

    /** {@return the numerical engine (Dormand–Prince 5(4), tolerances 1e-11)} */
    static Simulator ode() {
        return new OdeSimulator();
    }
}
