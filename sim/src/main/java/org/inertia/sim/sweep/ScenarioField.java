package org.inertia.sim.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.scenario.io.DidYouMean;

/**
 * A numeric field of a scenario, named as in scenario files and error messages: {@code
 * subject.age}, {@code phases[0].days}, {@code phases[1].exercise[0].minutes}, {@code
 * phases[1].exercise[0].sessions-per-week}, or {@code parameters.<name>} for a model parameter.
 * Setting an exercise's minutes to 0 removes that exercise, so a sweep can start from "none".
 *
 * @param path the field's name as written
 */
public record ScenarioField(String path) {

    private static final String AGE = "subject.age";
    private static final String PARAMETERS = "parameters.";
    private static final Pattern PHASE = Pattern.compile("phases\\[([0-9]+)]\\.days");
    private static final Pattern EXERCISE =
            Pattern.compile("phases\\[([0-9]+)]\\.exercise\\[([0-9]+)]\\.(minutes|sessions-per-week)");

    /** The fields a sweep can vary, as patterns for help texts. */
    public static final List<String> FORMS = List.of(
            AGE,
            "phases[i].days",
            "phases[i].exercise[j].minutes",
            "phases[i].exercise[j].sessions-per-week",
            "parameters.<parameter>");

    /**
     * Checks for null.
     *
     * @param path the field's name as written
     */
    public ScenarioField {
        Objects.requireNonNull(path, "path");
    }

    /**
     * {@return the field's name with its indices written without leading zeros: {@code
     * phases[01].days} and {@code phases[1].days} name one field}
     */
    public String canonicalPath() {
        return LEADING_ZEROS.matcher(path).replaceAll("[");
    }

    private static final Pattern LEADING_ZEROS = Pattern.compile("\\[0+(?=[0-9])");

    /**
     * {@return why no scenario has this field (a name of none of the {@link #FORMS}, an unknown
     * parameter), or empty when it is well named}
     */
    public Optional<SweepProblem> problem() {
        if (path.equals(AGE)
                || PHASE.matcher(path).matches()
                || EXERCISE.matcher(path).matches()) {
            return Optional.empty();
        }
        String shown = SweepProblem.excerpt(path);
        if (path.startsWith(PARAMETERS)) {
            String name = path.substring(PARAMETERS.length());
            if (Parameter.fromKey(name).isPresent()) {
                return Optional.empty();
            }
            List<String> known =
                    Arrays.stream(Parameter.values()).map(Parameter::key).toList();
            return Optional.of(new SweepProblem(
                    shown,
                    SweepMessage.UNKNOWN_PARAMETER,
                    List.of(SweepProblem.excerpt(name)),
                    DidYouMean.closest(name, known)
                            .map(c -> "did you mean '" + c + "'?")
                            .orElse("")));
        }
        return Optional.of(new SweepProblem(
                "",
                SweepMessage.CANNOT_VARY,
                List.of(shown),
                "fields that can vary: " + String.join(", ", FORMS) + "; phases and exercises count from 0"));
    }

    /**
     * {@return why this field cannot be varied in a scenario (as {@link #problem()}, or a phase or
     * an exercise the scenario does not have), or empty when it can}
     *
     * @param scenario the scenario to vary
     */
    public Optional<SweepProblem> problemWith(Scenario scenario) {
        Optional<SweepProblem> named = problem();
        if (named.isPresent()) {
            return named;
        }
        Matcher m = PHASE.matcher(path);
        if (!m.matches()) {
            m = EXERCISE.matcher(path);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        int phases = scenario.phases().size();
        int i = index(m.group(1));
        if (i >= phases) {
            return Optional.of(new SweepProblem(
                    SweepProblem.excerpt(path),
                    SweepMessage.NO_SUCH_PHASE,
                    List.of(SweepProblem.excerpt(m.group(1))),
                    phases == 1
                            ? "it has one phase, phases[0]"
                            : "it has " + phases + " phases, phases[0] to phases[" + (phases - 1) + "]"));
        }
        if (m.groupCount() > 1) {
            int exercises = scenario.phases().get(i).exercise().size();
            if (index(m.group(2)) >= exercises) {
                return Optional.of(new SweepProblem(
                        SweepProblem.excerpt(path),
                        SweepMessage.NO_SUCH_EXERCISE,
                        List.of(SweepProblem.excerpt(m.group(1)), SweepProblem.excerpt(m.group(2))),
                        switch (exercises) {
                            case 0 -> "the phase has no exercise";
                            case 1 -> "the phase has one exercise, exercise[0]";
                            default -> "the phase has " + exercises + " exercise entries, exercise[0] to exercise["
                                    + (exercises - 1) + "]";
                        }));
            }
        }
        return Optional.empty();
    }

    /**
     * {@return why this field cannot take a value (a fraction for a whole-number field, a value out
     * of the field's range), or empty when it can}
     *
     * @param value the value
     */
    public Optional<SweepProblem> problemWith(double value) {
        String field = SweepProblem.excerpt(path);
        if (isWhole() && value != Math.rint(value)) {
            return Optional.of(new SweepProblem(field, SweepMessage.NOT_WHOLE, List.of(value), ""));
        }
        double min;
        double max;
        String hint = "";
        if (path.equals(AGE)) {
            min = Subject.MIN_AGE_YEARS;
            max = Subject.MAX_AGE_YEARS;
        } else if (path.startsWith(PARAMETERS)) {
            Optional<Parameter> p = Parameter.fromKey(path.substring(PARAMETERS.length()));
            if (p.isEmpty() || p.get().accepts(value)) {
                return Optional.empty(); // an unknown parameter is a naming problem, told by problem()
            }
            min = p.get().min();
            max = p.get().max();
        } else if (PHASE.matcher(path).matches()) {
            min = 1;
            max = Scenario.MAX_TOTAL_DAYS;
        } else if (EXERCISE.matcher(path).matches() && path.endsWith(".minutes")) {
            if (value == 0) {
                return Optional.empty();
            }
            min = 1;
            max = Exercise.MAX_MINUTES_PER_SESSION;
            hint = "or 0 for no exercise";
        } else if (EXERCISE.matcher(path).matches()) {
            min = 1;
            max = Exercise.MAX_SESSIONS_PER_WEEK;
        } else {
            return Optional.empty(); // a naming problem, told by problem()
        }
        return value >= min && value <= max
                ? Optional.empty()
                : Optional.of(new SweepProblem(field, SweepMessage.OUT_OF_RANGE, List.of(min, max, value), hint));
    }

    /**
     * {@return the unit of the field's values, as data files name it: {@code years} (age), {@code
     * days} (a phase's days), {@code minutes} (per session), {@code sessions-per-week}, or a model
     * parameter's own {@link Parameter#unit()}; empty for a field no scenario has}
     */
    public String unit() {
        if (path.equals(AGE)) {
            return "years";
        }
        if (PHASE.matcher(path).matches()) {
            return "days";
        }
        if (EXERCISE.matcher(path).matches()) {
            return path.endsWith(".minutes") ? "minutes" : "sessions-per-week";
        }
        if (path.startsWith(PARAMETERS)) {
            return Parameter.fromKey(path.substring(PARAMETERS.length()))
                    .map(Parameter::unit)
                    .orElse("");
        }
        return "";
    }

    /** {@return whether the field takes whole numbers only} */
    public boolean isWhole() {
        return path.equals(AGE) || PHASE.matcher(path).matches() || path.endsWith("sessions-per-week");
    }

    /**
     * {@return whether this field should be set after {@code other} on the same scenario, so that
     * neither moves what the other points at: setting an exercise's minutes to 0 removes it, which
     * shifts the later exercises of its phase down by one. Of two exercise fields of one phase, the
     * later exercise is set first, and of two fields of one exercise, the minutes last}
     *
     * @param other the other field of a two-field sweep
     */
    boolean setAfter(ScenarioField other) {
        Matcher a = EXERCISE.matcher(path);
        Matcher b = EXERCISE.matcher(other.path);
        if (!a.matches() || !b.matches() || index(a.group(1)) != index(b.group(1))) {
            return false;
        }
        int mine = index(a.group(2));
        int theirs = index(b.group(2));
        return mine != theirs ? mine < theirs : a.group(3).equals("minutes");
    }

    /** {@return the phase whose days this field is, or -1 when it is another field} */
    public int phaseOfDays() {
        Matcher m = PHASE.matcher(path);
        return m.matches() ? index(m.group(1)) : -1;
    }

    /**
     * {@return the scenario with this field set to {@code value}}
     *
     * @param scenario a scenario for which {@link #problemWith(Scenario)} is empty
     * @param value a value for which {@link #problemWith(double)} is empty
     * @throws IllegalArgumentException if the field or the value was not checked first, or the
     *     scenario becomes longer than {@value Scenario#MAX_TOTAL_DAYS} days
     */
    public Scenario apply(Scenario scenario, double value) {
        Optional<SweepProblem> problem = problemWith(scenario).or(() -> problemWith(value));
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().format());
        }
        if (path.equals(AGE)) {
            Subject s = scenario.subject();
            return scenario.withSubject(s.withAgeYears((int) value));
        }
        if (path.startsWith(PARAMETERS)) {
            Parameter p = Parameter.fromKey(path.substring(PARAMETERS.length())).orElseThrow();
            Map<Parameter, Double> overrides = new EnumMap<>(Parameter.class);
            overrides.putAll(scenario.parameters());
            overrides.put(p, value);
            return scenario.withModel(scenario.preset(), overrides);
        }
        Matcher m = PHASE.matcher(path);
        if (m.matches()) {
            int i = index(m.group(1));
            return scenario.withPhase(i, scenario.phases().get(i).withDays((int) value));
        }
        m = EXERCISE.matcher(path);
        if (!m.matches()) {
            throw new IllegalStateException("checked above: " + path);
        }
        int i = index(m.group(1));
        int j = index(m.group(2));
        Phase phase = scenario.phases().get(i);
        List<Exercise> exercise = new ArrayList<>(phase.exercise());
        Exercise e = exercise.get(j);
        if (m.group(3).equals("minutes") && value == 0) {
            // Zero minutes is no exercise at all: the sweep's natural "without" column.
            exercise.remove(j);
        } else {
            exercise.set(
                    j,
                    m.group(3).equals("minutes") ? e.withMinutesPerSession(value) : e.withSessionsPerWeek((int) value));
        }
        return scenario.withPhase(i, phase.withExercise(exercise));
    }

    /** An index as written; any index of more than nine digits is beyond every list. */
    private static int index(String digits) {
        String d = digits.replaceFirst("^0+(?=.)", "");
        return d.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(d);
    }
}
