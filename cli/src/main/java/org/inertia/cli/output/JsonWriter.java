package org.inertia.cli.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.inertia.sim.findings.Recovery;
import org.inertia.sim.measure.Baseline;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * Writes simulated scenarios as one JSON document (RFC 8259, UTF-8), scenario and results
 * together, so that a result file says what produced it:
 *
 * <pre>
 * {"inertia": version, "units": {what each number measures},
 *  "scenarios": [{"name", "description", "days", "subject": {age, sex, condition},
 *   "phases": [{name, days, mobility, startDay, exercise: [{activity, minutes, sessionsPerWeek, intensity}]}],
 *   "model": preset keyword, "parameters": {every parameter's value}, "overrides": {the scenario's own},
 *   "summary": {measure: {lowest, lowestDay, end, recoveryDay|null, daysToRecover|null,
 *     recovery: back|never-below|not-back, recoveryThreshold}},
 *   "series": {measure: [value of day 0, day 1, ...]}}]}
 * </pre>
 *
 * A population run ({@link #writePopulations}) adds {@code "population"}, summarises each measure
 * as median and band across subjects, and adds the band's {@code "lower"} and {@code "upper"}
 * series beside the median {@code "series"}.
 *
 * <p>The document is built as the records below and written by Jackson ({@link JsonMapping}),
 * so that its shape is stated once, as types. Every field is documented in docs/data-formats.md
 * and in the schema docs/output.schema.json, which tests check against real output. Values are
 * in % of baseline, rounded to four decimals; days are whole numbers. Every number is finite, or
 * null where a population percentile is undefined: a non-finite value from the simulator is a
 * defect and stops the write.
 */
public final class JsonWriter {

    /**
     * The document's {@code "units"} (issue 14): what its numbers measure, so that a file read
     * without the documentation (docs/data-formats.md) still says it; each model parameter's
     * unit under {@code "parameters"}.
     */
    static final Units UNITS = new Units(
            "percent of the subject's own baseline (day 0 = 100)",
            "days from the start of the scenario (day 0 = baseline)",
            "days",
            "years",
            "minutes per session",
            "sessions per week",
            "percentage points",
            "percentiles (0 to 100) across subjects: lower and upper are these percentiles,"
                    + " series and median the 50th",
            "fraction of subjects (0 to 1)",
            "percent of baseline",
            "the unit of the measure's baseline (the scenario's baselines): value x percent / 100",
            ordered(List.of(Parameter.values()), Parameter::key, Parameter::unit));

    private JsonWriter() {}

    /**
     * Writes the document.
     *
     * @param version the Inertia version that produced it
     * @param trajectories the simulated scenarios, in order
     * @param measures the measures to summarise and write as series
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(String version, List<Trajectory> trajectories, List<Measure> measures, OutputStream out)
            throws IOException {
        // No thresholds asked for: no "recoveredAt" field at all (an empty list would write one).
        write(version, trajectories, measures, null, out);
    }

    /**
     * Writes the document with each measure's summary ending in {@code "recoveredAt": [{"percent",
     * "day", "daysAfterLowest", "end"}, ...]}, one object per recovery threshold: the first day
     * back at that share of baseline after the lowest point and the days from the lowest point
     * (0 and null when it never fell below it; both null when it is not back within the scenario,
     * {@code "end"} then saying how far it got on the last day).
     *
     * @param version the Inertia version that produced it
     * @param trajectories the simulated scenarios, in order
     * @param measures the measures to summarise and write as series
     * @param thresholds the recovery thresholds (% of baseline), in order; null for no {@code
     *     "recoveredAt"} field
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(
            String version,
            List<Trajectory> trajectories,
            List<Measure> measures,
            List<Double> thresholds,
            OutputStream out)
            throws IOException {
        JsonMapping.writeFile(
                new Document(
                        version,
                        UNITS,
                        trajectories.stream()
                                .map(t -> scenario(t, measures, thresholds))
                                .toList()),
                out);
    }

    /**
     * Writes population runs: each scenario as {@link #write} does, with {@code "population":
     * {subjects, seed, band: [lower, upper], resolutionPp}}; a summary whose {@code lowest},
     * {@code end} and {@code daysToRecover} are each {@code {median, lower, upper}} across subjects
     * ({@code daysToRecover} percentiles are null where they fall among subjects not back within
     * the scenario, whose share is {@code notBackShare}); the median as {@code "series"}, and the
     * band as {@code "lower"} and {@code "upper"}, each {measure: [day 0, day 1, ...]}.
     *
     * @param version the Inertia version that produced it
     * @param populations the population runs, in order
     * @param measures the measures to summarise and write; each summarised by every run
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writePopulations(
            String version, List<PopulationResult> populations, List<Measure> measures, OutputStream out)
            throws IOException {
        JsonMapping.writeFile(
                new Document(
                        version,
                        UNITS,
                        populations.stream().map(p -> population(p, measures)).toList()),
                out);
    }

    // ---- The document, as records: components in the order the fields are written. ----

    /** The whole file. */
    record Document(String inertia, Units units, List<ScenarioResult> scenarios) {}

    /** What each number of the document measures. */
    record Units(
            String values,
            String day,
            String days,
            String age,
            String minutes,
            String sessionsPerWeek,
            String resolutionPp,
            String band,
            String notBackShare,
            String recoveryThreshold,
            String inUnit,
            Map<String, String> parameters) {}

    /**
     * One scenario: what it describes, then its results; {@code population}, {@code lower} and
     * {@code upper} only for a population run.
     */
    record ScenarioResult(
            String name,
            String description,
            int days,
            SubjectFields subject,
            List<PhaseFields> phases,
            String model,
            Map<String, BigDecimal> parameters,
            Map<String, BigDecimal> overrides,
            @JsonInclude(JsonInclude.Include.NON_NULL) PopulationFields population,
            Map<String, Object> summary,
            Map<String, List<BigDecimal>> series,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<BigDecimal>> lower,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<BigDecimal>> upper,
            Map<String, BaselineFields> baselines,
            Map<String, List<BigDecimal>> seriesInUnit,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<BigDecimal>> lowerInUnit,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<BigDecimal>> upperInUnit) {}

    /** A measured baseline (issue 13): the value at day 0 and its unit, as the scenario gives them. */
    record BaselineFields(BigDecimal value, String unit) {}

    /** A single run's summary in the baseline's unit. */
    record InUnit(String unit, BigDecimal lowest, BigDecimal end) {}

    /** A population's summary in the baseline's unit, each figure as median and band. */
    record SpreadInUnit(String unit, Spread lowest, Spread end) {}

    /** The subject; {@code sex} null where the scenario leaves it open. */
    record SubjectFields(int age, String sex, String condition) {}

    /** A phase, with the day it starts on. */
    record PhaseFields(String name, int days, String mobility, int startDay, List<ExerciseFields> exercise) {}

    /** An exercise of a phase. */
    record ExerciseFields(String activity, BigDecimal minutes, int sessionsPerWeek, String intensity) {}

    /** A population run's size, seed and band. */
    record PopulationFields(int subjects, long seed, List<BigDecimal> band, BigDecimal resolutionPp) {}

    /**
     * One measure of a single run; {@code recoveredAt} only when recovery thresholds were asked
     * for.
     */
    record Summary(
            BigDecimal lowest,
            int lowestDay,
            BigDecimal end,
            Integer recoveryDay,
            Integer daysToRecover,
            String recovery,
            BigDecimal recoveryThreshold,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<RecoveredAt> recoveredAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) InUnit inUnit) {}

    /** When a measure is back to one threshold; nulls as {@link #write(String, List, List, List, OutputStream)} says. */
    record RecoveredAt(BigDecimal percent, Integer day, Integer daysAfterLowest, BigDecimal end) {}

    /** One measure of a population run, each figure as median and band across subjects. */
    record PopulationSummary(
            Spread lowest,
            Spread end,
            Spread daysToRecover,
            BigDecimal notBackShare,
            @JsonInclude(JsonInclude.Include.NON_NULL) SpreadInUnit inUnit) {}

    /** A median and band; null where the percentile is undefined. */
    record Spread(BigDecimal median, BigDecimal lower, BigDecimal upper) {
        static Spread of(double median, double lower, double upper) {
            return new Spread(
                    JsonMapping.dataOrNull(median), JsonMapping.dataOrNull(lower), JsonMapping.dataOrNull(upper));
        }
    }

    // ---- From results to records. ----

    private static ScenarioResult scenario(Trajectory t, List<Measure> measures, List<Double> thresholds) {
        Scenario s = t.scenario();
        Map<String, Object> summary = ordered(
                measures,
                Measure::key,
                m -> thresholds == null
                        ? summary(t.summary(m), null, s.baseline(m).orElse(null))
                        : summary(
                                t.summary(m),
                                Recovery.of(t, m, thresholds),
                                s.baseline(m).orElse(null)));
        Map<String, List<BigDecimal>> series = ordered(measures, Measure::key, m -> values(t.series(m)));
        List<Measure> inUnit = withBaseline(s, measures);
        return described(
                s,
                null,
                summary,
                series,
                null,
                null,
                ordered(inUnit, Measure::key, m -> valuesIn(s.baseline(m).orElseThrow(), t.series(m))),
                null,
                null);
    }

    private static ScenarioResult population(PopulationResult p, List<Measure> measures) {
        PopulationFields fields = new PopulationFields(
                p.subjects(),
                p.seed(),
                List.of(JsonMapping.exact(p.lowerPercentile()), JsonMapping.exact(p.upperPercentile())),
                JsonMapping.exact(p.resolutionPp()));
        Map<String, Object> summary = ordered(measures, Measure::key, m -> populationSummary(p, m));
        Scenario s = p.scenario();
        List<Measure> inUnit = withBaseline(s, measures);
        return described(
                s,
                fields,
                summary,
                ordered(measures, Measure::key, m -> values(p.median()[p.indexOf(m)])),
                ordered(measures, Measure::key, m -> values(p.lower()[p.indexOf(m)])),
                ordered(measures, Measure::key, m -> values(p.upper()[p.indexOf(m)])),
                ordered(inUnit, Measure::key, m -> valuesIn(s.baseline(m).orElseThrow(), p.median()[p.indexOf(m)])),
                ordered(inUnit, Measure::key, m -> valuesIn(s.baseline(m).orElseThrow(), p.lower()[p.indexOf(m)])),
                ordered(inUnit, Measure::key, m -> valuesIn(s.baseline(m).orElseThrow(), p.upper()[p.indexOf(m)])));
    }

    /** The scenario's own fields, from its name to its parameter overrides, and the results given. */
    private static ScenarioResult described(
            Scenario s,
            PopulationFields population,
            Map<String, Object> summary,
            Map<String, List<BigDecimal>> series,
            Map<String, List<BigDecimal>> lower,
            Map<String, List<BigDecimal>> upper,
            Map<String, List<BigDecimal>> seriesInUnit,
            Map<String, List<BigDecimal>> lowerInUnit,
            Map<String, List<BigDecimal>> upperInUnit) {
        Subject subject = s.subject();
        int[] starts = s.phaseStartDays();
        List<PhaseFields> phases = new ArrayList<>();
        for (int p = 0; p < s.phases().size(); p++) {
            phases.add(phase(s.phases().get(p), starts[p]));
        }
        return new ScenarioResult(
                s.name(),
                s.description(),
                s.totalDays(),
                new SubjectFields(
                        subject.ageYears(),
                        subject.sex() == null ? null : subject.sex().keyword(),
                        subject.condition().keyword()),
                List.copyOf(phases),
                s.preset().keyword(),
                exactValues(s.modelParameters().asMap()),
                exactValues(s.sortedParameters()),
                population,
                summary,
                series,
                lower,
                upper,
                ordered(
                        s.baselines().entrySet(),
                        e -> e.getKey().key(),
                        e -> new BaselineFields(
                                JsonMapping.exact(e.getValue().value()),
                                e.getValue().unit())),
                seriesInUnit,
                lowerInUnit,
                upperInUnit);
    }

    /** The measures among {@code measures} that the scenario gives a baseline for, in their order. */
    private static List<Measure> withBaseline(Scenario s, List<Measure> measures) {
        return measures.stream().filter(m -> s.baseline(m).isPresent()).toList();
    }

    /** A day series in the baseline's unit, four decimals. */
    private static List<BigDecimal> valuesIn(Baseline b, double[] percents) {
        BigDecimal[] out = new BigDecimal[percents.length];
        for (int d = 0; d < percents.length; d++) {
            out[d] = JsonMapping.data(b.inUnit(percents[d]));
        }
        return List.of(out);
    }

    private static PhaseFields phase(Phase phase, int startDay) {
        List<ExerciseFields> exercise = new ArrayList<>();
        for (Exercise x : phase.exercise()) {
            exercise.add(new ExerciseFields(
                    x.activity().keyword(),
                    JsonMapping.exact(x.minutesPerSession()),
                    x.sessionsPerWeek(),
                    x.intensity().keyword()));
        }
        return new PhaseFields(phase.name(), phase.days(), phase.mobility().keyword(), startDay, List.copyOf(exercise));
    }

    private static Map<String, BigDecimal> exactValues(Map<Parameter, Double> values) {
        return ordered(values.entrySet(), e -> e.getKey().key(), e -> JsonMapping.exact(e.getValue()));
    }

    private static Summary summary(MeasureSummary s, List<Recovery> recoveries, Baseline baseline) {
        List<RecoveredAt> recoveredAt = recoveries == null
                ? null
                : recoveries.stream()
                        .map(r -> new RecoveredAt(
                                JsonMapping.data(r.thresholdPercent()),
                                orNull(r.day()),
                                orNull(r.daysAfterLowest()),
                                JsonMapping.data(r.summary().endPercent())))
                        .toList();
        return new Summary(
                JsonMapping.data(s.lowestPercent()),
                s.lowestDay(),
                JsonMapping.data(s.endPercent()),
                orNull(s.recoveryDay()),
                orNull(s.daysToRecover()),
                recovery(s),
                JsonMapping.exact(s.recoveryThresholdPercent()),
                recoveredAt,
                baseline == null
                        ? null
                        : new InUnit(
                                baseline.unit(),
                                JsonMapping.data(baseline.inUnit(s.lowestPercent())),
                                JsonMapping.data(baseline.inUnit(s.endPercent()))));
    }

    /**
     * {@return why {@code recoveryDay} is what it is (issue 14: its null meant two things):
     * {@code back} (a day is given), {@code never-below} (never fell below the threshold: null),
     * {@code not-back} (below it and not back within the scenario: null)}
     */
    static String recovery(MeasureSummary s) {
        if (s.recoveryDay().isPresent()) {
            return "back";
        }
        return s.fellBelowThreshold() ? "not-back" : "never-below";
    }

    private static PopulationSummary populationSummary(PopulationResult p, Measure m) {
        int k = p.indexOf(m);
        int last = p.days() - 1;
        double lo = p.lowerPercentile();
        double hi = p.upperPercentile();
        int notBack = 0;
        for (float d : p.daysToRecover()[k]) {
            if (Float.isNaN(d)) {
                notBack++;
            }
        }
        Baseline b = p.scenario().baseline(m).orElse(null);
        return new PopulationSummary(
                Spread.of(p.lowestPercentile(m, 50), p.lowestPercentile(m, lo), p.lowestPercentile(m, hi)),
                Spread.of(p.median(k, last), p.lower(k, last), p.upper(k, last)),
                Spread.of(
                        p.daysToRecoverPercentile(m, 50),
                        p.daysToRecoverPercentile(m, lo),
                        p.daysToRecoverPercentile(m, hi)),
                JsonMapping.exact((double) notBack / p.subjects()),
                b == null
                        ? null
                        : new SpreadInUnit(
                                b.unit(),
                                Spread.of(
                                        b.inUnit(p.lowestPercentile(m, 50)),
                                        b.inUnit(p.lowestPercentile(m, lo)),
                                        b.inUnit(p.lowestPercentile(m, hi))),
                                Spread.of(
                                        b.inUnit(p.median(k, last)),
                                        b.inUnit(p.lower(k, last)),
                                        b.inUnit(p.upper(k, last)))));
    }

    /** A day series in % of baseline, four decimals. */
    private static List<BigDecimal> values(double[] values) {
        BigDecimal[] out = new BigDecimal[values.length];
        for (int d = 0; d < values.length; d++) {
            out[d] = JsonMapping.data(values[d]);
        }
        return List.of(out);
    }

    private static Integer orNull(OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }

    /** An unmodifiable map keeping the order of {@code items}. */
    private static <T, V> Map<String, V> ordered(Iterable<T> items, Function<T, String> key, Function<T, V> value) {
        Map<String, V> m = new LinkedHashMap<>();
        for (T item : items) {
            m.put(key.apply(item), value.apply(item));
        }
        return Collections.unmodifiableMap(m);
    }
}
