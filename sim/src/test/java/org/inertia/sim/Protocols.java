package org.inertia.sim;

import java.util.Arrays;
import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;

/** Short builders for study protocols in tests. */
public final class Protocols {

    private Protocols() {}

    public static Subject healthy(int age) {
        return new Subject(age, Sex.MALE, Condition.HEALTHY);
    }

    public static Phase phase(int days, Mobility mobility, Exercise... exercise) {
        return new Phase(mobility.keyword(), days, mobility, Arrays.asList(exercise));
    }

    public static Exercise exercise(Activity activity, double minutes, int perWeek, Intensity intensity) {
        return new Exercise(activity, minutes, perWeek, intensity);
    }

    public static Scenario scenario(Subject subject, Phase... phases) {
        return Scenario.of("protocol", subject, List.of(phases));
    }

    public static Trajectory run(Scenario scenario) {
        return Simulator.exact().simulate(scenario);
    }

    public static Trajectory run(Subject subject, Phase... phases) {
        return run(scenario(subject, phases));
    }

    /** Change from baseline (percentage points, negative for a loss) of a measure on a day. */
    public static double change(Trajectory t, String measure, int day) {
        return t.percent(Measure.parse(measure).orElseThrow(), day) - 100;
    }
}
