package org.inertia.sim.scenario.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inertia.sim.measure.Baseline;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Fitness;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.SetDose;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads scenario files (YAML) into {@link Scenario}s. Every mistake becomes a {@link
 * ScenarioProblem} with file, line, column, field and a hint; reading continues past a mistake so
 * that one run reports as many as it can.
 *
 * <p>Hostile input is bounded: files over {@value #MAX_FILE_BYTES} bytes are refused before they
 * are read, nesting is limited to {@value #MAX_DEPTH} levels, aliases to {@value #MAX_ALIASES},
 * text values to {@value #MAX_TEXT_LENGTH} characters, and anchors may not make a node contain
 * itself. The format is in {@code docs/scenario-format.md}.
 */
public final class ScenarioReader {

    /** Largest scenario file accepted (bytes): 1 MiB, a thousand times a long scenario. */
    public static final int MAX_FILE_BYTES = 1 << 20;

    /** Deepest nesting accepted; a scenario needs five. */
    public static final int MAX_DEPTH = 16;

    /** Most aliases accepted in a file (anchors may reuse an exercise block). */
    public static final int MAX_ALIASES = 50;

    /** Longest name or description accepted (characters). */
    public static final int MAX_TEXT_LENGTH = 10_000;

    /** The keys of a scenario's top level, in the order of the format's documentation. */
    public static final List<String> TOP_KEYS =
            List.of("name", "description", "subject", "model", "parameters", "phases", "baselines");
    /** The keys of {@code subject:}. */
    public static final List<String> SUBJECT_KEYS = List.of("age", "sex", "condition", "fitness");
    /** The keys of each phase. */
    public static final List<String> PHASE_KEYS = List.of("name", "days", "mobility", "exercise");
    /** The keys of each exercise of a phase. */
    public static final List<String> EXERCISE_KEYS =
            List.of("activity", "minutes", "sessions-per-week", "intensity", "sets", "repetitions", "load", "muscles");

    private static final List<String> SET_KEYS = List.of("sets", "repetitions", "load");

    private final Path file;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    private ScenarioReader(Path file) {
        this.file = file;
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file, as the user named it (errors quote it so)
     * @return the scenario
     * @throws ScenarioException with every problem found, if the file is not a valid scenario
     */
    public static Scenario read(Path file) throws ScenarioException {
        ScenarioReader reader = new ScenarioReader(file);
        String text = reader.load();
        return reader.parseText(text);
    }

    /**
     * Reads several scenario files, reporting the problems of all of them before failing.
     *
     * @param files the files, as the user named them
     * @return the scenarios, in the order given
     * @throws ScenarioException with every problem of every file, if any file is invalid
     */
    public static List<Scenario> readAll(List<Path> files) throws ScenarioException {
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                scenarios.add(read(file));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenarios;
    }

    /**
     * Reads a scenario from text.
     *
     * @param text the YAML text
     * @param source the name to quote in problems (a path or a label such as {@code <upload>})
     * @return the scenario
     * @throws ScenarioException with every problem found, if the text is not a valid scenario
     */
    public static Scenario parse(String text, Path source) throws ScenarioException {
        ScenarioReader reader = new ScenarioReader(source);
        if (text.length() > MAX_FILE_BYTES) {
            reader.fail(ScenarioMessage.FILE_TOO_LARGE, text.length(), MAX_FILE_BYTES);
        }
        return reader.parseText(text);
    }

    /**
     * Reads a scenario from a stream, such as standard input, with the same limits and checks as
     * a file: at most {@value #MAX_FILE_BYTES} bytes are read (a longer stream is refused without
     * reading the rest), and the bytes must be UTF-8.
     *
     * @param in the stream; read up to its end or one byte past the limit, and not closed
     * @param source the name to quote in problems, such as {@code <stdin>}
     * @return the scenario
     * @throws ScenarioException with every problem found, if the text is not a valid scenario
     */
    public static Scenario read(InputStream in, Path source) throws ScenarioException {
        ScenarioReader reader = new ScenarioReader(source);
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw reader.fail(
                    ScenarioMessage.UNREADABLE,
                    Excerpt.longWords(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        if (bytes.length > MAX_FILE_BYTES) {
            // The stream's full length is unknown without reading it all: say it is over the limit.
            throw reader.fail(ScenarioMessage.STREAM_TOO_LARGE, MAX_FILE_BYTES);
        }
        return reader.parseText(reader.decode(bytes));
    }

    // ---- file level ---------------------------------------------------------------------------

    private String load() throws ScenarioException {
        byte[] bytes;
        try {
            if (!Files.exists(file)) {
                throw fail(ScenarioMessage.FILE_NOT_FOUND);
            }
            if (!Files.isRegularFile(file)) {
                throw fail(ScenarioMessage.NOT_A_FILE);
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw fail(ScenarioMessage.FILE_TOO_LARGE, size, MAX_FILE_BYTES);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(ScenarioMessage.FILE_NOT_FOUND);
        } catch (IOException e) {
            throw fail(
                    ScenarioMessage.UNREADABLE,
                    Excerpt.longWords(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw fail(ScenarioMessage.FILE_TOO_LARGE, bytes.length, MAX_FILE_BYTES);
        }
        return decode(bytes);
    }

    /** The bytes as UTF-8 text; a problem naming the line of the first byte that is not. */
    private String decode(byte[] bytes) throws ScenarioException {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text;
        } catch (CharacterCodingException e) {
            int bad = firstMalformedByte(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(new ScenarioProblem(
                    file,
                    line,
                    0,
                    "",
                    ScenarioMessage.NOT_UTF8,
                    List.of(),
                    "byte " + (bad + 1) + "; save the file as UTF-8"));
            throw new ScenarioException(problems);
        }
    }

    private static int firstMalformedByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private Scenario parseText(String text) throws ScenarioException {
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // we report duplicates ourselves, with both lines
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_FILE_BYTES)
                // The whole text in one read: with the default 1 kB, the library copies its window
                // at every kB of a long token (quadratic: 0.5 GB allocated for a 512 kB comment).
                .setBufferSize(Math.max(1024, text.length() + 1))
                .setUseMarks(true)
                .build();
        Node root;
        NoMerge documents = new NoMerge(settings, text);
        try {
            if (!documents.hasNext()) {
                throw fail(ScenarioMessage.EMPTY_FILE);
            }
            root = documents.next();
            if (documents.hasNext()) {
                throw fail(ScenarioMessage.SEVERAL_DOCUMENTS);
            }
        } catch (MarkedYamlEngineException e) {
            if (!documents.mergeKeys.isEmpty()) {
                throw mergeKeys(documents.mergeKeys);
            }
            throw syntax(e);
        } catch (YamlEngineException e) {
            String reason = e.getMessage() == null ? "unreadable" : e.getMessage();
            ScenarioMessage message =
                    reason.contains("aliases") ? ScenarioMessage.TOO_MANY_ALIASES : ScenarioMessage.SYNTAX;
            throw fail(message, message == ScenarioMessage.TOO_MANY_ALIASES ? MAX_ALIASES : parserWords(reason));
        } catch (TooDeep | StackOverflowError e) {
            throw fail(ScenarioMessage.TOO_DEEP, MAX_DEPTH);
        }
        if (!documents.mergeKeys.isEmpty()) {
            throw mergeKeys(documents.mergeKeys);
        }
        tagged = documents.tagged;
        if (root == null || isNull(root)) {
            throw fail(ScenarioMessage.EMPTY_FILE);
        }
        if (depth(root, 0, new IdentityHashMap<>()) > MAX_DEPTH) {
            // Too deep, or endless: a node that contains itself has no depth.
            Optional<Node> cycle = cycle(root);
            if (cycle.isPresent()) {
                Node anchored = cycle.get();
                problem(
                        anchored,
                        "",
                        ScenarioMessage.ANCHOR_CYCLE,
                        List.of(anchored.getAnchor()
                                .map(a -> Excerpt.of(a.getValue()))
                                .orElse("?")),
                        "an alias may reuse a block defined before it, not the block it stands in");
                throw new ScenarioException(problems);
            }
            throw fail(ScenarioMessage.TOO_DEEP, MAX_DEPTH);
        }
        Scenario scenario;
        try {
            scenario = scenario(root);
        } catch (Stop e) {
            throw new ScenarioException(problems);
        }
        if (!problems.isEmpty() || scenario == null) {
            throw new ScenarioException(problems);
        }
        return scenario;
    }

    private ScenarioException syntax(MarkedYamlEngineException e) {
        Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String hint = "";
        if (context.contains("quoted scalar")) {
            // The end of the file is not where the mistake is: point at the opening quote.
            mark = e.getContextMark().or(() -> e.getProblemMark());
            problem = "a quoted text is never closed";
            hint = "close the quote on the same line, or remove it";
        } else if (problem.contains("\\t")
                || problem.toLowerCase(java.util.Locale.ROOT).contains("tab")) {
            hint = "indent with spaces, not tabs";
        } else if (problem.contains("mapping values are not allowed")) {
            hint = "put a space after each ':' and quote text that contains ': '";
        } else if (problem.contains("could not find expected ':'")) {
            hint = "each line needs 'key: value'";
        } else if (problem.contains("found duplicate anchor") || problem.contains("recursive")) {
            hint = "anchors may not refer to themselves";
        }
        if (problem.contains("aliases")) {
            problems.add(new ScenarioProblem(
                    file,
                    line(mark),
                    column(mark),
                    "",
                    ScenarioMessage.TOO_MANY_ALIASES,
                    List.of(MAX_ALIASES),
                    "repeat the block instead of aliasing it"));
        } else {
            problems.add(new ScenarioProblem(
                    file, line(mark), column(mark), "", ScenarioMessage.SYNTAX, List.of(parserWords(problem)), hint));
        }
        return new ScenarioException(problems);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * The parser's reason as a message quotes it: its first line, long words (an alias name, a
     * tag) shortened, at most {@value #MAX_PARSER_REASON} characters.
     */
    private static String parserWords(String reason) {
        String s = Excerpt.longWords(firstLine(reason));
        return s.length() > MAX_PARSER_REASON ? s.substring(0, MAX_PARSER_REASON) + "..." : s;
    }

    private static final int MAX_PARSER_REASON = 200;

    /** Merge keys are refused: SnakeYAML's merging loops for ever on a merge of its own anchor. */
    private ScenarioException mergeKeys(List<Node> keys) {
        for (Node key : keys) {
            problem(
                    key,
                    "",
                    ScenarioMessage.MERGE_KEY,
                    List.of(),
                    "write the keys out, or reuse a whole block with an alias such as *walk");
        }
        return new ScenarioException(problems);
    }

    /**
     * A composer that never merges: a merge key ({@code <<}, or any key tagged {@code !!merge}) is
     * recorded and kept as an ordinary key, so the library's merge resolution, which never returns
     * on a mapping that merges itself, is never reached.
     */
    private static final class NoMerge extends Composer {
        private final List<Node> mergeKeys = new ArrayList<>();
        /** The nodes written with an explicit tag ({@code !!int 7}, {@code !foo x}), by identity. */
        private final Set<Node> tagged = Collections.newSetFromMap(new IdentityHashMap<>());

        NoMerge(LoadSettings settings, String text) {
            super(settings, new Shallow(new ParserImpl(settings, new StreamReader(settings, text))));
        }

        /** Whether the event about to be composed carries a tag written in the file. */
        private boolean explicitTag() {
            Event e = parser.peekEvent();
            return e instanceof ScalarEvent s && s.getTag().isPresent()
                    || e instanceof CollectionStartEvent c && c.getTag().isPresent();
        }

        /** Keeps a node composed from an explicitly tagged event; Java evaluates {@code explicit} first. */
        private <N extends Node> N noting(boolean explicit, N node) {
            if (explicit) {
                tagged.add(node);
            }
            return node;
        }

        @Override
        protected Node composeScalarNode(Optional<Anchor> anchor, List<CommentLine> comments) {
            return noting(explicitTag(), super.composeScalarNode(anchor, comments));
        }

        @Override
        protected SequenceNode composeSequenceNode(Optional<Anchor> anchor) {
            return noting(explicitTag(), super.composeSequenceNode(anchor));
        }

        @Override
        protected Node composeMappingNode(Optional<Anchor> anchor) {
            return noting(explicitTag(), super.composeMappingNode(anchor));
        }

        @Override
        protected Node composeKeyNode(MappingNode node) {
            Node key = super.composeKeyNode(node);
            if (Tag.MERGE.equals(key.getTag())) {
                mergeKeys.add(key);
                key.setTag(Tag.STR);
            }
            return key;
        }
    }

    /** Thrown by {@link Shallow} when collections nest deeper than a scenario may. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super("too deep", null, false, false);
        }
    }

    /**
     * The parser's events, stopped as soon as collections nest deeper than {@value #MAX_DEPTH}
     * levels (and one for the document): the library's scanner slows down with every open flow
     * level ({@code [[[[...}: a second for 5,000 of them) and its composer recurses, so the depth
     * is checked as the events arrive, before either gets far.
     */
    private static final class Shallow implements Parser {
        private final Parser events;
        private int depth;

        Shallow(Parser events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return events.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return events.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return events.hasNext();
        }

        @Override
        public Event next() {
            Event e = events.next();
            switch (e.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_DEPTH + 1) {
                        throw new TooDeep();
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> {
                    // Scalars, aliases, document and stream events do not nest.
                }
            }
            return e;
        }
    }

    /**
     * A node that contains itself through an alias ({@code a: &x [*x]}), or empty. Depth-first
     * with an explicit stack (a deep file must not overflow the thread's), each node explored once.
     */
    private static Optional<Node> cycle(Node root) {
        Map<Node, Boolean> onPath = new IdentityHashMap<>();
        Deque<Node> path = new ArrayDeque<>();
        Deque<Iterator<Node>> pending = new ArrayDeque<>();
        onPath.put(root, true);
        path.push(root);
        pending.push(children(root).iterator());
        while (!pending.isEmpty()) {
            Iterator<Node> next = pending.peek();
            if (next.hasNext()) {
                Node child = next.next();
                Boolean on = onPath.get(child);
                if (on == null) {
                    onPath.put(child, true);
                    path.push(child);
                    pending.push(children(child).iterator());
                } else if (on) {
                    return Optional.of(child);
                }
            } else {
                pending.pop();
                onPath.put(path.pop(), false);
            }
        }
        return Optional.empty();
    }

    private static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                children.add(t.getKeyNode());
                children.add(t.getValueNode());
            }
        } else if (node instanceof SequenceNode q) {
            children.addAll(q.getValue());
        }
        return children;
    }

    /**
     * Depth of a node graph (aliases make it a graph without cycles), stopping early past the
     * limit; each node's depth below it is computed once, so aliases of aliases cost no more than
     * the nodes they share.
     */
    private static int depth(Node node, int level, Map<Node, Integer> below) {
        if (level > MAX_DEPTH) {
            return level;
        }
        Integer known = below.get(node);
        if (known != null) {
            return level + known;
        }
        int max = level;
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                max = Math.max(max, depth(t.getKeyNode(), level + 1, below));
                max = Math.max(max, depth(t.getValueNode(), level + 1, below));
                if (max > MAX_DEPTH) {
                    return max;
                }
            }
        } else if (node instanceof SequenceNode s) {
            for (Node n : s.getValue()) {
                max = Math.max(max, depth(n, level + 1, below));
                if (max > MAX_DEPTH) {
                    return max;
                }
            }
        }
        below.put(node, max - level);
        return max;
    }

    // ---- structure ----------------------------------------------------------------------------

    private Scenario scenario(Node root) {
        Map<String, NodeTuple> top = mapping(root, "", TOP_KEYS, "top-level");
        if (top == null) {
            return null;
        }
        String name = text(top, "name", "name", true, root);
        String description = text(top, "description", "description", false, root);
        Subject subject = subject(top.get("subject"), root);
        List<Phase> phases = phases(top.get("phases"), root);
        Preset preset = Preset.DEFAULT;
        if (top.containsKey("model")) {
            Node node = top.get("model").getValueNode();
            String word = scalar(node, "model");
            if (word != null) {
                Optional<Preset> p = Preset.fromKeyword(word);
                if (p.isEmpty()) {
                    List<String> names = java.util.Arrays.stream(Preset.values())
                            .map(Preset::keyword)
                            .toList();
                    Optional<String> foreign = DidYouMean.foreignCharacter(word);
                    problem(
                            node,
                            "model",
                            foreign.isPresent()
                                    ? ScenarioMessage.UNKNOWN_VALUE_CHARACTER
                                    : ScenarioMessage.UNKNOWN_VALUE,
                            foreign.isPresent() ? List.of(Excerpt.of(word), foreign.get()) : List.of(Excerpt.of(word)),
                            DidYouMean.hint(word, names));
                } else {
                    preset = p.get();
                }
            }
        }
        Map<Parameter, Double> parameters = parameters(top.get("parameters"));
        Map<Measure, Baseline> baselines = baselines(top.get("baselines"));
        if (name == null || subject == null || phases == null || parameters == null || baselines == null) {
            return null;
        }
        return new Scenario(name, description, subject, phases, preset, parameters, baselines);
    }

    private Subject subject(NodeTuple tuple, Node parent) {
        if (tuple == null) {
            problem(
                    parent,
                    "",
                    ScenarioMessage.MISSING_KEY,
                    List.of("subject"),
                    "add 'subject:' with 'age:' (18-100), and optionally 'sex:' and 'condition:'");
            return null;
        }
        Map<String, NodeTuple> keys = mapping(tuple.getValueNode(), "subject", SUBJECT_KEYS, "subject");
        if (keys == null) {
            return null;
        }
        Node node = tuple.getValueNode();
        Integer age = value(keys, FieldRule.AGE, "subject.age", true, null, node);
        Sex sex = value(keys, FieldRule.SEX, "subject.sex", false, null, node);
        Condition condition = value(keys, FieldRule.CONDITION, "subject.condition", false, Condition.HEALTHY, node);
        Fitness fitness = value(keys, FieldRule.FITNESS, "subject.fitness", false, Fitness.UNTRAINED, node);
        if (age == null || (keys.containsKey("sex") && sex == null) || condition == null || fitness == null) {
            return null;
        }
        return new Subject(age, sex, condition, fitness);
    }

    private List<Phase> phases(NodeTuple tuple, Node parent) {
        if (tuple == null) {
            problem(
                    parent,
                    "",
                    ScenarioMessage.MISSING_KEY,
                    List.of("phases"),
                    "add 'phases:' with a list of phases, each with 'days:' and 'mobility:'");
            return null;
        }
        Node node = tuple.getValueNode();
        List<Node> items = list(node, "phases");
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            problem(
                    node,
                    "phases",
                    ScenarioMessage.EMPTY_LIST,
                    List.of("phase"),
                    "a phase needs 'days:' and 'mobility:'");
            return null;
        }
        List<Phase> phases = new ArrayList<>();
        boolean ok = true;
        long total = 0;
        for (int i = 0; i < items.size(); i++) {
            Phase phase = phase(items.get(i), "phases[" + i + "]", i);
            if (phase == null) {
                ok = false;
            } else {
                phases.add(phase);
                total += phase.days();
            }
        }
        if (ok && total > Scenario.MAX_TOTAL_DAYS) {
            problem(
                    node,
                    "phases",
                    ScenarioMessage.TOO_MANY_DAYS,
                    List.of(total, Scenario.MAX_TOTAL_DAYS),
                    "shorten the phases or split the scenario");
            return null;
        }
        return ok ? phases : null;
    }

    private Phase phase(Node node, String field, int index) {
        Map<String, NodeTuple> keys = mapping(node, field, PHASE_KEYS, "phase");
        if (keys == null) {
            return null;
        }
        String name = text(keys, "name", field + ".name", false, node);
        Integer days = value(keys, FieldRule.DAYS, field + ".days", true, null, node);
        Mobility mobility = value(keys, FieldRule.MOBILITY, field + ".mobility", true, null, node);
        List<Exercise> exercise = List.of();
        boolean exerciseOk = true;
        if (keys.containsKey("exercise")) {
            Node list = keys.get("exercise").getValueNode();
            if (!isNull(list)) {
                List<Node> items = list(list, field + ".exercise");
                if (items == null) {
                    exerciseOk = false;
                } else {
                    List<Exercise> parsed = new ArrayList<>();
                    for (int j = 0; j < items.size(); j++) {
                        Exercise e = exercise(items.get(j), field + ".exercise[" + j + "]");
                        if (e == null) {
                            exerciseOk = false;
                        } else {
                            parsed.add(e);
                        }
                    }
                    exercise = parsed;
                    double minutes =
                            parsed.stream().mapToDouble(Exercise::minutesPerDay).sum();
                    if (minutes > MINUTES_IN_A_DAY) {
                        problem(
                                list,
                                field + ".exercise",
                                ScenarioMessage.TOO_MANY_MINUTES,
                                List.of(Math.round(minutes), (long) MINUTES_IN_A_DAY),
                                "fewer minutes or sessions: the entries of a phase share its days");
                        exerciseOk = false;
                    }
                }
            }
        }
        if (days == null || mobility == null || !exerciseOk) {
            return null;
        }
        return new Phase(name == null || name.isBlank() ? "Phase " + (index + 1) : name, days, mobility, exercise);
    }

    private Exercise exercise(Node node, String field) {
        Map<String, NodeTuple> keys = mapping(node, field, EXERCISE_KEYS, "exercise");
        if (keys == null) {
            return null;
        }
        Activity activity = value(keys, FieldRule.ACTIVITY, field + ".activity", true, null, node);
        boolean ok = activity != null;
        boolean bySets = keys.containsKey("sets");
        if (activity != null && activity != Activity.RESISTANCE) {
            for (String key : SET_KEYS) {
                if (keys.containsKey(key)) {
                    problem(
                            keys.get(key).getKeyNode(),
                            field + "." + key,
                            ScenarioMessage.NOT_APPLICABLE,
                            List.of(key, "resistance exercise"),
                            "dose " + activity.keyword() + " by 'minutes:' and 'intensity:'");
                    ok = false;
                }
            }
            bySets = false;
        }
        if (bySets && keys.containsKey("minutes")) {
            problem(node, field, ScenarioMessage.EITHER_OR, List.of("minutes", "sets"), "dose by time or by sets");
            ok = false;
        }
        if (bySets && keys.containsKey("intensity")) {
            problem(
                    keys.get("intensity").getKeyNode(),
                    field + ".intensity",
                    ScenarioMessage.NOT_APPLICABLE,
                    List.of("intensity", "exercise dosed by minutes"),
                    "give the effort of sets as 'load:' (% of the one-repetition maximum)");
            ok = false;
        }
        if (!bySets && activity == Activity.RESISTANCE) {
            for (String key : List.of("repetitions", "load")) {
                if (keys.containsKey(key)) {
                    problem(
                            keys.get(key).getKeyNode(),
                            field + "." + key,
                            ScenarioMessage.NEEDS_KEY,
                            List.of(key, "sets"),
                            "add 'sets:' (1-" + SetDose.MAX_SETS + ") instead of 'minutes:'");
                    ok = false;
                }
            }
        }
        Integer sessions = value(keys, FieldRule.SESSIONS_PER_WEEK, field + ".sessions-per-week", false, null, node);
        boolean sessionsOk = sessions != null || !keys.containsKey("sessions-per-week");
        int perWeek = sessions == null ? Exercise.DEFAULT_SESSIONS_PER_WEEK : sessions;
        List<MuscleGroup> muscles = muscles(keys, field + ".muscles");
        if (!sessionsOk || muscles == null) {
            ok = false;
        }
        if (bySets) {
            Integer sets = value(keys, FieldRule.SETS, field + ".sets", true, null, node);
            Integer repetitions = value(
                    keys, FieldRule.REPETITIONS, field + ".repetitions", false, SetDose.DEFAULT_REPETITIONS, node);
            Double load = value(keys, FieldRule.LOAD, field + ".load", false, SetDose.DEFAULT_LOAD_PERCENT, node);
            if (!ok || sets == null || repetitions == null || load == null) {
                return null;
            }
            return Exercise.resistance(new SetDose(sets, repetitions, load), perWeek, muscles);
        }
        Double minutes = value(keys, FieldRule.MINUTES, field + ".minutes", true, null, node);
        Intensity intensity = value(keys, FieldRule.INTENSITY, field + ".intensity", false, Intensity.MODERATE, node);
        if (!ok || minutes == null || intensity == null) {
            return null;
        }
        return new Exercise(activity, minutes, perWeek, intensity, Optional.empty(), muscles);
    }

    /** The muscle groups an exercise names; empty when it names none, null on a problem. */
    private List<MuscleGroup> muscles(Map<String, NodeTuple> keys, String field) {
        NodeTuple t = keys.get("muscles");
        if (t == null) {
            return List.of();
        }
        Node node = t.getValueNode();
        List<Node> items = list(node, field);
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            problem(
                    node,
                    field,
                    ScenarioMessage.EMPTY_LIST,
                    List.of("muscle group"),
                    "name the groups it loads, or leave 'muscles:' out for the activity's usual ones");
            return null;
        }
        List<MuscleGroup> groups = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String path = field + "[" + i + "]";
            if (tagged(item, path)) {
                ok = false;
                continue;
            }
            if (!(item instanceof ScalarNode scalar) || isNull(item)) {
                problem(
                        item,
                        path,
                        ScenarioMessage.EXPECTED_SCALAR,
                        List.of(describe(item)),
                        FieldRule.MUSCLE.emptyHint());
                ok = false;
                continue;
            }
            MuscleGroup g = FieldRule.MUSCLE.read(
                    scalar, (message, arguments, hint) -> problem(item, path, message, arguments, hint));
            if (g == null) {
                ok = false;
            } else if (groups.contains(g)) {
                problem(item, path, ScenarioMessage.DUPLICATE_ITEM, List.of(scalar.getValue()), "name each group once");
                ok = false;
            } else {
                groups.add(g);
            }
        }
        return ok ? groups : null;
    }

    private Map<Parameter, Double> parameters(NodeTuple tuple) {
        Map<Parameter, Double> result = new EnumMap<>(Parameter.class);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return result;
        }
        List<String> names =
                java.util.Arrays.stream(Parameter.values()).map(Parameter::key).toList();
        Map<String, NodeTuple> keys = mapping(tuple.getValueNode(), "parameters", names, "parameters");
        if (keys == null) {
            return null;
        }
        boolean ok = true;
        for (Map.Entry<String, NodeTuple> e : keys.entrySet()) {
            Parameter p = Parameter.fromKey(e.getKey()).orElseThrow();
            Double v =
                    value(keys, FieldRule.parameter(p), "parameters." + e.getKey(), true, null, tuple.getValueNode());
            if (v == null) {
                ok = false;
            } else {
                result.put(p, v);
            }
        }
        return ok ? result : null;
    }

    /**
     * The measures a baseline may be given for, as the format names them: every muscle group's
     * strength and mass, not the overall means.
     */
    public static final List<String> BASELINE_KEYS =
            Measure.all().stream().filter(Baseline::appliesTo).map(Measure::key).toList();

    /**
     * {@code baselines:}, each measure's value at day 0 with its unit, "32 kg" (issue 13); null
     * (with problems) when any is wrong.
     */
    private Map<Measure, Baseline> baselines(NodeTuple tuple) {
        Map<Measure, Baseline> result = new LinkedHashMap<>();
        if (tuple == null || isNull(tuple.getValueNode())) {
            return result;
        }
        List<String> measures = Measure.all().stream().map(Measure::key).toList();
        Map<String, NodeTuple> keys = mapping(tuple.getValueNode(), "baselines", measures, "baselines");
        if (keys == null) {
            return null;
        }
        // The keys the mapping refused (unknown measures) are already problems.
        boolean ok =
                keys.size() == ((MappingNode) tuple.getValueNode()).getValue().size();
        for (Map.Entry<String, NodeTuple> e : keys.entrySet()) {
            String field = "baselines." + e.getKey();
            if (!BASELINE_KEYS.contains(e.getKey())) {
                problem(
                        e.getValue().getKeyNode(),
                        field,
                        ScenarioMessage.UNKNOWN_KEY,
                        List.of(e.getKey()),
                        "an overall mean takes no baseline, since no instrument measures it;"
                                + " give a muscle group's, such as 'strength.handgrip'");
                ok = false;
                continue;
            }
            Baseline b = baseline(e.getValue().getValueNode(), field);
            if (b == null) {
                ok = false;
            } else {
                result.put(Measure.parse(e.getKey()).orElseThrow(), b);
            }
        }
        return ok ? result : null;
    }

    /** A baseline: a number (the format's grammar, {@link Decimal}), then its unit, "32 kg" or "32kg". */
    private static final java.util.regex.Pattern VALUE_AND_UNIT = java.util.regex.Pattern.compile(
            "([-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]{1,9})?)(.*)", java.util.regex.Pattern.DOTALL);

    /** A unit that begins with more of the number: a digit, or a comma or point and a digit. */
    private static final java.util.regex.Pattern UNIT_THAT_IS_A_NUMBER =
            java.util.regex.Pattern.compile("[,.'\u2019]?[0-9]");

    /** One baseline, "NUMBER UNIT"; null (with a problem) when it is not one. */
    private Baseline baseline(Node node, String field) {
        String example = "write the value at day 0 and its unit, such as '32 kg' or '180 N·m'";
        if (tagged(node, field)) {
            return null;
        }
        if (isNull(node)) {
            problem(node, field, ScenarioMessage.EMPTY_VALUE, List.of(), example);
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, field, ScenarioMessage.EXPECTED_SCALAR, List.of(describe(node)), example);
            return null;
        }
        String text = scalar.getValue().strip();
        java.util.regex.Matcher parts = VALUE_AND_UNIT.matcher(text);
        String number = parts.matches() ? parts.group(1) : text;
        String unit = parts.matches() ? parts.group(2).strip() : "";
        java.util.OptionalDouble v = Decimal.parseDouble(number);
        if (parts.matches() && Decimal.outOfSize(number)) {
            problem(node, field, ScenarioMessage.EXTREME_NUMBER, List.of(Excerpt.of(number)), example);
            return null;
        }
        if (!parts.matches() || v.isEmpty()) {
            problem(node, field, ScenarioMessage.NOT_A_NUMBER, List.of(Excerpt.of(text)), example);
            return null;
        }
        double value = v.getAsDouble();
        if (!(value > 0 && value <= Baseline.MAX_VALUE)) {
            problem(
                    node,
                    field,
                    ScenarioMessage.NOT_POSITIVE,
                    List.of(Baseline.MAX_VALUE, number),
                    "a measured value is greater than 0");
            return null;
        }
        if (unit.isEmpty()) {
            problem(node, field, ScenarioMessage.MISSING_UNIT, List.of(Excerpt.of(text)), example);
            return null;
        }
        if (UNIT_THAT_IS_A_NUMBER.matcher(unit).lookingAt()) {
            problem(
                    node,
                    field,
                    ScenarioMessage.NUMBER_IN_UNIT,
                    List.of(Excerpt.of(unit)),
                    unit.startsWith(",")
                            ? "write the decimal with a point, such as '32.5 kg'"
                            : "write one number without separators, then the unit, such as '1800 N'");
            return null;
        }
        if (unit.length() > Baseline.MAX_UNIT_LENGTH) {
            problem(
                    node,
                    field,
                    ScenarioMessage.UNIT_TOO_LONG,
                    List.of(Baseline.MAX_UNIT_LENGTH),
                    "a unit is a short symbol such as kg, N·m or N");
            return null;
        }
        Optional<String> bad = PrintableText.problem(unit, false);
        if (bad.isPresent() || unit.indexOf('\t') >= 0) {
            problem(
                    node,
                    field,
                    ScenarioMessage.INVALID_UNIT_CHARACTER,
                    List.of(bad.orElse("it holds a tab")),
                    "a unit is one line of printable text; remove it");
            return null;
        }
        return new Baseline(value, unit);
    }

    // ---- values -------------------------------------------------------------------------------

    /**
     * The keys of a mapping, checked against the allowed ones; problems for unknown and duplicate
     * keys. Returns null when the node is not a mapping.
     */
    private Map<String, NodeTuple> mapping(Node node, String field, java.util.Collection<String> allowed, String what) {
        if (tagged(node, field)) {
            return null;
        }
        if (!(node instanceof MappingNode m)) {
            problem(
                    node,
                    field,
                    ScenarioMessage.EXPECTED_MAPPING,
                    List.of(describe(node)),
                    "write the " + what + " as 'key: value' lines");
            return null;
        }
        Map<String, NodeTuple> keys = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node keyNode = t.getKeyNode();
            if (!(keyNode instanceof ScalarNode ks)) {
                problem(
                        keyNode,
                        field,
                        ScenarioMessage.EXPECTED_SCALAR,
                        List.of(describe(keyNode)),
                        "keys are single words");
                continue;
            }
            String key = ks.getValue();
            if (tagged(keyNode, field.isEmpty() ? Excerpt.of(key) : field + "." + Excerpt.of(key))) {
                continue;
            }
            if (!allowed.contains(key)) {
                String shown = Excerpt.of(key);
                String path = field.isEmpty() ? shown : field + "." + shown;
                Optional<String> foreign = DidYouMean.foreignCharacter(key);
                if (foreign.isPresent()) {
                    problem(
                            keyNode,
                            path,
                            ScenarioMessage.UNKNOWN_KEY_CHARACTER,
                            List.of(shown, foreign.get()),
                            DidYouMean.hint(key, allowed));
                } else {
                    problem(keyNode, path, ScenarioMessage.UNKNOWN_KEY, List.of(shown), DidYouMean.hint(key, allowed));
                }
                continue;
            }
            String path = field.isEmpty() ? key : field + "." + key;
            if (keys.containsKey(key)) {
                problem(
                        keyNode,
                        path,
                        ScenarioMessage.DUPLICATE_KEY,
                        List.of(key, firstLine.get(key)),
                        "give each key once");
            } else {
                keys.put(key, t);
                firstLine.put(key, line(keyNode.getStartMark()));
            }
        }
        return keys;
    }

    private List<Node> list(Node node, String field) {
        if (tagged(node, field)) {
            return null;
        }
        if (!(node instanceof SequenceNode s)) {
            problem(node, field, ScenarioMessage.EXPECTED_LIST, List.of(describe(node)), "start each item with '- '");
            return null;
        }
        return s.getValue();
    }

    /** The text of a scalar node, or null (with a problem) when it is not a scalar. */
    private String scalar(Node node, String field) {
        if (tagged(node, field)) {
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            problem(node, field, ScenarioMessage.EXPECTED_SCALAR, List.of(describe(node)), "");
            return null;
        }
        return s.getValue();
    }

    private String text(Map<String, NodeTuple> keys, String key, String field, boolean required, Node parent) {
        NodeTuple t = keys.get(key);
        if (t == null) {
            if (required) {
                problem(
                        parent,
                        field.substring(0, Math.max(0, field.lastIndexOf('.'))),
                        ScenarioMessage.MISSING_KEY,
                        List.of(key),
                        "add '" + key + ":' with a short title");
            }
            return null;
        }
        Node node = t.getValueNode();
        if (isNull(node)) {
            if (required) {
                problem(node, field, ScenarioMessage.EMPTY_VALUE, List.of(), "give a short title");
            }
            return null;
        }
        String s = scalar(node, field);
        if (s != null && s.length() > MAX_TEXT_LENGTH) {
            problem(node, field, ScenarioMessage.TEXT_TOO_LONG, List.of(MAX_TEXT_LENGTH), "");
            return null;
        }
        boolean lines = key.equals("description");
        Optional<String> bad = s == null ? Optional.empty() : PrintableText.problem(s, lines);
        if (bad.isPresent()) {
            problem(
                    node,
                    field,
                    ScenarioMessage.INVALID_CHARACTER,
                    List.of(bad.get()),
                    lines ? "remove it" : "a name is one line of text; remove it");
            return null;
        }
        if (s != null && required && s.isBlank()) {
            problem(node, field, ScenarioMessage.EMPTY_VALUE, List.of(), "give a short title");
            return null;
        }
        return s == null ? null : s.strip();
    }

    /**
     * The value of a single-valued field under its rule: the fallback when the key is absent and
     * not required, null (with a problem) when it is missing, empty or invalid.
     */
    private <T> T value(
            Map<String, NodeTuple> keys, FieldRule<T> rule, String field, boolean required, T fallback, Node parent) {
        NodeTuple t = keys.get(rule.key());
        if (t == null) {
            if (required) {
                problem(
                        parent,
                        field.substring(0, Math.max(0, field.lastIndexOf('.'))),
                        ScenarioMessage.MISSING_KEY,
                        List.of(rule.key()),
                        "add '" + rule.key() + ":' with " + rule.expected());
                return null;
            }
            return fallback;
        }
        Node node = t.getValueNode();
        if (tagged(node, field)) {
            return null;
        }
        if (isNull(node)) {
            problem(node, field, ScenarioMessage.EMPTY_VALUE, List.of(), rule.emptyHint());
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, field, ScenarioMessage.EXPECTED_SCALAR, List.of(describe(node)), "");
            return null;
        }
        return rule.read(scalar, (message, arguments, hint) -> problem(node, field, message, arguments, hint));
    }

    /** The nodes the file wrote with an explicit tag; set once the file is composed. */
    private Set<Node> tagged = Set.of();

    /**
     * Reports a node written with an explicit YAML tag ({@code !!int 7}, {@code !foo x}, {@code
     * !!map {...}}): scenario files use none, whether or not the tag agrees with the value.
     *
     * @return whether the node carries one (a problem was reported)
     */
    private boolean tagged(Node node, String field) {
        if (node == null || !tagged.contains(node)) {
            return false;
        }
        problem(node, field, ScenarioMessage.EXPLICIT_TAG, List.of(tagName(node.getTag())), "remove the tag");
        return true;
    }

    /** A tag as written: {@code !!int} for the core schema's, the tag itself for any other. */
    private static String tagName(Tag tag) {
        String value = tag.getValue();
        return Excerpt.of(value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (isNull(node)) {
            return "empty";
        }
        String v = ((ScalarNode) node).getValue();
        return "'" + Excerpt.of(v) + "'";
    }

    // ---- problems -----------------------------------------------------------------------------

    private void problem(Node node, String field, ScenarioMessage message, List<Object> arguments, String hint) {
        Optional<Mark> mark = node == null ? Optional.empty() : node.getStartMark();
        problems.add(new ScenarioProblem(file, line(mark), column(mark), field, message, arguments, hint));
        if (problems.size() == MAX_PROBLEMS) {
            problems.add(new ScenarioProblem(
                    file, 0, 0, "", ScenarioMessage.TOO_MANY_PROBLEMS, List.of(MAX_PROBLEMS), "fix these first"));
            throw new Stop();
        }
    }

    /** Minutes in a day: a phase's exercise, averaged over the week, cannot take more. */
    static final int MINUTES_IN_A_DAY = 24 * 60;

    /** Most problems reported for one file; a file of garbage is not worth 50,000 lines. */
    public static final int MAX_PROBLEMS = 100;

    /** Ends reading once {@link #MAX_PROBLEMS} problems are found. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("too many problems", null, false, false);
        }
    }

    private ScenarioException fail(ScenarioMessage message, Object... arguments) {
        problems.add(new ScenarioProblem(file, 0, 0, "", message, List.of(arguments), hintFor(message)));
        return new ScenarioException(problems);
    }

    private static String hintFor(ScenarioMessage message) {
        return switch (message) {
            case FILE_NOT_FOUND -> "check the path; 'ls scenarios/' lists the examples";
            case NOT_A_FILE -> "name a .yaml file, not a folder";
            case EMPTY_FILE -> "a scenario needs 'name:', 'subject:' and 'phases:'; see scenarios/ for examples";
            case FILE_TOO_LARGE, STREAM_TOO_LARGE, TOO_DEEP, TOO_MANY_ALIASES -> "this is not a scenario file";
            default -> "";
        };
    }

    private static int line(Optional<Mark> mark) {
        return mark.map(m -> m.getLine() + 1).orElse(0);
    }

    private static int column(Optional<Mark> mark) {
        return mark.map(m -> m.getColumn() + 1).orElse(0);
    }
}
