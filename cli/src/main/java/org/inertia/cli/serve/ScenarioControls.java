package org.inertia.cli.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.inertia.cli.output.NumberText;
import org.inertia.cli.words.Words;
import org.inertia.sim.findings.PhaseRoles;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.scenario.io.FieldRule;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioMessage;
import org.inertia.sim.scenario.io.ScenarioProblem;

/**
 * The few settings of a scenario a class changes to ask "what if?": how long the period of
 * disuse lasts and what it is (the first phase whose mobility is not normal), the exercise
 * afterwards (the first exercise of the phase after it, added when that phase has none), and the
 * person's age and condition. {@link #of} reads them from a scenario, {@link #parse} takes new
 * values as text (from a web form) and checks them with the scenario reader's messages and
 * ranges, and {@link #applyTo} makes the changed scenario.
 *
 * @param disuseDays length of the period of disuse (d)
 * @param disuseMobility mobility during it
 * @param activity the exercise afterwards, or empty for none
 * @param minutesPerSession length of a session of that exercise (min)
 * @param sessionsPerWeek sessions of it per week
 * @param intensity its intensity
 * @param ageYears the person's age (years)
 * @param condition the person's condition
 */
public record ScenarioControls(
        int disuseDays,
        Mobility disuseMobility,
        Optional<Activity> activity,
        double minutesPerSession,
        int sessionsPerWeek,
        Intensity intensity,
        int ageYears,
        Condition condition) {

    /** Control name: length of the period of disuse (d). */
    public static final String DAYS = "days";
    /** Control name: mobility during the period of disuse. */
    public static final String MOBILITY = "mobility";
    /** Control name: exercise afterwards, an activity keyword or {@value #NONE}. */
    public static final String ACTIVITY = "activity";
    /** Control name: minutes per session. */
    public static final String MINUTES = "minutes";
    /** Control name: sessions per week. */
    public static final String SESSIONS = "sessions-per-week";
    /** Control name: intensity of the exercise. */
    public static final String INTENSITY = "intensity";
    /** Control name: age (years). */
    public static final String AGE = "age";
    /** Control name: condition. */
    public static final String CONDITION = "condition";
    /** Every control name, in the order of the page. */
    public static final List<String> NAMES =
            List.of(DAYS, MOBILITY, ACTIVITY, MINUTES, SESSIONS, INTENSITY, AGE, CONDITION);

    /** The value of {@value #ACTIVITY} that removes the exercise. */
    public static final String NONE = "none";

    /** Exercise offered when a recovery phase has none: 30 minutes of moderate activity a day. */
    private static final double DEFAULT_MINUTES = 30;

    /**
     * Checks for nulls and the ranges of the scenario format.
     *
     * @param disuseDays length of the period of disuse (d)
     * @param disuseMobility mobility during it
     * @param activity the exercise afterwards, or empty for none
     * @param minutesPerSession length of a session of that exercise (min)
     * @param sessionsPerWeek sessions of it per week
     * @param intensity its intensity
     * @param ageYears the person's age (years)
     * @param condition the person's condition
     */
    public ScenarioControls {
        Objects.requireNonNull(disuseMobility, "disuseMobility");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(intensity, "intensity");
        Objects.requireNonNull(condition, "condition");
        if (disuseDays < 1 || disuseDays > Scenario.MAX_TOTAL_DAYS) {
            throw new IllegalArgumentException("disuse days must be between 1 and 3650, was " + disuseDays);
        }
        // Exercise and Subject check their own ranges; build them once to apply those checks here.
        new Exercise(Activity.WALKING, minutesPerSession, sessionsPerWeek, intensity);
        new Subject(ageYears, null, condition);
    }

    /** The phase the disuse controls change: the period of disuse, else the first phase. */
    private static int disuseIndex(Scenario scenario) {
        return PhaseRoles.disuse(scenario).orElse(0);
    }

    /**
     * {@return the controls as a scenario has them; when its recovery phase has no exercise,
     * the activity is empty and the other exercise settings are those a new exercise would get}
     *
     * @param scenario a scenario
     */
    public static ScenarioControls of(Scenario scenario) {
        Phase disuse = scenario.phases().get(disuseIndex(scenario));
        Optional<Exercise> exercise = firstExercise(scenario);
        return new ScenarioControls(
                disuse.days(),
                disuse.mobility(),
                exercise.map(Exercise::activity),
                exercise.map(Exercise::minutesPerSession).orElse(DEFAULT_MINUTES),
                exercise.map(Exercise::sessionsPerWeek).orElse(Exercise.DEFAULT_SESSIONS_PER_WEEK),
                exercise.map(Exercise::intensity).orElse(Intensity.MODERATE),
                scenario.subject().ageYears(),
                scenario.subject().condition());
    }

    private static Optional<Exercise> firstExercise(Scenario scenario) {
        OptionalInt recovery = PhaseRoles.recovery(scenario);
        if (recovery.isEmpty()) {
            return Optional.empty();
        }
        List<Exercise> exercise = scenario.phases().get(recovery.getAsInt()).exercise();
        return exercise.isEmpty() ? Optional.empty() : Optional.of(exercise.get(0));
    }

    /**
     * Reads control values given as text, such as from a web form, starting from the scenario's
     * own. Each value is checked as the scenario reader checks the field it sets, with the same
     * messages and ranges, and the problem names that field ({@code phases[0].days}); exercise
     * values are ignored when the scenario has no phase after the period of disuse.
     *
     * @param scenario the scenario the values change
     * @param values control name to value; names not in {@link #NAMES} are not looked at
     * @param source the name problems quote, such as {@code variant B}
     * @return the controls
     * @throws ScenarioException with every problem found
     */
    public static ScenarioControls parse(Scenario scenario, Map<String, String> values, Path source)
            throws ScenarioException {
        ScenarioControls current = of(scenario);
        Fields f = new Fields(values, source);
        String disuse = "phases[" + disuseIndex(scenario) + "]";
        String exercise = "phases[" + PhaseRoles.recovery(scenario).orElse(0) + "].exercise[0]";
        boolean hasRecovery = PhaseRoles.recovery(scenario).isPresent();

        int days = f.value(DAYS, disuse + ".days", FieldRule.DAYS, current.disuseDays);
        Mobility mobility = f.value(MOBILITY, disuse + ".mobility", FieldRule.MOBILITY, current.disuseMobility);
        Optional<Activity> activity = current.activity;
        double minutes = current.minutesPerSession;
        int sessions = current.sessionsPerWeek;
        Intensity intensity = current.intensity;
        if (hasRecovery) {
            String word = values.get(ACTIVITY);
            if (NONE.equals(word)) {
                activity = Optional.empty();
            } else if (word != null) {
                activity = Optional.ofNullable(f.value(ACTIVITY, exercise + ".activity", FieldRule.ACTIVITY, null));
            }
            minutes = f.value(MINUTES, exercise + ".minutes", FieldRule.MINUTES, minutes);
            sessions = f.value(SESSIONS, exercise + ".sessions-per-week", FieldRule.SESSIONS_PER_WEEK, sessions);
            intensity = f.value(INTENSITY, exercise + ".intensity", FieldRule.INTENSITY, intensity);
        }
        int age = f.value(AGE, "subject.age", FieldRule.AGE, current.ageYears);
        Condition condition = f.value(CONDITION, "subject.condition", FieldRule.CONDITION, current.condition);

        if (f.problems.isEmpty()) {
            long total = (long) scenario.totalDays() - current.disuseDays + days;
            if (total > Scenario.MAX_TOTAL_DAYS) {
                f.problems.add(new ScenarioProblem(
                        source,
                        0,
                        0,
                        "phases",
                        ScenarioMessage.TOO_MANY_DAYS,
                        List.of(total, Scenario.MAX_TOTAL_DAYS),
                        "shorten the phases or split the scenario"));
            }
        }
        if (!f.problems.isEmpty()) {
            throw new ScenarioException(f.problems);
        }
        return new ScenarioControls(days, mobility, activity, minutes, sessions, intensity, age, condition);
    }

    /**
     * {@return the scenario with these controls: the period of disuse with their length and
     * mobility, the recovery phase's first exercise replaced, added or removed, the subject with
     * their age and condition; everything else as it was}
     *
     * @param scenario a scenario
     * @throws IllegalArgumentException if the phases would last more than {@value Scenario#MAX_TOTAL_DAYS} days
     */
    public Scenario applyTo(Scenario scenario) {
        int d = disuseIndex(scenario);
        Phase disuse = scenario.phases().get(d);
        Scenario changed =
                scenario.withPhase(d, new Phase(disuse.name(), disuseDays, disuseMobility, disuse.exercise()));
        OptionalInt recovery = PhaseRoles.recovery(scenario);
        if (recovery.isPresent()) {
            Phase phase = changed.phases().get(recovery.getAsInt());
            List<Exercise> exercise = new ArrayList<>(phase.exercise());
            if (activity.isEmpty()) {
                if (!exercise.isEmpty()) {
                    exercise.remove(0);
                }
            } else {
                Exercise e = new Exercise(activity.get(), minutesPerSession, sessionsPerWeek, intensity);
                if (exercise.isEmpty()) {
                    exercise.add(e);
                } else {
                    exercise.set(0, e);
                }
            }
            changed = changed.withPhase(recovery.getAsInt(), phase.withExercise(exercise));
        }
        Subject subject = scenario.subject();
        return changed.withSubject(new Subject(ageYears, subject.sex(), condition, subject.fitness()));
    }

    /**
     * {@return what differs from other controls, in a few words ("2 weeks in bed; cycling 60 min a
     * day; age 70"), short enough for a chart's legend; empty when nothing does}
     *
     * @param before the controls to compare with
     */
    public String changesFrom(ScenarioControls before) {
        List<String> words = new ArrayList<>();
        if (disuseDays != before.disuseDays || disuseMobility != before.disuseMobility) {
            words.add(Words.disuse(disuseDays, disuseMobility));
        }
        boolean exerciseChanged = !activity.equals(before.activity)
                || activity.isPresent()
                        && (minutesPerSession != before.minutesPerSession
                                || sessionsPerWeek != before.sessionsPerWeek
                                || intensity != before.intensity);
        if (exerciseChanged) {
            words.add(activity.map(this::exerciseInBrief).orElse("no exercise"));
        }
        if (ageYears != before.ageYears) {
            words.add("age " + ageYears);
        }
        if (condition != before.condition) {
            words.add(Words.conditionBrief(condition));
        }
        return String.join("; ", words);
    }

    /** "cycling 60 min a day", "walking 20 min 3x a week, light": short enough for a chart legend. */
    private String exerciseInBrief(Activity a) {
        String minutes = NumberText.plain(minutesPerSession);
        String often =
                switch (sessionsPerWeek) {
                    case 7 -> " a day";
                    case 14 -> " twice a day";
                    default -> " " + sessionsPerWeek + "x a week";
                };
        return Words.activity(a) + " " + minutes + " min" + often
                + (intensity == Intensity.MODERATE ? "" : ", " + intensity.keyword());
    }

    /**
     * {@return the controls as the text values {@link #parse} reads, in the order of {@link #NAMES}}
     */
    public Map<String, String> asValues() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(DAYS, Integer.toString(disuseDays));
        v.put(MOBILITY, disuseMobility.keyword());
        v.put(ACTIVITY, activity.map(Activity::keyword).orElse(NONE));
        v.put(MINUTES, NumberText.plain(minutesPerSession));
        v.put(SESSIONS, Integer.toString(sessionsPerWeek));
        v.put(INTENSITY, intensity.keyword());
        v.put(AGE, Integer.toString(ageYears));
        v.put(CONDITION, condition.keyword());
        return v;
    }

    /** Reads text values with the scenario format's own field rules, collecting their problems. */
    private static final class Fields {
        private final Map<String, String> values;
        private final Path source;
        private final List<ScenarioProblem> problems = new ArrayList<>();

        Fields(Map<String, String> values, Path source) {
            this.values = values;
            this.source = source;
        }

        /** The control's value under the field's rule; the fallback when absent or invalid. */
        <T> T value(String name, String field, FieldRule<T> rule, T fallback) {
            String text = values.get(name);
            if (text == null) {
                return fallback;
            }
            return rule.parse(text, source, field, problems).orElse(fallback);
        }
    }
}
