package org.inertia.sim.scenario.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Fitness;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Keyword;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.SetDose;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The rule of one single-valued field of the scenario format: what kind of value it takes (a whole
 * number, a number or a word of a closed vocabulary), its range, and how a mistake is reported.
 * The one copy of these rules: {@link ScenarioReader} applies them to the values of a file, and a
 * front end that edits a scenario field by field (a web form) applies them to typed text with
 * {@link #parse}, getting the same values, messages and hints.
 *
 * <p>Numbers follow the YAML core schema (decimal, with an optional exponent; whole numbers also in
 * {@code 0x}/{@code 0o} form) and must be at most {@value #MAX_NUMBER_LENGTH} characters long, so
 * that no value, however written, costs more than a few microseconds to check.
 *
 * @param <T> the type of the value
 */
public final class FieldRule<T> {

    /** Longest number accepted (characters); a scenario needs at most a dozen. */
    public static final int MAX_NUMBER_LENGTH = Decimal.MAX_LENGTH;

    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

    /** {@code subject.age}: years, a whole number. */
    public static final FieldRule<Integer> AGE = whole("age", Subject.MIN_AGE_YEARS, Subject.MAX_AGE_YEARS);

    /** {@code subject.sex}. */
    public static final FieldRule<Sex> SEX = keyword("sex", Sex.class);

    /** {@code subject.condition}. */
    public static final FieldRule<Condition> CONDITION = keyword("condition", Condition.class);

    /** {@code phases[i].days}: length of a phase (d). */
    public static final FieldRule<Integer> DAYS = whole("days", 1, Scenario.MAX_TOTAL_DAYS);

    /** {@code phases[i].mobility}. */
    public static final FieldRule<Mobility> MOBILITY = keyword("mobility", Mobility.class);

    /** {@code phases[i].exercise[j].activity}. */
    public static final FieldRule<Activity> ACTIVITY = keyword("activity", Activity.class);

    /** {@code phases[i].exercise[j].minutes}: minutes per session. */
    public static final FieldRule<Double> MINUTES = number("minutes", 1, Exercise.MAX_MINUTES_PER_SESSION);

    /** {@code phases[i].exercise[j].sessions-per-week}. */
    public static final FieldRule<Integer> SESSIONS_PER_WEEK =
            whole("sessions-per-week", 1, Exercise.MAX_SESSIONS_PER_WEEK);

    /** {@code phases[i].exercise[j].intensity}. */
    public static final FieldRule<Intensity> INTENSITY = keyword("intensity", Intensity.class);

    /** {@code subject.fitness}: training status before the scenario. */
    public static final FieldRule<Fitness> FITNESS = keyword("fitness", Fitness.class);

    /** {@code phases[i].exercise[j].sets}: sets per resistance session. */
    public static final FieldRule<Integer> SETS = whole("sets", 1, SetDose.MAX_SETS);

    /** {@code phases[i].exercise[j].repetitions}: repetitions per set. */
    public static final FieldRule<Integer> REPETITIONS = whole("repetitions", 1, SetDose.MAX_REPETITIONS);

    /** {@code phases[i].exercise[j].load}: % of the one-repetition maximum. */
    public static final FieldRule<Double> LOAD = number("load", SetDose.MIN_LOAD_PERCENT, 100);

    /** An item of {@code phases[i].exercise[j].muscles}: a simulated muscle group, kebab-case. */
    public static final FieldRule<MuscleGroup> MUSCLE = words("muscles", muscleWords());

    /** How a rule turns a scalar into a value, reporting a problem when it cannot. */
    private interface Conversion<T> {
        T convert(String text, Tag tag, boolean plain, Problems problems);
    }

    /** Where a rule reports a problem; the caller adds the location. */
    @FunctionalInterface
    interface Problems {
        void add(ScenarioMessage message, List<Object> arguments, String hint);
    }

    private final String key;
    private final String expected;
    private final Conversion<T> conversion;

    private FieldRule(String key, String expected, Conversion<T> conversion) {
        this.key = key;
        this.expected = expected;
        this.conversion = conversion;
    }

    /**
     * {@return the rule of a parameter in a scenario's {@code parameters:} block: a number within
     * the parameter's range}
     *
     * @param parameter the parameter
     */
    public static FieldRule<Double> parameter(Parameter parameter) {
        return number(parameter.key(), parameter.min(), parameter.max());
    }

    /** {@return the key of the field in a scenario file, such as {@code sessions-per-week}} */
    public String key() {
        return key;
    }

    /** {@return what the field takes, in a few words: "a whole number from 1 to 3650"} */
    public String expected() {
        return expected;
    }

    /**
     * Reads a value typed as text, such as in a web form, as the reader reads the same text
     * written unquoted in a scenario file.
     *
     * @param text the text
     * @param source the name problems quote, such as {@code variant B}
     * @param field the field's path, such as {@code phases[0].days}
     * @param problems receives a problem when the text is not a valid value
     * @return the value, or empty (with a problem added) when the text is not valid
     */
    public Optional<T> parse(String text, Path source, String field, List<ScenarioProblem> problems) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        Problems sink = (message, arguments, hint) ->
                problems.add(new ScenarioProblem(source, 0, 0, field, message, arguments, hint));
        if (s.isEmpty()) {
            sink.add(ScenarioMessage.EMPTY_VALUE, List.of(), emptyHint());
            return Optional.empty();
        }
        return Optional.ofNullable(conversion.convert(s, RESOLVER.resolve(s, true), true, sink));
    }

    /**
     * Reads a scalar node of a file; null when a problem was reported. The reader refuses an
     * explicitly tagged node before it gets here, so the tag is the one the value resolves to.
     */
    T read(ScalarNode node, Problems problems) {
        return conversion.convert(node.getValue(), node.getTag(), node.isPlain(), problems);
    }

    /** The hint for an empty value. */
    String emptyHint() {
        return "give " + expected;
    }

    private static FieldRule<Integer> whole(String key, int min, int max) {
        return new FieldRule<>(key, "a whole number from " + min + " to " + max, (text, tag, plain, problems) -> {
            BigDecimal v = numeric(text, tag, plain, true, problems);
            if (v == null) {
                return null;
            }
            if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
                problems.add(ScenarioMessage.OUT_OF_RANGE, List.of(min, max, excerpt(text)), "");
                return null;
            }
            return v.intValueExact();
        });
    }

    private static FieldRule<Double> number(String key, double min, double max) {
        return new FieldRule<>(
                key, "a number from " + plain(min) + " to " + plain(max), (text, tag, plain, problems) -> {
                    BigDecimal v = numeric(text, tag, plain, false, problems);
                    if (v == null) {
                        return null;
                    }
                    double d = v.doubleValue();
                    if (!(d >= min && d <= max)) {
                        problems.add(ScenarioMessage.OUT_OF_RANGE, List.of(plain(min), plain(max), excerpt(text)), "");
                        return null;
                    }
                    return d;
                });
    }

    private static <E extends Enum<E> & Keyword> FieldRule<E> keyword(String key, Class<E> type) {
        Map<String, E> words = new LinkedHashMap<>();
        Map<String, String> synonyms = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            words.put(e.keyword(), e);
            e.synonyms().forEach(s -> synonyms.put(s, e.keyword()));
        }
        return words(key, words, synonyms);
    }

    private static <T> FieldRule<T> words(String key, Map<String, T> words) {
        return words(key, words, Map.of());
    }

    /** A rule for one of {@code words}; a word in {@code synonyms} (lower case) is told the allowed one it means. */
    private static <T> FieldRule<T> words(String key, Map<String, T> words, Map<String, String> synonyms) {
        List<String> allowed = List.copyOf(words.keySet());
        return new FieldRule<>(key, "one of " + String.join(", ", allowed), (text, tag, plain, problems) -> {
            T value = words.get(text);
            if (value == null) {
                Optional<String> foreign = DidYouMean.foreignCharacter(text);
                if (foreign.isPresent()) {
                    problems.add(
                            ScenarioMessage.UNKNOWN_VALUE_CHARACTER,
                            List.of(excerpt(text), foreign.get()),
                            DidYouMean.hint(text, allowed));
                } else {
                    String meant = synonyms.get(text.strip().toLowerCase(java.util.Locale.ROOT));
                    problems.add(
                            ScenarioMessage.UNKNOWN_VALUE,
                            List.of(excerpt(text)),
                            meant != null ? "did you mean '" + meant + "'?" : DidYouMean.hint(text, allowed));
                }
                return null;
            }
            return value;
        });
    }

    /** The scenario spelling of each simulated group: {@code knee-extensors}. */
    private static Map<String, MuscleGroup> muscleWords() {
        Map<String, MuscleGroup> words = new LinkedHashMap<>();
        for (MuscleGroup g : MuscleGroup.SIMULATED) {
            words.put(muscleWord(g), g);
        }
        return words;
    }

    /**
     * {@return a simulated group as scenario files spell it: {@code knee-extensors}}
     *
     * @param group a simulated group
     */
    public static String muscleWord(MuscleGroup group) {
        return group.key().replace('_', '-');
    }

    /**
     * A number as written, exactly; null (with a problem) when not numeric, not finite or too
     * long. The length and exponent are checked before any arbitrary-precision arithmetic.
     */
    private static BigDecimal numeric(String s, Tag tag, boolean plain, boolean whole, Problems problems) {
        ScenarioMessage notNumber = whole ? ScenarioMessage.NOT_AN_INTEGER : ScenarioMessage.NOT_A_NUMBER;
        String shown = plain ? excerpt(s) : "'" + excerpt(s) + "'";
        if (s.length() > MAX_NUMBER_LENGTH && (Tag.FLOAT.equals(tag) || Tag.INT.equals(tag))) {
            problems.add(ScenarioMessage.NUMBER_TOO_LONG, List.of(MAX_NUMBER_LENGTH), "");
            return null;
        }
        if (Tag.FLOAT.equals(tag)) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.contains("inf") || lower.contains("nan")) {
                problems.add(ScenarioMessage.NOT_FINITE, List.of(shown), "");
                return null;
            }
            Optional<BigDecimal> parsed = Decimal.parse(s);
            if (parsed.isEmpty()) {
                boolean grammatical = s.length() <= Decimal.MAX_LENGTH
                        && s.matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
                problems.add(grammatical ? ScenarioMessage.EXTREME_NUMBER : notNumber, List.of(shown), "");
                return null;
            }
            BigDecimal v = parsed.get();
            if (whole) {
                problems.add(notNumber, List.of(shown), "write it without a decimal point");
                return null;
            }
            return v;
        }
        if (Tag.INT.equals(tag)) {
            try {
                BigInteger v;
                if (s.startsWith("0x")) {
                    v = new BigInteger(s.substring(2), 16);
                } else if (s.startsWith("0o")) {
                    v = new BigInteger(s.substring(2), 8);
                } else {
                    v = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
                }
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                // The schema called it a number but Java cannot read it (such as "0x" alone).
                problems.add(notNumber, List.of(shown), "");
                return null;
            }
        }
        String hint = Tag.STR.equals(tag) && !plain
                ? "remove the quotes"
                : s.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))
                        ? "write the digits 0-9"
                        : "";
        problems.add(notNumber, List.of(shown), hint);
        return null;
    }

    /** A value as quoted back in a message: at most 40 characters. */
    static String excerpt(String s) {
        return Excerpt.of(s);
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return key + ": " + expected;
    }
}
