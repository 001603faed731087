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
import org.inertia.cli.output.TerminalText;
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
 * The settings of a scenario a class changes to ask "what if?": every phase's length, mobility
 * and first exercise ({@link PhaseControls}), which phases there are (written ones left out or
 * reordered, new ones added), and the person's age and condition. {@link #of} reads them from a
 * scenario, {@link #parse} takes new values as text (from a web form) and checks them with the
 * scenario reader's field rules, messages and ranges, and {@link #applyTo} makes the changed
 * scenario.
 *
 * <p>Two forms of values are read, the older first. The short form names the period of disuse
 * and the recovery after it ({@link PhaseRoles}): {@value #DAYS} and {@value #MOBILITY} set the
 * period of disuse, {@value #ACTIVITY}, {@value #MINUTES}, {@value #SESSIONS} and {@value
 * #INTENSITY} the first exercise of the phase after it. The phase form names each phase by its
 * position: {@value #PHASES} lists the phases ({@code 1,2,new}: the written phases 1 and 2, then
 * an added one), and {@code pN.days}, {@code pN.mobility}, {@code pN.activity} and so on set the
 * phase at position N of that list.
 *
 * @param phases the phases in order, at least one and at most {@value #MAX_PHASES}
 * @param ageYears the person's age (years)
 * @param condition the person's condition
 */
public record ScenarioControls(List<PhaseControls> phases, int ageYears, Condition condition) {

    /** Control name: length of the period of disuse (d); {@code pN.days}: of phase N. */
    public static final String DAYS = "days";
    /** Control name: mobility during the period of disuse; {@code pN.mobility}: in phase N. */
    public static final String MOBILITY = "mobility";
    /** Control name: exercise afterwards, an activity keyword or {@value #NONE}; {@code pN.activity}: in phase N. */
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
    /** Control name: the phases, as written phase numbers and {@value #ADDED}, separated by commas. */
    public static final String PHASES = "phases";
    /** Every control name of the short form, in the order of the page. */
    public static final List<String> NAMES =
            List.of(DAYS, MOBILITY, ACTIVITY, MINUTES, SESSIONS, INTENSITY, AGE, CONDITION);
    /** The settings of one phase, each given as {@code pN.<setting>}. */
    public static final List<String> PHASE_SETTINGS = List.of(DAYS, MOBILITY, ACTIVITY, MINUTES, SESSIONS, INTENSITY);

    /** The value of {@value #ACTIVITY} that removes the exercise. */
    public static final String NONE = "none";

    /** The item of {@value #PHASES} that adds a phase. */
    public static final String ADDED = "new";

    /** Most phases a variant has on the page. */
    public static final int MAX_PHASES = 8;

    /**
     * Checks for nulls, the number of phases, their total length and the ranges of the scenario
     * format; copies the list.
     *
     * @param phases the phases in order
     * @param ageYears the person's age (years)
     * @param condition the person's condition
     */
    public ScenarioControls {
        phases = List.copyOf(phases);
        Objects.requireNonNull(condition, "condition");
        if (phases.isEmpty() || phases.size() > MAX_PHASES) {
            throw new IllegalArgumentException("1 to " + MAX_PHASES + " phases, was " + phases.size());
        }
        long total = phases.stream().mapToLong(PhaseControls::days).sum();
        if (total > Scenario.MAX_TOTAL_DAYS) {
            throw new IllegalArgumentException("the phases last at most 3650 days, was " + total);
        }
        // Subject checks its own ranges; build one to apply those checks here.
        new Subject(ageYears, null, condition);
    }

    /**
     * {@return whether a name is a control of either form: {@code days}, {@code phases}, {@code p2.activity}}
     *
     * @param name a name
     */
    public static boolean isControl(String name) {
        if (NAMES.contains(name) || PHASES.equals(name)) {
            return true;
        }
        return name.matches("p[1-9]\\..*")
                && name.charAt(1) - '0' <= MAX_PHASES
                && PHASE_SETTINGS.contains(name.substring(3));
    }

    /** {@return the name of a setting of the phase at a position: {@code p2.days}} */
    static String phaseKey(int position, String setting) {
        return "p" + position + "." + setting;
    }

    /** The phase the short form's disuse controls change: the period of disuse, else the first phase. */
    private static int disuseIndex(Scenario scenario) {
        return PhaseRoles.disuse(scenario).orElse(0);
    }

    /**
     * {@return the controls as a scenario has them; for a phase without exercise the activity is
     * empty and the other exercise settings are those a new exercise would get}
     *
     * @param scenario a scenario
     */
    public static ScenarioControls of(Scenario scenario) {
        List<PhaseControls> phases = new ArrayList<>();
        for (int i = 0; i < scenario.phases().size(); i++) {
            phases.add(PhaseControls.of(i, scenario.phases().get(i)));
        }
        if (phases.size() > MAX_PHASES) {
            // A long file is edited as written up to the page's limit; later phases stay as they are.
            phases = phases.subList(0, MAX_PHASES);
        }
        return new ScenarioControls(
                phases, scenario.subject().ageYears(), scenario.subject().condition());
    }

    /**
     * Reads control values given as text, such as from a web form, starting from the scenario's
     * own. Each value is checked as the scenario reader checks the field it sets, with the same
     * messages and ranges, and the problem names that field ({@code phases[0].days}); the short
     * form's exercise values are ignored when the scenario has no phase after the period of
     * disuse.
     *
     * @param scenario the scenario the values change
     * @param values control name to value; names that are not controls ({@link #isControl}) are
     *     not looked at
     * @param source the name problems quote, such as {@code variant B}
     * @return the controls
     * @throws ScenarioException with every problem found
     */
    public static ScenarioControls parse(Scenario scenario, Map<String, String> values, Path source)
            throws ScenarioException {
        ScenarioControls current = of(scenario);
        Fields f = new Fields(values, source);
        List<PhaseControls> phases = new ArrayList<>(current.phases);

        // The short form: the period of disuse and the exercise after it.
        int disuse = Math.min(disuseIndex(scenario), phases.size() - 1);
        phases.set(disuse, f.phase(phases.get(disuse), "", "phases[" + disuse + "]", true, false));
        OptionalInt recovery = PhaseRoles.recovery(scenario);
        if (recovery.isPresent() && recovery.getAsInt() < phases.size()) {
            int r = recovery.getAsInt();
            phases.set(r, f.phase(phases.get(r), "", "phases[" + r + "]", false, true));
        }

        // The phase form: which phases, then each one's settings by position.
        String layout = values.get(PHASES);
        if (layout != null) {
            phases = f.layout(layout, phases);
        }
        for (int i = 0; i < phases.size(); i++) {
            phases.set(i, f.phase(phases.get(i), phaseKey(i + 1, ""), "phases[" + i + "]", true, true));
        }

        int age = f.value(AGE, "subject.age", FieldRule.AGE, current.ageYears);
        Condition condition = f.value(CONDITION, "subject.condition", FieldRule.CONDITION, current.condition);

        if (f.problems.isEmpty()) {
            long total = phases.stream().mapToLong(PhaseControls::days).sum();
            for (int i = current.phases.size(); i < scenario.phases().size(); i++) {
                total += scenario.phases().get(i).days();
            }
            if (total > Scenario.MAX_TOTAL_DAYS) {
                f.problems.add(new ScenarioProblem(
                        source,
                        0,
                        0,
                        PHASES,
                        ScenarioMessage.TOO_MANY_DAYS,
                        List.of(total, Scenario.MAX_TOTAL_DAYS),
                        "shorten the phases or split the scenario"));
            }
        }
        if (!f.problems.isEmpty()) {
            throw new ScenarioException(f.problems);
        }
        return new ScenarioControls(phases, age, condition);
    }

    /**
     * {@return the scenario with these controls: its phases as these list them, each written one
     * with their length, mobility and first exercise (other exercise kept; the name following the
     * mobility when that changed), added ones named after their mobility; the subject with their
     * age and condition; everything else as it was}
     *
     * @param scenario the scenario the controls were read from
     * @throws IllegalArgumentException if the phases would last more than {@value Scenario#MAX_TOTAL_DAYS} days
     */
    public Scenario applyTo(Scenario scenario) {
        List<Phase> out = new ArrayList<>();
        for (PhaseControls p : phases) {
            out.add(p.applyTo(
                    p.from().isPresent() ? scenario.phases().get(p.from().getAsInt()) : null));
        }
        // Phases beyond the page's limit stay as written, at the end.
        int size = scenario.phases().size();
        out.addAll(scenario.phases().subList(Math.min(MAX_PHASES, size), size));
        Subject subject = scenario.subject();
        return new Scenario(
                scenario.name(),
                scenario.description(),
                new Subject(ageYears, subject.sex(), condition, subject.fitness()),
                out,
                scenario.preset(),
                scenario.parameters(),
                // The patient's measured baselines stay with every variant (issue 13).
                scenario.baselines());
    }

    /**
     * {@return what differs from the written scenario, in a few words ("2 weeks in bed; cycling 60
     * min a day; age 70"), short enough for a chart's legend; empty when nothing does. An exercise
     * changed in another phase than the recovery says which ("cycling 20 min a day in phase 1"),
     * an added phase reads "then 2 weeks of ordinary activity", a phase left out "without Walking"}
     *
     * @param written the scenario the controls were read from
     */
    public String changesFrom(Scenario written) {
        ScenarioControls before = of(written);
        OptionalInt recovery = PhaseRoles.recovery(written);
        List<String> words = new ArrayList<>();
        boolean[] kept = new boolean[before.phases.size()];
        boolean reordered = false;
        int last = -1;
        for (int i = 0; i < phases.size(); i++) {
            PhaseControls p = phases.get(i);
            if (p.from().isEmpty()) {
                words.add("then " + Words.disuse(p.days(), p.mobility())
                        + p.exercise().map(e -> " with " + brief(e)).orElse(""));
                continue;
            }
            int j = p.from().getAsInt();
            reordered |= j < last;
            last = j;
            kept[j] = true;
            PhaseControls b = before.phases.get(j);
            if (p.days() != b.days() || p.mobility() != b.mobility()) {
                words.add(Words.disuse(p.days(), p.mobility()));
            }
            if (p.exerciseDiffers(b)) {
                String where = recovery.equals(OptionalInt.of(j)) && i == j ? "" : " in phase " + (i + 1);
                words.add(p.exercise().map(ScenarioControls::brief).orElse("no exercise") + where);
            }
        }
        for (int j = 0; j < kept.length; j++) {
            if (!kept[j]) {
                words.add("without " + written.phases().get(j).name());
            }
        }
        if (reordered) {
            words.add("phases reordered");
        }
        if (ageYears != before.ageYears) {
            words.add("age " + ageYears);
        }
        if (condition != before.condition) {
            words.add(Words.conditionBrief(condition));
        }
        return String.join("; ", words);
    }

    /**
     * {@return the name of the changed scenario: what changed ("2 weeks in bed; cycling 60 min a
     * day"), so that a variant is never called by the name of a scenario it no longer is; the
     * written name when nothing changed}
     *
     * @param written the scenario the controls were read from
     */
    public String name(Scenario written) {
        String change = changesFrom(written);
        return change.isEmpty() ? written.name() : Character.toUpperCase(change.charAt(0)) + change.substring(1);
    }

    /** "cycling 60 min a day", "walking 20 min 3x a week, light": short enough for a chart legend. */
    private static String brief(Exercise e) {
        String minutes = NumberText.plain(e.minutesPerSession());
        String often =
                switch (e.sessionsPerWeek()) {
                    case 7 -> " a day";
                    case 14 -> " twice a day";
                    default -> " " + e.sessionsPerWeek() + "x a week";
                };
        return Words.activity(e.activity()) + " " + minutes + " min" + often
                + (e.intensity() == Intensity.MODERATE
                        ? ""
                        : ", " + e.intensity().keyword());
    }

    /**
     * {@return the controls as the text values {@link #parse} reads, in the phase form: {@value
     * #PHASES}, each phase's settings, then age and condition}
     */
    public Map<String, String> asValues() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(
                PHASES,
                String.join(
                        ",",
                        phases.stream()
                                .map(p -> p.from().isPresent()
                                        ? Integer.toString(p.from().getAsInt() + 1)
                                        : ADDED)
                                .toList()));
        for (int i = 0; i < phases.size(); i++) {
            int position = i + 1;
            phaseValues(phases.get(i)).forEach((k, value) -> v.put(phaseKey(position, k), value));
        }
        v.put(AGE, Integer.toString(ageYears));
        v.put(CONDITION, condition.keyword());
        return v;
    }

    /**
     * {@return one phase's settings as text, keyed by {@link #PHASE_SETTINGS}}
     *
     * @param p the phase's controls
     */
    static Map<String, String> phaseValues(PhaseControls p) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(DAYS, Integer.toString(p.days()));
        v.put(MOBILITY, p.mobility().keyword());
        v.put(ACTIVITY, p.activity().map(Activity::keyword).orElse(NONE));
        v.put(MINUTES, NumberText.plain(p.minutesPerSession()));
        v.put(SESSIONS, Integer.toString(p.sessionsPerWeek()));
        v.put(INTENSITY, p.intensity().keyword());
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

        /**
         * A phase's controls with the values given under {@code prefix} (its length and mobility,
         * its exercise, or both), each checked by the rule of the field {@code phase} names.
         */
        PhaseControls phase(PhaseControls p, String prefix, String phase, boolean length, boolean exercise) {
            int days = p.days();
            Mobility mobility = p.mobility();
            Optional<Activity> activity = p.activity();
            double minutes = p.minutesPerSession();
            int sessions = p.sessionsPerWeek();
            Intensity intensity = p.intensity();
            if (length) {
                days = value(prefix + DAYS, phase + ".days", FieldRule.DAYS, days);
                mobility = value(prefix + MOBILITY, phase + ".mobility", FieldRule.MOBILITY, mobility);
            }
            if (exercise) {
                String first = phase + ".exercise[0]";
                String word = values.get(prefix + ACTIVITY);
                if (NONE.equals(word)) {
                    activity = Optional.empty();
                } else if (word != null) {
                    activity = Optional.ofNullable(
                            value(prefix + ACTIVITY, first + ".activity", FieldRule.ACTIVITY, null));
                }
                minutes = value(prefix + MINUTES, first + ".minutes", FieldRule.MINUTES, minutes);
                sessions =
                        value(prefix + SESSIONS, first + ".sessions-per-week", FieldRule.SESSIONS_PER_WEEK, sessions);
                intensity = value(prefix + INTENSITY, first + ".intensity", FieldRule.INTENSITY, intensity);
            }
            return new PhaseControls(p.from(), days, mobility, activity, minutes, sessions, intensity);
        }

        /**
         * The phases {@value #PHASES} lists: written phase numbers (1-based) and {@value #ADDED};
         * the phases as they were, with a problem, when the list is not one.
         */
        List<PhaseControls> layout(String text, List<PhaseControls> written) {
            List<PhaseControls> chosen = new ArrayList<>();
            String[] items = text.split(",", -1);
            String hint = "list the phases as written phase numbers (1 to " + written.size() + ") and '" + ADDED
                    + "', separated by commas";
            if (text.isBlank()) {
                problems.add(new ScenarioProblem(source, 0, 0, PHASES, ScenarioMessage.EMPTY_VALUE, List.of(), hint));
                return written;
            }
            if (items.length > MAX_PHASES) {
                problems.add(new ScenarioProblem(
                        source, 0, 0, PHASES, ScenarioMessage.OUT_OF_RANGE, List.of(1, MAX_PHASES, items.length), ""));
                return written;
            }
            for (String item : items) {
                String s = item.strip();
                if (s.equals(ADDED)) {
                    chosen.add(PhaseControls.added());
                } else if (s.matches("[0-9]{1,2}")
                        && Integer.parseInt(s) >= 1
                        && Integer.parseInt(s) <= written.size()) {
                    chosen.add(written.get(Integer.parseInt(s) - 1));
                } else {
                    String shown = TerminalText.oneLine(s.length() > 40 ? s.substring(0, 40) + "..." : s);
                    problems.add(new ScenarioProblem(
                            source, 0, 0, PHASES, ScenarioMessage.UNKNOWN_VALUE, List.of(shown), hint));
                    return written;
                }
            }
            return chosen;
        }
    }
}
