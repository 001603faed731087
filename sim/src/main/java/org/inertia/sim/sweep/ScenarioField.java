package org.inertia.sim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;

/**
 * A numeric field of a scenario, named as in scenario files and error messages: {@code
 * subject.age}, {@code phases[0].days}, {@code phases[1].exercise[0].minutes}, {@code
 * phases[1].exercise[0].sessions-per-week}, or {@code parameters.<name>} for a model parameter.
 * Setting an exercise's minutes to 0 removes that exercise, so a sweep can start from "none".
 *
 * @param path the field's name as written
 */
public record ScenarioField(String path) {

    private static final Pattern PHASE = Pattern.compile("phases\\[(\\d+)]\\.days");
    private static final Pattern EXERCISE =
            Pattern.compile("phases\\[(\\d+)]\\.exercise\\[(\\d+)]\\.(minutes|sessions-per-week)");

    /** The fields a sweep can vary, as patterns for help texts. */
    public static final List<String> FORMS = List.of(
            "subject.age",
            "phases[i].days",
            "phases[i].exercise[j].minutes",
            "phases[i].exercise[j].sessions-per-week",
            "parameters.<parameter>");

    /**
     * {@return why this field cannot be varied in a scenario, or empty when it can}
     *
     * @param scenario the scenario to vary
     */
    public Optional<String> problemWith(Scenario scenario) {
        if (path.equals("subject.age")) {
            return Optional.empty();
        }
        if (path.startsWith("parameters.")) {
            return Parameter.fromKey(path.substring("parameters.".length())).isPresent()
                    ? Optional.empty()
                    : Optional.of("unknown parameter '" + path.substring("parameters.".length())
                            + "' ('inertia list parameters' lists them)");
        }
        Matcher m = PHASE.matcher(path);
        if (m.matches()) {
            return phaseIndex(scenario, Integer.parseInt(m.group(1)));
        }
        m = EXERCISE.matcher(path);
        if (m.matches()) {
            Optional<String> phase = phaseIndex(scenario, Integer.parseInt(m.group(1)));
            if (phase.isPresent()) {
                return phase;
            }
            int j = Integer.parseInt(m.group(2));
            int n = scenario.phases()
                    .get(Integer.parseInt(m.group(1)))
                    .exercise()
                    .size();
            return j < n
                    ? Optional.empty()
                    : Optional.of("phase " + m.group(1) + " has " + n + " exercise entr" + (n == 1 ? "y" : "ies")
                            + " (exercise[0] is the first)");
        }
        return Optional.of("cannot vary '" + path + "'; fields that can vary: " + String.join(", ", FORMS));
    }

    private static Optional<String> phaseIndex(Scenario scenario, int i) {
        return i < scenario.phases().size()
                ? Optional.empty()
                : Optional.of("the scenario has " + scenario.phases().size() + " phases (phases[0] is the first)");
    }

    /** {@return whether the field takes whole numbers only} */
    public boolean isWhole() {
        return path.equals("subject.age") || PHASE.matcher(path).matches() || path.endsWith("sessions-per-week");
    }

    /**
     * {@return the scenario with this field set to {@code value}}
     *
     * @param scenario a scenario for which {@link #problemWith} is empty
     * @param value the value; whole for whole fields
     * @throws IllegalArgumentException if the value is outside the field's range
     */
    public Scenario apply(Scenario scenario, double value) {
        if (isWhole() && value != Math.rint(value)) {
            throw new IllegalArgumentException(path + " takes whole numbers (was " + value + ")");
        }
        if (path.equals("subject.age")) {
            Subject s = scenario.subject();
            return scenario.withSubject(new Subject((int) value, s.sex(), s.condition()));
        }
        if (path.startsWith("parameters.")) {
            Parameter p =
                    Parameter.fromKey(path.substring("parameters.".length())).orElseThrow();
            if (!p.accepts(value)) {
                throw new IllegalArgumentException(
                        path + " must be between " + p.min() + " and " + p.max() + " (was " + value + ")");
            }
            Map<Parameter, Double> overrides = new java.util.EnumMap<>(Parameter.class);
            overrides.putAll(scenario.parameters());
            overrides.put(p, value);
            return scenario.withModel(scenario.preset(), overrides);
        }
        Matcher m = PHASE.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            return scenario.withPhase(i, scenario.phases().get(i).withDays((int) value));
        }
        m = EXERCISE.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            int j = Integer.parseInt(m.group(2));
            Phase phase = scenario.phases().get(i);
            List<Exercise> exercise = new ArrayList<>(phase.exercise());
            Exercise e = exercise.get(j);
            if (m.group(3).equals("minutes") && value == 0) {
                // Zero minutes is no exercise at all: the sweep's natural "without" column.
                exercise.remove(j);
            } else {
                exercise.set(
                        j,
                        m.group(3).equals("minutes")
                                ? e.withMinutesPerSession(value)
                                : new Exercise(e.activity(), e.minutesPerSession(), (int) value, e.intensity()));
            }
            return scenario.withPhase(i, phase.withExercise(exercise));
        }
        throw new IllegalArgumentException(problemWith(scenario).orElse("cannot vary " + path));
    }
}
