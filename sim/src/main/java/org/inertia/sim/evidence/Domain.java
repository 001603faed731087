package org.inertia.sim.evidence;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.inertia.sim.measure.Family;
import org.inertia.sim.model.ActivityEffect;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Fitness;
import org.inertia.sim.scenario.Keyword;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;

/**
 * The domain the evidence covers: the ages, durations, activities, doses and conditions of the
 * studies behind the model. {@link #check} says where a scenario leaves it, so that a projection
 * far from any study (a 95-year-old, a year of daily water exercise, a trained athlete) is not
 * taken for one the studies support. Leaving the domain is not an error: the model still runs, and
 * the warning travels with the result.
 */
public final class Domain {

    /**
     * A dose more than this many times the largest studied one earns a warning: the model
     * saturates with dose, so moderate excursions beyond the studies are safe, far ones are not.
     */
    public static final double DOSE_MARGIN = 2.0;

    /**
     * Exercise in ordinary life for at least this many days, for an untrained person (the
     * default), earns a note that its gains above baseline are those of the training studies'
     * untrained volunteers.
     */
    public static final int TRAINING_DAYS = 28;

    /** Fewer studies than this behind an activity, a mobility or a condition earns a warning. */
    public static final int FEW_STUDIES = 3;

    /** What is outside the domain, with its arguments. */
    public enum Message {
        /** Arguments: age, youngest, oldest. */
        AGE("age {0} is outside the ages of the studies behind the model ({1} to {2} years)"),
        /** Arguments: mobility, days, longest. */
        MOBILITY_LONGER("{0} for {1} days: the longest such study behind the model lasted {2} days"),
        /** Arguments: mobility (or an activity or condition that no study of the family measured). */
        MOBILITY_UNSTUDIED("{0}: no study behind the model measured this; its effect is an assumption"),
        /** Arguments: activity, days, longest. */
        ACTIVITY_LONGER("{0} for {1} days: the longest {0} study behind the model lasted {2} days"),
        /** Arguments: activity, dose, unit, largest. */
        DOSE_ABOVE("{0} at {1} {2}: more than twice the dose of any study behind the model (at most {3})"),
        /** Arguments: activity, number of studies. */
        ACTIVITY_FEW("{0}: only {1} studies behind the model; its effect is uncertain"),
        /** Arguments: condition, number of studies. */
        CONDITION_FEW("{0}: only {1} studies behind the model; its effect is uncertain"),
        /** Arguments: training status. */
        FITNESS_UNSTUDIED("{0} people: no study behind the model; their training headroom is an assumption"),
        /** Arguments: training status, days of disuse, longest disuse of a study of such people. */
        FITNESS_DISUSE_LONGER("{0} people in disuse for {1} days: the longest study of {0} people behind the model"
                + " lasted {2} days"),
        /** Arguments: days after disuse, longest follow-up. */
        FOLLOW_UP_LONGER("{0} days after the last phase of disuse: the longest follow-up of a study behind the"
                + " model was {1} days"),
        /** Arguments: activity, days. */
        UNTRAINED_GAINS("{0} for {1} days in ordinary life: gains above baseline are those of untrained"
                + " volunteers of training studies; for someone already active, set fitness: active");

        private final String pattern;

        Message(String pattern) {
            this.pattern = pattern;
        }

        /**
         * {@return the message with its arguments}
         *
         * @param arguments the arguments, as the constant's documentation lists them
         */
        public String format(Object... arguments) {
            return new MessageFormat(pattern, Locale.ROOT).format(arguments);
        }
    }

    /**
     * One way a scenario leaves the domain.
     *
     * @param message what is outside
     * @param arguments the message's arguments
     */
    public record Warning(Message message, List<Object> arguments) {

        /**
         * Checks for nulls and copies the arguments.
         *
         * @param message what is outside
         * @param arguments the message's arguments
         */
        public Warning {
            Objects.requireNonNull(message, "message");
            arguments = List.copyOf(arguments);
        }

        /** {@return the warning in words, on one line} */
        public String text() {
            return message.format(arguments.toArray());
        }
    }

    /** The file, beside {@code studies.csv}, that {@link #builtIn} reads. */
    public static final String RESOURCE = "domain.csv";

    private static final List<String> HEADER = List.of("fact", "key", "value");

    private final int youngest;
    private final int oldest;
    private final Map<Fitness, Integer> fitnessStudies = new EnumMap<>(Fitness.class);
    private final Map<Condition, Integer> conditionStudies = new EnumMap<>(Condition.class);
    private final Map<Mobility, Integer> longestMobility = new EnumMap<>(Mobility.class);
    private final Map<Activity, Integer> activityStudies = new EnumMap<>(Activity.class);
    private final Map<Activity, Integer> longestActivity = new EnumMap<>(Activity.class);
    private final Map<Activity, Double> largestDose = new EnumMap<>(Activity.class);
    /** The longest phase of disuse (any mobility but normal) in a study of people of each training status. */
    private final Map<Fitness, Integer> fitnessLongestDisuse = new EnumMap<>(Fitness.class);
    /** The most days after the end of disuse at which a study measured (0: none did). */
    private int longestFollowUp;

    private Domain(EvidenceSet evidence) {
        int young = Integer.MAX_VALUE;
        int old = Integer.MIN_VALUE;
        Map<Fitness, Set<String>> fitnessSeen = new EnumMap<>(Fitness.class);
        Map<Condition, Set<String>> conditionSeen = new EnumMap<>(Condition.class);
        Map<Activity, Set<String>> activitySeen = new EnumMap<>(Activity.class);
        for (EvidenceRow row : evidence.rows()) {
            Scenario s = evidence.scenario(row);
            String study = row.study();
            young = Math.min(young, s.subject().ageYears());
            old = Math.max(old, s.subject().ageYears());
            fitnessSeen
                    .computeIfAbsent(s.subject().fitness(), f -> new HashSet<>())
                    .add(study);
            conditionSeen
                    .computeIfAbsent(s.subject().condition(), c -> new HashSet<>())
                    .add(study);
            int end = disuseEnd(s, row.day());
            if (end > 0) {
                longestFollowUp = Math.max(longestFollowUp, row.day() - end);
            }
            for (Phase p : s.phases()) {
                if (p.mobility() != Mobility.NORMAL) {
                    fitnessLongestDisuse.merge(s.subject().fitness(), p.days(), Math::max);
                }
                longestMobility.merge(p.mobility(), p.days(), Math::max);
                for (Exercise e : p.exercise()) {
                    longestActivity.merge(e.activity(), p.days(), Math::max);
                    largestDose.merge(e.activity(), dose(e), Math::max);
                    activitySeen
                            .computeIfAbsent(e.activity(), a -> new HashSet<>())
                            .add(study);
                }
            }
        }
        youngest = young;
        oldest = old;
        fitnessSeen.forEach((f, studies) -> fitnessStudies.put(f, studies.size()));
        conditionSeen.forEach((c, studies) -> conditionStudies.put(c, studies.size()));
        activitySeen.forEach((a, studies) -> activityStudies.put(a, studies.size()));
    }

    /** A domain read back from its {@link #csv} form. */
    private Domain(List<CsvReader.Record> records) {
        if (records.isEmpty() || !records.get(0).fields().equals(HEADER)) {
            throw new IllegalArgumentException(RESOURCE + ": header must be " + String.join(",", HEADER));
        }
        Integer young = null;
        Integer old = null;
        for (CsvReader.Record r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            if (f.size() != HEADER.size()) {
                throw new IllegalArgumentException(RESOURCE + " line " + r.line() + ": expected fact,key,value");
            }
            String key = f.get(1);
            String value = f.get(2);
            try {
                switch (f.get(0)) {
                    case "youngest_age" -> young = Integer.parseInt(value);
                    case "oldest_age" -> old = Integer.parseInt(value);
                    case "fitness_studies" -> fitnessStudies.put(
                            keyword(Fitness.class, key, r), Integer.parseInt(value));
                    case "condition_studies" -> conditionStudies.put(
                            keyword(Condition.class, key, r), Integer.parseInt(value));
                    case "mobility_longest_days" -> longestMobility.put(
                            keyword(Mobility.class, key, r), Integer.parseInt(value));
                    case "activity_studies" -> activityStudies.put(
                            keyword(Activity.class, key, r), Integer.parseInt(value));
                    case "activity_longest_days" -> longestActivity.put(
                            keyword(Activity.class, key, r), Integer.parseInt(value));
                    case "activity_largest_dose" -> largestDose.put(
                            keyword(Activity.class, key, r), Double.parseDouble(value));
                    case "fitness_longest_disuse_days" -> fitnessLongestDisuse.put(
                            keyword(Fitness.class, key, r), Integer.parseInt(value));
                    case "longest_follow_up_days" -> longestFollowUp = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException(
                            RESOURCE + " line " + r.line() + ": unknown fact '" + f.get(0) + "'");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        RESOURCE + " line " + r.line() + ": '" + value + "' is not a number");
            }
        }
        if (young == null || old == null) {
            throw new IllegalArgumentException(RESOURCE + ": youngest_age and oldest_age are required");
        }
        youngest = young;
        oldest = old;
    }

    /**
     * {@return a domain read from its {@link #csv} form}
     *
     * @param csv the text
     * @throws IllegalArgumentException naming the line, if the text is not such a form
     */
    static Domain parse(String csv) {
        return new Domain(CsvReader.parse(csv));
    }

    private static <E extends Enum<E> & Keyword> E keyword(Class<E> type, String word, CsvReader.Record r) {
        return Keyword.parse(type, word)
                .orElseThrow(() -> new IllegalArgumentException(RESOURCE + " line " + r.line() + ": unknown "
                        + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + word + "'"));
    }

    /**
     * {@return the domain of an evidence set}
     *
     * @param evidence the evidence set
     */
    public static Domain of(EvidenceSet evidence) {
        return new Domain(evidence);
    }

    /**
     * {@return the domain of the shipped evidence set}: read from {@value #RESOURCE}, the {@link #csv}
     * form of {@code Domain.of(EvidenceSet.builtIn())} stored with the calibration, so that a command
     * does not parse the whole evidence set to check one scenario
     */
    public static Domain builtIn() {
        return Holder.BUILT_IN;
    }

    /**
     * {@return the domain as CSV, one fact a line ({@code fact,key,value}), in a fixed order}: what
     * {@link #builtIn} reads back
     */
    public String csv() {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
        line(out, "youngest_age", "", youngest);
        line(out, "oldest_age", "", oldest);
        fitnessStudies.forEach((f, n) -> line(out, "fitness_studies", f.keyword(), n));
        conditionStudies.forEach((c, n) -> line(out, "condition_studies", c.keyword(), n));
        longestMobility.forEach((m, days) -> line(out, "mobility_longest_days", m.keyword(), days));
        activityStudies.forEach((a, n) -> line(out, "activity_studies", a.keyword(), n));
        longestActivity.forEach((a, days) -> line(out, "activity_longest_days", a.keyword(), days));
        largestDose.forEach((a, dose) -> line(out, "activity_largest_dose", a.keyword(), dose));
        fitnessLongestDisuse.forEach((f, days) -> line(out, "fitness_longest_disuse_days", f.keyword(), days));
        line(out, "longest_follow_up_days", "", longestFollowUp);
        return out.toString();
    }

    private static void line(StringBuilder out, String fact, String key, Object value) {
        out.append(fact).append(',').append(key).append(',').append(value).append('\n');
    }

    /**
     * {@return where a scenario leaves the domain, one warning per way; empty when it stays in}
     *
     * @param scenario the scenario
     */
    public List<Warning> check(Scenario scenario) {
        List<Warning> warnings = new ArrayList<>();
        int age = scenario.subject().ageYears();
        if (age < youngest || age > oldest) {
            warnings.add(new Warning(Message.AGE, List.of(age, youngest, oldest)));
        }
        Fitness f = scenario.subject().fitness();
        if (!fitnessStudies.containsKey(f)) {
            warnings.add(new Warning(Message.FITNESS_UNSTUDIED, List.of(f.keyword())));
        }
        Condition c = scenario.subject().condition();
        int conditionCount = conditionStudies.getOrDefault(c, 0);
        if (c != Condition.HEALTHY && conditionCount < FEW_STUDIES) {
            warnings.add(
                    conditionCount == 0
                            ? new Warning(Message.MOBILITY_UNSTUDIED, List.of(c.keyword()))
                            : new Warning(Message.CONDITION_FEW, List.of(c.keyword(), conditionCount)));
        }
        Set<String> said = new HashSet<>();
        Warning training = null; // said once, for the first phase of training in ordinary life
        for (Phase p : scenario.phases()) {
            Mobility m = p.mobility();
            // People fitter than the default, in disuse for longer than any study of such people.
            Integer fitLongest = fitnessLongestDisuse.get(f);
            if (m != Mobility.NORMAL && f != Fitness.UNTRAINED && fitLongest != null && p.days() > fitLongest) {
                once(
                        said,
                        warnings,
                        new Warning(Message.FITNESS_DISUSE_LONGER, List.of(f.keyword(), p.days(), fitLongest)));
            }
            if (m != Mobility.NORMAL) {
                Integer longest = longestMobility.get(m);
                if (longest == null) {
                    once(said, warnings, new Warning(Message.MOBILITY_UNSTUDIED, List.of(m.keyword())));
                } else if (p.days() > longest) {
                    once(said, warnings, new Warning(Message.MOBILITY_LONGER, List.of(m.keyword(), p.days(), longest)));
                }
            }
            if (training == null
                    && f == Fitness.UNTRAINED
                    && m == Mobility.NORMAL
                    && p.days() >= TRAINING_DAYS
                    && !p.exercise().isEmpty()) {
                training = new Warning(
                        Message.UNTRAINED_GAINS,
                        List.of(p.exercise().get(0).activity().keyword(), p.days()));
            }
            for (Exercise e : p.exercise()) {
                Activity a = e.activity();
                int studies = activityStudies.getOrDefault(a, 0);
                if (studies < FEW_STUDIES) {
                    once(
                            said,
                            warnings,
                            studies == 0
                                    ? new Warning(Message.MOBILITY_UNSTUDIED, List.of(a.keyword()))
                                    : new Warning(Message.ACTIVITY_FEW, List.of(a.keyword(), studies)));
                }
                Integer longest = longestActivity.get(a);
                if (longest != null && p.days() > longest) {
                    once(said, warnings, new Warning(Message.ACTIVITY_LONGER, List.of(a.keyword(), p.days(), longest)));
                }
                Double largest = largestDose.get(a);
                double dose = dose(e);
                if (largest != null && dose > largest * DOSE_MARGIN) {
                    once(
                            said,
                            warnings,
                            new Warning(
                                    Message.DOSE_ABOVE, List.of(a.keyword(), round(dose), unit(a), round(largest))));
                }
            }
        }
        int end = disuseEnd(scenario, scenario.totalDays());
        if (end > 0 && scenario.totalDays() - end > longestFollowUp) {
            warnings.add(new Warning(Message.FOLLOW_UP_LONGER, List.of(scenario.totalDays() - end, longestFollowUp)));
        }
        if (training != null) {
            warnings.add(training);
        }
        return List.copyOf(warnings);
    }

    /**
     * {@return the day the last phase of disuse (any mobility but normal) ending by {@code day}
     * ends, when {@code day} falls in ordinary life after it; 0 otherwise}
     */
    private static int disuseEnd(Scenario scenario, int day) {
        int start = 0;
        int end = 0;
        for (Phase p : scenario.phases()) {
            if (start >= day) {
                break;
            }
            int stop = start + p.days();
            if (p.mobility() != Mobility.NORMAL) {
                end = stop <= day ? stop : 0;
            }
            start = stop;
        }
        return end < day ? end : 0;
    }

    /** The dose the domain compares: minutes a day, or effective sets a week for resistance. */
    private static double dose(Exercise e) {
        return e.activity() == Activity.RESISTANCE ? ActivityEffect.effectiveSetsPerWeek(e) : e.minutesPerDay();
    }

    private static String unit(Activity a) {
        return a == Activity.RESISTANCE ? "effective sets a week" : "minutes a day";
    }

    private static String round(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static void once(Set<String> said, List<Warning> warnings, Warning w) {
        if (said.add(w.text())) {
            warnings.add(w);
        }
    }

    /**
     * {@return the domain of one family's shipped evidence: {@link #builtIn()} for muscle; for
     * aerobic capacity and bone, computed from their evidence the first time it is asked for}
     *
     * @param family the family
     */
    public static Domain builtIn(Family family) {
        if (family == Family.MUSCLE) {
            return builtIn();
        }
        synchronized (Holder.class) {
            return Holder.WHOLE_BODY.computeIfAbsent(family, f -> of(EvidenceSet.builtIn(f)));
        }
    }

    /** The shipped domains, read on first use: muscle's from its stored form, the others' computed. */
    private static final class Holder {
        static final Map<Family, Domain> WHOLE_BODY = new java.util.EnumMap<>(Family.class);
        static final Domain BUILT_IN = parse(EvidenceSet.resource(RESOURCE));
    }
}
