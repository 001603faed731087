package org.inertia.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.inertia.cli.chart.ChartFormat;
import org.inertia.cli.chart.ChartLook;
import org.inertia.cli.chart.TrajectoryChart;
import org.inertia.cli.options.RecoveryOptions;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.output.DomainWarnings;
import org.inertia.cli.output.Hints;
import org.inertia.cli.output.JsonMapping;
import org.inertia.cli.output.SummaryCells;
import org.inertia.cli.output.TerminalText;
import org.inertia.cli.words.FindingWords;
import org.inertia.sim.evidence.Measurement;
import org.inertia.sim.evidence.MeasurementException;
import org.inertia.sim.evidence.MeasurementReader;
import org.inertia.sim.findings.PhaseRoles;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.population.CalibrationUncertainty;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.scenario.Keyword;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.PrintableText;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioProblem;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.scenario.io.ScenarioWriter;
import org.inertia.sim.trajectory.Trajectory;
import picocli.CommandLine.TypeConversionException;

/**
 * One question the page asks: a scenario (a shipped example or YAML text), up to {@value
 * #MAX_VARIANTS} variants of it set by {@link ScenarioControls}, and the measure to chart; then
 * the simulated answers in the forms the API serves (JSON, chart, CSV, YAML).
 *
 * <p>Parameters, from a query string or a form: {@code example=ID} or {@code yaml=TEXT} (with
 * {@code file=NAME}, the name problems quote); {@code variants=1..3}; {@code measure=KEY}
 * (default {@code strength.overall}); {@code vK.CONTROL=VALUE} for variant K and a control of
 * {@link ScenarioControls#NAMES}, as written when absent; {@code vK.phases=1,2,new} and {@code
 * vK.pN.CONTROL=VALUE}, the phases of variant K and the settings of its phase N ({@link
 * ScenarioControls}); {@code variant=K}, which variant a YAML download is of; {@code vK.name=TEXT}, a name given to
 * variant K by hand (at most {@value #MAX_NAME_LENGTH} characters of {@link PrintableText}; blank for
 * the name made from what changed); {@code shown=K}, the presenter's step: the chart draws variants
 * 1 to K on the value axis of all of them, so that stepping through does not rescale it; {@code
 * scale=fixed}, the classroom's fixed value axis ({@value #FIXED_LOW} to {@value #FIXED_HIGH} %,
 * wider only where a line leaves it), so that successive variants and demos share one scale. Any
 * other name is refused, so a misspelt control is not silently ignored. {@code observed=CSV}:
 * measured points ({@code day,measure,value[,sd]}, the format of {@code inertia fit} and {@code
 * --observed}) drawn over the chart, those of the measure charted; {@code recovered=95,100}: the
 * thresholds of recovery ({@code --recovered-at}) for the comparison table and a sentence per variant.
 */
final class WhatIf {

    /** Most variants side by side. */
    static final int MAX_VARIANTS = 3;

    private static final String DEFAULT_FILE = "scenario.yaml";

    /** Longest name given to a variant by hand (characters). */
    static final int MAX_NAME_LENGTH = 80;

    /** Lower end of the fixed value axis (%): below the deepest loss of the shipped examples. */
    static final int FIXED_LOW = 50;

    /** Upper end of the fixed value axis (%): room for the gains of training. */
    static final int FIXED_HIGH = 120;

    /** The control that names a variant by hand; not a scenario setting. */
    private static final String NAME = "name";

    /**
     * One variant and its simulation. Beside other variants it is simulated as "B: its name", so
     * that the chart's legend and the tables match the page's cards (and names that start alike
     * are not cut to their difference); its file keeps {@code name}.
     */
    record Variant(String letter, String name, ScenarioControls controls, String change, Trajectory trajectory) {}

    private final Scenario base;
    private final ScenarioControls written;
    private final List<Variant> variants;
    private final Measure measure;
    private final int yamlVariant;
    private final int shown;
    private final boolean fixedScale;
    private final List<Measurement> observed;
    /** The recovery thresholds asked for (% of baseline); empty for the table's default (95 %). */
    private final List<Double> thresholds;

    private final List<PopulationResult> bands;

    private WhatIf(
            Scenario base,
            ScenarioControls written,
            List<Variant> variants,
            Measure measure,
            int yamlVariant,
            int shown,
            boolean fixedScale,
            List<Measurement> observed,
            List<Double> thresholds,
            List<PopulationResult> bands) {
        this.thresholds = List.copyOf(thresholds);
        this.observed = List.copyOf(observed);
        this.base = base;
        this.shown = shown;
        this.fixedScale = fixedScale;
        this.written = written;
        this.variants = List.copyOf(variants);
        this.measure = measure;
        this.yamlVariant = yamlVariant;
        this.bands = List.copyOf(bands);
    }

    /** Parameter sets drawn for the page's uncertainty bands: fewer than the CLI's, for speed. */
    static final int PAGE_DRAWS = 100;

    /** Memory a variant's day takes while answered (bytes): its trajectory, and its answer built as text. */
    static final long BYTES_PER_VARIANT_DAY = 200 + 5 * 800;

    /** Memory a day of an uncertainty band takes while its draws are simulated (bytes). */
    static final long BYTES_PER_BAND_DAY = PopulationSimulator.bytesPerMeasureDay();

    /** Memory an uncertainty band takes whatever its length (bytes): the simulator's block of draws. */
    static final long BAND_BLOCK_BYTES = PopulationSimulator.bytesPerWorker(1, 1, 1);

    /**
     * {@return the memory a question needs while it is answered (bytes), estimated from its
     * variants' lengths: each day's state and its share of the answer (the CSV, the largest, is
     * about 800 bytes a variant a day, built as text and copied: five times that), and with
     * uncertainty the histograms of one variant's draws (they are simulated one variant at a time)}
     *
     * @param days each variant's days, baseline included
     * @param uncertainty whether the bands are drawn
     */
    static long bytesNeeded(List<Integer> days, boolean uncertainty) {
        long total = 0;
        long longest = 0;
        for (int d : days) {
            total += BYTES_PER_VARIANT_DAY * d;
            longest = Math.max(longest, d);
        }
        return total + (uncertainty ? BAND_BLOCK_BYTES + BYTES_PER_BAND_DAY * longest : 0);
    }

    /**
     * Reads a request's parameters, builds the variants and simulates them, within a budget.
     *
     * @param params parameter name to value
     * @param examples the shipped examples
     * @param budget the request's time and memory; the memory is checked before simulating
     * @return the answers
     * @throws BadRequest if a parameter is missing, unknown or invalid; scenario problems are
     *     worded by the scenario reader
     * @throws RequestBudget.Exceeded if the question needs more memory or time than the budget
     */
    static WhatIf of(Map<String, String> params, Examples examples, RequestBudget budget) throws BadRequest {
        int count = whole(params, "variants", 1, MAX_VARIANTS, 1);
        List<String> unknown = new ArrayList<>();
        for (String name : params.keySet()) {
            if (!known(name, count)) {
                unknown.add("unknown parameter '" + TerminalText.oneLine(shorten(name)) + "'"
                        + (name.matches("v[1-9]\\..*")
                                ? " (controls are " + String.join(", ", ScenarioControls.NAMES) + ", phases and pN."
                                        + String.join("/", ScenarioControls.PHASE_SETTINGS) + " for phases 1 to "
                                        + ScenarioControls.MAX_PHASES + ", for variants 1 to " + count + ")"
                                : ""));
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadRequest(unknown);
        }
        Scenario base = source(params, examples);
        Measure measure = Optional.ofNullable(params.get("measure"))
                .map(key -> Measure.parse(key).orElse(null))
                .orElse(params.containsKey("measure") ? null : Measure.OVERALL_STRENGTH);
        if (measure == null) {
            throw new BadRequest("unknown measure '" + TerminalText.oneLine(shorten(params.get("measure")))
                    + "'; measures are named like strength.overall or mass.knee_extensors");
        }
        int yamlVariant = whole(params, "variant", 1, count, 1);
        int shown = whole(params, "shown", 1, count, count);
        String scale = params.getOrDefault("scale", "auto");
        if (!scale.equals("auto") && !scale.equals("fixed")) {
            throw new BadRequest("scale must be auto or fixed (was " + TerminalText.oneLine(shorten(scale)) + ")");
        }
        List<Measurement> observed = List.of();
        if (params.containsKey("observed") && !params.get("observed").isBlank()) {
            try {
                observed = MeasurementReader.parse(params.get("observed"), "measured points");
            } catch (MeasurementException e) {
                throw new BadRequest(Hints.lines(e));
            }
        }
        List<Double> thresholds = List.of();
        String recovered = params.getOrDefault("recovered", "");
        if (!recovered.isBlank()) {
            try {
                thresholds = new RecoveryOptions.ThresholdsConverter()
                        .convert(recovered)
                        .percents();
            } catch (TypeConversionException e) {
                throw new BadRequest("recovered: " + e.getMessage());
            }
        }
        List<String> ownNames = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            ownNames.add(ownName(params.get("v" + k + "." + NAME), k));
        }

        ScenarioControls written = ScenarioControls.of(base);
        List<ScenarioProblem> problems = new ArrayList<>();
        List<ScenarioControls> controls = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            Map<String, String> values = new LinkedHashMap<>();
            String prefix = "v" + k + ".";
            params.forEach((name, value) -> {
                if (name.startsWith(prefix) && !name.equals(prefix + NAME)) {
                    values.put(name.substring(prefix.length()), value);
                }
            });
            try {
                controls.add(ScenarioControls.parse(base, values, Path.of("variant " + letter(k))));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems.stream().map(Hints::line).toList());
        }
        String wanted = params.getOrDefault("uncertainty", "0");
        if (!wanted.equals("0") && !wanted.equals("1")) {
            throw new BadRequest("uncertainty must be 0 or 1");
        }
        if (wanted.equals("1") && !thresholds.isEmpty()) {
            throw new BadRequest("the recovery thresholds are for the average person: switch off the model's"
                    + " uncertainty, or clear the thresholds");
        }

        List<Scenario> scenarios = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            ScenarioControls c = controls.get(k - 1);
            String change = c.changesFrom(base);
            String name = ownNames.get(k - 1) != null ? ownNames.get(k - 1) : c.name(base);
            names.add(name);
            scenarios.add(c.applyTo(base).withName(count == 1 ? name : letter(k) + ": " + name));
            changes.add(change);
        }
        budget.checkMemory(
                bytesNeeded(scenarios.stream().map(s -> s.totalDays() + 1).toList(), wanted.equals("1")));

        Simulator simulator = Simulator.exact();
        List<Variant> variants = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            budget.checkTime();
            variants.add(new Variant(
                    letter(k),
                    names.get(k - 1),
                    controls.get(k - 1),
                    changes.get(k - 1),
                    simulator.simulate(scenarios.get(k - 1))));
        }
        List<PopulationResult> bands = new ArrayList<>();
        if (wanted.equals("1")) {
            for (Variant v : variants) {
                budget.checkTime();
                Scenario s = v.trajectory().scenario();
                bands.add(new PopulationSimulator(simulator, CalibrationUncertainty.forScenario(s), 1)
                        .simulate(s, PAGE_DRAWS, 1, List.of(measure), 5, 95, done -> budget.checkTime()));
            }
        }
        budget.checkTime();
        return new WhatIf(
                base,
                written,
                variants,
                measure,
                yamlVariant,
                shown,
                scale.equals("fixed"),
                observed,
                thresholds,
                bands);
    }

    /**
     * The name a variant was given by hand: trimmed, null when blank or absent; refused when too
     * long or holding a character {@link PrintableText} refuses (it becomes a legend, a table row and a file's name).
     */
    private static String ownName(String given, int k) throws BadRequest {
        if (given == null || given.isBlank()) {
            return null;
        }
        String name = given.strip();
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new BadRequest("v" + k + ".name: at most " + MAX_NAME_LENGTH + " characters (was "
                    + name.codePointCount(0, name.length()) + ")");
        }
        Optional<String> bad = PrintableText.problem(name, false);
        if (bad.isPresent()) {
            throw new BadRequest("v" + k + ".name: " + bad.get() + "; write the name on one line of printable text");
        }
        return name;
    }

    private static boolean known(String name, int count) {
        if (List.of(
                        "example",
                        "yaml",
                        "file",
                        "variants",
                        "measure",
                        "variant",
                        "uncertainty",
                        "shown",
                        "scale",
                        "observed",
                        "recovered")
                .contains(name)) {
            return true;
        }
        int dot = name.indexOf('.');
        if (dot < 0 || !name.startsWith("v")) {
            return false;
        }
        String k = name.substring(1, dot);
        return k.matches("[1-9]")
                && Integer.parseInt(k) <= count
                && (ScenarioControls.isControl(name.substring(dot + 1))
                        || name.substring(dot + 1).equals(NAME));
    }

    /** The scenario asked about: a shipped example or YAML text read as the CLI reads a file. */
    private static Scenario source(Map<String, String> params, Examples examples) throws BadRequest {
        String example = params.get("example");
        String yaml = params.get("yaml");
        if ((example == null) == (yaml == null)) {
            throw new BadRequest(
                    "give one scenario: example=<name> (GET /api/examples lists them) or yaml=<scenario text>");
        }
        if (example != null) {
            return examples.find(example)
                    .map(Examples.Example::scenario)
                    .orElseThrow(() -> new BadRequest("unknown example '" + TerminalText.oneLine(shorten(example))
                            + "' (GET /api/examples lists them)"));
        }
        try {
            return ScenarioReader.parse(yaml, fileName(params.get("file")));
        } catch (ScenarioException e) {
            throw new BadRequest(e.problems().stream().map(Hints::line).toList());
        }
    }

    /** The name problems quote: the uploaded file's own name, reduced to safe characters. */
    static Path fileName(String given) {
        if (given == null) {
            return Path.of(DEFAULT_FILE);
        }
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ ()+-]", "_");
        if (name.length() > 80) {
            name = name.substring(0, 80);
        }
        try {
            return name.isBlank() || name.startsWith(".") ? Path.of(DEFAULT_FILE) : Path.of(name);
        } catch (InvalidPathException e) {
            return Path.of(DEFAULT_FILE);
        }
    }

    private static int whole(Map<String, String> params, String name, int min, int max, int fallback)
            throws BadRequest {
        String s = params.get(name);
        if (s == null) {
            return fallback;
        }
        if (s.matches("[0-9]{1,3}")) {
            int v = Integer.parseInt(s);
            if (v >= min && v <= max) {
                return v;
            }
        }
        throw new BadRequest(
                name + ": must be between " + min + " and " + max + " (was " + TerminalText.oneLine(shorten(s)) + ")");
    }

    private static String letter(int k) {
        return String.valueOf((char) ('A' + k - 1));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** {@return the simulated variants, in order} */
    List<Trajectory> trajectories() {
        return variants.stream().map(Variant::trajectory).toList();
    }

    /**
     * {@return the chart of the variants shown (all but in the presenter's steps) for the measure,
     * as the CLI's compare draws it, on the value axis of every variant, or the fixed one}
     */
    byte[] chart(ChartFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        double[] range = valueRange();
        chartOf(shown).writeTo(out, format, new ChartLook(null, 0, 0, range[0], range[1]));
        return out.toByteArray();
    }

    /**
     * {@return the chart's value axis (% of baseline): the one every variant together needs, or
     * the fixed one, widened to tens only where a line leaves it}
     */
    double[] valueRange() {
        TrajectoryChart all = chartOf(variants.size());
        double lo = all.xyChart().getStyler().getYAxisMin();
        double hi = all.xyChart().getStyler().getYAxisMax();
        if (fixedScale) {
            lo = Math.min(FIXED_LOW, 10 * Math.floor(lo / 10));
            hi = Math.max(FIXED_HIGH, 10 * Math.ceil(hi / 10));
        }
        return new double[] {lo, hi};
    }

    private TrajectoryChart chartOf(int first) {
        TrajectoryChart chart = bands.isEmpty()
                ? TrajectoryChart.ofScenarios(trajectories().subList(0, first), measure)
                : TrajectoryChart.ofPopulations(
                        bands.subList(0, first), measure, "5th to 95th percentile", "parameter draws");
        return chart.observed(observedShown(), List.of(measure));
    }

    /** The measured points of the measure charted; the others wait until it is chosen. */
    private List<Measurement> observedShown() {
        return observed.stream().filter(p -> p.measure().equals(measure)).toList();
    }

    /** {@return the variants as the command line writes them (every muscle measure), and the measure shown} */
    byte[] csv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The command line's CSV (the muscle measures), and the measure shown when it is fitness or bone.
        List<Measure> measures = new ArrayList<>(Measure.of(Family.MUSCLE));
        if (!measures.contains(measure)) {
            measures.add(measure);
        }
        CsvWriter.write(trajectories(), measures, out);
        return out.toByteArray();
    }

    /** {@return the variant asked for ({@code variant=K}) as a scenario file} */
    String yaml() {
        Variant v = variants.get(yamlVariant - 1);
        Scenario scenario = v.trajectory().scenario().withName(v.name());
        return "# Saved from inertia serve. Run it again with: inertia run <this file>\n"
                + ScenarioWriter.toYaml(scenario);
    }

    /**
     * {@return the answers as the page reads them: the scenario and its controls as written,
     * each variant's controls, change, reading and summary, the comparison table and the chart}
     *
     * @param startNanos when the request arrived ({@link System#nanoTime}), to report the time taken
     */
    String json(long startNanos) throws IOException {
        byte[] svg = chart(ChartFormat.SVG);
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", base.name());
        scenario.put("description", base.description());
        scenario.put("disusePhase", phase(PhaseRoles.disuse(base)));
        scenario.put("recoveryPhase", phase(PhaseRoles.recovery(base)));
        root.put("scenario", scenario);
        root.put("written", written.asValues());
        List<Object> list = new ArrayList<>();
        for (Variant v : variants) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("letter", v.letter());
            m.put("name", v.name());
            m.put("change", v.change());
            m.put("renamed", !v.name().equals(v.controls().name(base)));
            m.put("controls", v.controls().asValues());
            m.put("phases", phases(v));
            // The reading speaks of what the page shows: the muscles, or fitness or bone when switched to them.
            m.put(
                    "reading",
                    measure.family() == Family.MUSCLE
                            ? FindingWords.reading(v.trajectory())
                            : FindingWords.wholeBody(List.of(v.trajectory()), List.of(measure))
                                    .get(0));
            m.put("groups", table(SummaryCells.ofGroups(v.trajectory())));
            m.put("recovery", thresholds.isEmpty() ? null : FindingWords.recovery(v.trajectory(), measure, thresholds));
            list.add(m);
        }
        root.put("variants", list);
        root.put("shown", shown);
        root.put("scale", fixedScale ? "fixed" : "auto");
        double[] range = valueRange();
        root.put("yRange", List.of(range[0], range[1]));
        Map<String, Object> points = new LinkedHashMap<>();
        points.put("shown", observedShown().size());
        points.put("total", observed.size());
        points.put(
                "measures",
                observed.stream().map(p -> p.measure().key()).distinct().toList());
        root.put("observed", points);
        root.put("measure", measure.key());
        root.put("measureLabel", measure.label());
        root.put(
                "comparison",
                table(
                        !bands.isEmpty()
                                ? SummaryCells.ofPopulations(bands, measure)
                                : thresholds.isEmpty()
                                        ? SummaryCells.ofScenarios(trajectories(), measure)
                                        : SummaryCells.ofScenarios(trajectories(), measure, thresholds)));
        root.put("uncertainty", bands.isEmpty() ? null : "5th to 95th percentile of " + PAGE_DRAWS + " draws");
        root.put(
                "warnings",
                DomainWarnings.lines(
                        variants.stream().map(v -> v.trajectory().scenario()).toList(), List.of(measure)));
        String svgText = new String(svg, StandardCharsets.UTF_8);
        root.put("chartSvg", svgText);
        root.put("chartDigest", digest(svg));
        root.put("serverMs", (System.nanoTime() - startNanos) / 1e6);
        return JsonMapping.text(root);
    }

    /**
     * A variant's phases for the page's controls: each one's name (as the changed scenario has it),
     * the written phase it came from ("1", or "new") and its settings.
     */
    private static List<Object> phases(Variant v) {
        List<Object> list = new ArrayList<>();
        List<PhaseControls> controls = v.controls().phases();
        for (int i = 0; i < controls.size(); i++) {
            PhaseControls p = controls.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", v.trajectory().scenario().phases().get(i).name());
            m.put("from", p.from().isPresent() ? Integer.toString(p.from().getAsInt() + 1) : ScenarioControls.ADDED);
            m.putAll(ScenarioControls.phaseValues(p));
            list.add(m);
        }
        return list;
    }

    /** A phase as the page names it: "Bed rest (phase 1)"; null when there is none. */
    private Object phase(OptionalInt index) {
        if (index.isEmpty()) {
            return null;
        }
        return base.phases().get(index.getAsInt()).name() + " (phase " + (index.getAsInt() + 1) + ")";
    }

    private static Map<String, Object> table(SummaryCells cells) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("header", cells.header());
        m.put("rows", cells.rows());
        return m;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * {@return the vocabulary of the controls, keyword to description, for the page's menus}
     */
    static Map<String, Object> vocabulary() {
        Map<String, Object> v = new LinkedHashMap<>();
        Map<String, String> mobility = new LinkedHashMap<>();
        for (org.inertia.sim.scenario.Mobility m : org.inertia.sim.scenario.Mobility.values()) {
            mobility.put(m.keyword(), m.description());
        }
        v.put(ScenarioControls.MOBILITY, mobility);
        Map<String, String> activity = new LinkedHashMap<>();
        activity.put(ScenarioControls.NONE, "no exercise");
        for (org.inertia.sim.scenario.Activity a : org.inertia.sim.scenario.Activity.values()) {
            activity.put(a.keyword(), a.description());
        }
        v.put(ScenarioControls.ACTIVITY, activity);
        v.put(ScenarioControls.INTENSITY, keywords(org.inertia.sim.scenario.Intensity.class));
        v.put(ScenarioControls.CONDITION, keywords(org.inertia.sim.scenario.Condition.class));
        Map<String, String> measures = new LinkedHashMap<>();
        for (Measure m : Measure.all()) {
            measures.put(m.key(), m.label());
        }
        v.put("measure", measures);
        // The page's switch between muscle, fitness and bone: each measure's family, and their names.
        Map<String, String> family = new LinkedHashMap<>();
        for (Measure m : Measure.all()) {
            family.put(m.key(), m.family().key());
        }
        v.put("family", family);
        Map<String, String> families = new LinkedHashMap<>();
        families.put(Family.MUSCLE.key(), "Muscle");
        families.put(Family.AEROBIC.key(), "Fitness");
        families.put(Family.BONE.key(), "Bone");
        v.put("families", families);
        return v;
    }

    private static <E extends Enum<E> & Keyword> Map<String, String> keywords(Class<E> type) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : Keyword.keywords(type)) {
            m.put(k, k.replace('-', ' '));
        }
        return m;
    }

    /** A request the page or a client got wrong: HTTP 400, one line per problem. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;

        /** The problems, one line each. */
        private final List<String> lines;

        BadRequest(String line) {
            this(List.of(line));
        }

        BadRequest(List<String> lines) {
            super(lines.get(0));
            this.lines = List.copyOf(lines);
        }

        List<String> lines() {
            return lines;
        }
    }
}
