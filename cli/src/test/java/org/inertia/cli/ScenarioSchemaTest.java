package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
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
import org.inertia.sim.scenario.io.FieldRule;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The JSON Schema of scenario files, docs/scenario.schema.json (issue 14), against the code: every
 * shipped scenario validates and names the schema on its first line; every file of the
 * bad-scenario corpora that the reader rejects, the schema rejects too, except those listed below
 * with the reason no schema can state; the schema's keys, words and ranges are the reader's.
 */
class ScenarioSchemaTest {

    private static final Path SCHEMA_FILE = Path.of("..", "docs", "scenario.schema.json");

    private static final List<Path> BAD_CORPORA =
            List.of(Path.of("..", "sim", "src", "test", "resources", "bad-scenarios"), Cli.BAD);

    /**
     * Files a YAML parser refuses, or must refuse, before any schema is applied, so they are not
     * handed to one: not UTF-8, syntax errors, several documents, a key given twice (YAML 1.2
     * forbids it), aliases of nothing or of themselves, a merge key merging its own mapping (a
     * parser that merges loops), a billion values from nested aliases.
     */
    private static final Map<String, String> NOT_LOADED = Map.ofEntries(
            Map.entry("not-utf8.yaml", "not UTF-8 text"),
            Map.entry("not-yaml.yaml", "a YAML syntax error"),
            Map.entry("syntax-tab-indent.yaml", "a tab in the indentation, a YAML syntax error"),
            Map.entry("syntax-unclosed-quote.yaml", "a YAML syntax error"),
            Map.entry("two-documents.yaml", "two YAML documents; a schema describes one"),
            Map.entry("duplicate-key.yaml", "a key given twice, which YAML 1.2 forbids"),
            Map.entry("alias-undefined-long.yaml", "an alias of no anchor"),
            Map.entry("anchor-cycle.yaml", "an anchor that contains itself"),
            Map.entry("merge-key-self.yaml", "a merge key merging its own mapping: a merging parser loops"),
            Map.entry("billion-laughs.yaml", "a billion values from nested aliases"));

    /** Files the reader rejects for a reason that JSON Schema cannot state, and why. */
    private static final Map<String, String> BEYOND_THE_SCHEMA = Map.of(
            "total-too-long.yaml",
            "the phases' days add up to more than 3650: a schema cannot add values up",
            "exercise-more-than-a-day.yaml",
            "a phase's exercise adds up to more minutes a day than a day has: a schema cannot add values up",
            "tag-that-agrees.yaml",
            "a tag that agrees with its value: a schema sees the value, not the tag it was written with");

    private static Schema schema;
    private static JsonNode tree;

    @BeforeAll
    static void load() throws IOException {
        String text = Files.readString(SCHEMA_FILE);
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(text, InputFormat.JSON);
        tree = new ObjectMapper().readTree(text);
    }

    static Stream<Path> shipped() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Cli.SHIPPED, Cli.SHIPPED.resolve("evidence"), Cli.FIXTURES)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    static Stream<Path> bad() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : BAD_CORPORA) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void everyShippedScenarioValidatesAndNamesTheSchema(Path file) throws Exception {
        ScenarioReader.read(file);
        assertThat(errors(file)).isEmpty();
        if (!file.startsWith(Cli.FIXTURES)) {
            String first = Files.readAllLines(file).get(0);
            assertThat(first).startsWith("# yaml-language-server: $schema=");
            Path named = file.getParent().resolve(first.substring(first.indexOf('=') + 1));
            assertThat(Files.isSameFile(named, SCHEMA_FILE))
                    .as("%s names %s", file, named)
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void whatTheReaderRejectsTheSchemaRejects(Path file) throws Exception {
        assertThat(catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(file)))
                .as("the reader rejects %s", file)
                .isNotNull();
        String name = file.getFileName().toString();
        if (NOT_LOADED.containsKey(name)) {
            return;
        }
        Optional<String> json = asJson(file);
        assertThat(json).as("%s is one YAML document", name).isPresent();
        List<com.networknt.schema.Error> errors = schema.validate(json.get(), InputFormat.JSON);
        if (BEYOND_THE_SCHEMA.containsKey(name)) {
            assertThat(errors)
                    .as("%s is listed as beyond the schema; the schema now rejects it: take it off the list", name)
                    .isEmpty();
        } else {
            assertThat(errors).as("the schema rejects %s", name).isNotEmpty();
        }
    }

    @Test
    void inertiaSchemaPrintsThePublishedFile() throws IOException {
        Cli.Result r = Cli.run("schema");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(Files.readString(SCHEMA_FILE));
    }

    @Test
    void theListsNameFilesOfTheCorpora() throws IOException {
        List<String> names = bad().map(p -> p.getFileName().toString()).toList();
        assertThat(names).containsAll(NOT_LOADED.keySet()).containsAll(BEYOND_THE_SCHEMA.keySet());
    }

    @Test
    void wordsAreTheCodes() {
        JsonNode defs = tree.get("$defs");
        assertThat(strings(defs.at("/subject/properties/sex/enum"))).isEqualTo(words(Sex.class));
        assertThat(strings(defs.at("/subject/properties/condition/enum"))).isEqualTo(words(Condition.class));
        assertThat(strings(defs.at("/subject/properties/fitness/enum"))).isEqualTo(words(Fitness.class));
        assertThat(strings(defs.at("/phase/properties/mobility/enum"))).isEqualTo(words(Mobility.class));
        assertThat(strings(defs.at("/exercise/properties/activity/enum"))).isEqualTo(words(Activity.class));
        assertThat(strings(defs.at("/exercise/properties/intensity/enum"))).isEqualTo(words(Intensity.class));
        assertThat(strings(defs.at("/exercise/properties/muscles/items/enum")))
                .isEqualTo(MuscleGroup.SIMULATED.stream()
                        .map(FieldRule::muscleWord)
                        .toList());
        assertThat(strings(tree.at("/properties/model/enum")))
                .isEqualTo(Arrays.stream(Preset.values()).map(Preset::keyword).toList());
        assertThat(defs.at("/exercise/if/properties/activity/const").asText()).isEqualTo(Activity.RESISTANCE.keyword());
    }

    @Test
    void keysAreTheReaders() {
        assertThat(names(tree.get("properties"))).isEqualTo(ScenarioReader.TOP_KEYS);
        assertThat(names(tree.at("/$defs/subject/properties"))).isEqualTo(ScenarioReader.SUBJECT_KEYS);
        assertThat(names(tree.at("/$defs/phase/properties"))).isEqualTo(ScenarioReader.PHASE_KEYS);
        assertThat(names(tree.at("/$defs/exercise/properties"))).isEqualTo(ScenarioReader.EXERCISE_KEYS);
        assertThat(names(tree.at("/properties/baselines/properties"))).isEqualTo(ScenarioReader.BASELINE_KEYS);
        JsonNode parameters = tree.at("/properties/parameters/properties");
        assertThat(names(parameters))
                .isEqualTo(Arrays.stream(Parameter.values()).map(Parameter::key).toList());
        for (Parameter p : Parameter.values()) {
            assertRange(parameters.get(p.key()), p.min(), p.max());
        }
    }

    /** Issue 13: what the reader takes as a baseline the schema's pattern takes, and the reverse for these. */
    @Test
    void baselineValuesAgreeWithTheReader() throws Exception {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
                tree.at("/$defs/baseline/pattern").asText());
        for (String good : List.of("32 kg", "32kg", "180 N·m", "9.1 kg", "1.5e2 N m", "+0.5 L", "1000000 N")) {
            assertThat(pattern.matcher(good).find()).as(good).isTrue();
            ScenarioReader.parse(
                    "name: x\nsubject:\n  age: 40\nphases:\n  - days: 3\n    mobility: bed-rest\n"
                            + "baselines:\n  strength.handgrip: " + good + "\n",
                    Path.of("x.yaml"));
        }
        for (String bad :
                List.of("32", "-32 kg", "0 kg", "0.0e5 kg", "kg 32", "32 kilograms-of-force", "32 kg\u0007")) {
            assertThat(pattern.matcher(bad).find()).as(bad).isFalse();
        }
    }

    @Test
    void rangesAreTheReaders() {
        JsonNode defs = tree.get("$defs");
        assertRange(defs.at("/subject/properties/age"), Subject.MIN_AGE_YEARS, Subject.MAX_AGE_YEARS);
        assertRange(defs.at("/phase/properties/days"), 1, Scenario.MAX_TOTAL_DAYS);
        assertRange(defs.at("/exercise/properties/minutes"), 1, Exercise.MAX_MINUTES_PER_SESSION);
        assertRange(defs.at("/exercise/properties/sessions-per-week"), 1, Exercise.MAX_SESSIONS_PER_WEEK);
        assertRange(defs.at("/exercise/properties/sets"), 1, SetDose.MAX_SETS);
        assertRange(defs.at("/exercise/properties/repetitions"), 1, SetDose.MAX_REPETITIONS);
        assertRange(defs.at("/exercise/properties/load"), SetDose.MIN_LOAD_PERCENT, 100);
        assertThat(tree.at("/properties/name/maxLength").asInt()).isEqualTo(ScenarioReader.MAX_TEXT_LENGTH);
        assertThat(tree.at("/properties/description/maxLength").asInt()).isEqualTo(ScenarioReader.MAX_TEXT_LENGTH);
    }

    /** The exercise rules the reader enforces between keys, as the schema's if/then/else states them. */
    @Test
    void dosingBySetsOrByMinutesAgreesWithTheReader() throws Exception {
        String[] exercises = {
            "{activity: walking, minutes: 30}", // ok
            "{activity: resistance, sets: 3}", // ok
            "{activity: resistance, minutes: 20}", // ok: resistance by time
            "{activity: walking, sets: 3, minutes: 30}", // sets only for resistance
            "{activity: resistance, sets: 3, minutes: 20}", // either or
            "{activity: resistance, sets: 3, intensity: light}", // intensity only for timed exercise
            "{activity: resistance, minutes: 20, load: 80}", // load needs sets
            "{activity: cycling}", // minutes required
        };
        for (String exercise : exercises) {
            String yaml = "name: x\nsubject: {age: 40}\nphases:\n  - {days: 3, mobility: normal, exercise: [" + exercise
                    + "]}\n";
            boolean reader = readerAccepts(yaml);
            Optional<String> json = asJson(yaml);
            assertThat(schema.validate(json.orElseThrow(), InputFormat.JSON).isEmpty())
                    .as(exercise)
                    .isEqualTo(reader);
        }
    }

    private static boolean readerAccepts(String yaml) {
        try {
            ScenarioReader.parse(yaml, Path.of("x.yaml"));
            return true;
        } catch (ScenarioException e) {
            return false;
        }
    }

    private static void assertRange(JsonNode node, double min, double max) {
        assertThat(node.get("minimum").asDouble()).as("%s minimum", node).isEqualTo(min);
        assertThat(node.get("maximum").asDouble()).as("%s maximum", node).isEqualTo(max);
    }

    private static <E extends Enum<E> & Keyword> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyword::keyword).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> s = new ArrayList<>();
        array.forEach(n -> s.add(n.asText()));
        return s;
    }

    private static List<String> names(JsonNode object) {
        List<String> s = new ArrayList<>();
        object.fieldNames().forEachRemaining(s::add);
        return s;
    }

    private static List<com.networknt.schema.Error> errors(Path file) throws IOException {
        return schema.validate(asJson(file).orElseThrow(), InputFormat.JSON);
    }

    /** A file as an editor's YAML support hands it to the schema: empty when it is not one YAML document. */
    private static Optional<String> asJson(Path file) throws IOException {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return asJson(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** YAML 1.2 (core schema) to JSON; empty when the text is not one YAML document. */
    private static Optional<String> asJson(String yaml) throws IOException {
        Object document;
        try {
            document = new Load(LoadSettings.builder()
                            .setSchema(new CoreSchema())
                            .setAllowDuplicateKeys(false)
                            .setAllowRecursiveKeys(false)
                            .build())
                    .loadFromString(yaml);
        } catch (YamlEngineException e) {
            return Optional.empty();
        }
        Optional<JsonNode> node = json(document, 0);
        return node.isEmpty() ? Optional.empty() : Optional.of(new ObjectMapper().writeValueAsString(node.get()));
    }

    /** A loaded YAML value as JSON; empty for what JSON cannot hold (a cycle, a key that is a collection). */
    private static Optional<JsonNode> json(Object value, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (depth > 200) {
            return Optional.empty();
        }
        if (value == null) {
            return Optional.of(f.nullNode());
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode o = f.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getKey() instanceof Map || e.getKey() instanceof List) {
                    return Optional.empty();
                }
                Optional<JsonNode> v = json(e.getValue(), depth + 1);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                o.set(String.valueOf(e.getKey()), v.get());
            }
            return Optional.of(o);
        }
        if (value instanceof List<?> list) {
            ArrayNode a = f.arrayNode();
            for (Object item : list) {
                Optional<JsonNode> v = json(item, depth + 1);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                a.add(v.get());
            }
            return Optional.of(a);
        }
        if (value instanceof Integer || value instanceof Long) {
            return Optional.of(f.numberNode(((Number) value).longValue()));
        }
        if (value instanceof BigInteger b) {
            return Optional.of(f.numberNode(b));
        }
        if (value instanceof Double d) {
            // .inf and .nan are YAML numbers that JSON has no number for: a schema sees text.
            return Optional.of(Double.isFinite(d) ? f.numberNode(d) : f.textNode(d.toString()));
        }
        if (value instanceof Boolean b) {
            return Optional.of(f.booleanNode(b));
        }
        return Optional.of(f.textNode(String.valueOf(value)));
    }
}
