package org.inertia.cli.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.inertia.sim.findings.Recovery;
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
 * <p>Every field is documented in docs/data-formats.md, which a test checks against real output.
 * Values are in % of baseline, rounded to four decimals; days are whole numbers. Every number is
 * finite, or null where a population percentile is undefined: a non-finite value from the
 * simulator is a defect and stops the write.
 */
public final class JsonWriter {

    /**
     * The document's {@code "units"} (issue 14): what its numbers measure, so that a file read
     * without the documentation (docs/data-formats.md) still says it; each model parameter's
     * unit under {@code "parameters"}.
     */
    static final String UNITS = units();

    private static String units() {
        StringBuilder u = new StringBuilder("{\"values\": \"percent of the subject's own baseline (day 0 = 100)\"");
        u.append(", \"day\": \"days from the start of the scenario (day 0 = baseline)\"");
        u.append(", \"days\": \"days\", \"age\": \"years\", \"minutes\": \"minutes per session\"");
        u.append(", \"sessionsPerWeek\": \"sessions per week\"");
        u.append(", \"resolutionPp\": \"percentage points\"");
        u.append(", \"band\": \"percentiles (0 to 100) across subjects: lower and upper are these percentiles,"
                + " series and median the 50th\"");
        u.append(", \"notBackShare\": \"fraction of subjects (0 to 1)\"");
        u.append(", \"recoveryThreshold\": \"percent of baseline\"");
        u.append(", \"parameters\": {");
        boolean first = true;
        for (Parameter p : Parameter.values()) {
            u.append(first ? "" : ", ").append(quote(p.key())).append(": ").append(quote(p.unit()));
            first = false;
        }
        return u.append("}}").toString();
    }

    private final Writer w;

    private JsonWriter(Writer w) {
        this.w = w;
    }

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
        document(version, trajectories.size(), out, (json, i) -> json.scenario(trajectories.get(i), measures));
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
     * @param thresholds the recovery thresholds (% of baseline), in order
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
        document(
                version,
                trajectories.size(),
                out,
                (json, i) -> json.scenario(trajectories.get(i), measures, thresholds));
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
        document(version, populations.size(), out, (json, i) -> json.population(populations.get(i), measures));
    }

    /** Writes one scenario's object. */
    @FunctionalInterface
    private interface ScenarioWriter {
        void write(JsonWriter json, int index) throws IOException;
    }

    private static void document(String version, int scenarios, OutputStream out, ScenarioWriter each)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        JsonWriter json = new JsonWriter(w);
        w.write("{\n  \"inertia\": " + quote(version) + ",\n");
        w.write("  \"units\": " + UNITS + ",\n");
        w.write("  \"scenarios\": [");
        for (int i = 0; i < scenarios; i++) {
            w.write(i == 0 ? "\n" : ",\n");
            each.write(json, i);
        }
        w.write(scenarios == 0 ? "]\n}\n" : "\n  ]\n}\n");
        w.flush();
    }

    private void scenario(Trajectory t, List<Measure> measures) throws IOException {
        scenario(t, measures, null);
    }

    private void scenario(Trajectory t, List<Measure> measures, List<Double> thresholds) throws IOException {
        description(t.scenario());
        w.write("      \"summary\": {");
        for (int m = 0; m < measures.size(); m++) {
            w.write(m == 0 ? "\n" : ",\n");
            if (thresholds == null) {
                summary(t.summary(measures.get(m)));
            } else {
                summary(t.summary(measures.get(m)), Recovery.of(t, measures.get(m), thresholds));
            }
        }
        w.write(measures.isEmpty() ? "},\n" : "\n      },\n");
        w.write("      \"series\": {");
        for (int m = 0; m < measures.size(); m++) {
            w.write(m == 0 ? "\n" : ",\n");
            series(measures.get(m), t.series(measures.get(m)));
        }
        w.write(measures.isEmpty() ? "}\n" : "\n      }\n");
        w.write("    }");
    }

    private void population(PopulationResult p, List<Measure> measures) throws IOException {
        description(p.scenario());
        w.write("      \"population\": {\"subjects\": " + p.subjects() + ", \"seed\": " + p.seed()
                + ", \"band\": [" + exact(p.lowerPercentile()) + ", " + exact(p.upperPercentile()) + "]"
                + ", \"resolutionPp\": " + exact(p.resolutionPp()) + "},\n");
        w.write("      \"summary\": {");
        for (int m = 0; m < measures.size(); m++) {
            w.write(m == 0 ? "\n" : ",\n");
            populationSummary(p, measures.get(m));
        }
        w.write(measures.isEmpty() ? "},\n" : "\n      },\n");
        String[] names = {"series", "lower", "upper"};
        double[][][] values = {p.median(), p.lower(), p.upper()};
        for (int v = 0; v < names.length; v++) {
            w.write("      " + quote(names[v]) + ": {");
            for (int m = 0; m < measures.size(); m++) {
                w.write(m == 0 ? "\n" : ",\n");
                series(measures.get(m), values[v][p.indexOf(measures.get(m))]);
            }
            String close = v == names.length - 1 ? "\n" : ",\n";
            w.write(measures.isEmpty() ? "}" + close : "\n      }" + close);
        }
        w.write("    }");
    }

    /** The scenario's own fields, from its name to its parameter overrides, each line ending with a comma. */
    private void description(Scenario s) throws IOException {
        Subject subject = s.subject();
        w.write("    {\n");
        w.write("      \"name\": " + quote(s.name()) + ",\n");
        w.write("      \"description\": " + quote(s.description()) + ",\n");
        w.write("      \"days\": " + s.totalDays() + ",\n");
        w.write("      \"subject\": {\"age\": " + subject.ageYears()
                + ", \"sex\": "
                + (subject.sex() == null ? "null" : quote(subject.sex().keyword()))
                + ", \"condition\": " + quote(subject.condition().keyword()) + "},\n");
        w.write("      \"phases\": [");
        int[] starts = s.phaseStartDays();
        for (int p = 0; p < s.phases().size(); p++) {
            w.write(p == 0 ? "\n" : ",\n");
            phase(s.phases().get(p), starts[p]);
        }
        w.write("\n      ],\n");
        w.write("      \"model\": " + quote(s.preset().keyword()) + ",\n");
        w.write("      \"parameters\": ");
        parameters(s.modelParameters().asMap());
        w.write(",\n      \"overrides\": ");
        parameters(s.sortedParameters());
        w.write(",\n");
    }

    private void phase(Phase phase, int startDay) throws IOException {
        w.write("        {\"name\": " + quote(phase.name()) + ", \"days\": " + phase.days()
                + ", \"mobility\": " + quote(phase.mobility().keyword()) + ", \"startDay\": " + startDay
                + ", \"exercise\": [");
        for (int e = 0; e < phase.exercise().size(); e++) {
            Exercise x = phase.exercise().get(e);
            w.write((e == 0 ? "" : ", ") + "{\"activity\": "
                    + quote(x.activity().keyword())
                    + ", \"minutes\": " + exact(x.minutesPerSession())
                    + ", \"sessionsPerWeek\": " + x.sessionsPerWeek()
                    + ", \"intensity\": " + quote(x.intensity().keyword()) + "}");
        }
        w.write("]}");
    }

    private void parameters(Map<Parameter, Double> values) throws IOException {
        w.write("{");
        boolean first = true;
        for (Map.Entry<Parameter, Double> e : values.entrySet()) {
            w.write(first ? "" : ", ");
            w.write(quote(e.getKey().key()) + ": " + exact(e.getValue()));
            first = false;
        }
        w.write("}");
    }

    private void summary(MeasureSummary s) throws IOException {
        w.write(summaryFields(s) + "}");
    }

    private void summary(MeasureSummary s, List<Recovery> recoveries) throws IOException {
        StringBuilder sb = new StringBuilder(summaryFields(s)).append(", \"recoveredAt\": [");
        for (int i = 0; i < recoveries.size(); i++) {
            Recovery r = recoveries.get(i);
            sb.append(i == 0 ? "" : ", ")
                    .append("{\"percent\": ")
                    .append(percent(r.thresholdPercent()))
                    .append(", \"day\": ")
                    .append(r.day().isPresent() ? Integer.toString(r.day().getAsInt()) : "null")
                    .append(", \"daysAfterLowest\": ")
                    .append(
                            r.daysAfterLowest().isPresent()
                                    ? Integer.toString(r.daysAfterLowest().getAsInt())
                                    : "null")
                    .append(", \"end\": ")
                    .append(percent(r.summary().endPercent()))
                    .append('}');
        }
        w.write(sb.append("]}").toString());
    }

    private static String summaryFields(MeasureSummary s) throws IOException {
        return "        " + quote(s.measure().key()) + ": {\"lowest\": " + percent(s.lowestPercent())
                + ", \"lowestDay\": " + s.lowestDay()
                + ", \"end\": " + percent(s.endPercent())
                + ", \"recoveryDay\": "
                + (s.recoveryDay().isPresent() ? s.recoveryDay().getAsInt() : "null")
                + ", \"daysToRecover\": "
                + (s.daysToRecover().isPresent() ? s.daysToRecover().getAsInt() : "null")
                + ", \"recovery\": " + quote(recovery(s))
                + ", \"recoveryThreshold\": " + exact(s.recoveryThresholdPercent());
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

    private void populationSummary(PopulationResult p, Measure m) throws IOException {
        int k = p.indexOf(m);
        int last = p.median()[k].length - 1;
        double lo = p.lowerPercentile();
        double hi = p.upperPercentile();
        int notBack = 0;
        for (float d : p.daysToRecover()[k]) {
            if (Float.isNaN(d)) {
                notBack++;
            }
        }
        w.write("        " + quote(m.key()) + ": {\"lowest\": "
                + spread(p.lowestPercentile(m, 50), p.lowestPercentile(m, lo), p.lowestPercentile(m, hi))
                + ", \"end\": " + spread(p.median()[k][last], p.lower()[k][last], p.upper()[k][last])
                + ", \"daysToRecover\": "
                + spread(
                        p.daysToRecoverPercentile(m, 50),
                        p.daysToRecoverPercentile(m, lo),
                        p.daysToRecoverPercentile(m, hi))
                + ", \"notBackShare\": " + exact((double) notBack / p.subjects()) + "}");
    }

    /** {"median": x, "lower": x, "upper": x}, NaN as null. */
    private static String spread(double median, double lower, double upper) {
        return "{\"median\": " + percentOrNull(median) + ", \"lower\": " + percentOrNull(lower) + ", \"upper\": "
                + percentOrNull(upper) + "}";
    }

    private static String percentOrNull(double v) {
        return Double.isNaN(v) ? "null" : percent(v);
    }

    private void series(Measure m, double[] values) throws IOException {
        w.write("        " + quote(m.key()) + ": [");
        for (int d = 0; d < values.length; d++) {
            if (d > 0) {
                w.write(", ");
            }
            w.write(percent(values[d]));
        }
        w.write("]");
    }

    /** A value in % of baseline, four decimals, trailing zeros dropped. */
    private static String percent(double v) {
        return NumberText.dataTrimmed(finite(v));
    }

    /** A parameter or input value, exactly as the shortest decimal that reads back the same. */
    private static String exact(double v) {
        return NumberText.plain(finite(v));
    }

    private static double finite(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("cannot write " + v + " as a JSON number");
        }
        return v;
    }

    /**
     * {@return a JSON string literal: quotes, backslashes and control characters escaped, as are
     * U+2028/U+2029 (for JavaScript); unpaired surrogates, which UTF-8 cannot encode and strict
     * readers refuse even escaped, become U+FFFD}
     *
     * @param s any text
     */
    public static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                case '\b' -> q.append("\\b");
                case '\f' -> q.append("\\f");
                default -> {
                    boolean pairedHigh = Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pairedHigh) {
                        q.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // Half a character: no Unicode text holds one, and strict readers refuse its escape.
                        q.append(SafeText.REPLACEMENT);
                    } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
