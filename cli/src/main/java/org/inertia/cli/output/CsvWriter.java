package org.inertia.cli.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.inertia.sim.findings.Recovery;
import org.inertia.sim.measure.Baseline;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.sweep.InputDistribution;
import org.inertia.sim.sweep.MorrisScreening;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.Sensitivity;
import org.inertia.sim.sweep.SensitivityInput;
import org.inertia.sim.sweep.SobolIndices;
import org.inertia.sim.sweep.Sweep;
import org.inertia.sim.sweep.SweepAxis;
import org.inertia.sim.trajectory.Trajectory;

/**
 * Writes trajectories as tidy CSV (RFC 4180, UTF-8): one row per scenario, measure and day, with
 * the header {@code scenario,day,measure,value,lower,upper} and the further columns of {@link DailyColumns}, whose list also
 * makes the file's table schema ({@link CsvSchemaWriter}). Text fields go through {@link #field}: a scenario named like a
 * formula is written with a leading single quote, so that a spreadsheet shows it as text. Days run from 0 (baseline, 100) to the last day; values are in %
 * of baseline with four decimals and a '.' separator whatever the locale. For a single run
 * {@code lower} and {@code upper} are empty; for a population ({@link #writePopulations}) {@code
 * value} is the median across subjects and {@code lower}/{@code upper} the band's percentiles.
 */
public final class CsvWriter {

    /** The header line of a file without recovery thresholds or baselines ({@link DailyColumns#BASE}). */
    public static final String HEADER = DailyColumns.names(DailyColumns.BASE);

    /** The header of {@link #writeSubjects}: one row per subject, day and measure. */
    public static final String SUBJECTS_HEADER = "scenario,subject,day,measure,value";

    /** The header of {@link #writeSubjectParameters}: one row per subject and model parameter. */
    public static final String SUBJECT_PARAMETERS_HEADER = "scenario,subject,parameter,value,unit";

    /** The header of {@link #writeSensitivity}. */
    public static final String SENSITIVITY_HEADER =
            "parameter,unit,base,low,high,measure,outcome,value_at_base,value_at_low,value_at_high,swing";

    /** The header of {@link #writeSobol} and {@link #writeMorris}: one table for both methods. */
    public static final String GLOBAL_SENSITIVITY_HEADER = "parameter,unit,method,measure,outcome,"
            + "first_order,first_order_lower,first_order_upper,total,total_lower,total_upper,"
            + "mu_star,mu_star_lower,mu_star_upper,mu,sigma,"
            + "distribution,input_low,input_high,input_mean,input_sd";

    /**
     * The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV
     * Injection"), with the full-width forms that some spreadsheets also accept.
     */
    private static final String FORMULA_START = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvWriter() {}

    /**
     * Writes the CSV.
     *
     * @param trajectories the simulated scenarios, in order
     * @param measures the measures to write, in order
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(List<Trajectory> trajectories, List<Measure> measures, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        DailyColumns columns =
                DailyColumns.of(trajectories.stream().map(Trajectory::scenario).toList(), List.of());
        boolean units = columns.inUnits();
        w.write(columns.header());
        w.write('\n');
        for (Trajectory t : trajectories) {
            String scenario = field(t.scenario().name());
            for (Measure m : measures) {
                String key = field(m.key());
                double[] series = t.series(m);
                Optional<Baseline> b = t.scenario().baseline(m);
                for (int day = 0; day < series.length; day++) {
                    row(w, scenario, day, key, number(series[day], m, day), "", "");
                    if (units) {
                        w.write(inUnit(b, series[day], Double.NaN, Double.NaN));
                    }
                    w.write('\n');
                }
            }
        }
        w.flush();
    }

    /**
     * The columns that follow all others when a scenario of the run gives measured baselines
     * (issue 13): {@code value}, {@code lower} and {@code upper} in the baseline's unit ({@code
     * value × baseline / 100}), and the unit; empty on the rows of measures without a baseline.
     */
    public static final String UNIT_COLUMNS = "," + DailyColumns.names(DailyColumns.IN_UNIT);

    /** The {@link #UNIT_COLUMNS} of one row; NaN for lower/upper leaves them empty. */
    private static String inUnit(Optional<Baseline> baseline, double value, double lower, double upper) {
        if (baseline.isEmpty()) {
            return ",,,,";
        }
        Baseline b = baseline.get();
        return "," + NumberText.data(b.inUnit(value))
                + "," + (Double.isNaN(lower) ? "" : NumberText.data(b.inUnit(lower)))
                + "," + (Double.isNaN(upper) ? "" : NumberText.data(b.inUnit(upper)))
                + "," + field(b.unit());
    }

    /**
     * Writes the CSV with one column per recovery threshold after the usual six: {@code
     * days_to_95}, {@code days_to_100}, ... (the name of {@link #recoveryColumn}), each the days
     * from the measure's lowest point back to that share of baseline, repeated on each of the
     * measure's rows: 0 when it never fell below it, empty when it is not back within the scenario.
     *
     * @param trajectories the simulated scenarios, in order
     * @param measures the measures to write, in order
     * @param thresholds the recovery thresholds (% of baseline), in order
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(
            List<Trajectory> trajectories, List<Measure> measures, List<Double> thresholds, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        DailyColumns columns =
                DailyColumns.of(trajectories.stream().map(Trajectory::scenario).toList(), thresholds);
        boolean units = columns.inUnits();
        w.write(columns.header());
        w.write('\n');
        StringBuilder tail = new StringBuilder();
        for (Trajectory t : trajectories) {
            String scenario = field(t.scenario().name());
            for (Measure m : measures) {
                String key = field(m.key());
                tail.setLength(0);
                for (Recovery r : Recovery.of(t, m, thresholds)) {
                    tail.append(',');
                    r.daysAfterLowest().ifPresent(tail::append);
                }
                double[] series = t.series(m);
                Optional<Baseline> b = t.scenario().baseline(m);
                for (int day = 0; day < series.length; day++) {
                    row(w, scenario, day, key, number(series[day], m, day), "", "");
                    w.write(tail.toString());
                    if (units) {
                        w.write(inUnit(b, series[day], Double.NaN, Double.NaN));
                    }
                    w.write('\n');
                }
            }
        }
        w.flush();
    }

    /**
     * {@return the CSV column of a recovery threshold: "days_to_95", "days_to_97.5"}
     *
     * @param thresholdPercent the threshold (% of baseline)
     */
    public static String recoveryColumn(double thresholdPercent) {
        return DailyColumns.recoveryColumn(thresholdPercent);
    }

    /** One row's first six fields, {@code scenario,day,measure,value,lower,upper}, the text fields already quoted. */
    private static void row(Writer w, String scenario, int day, String key, String value, String lower, String upper)
            throws IOException {
        w.write(scenario);
        w.write(',');
        w.write(Integer.toString(day));
        w.write(',');
        w.write(key);
        w.write(',');
        w.write(value);
        w.write(',');
        w.write(lower);
        w.write(',');
        w.write(upper);
    }

    /**
     * Writes population runs: the median as {@code value}, the band as {@code lower} and {@code upper}.
     *
     * @param populations the population runs, in order
     * @param measures the measures to write, in order; each summarised by every run
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writePopulations(List<PopulationResult> populations, List<Measure> measures, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        DailyColumns columns = DailyColumns.of(
                populations.stream().map(PopulationResult::scenario).toList(), List.of());
        boolean units = columns.inUnits();
        w.write(columns.header());
        w.write('\n');
        for (PopulationResult p : populations) {
            String scenario = field(p.scenario().name());
            for (Measure m : measures) {
                String key = field(m.key());
                int k = p.indexOf(m);
                Optional<Baseline> b = p.scenario().baseline(m);
                for (int day = 0; day < p.days(); day++) {
                    row(
                            w,
                            scenario,
                            day,
                            key,
                            number(p.median(k, day), m, day),
                            number(p.lower(k, day), m, day),
                            number(p.upper(k, day), m, day));
                    if (units) {
                        w.write(inUnit(b, p.median(k, day), p.lower(k, day), p.upper(k, day)));
                    }
                    w.write('\n');
                }
            }
        }
        w.flush();
    }

    /**
     * Writes a sweep as tidy CSV: one column per varied field, named by its path, then {@code
     * measure,outcome,value}; one row per grid point, the first field varying slowest. {@code
     * outcome} is the readout's keyword ({@code day 14} for a given day); {@code value} is in %
     * of baseline with four decimals, or whole days for {@code days-to-recover}, and empty where
     * the outcome is undefined (not back to 95 % within the scenario).
     *
     * @param sweep the sweep
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeSweep(Sweep sweep, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<SweepAxis> axes = sweep.axes();
        for (SweepAxis a : axes) {
            w.write(field(a.field().path()));
            w.write(',');
        }
        w.write("measure,outcome,value,lower,upper\n");
        Readout readout = sweep.readout();
        List<Double> first = axes.get(0).values();
        List<Double> second = axes.size() > 1 ? axes.get(1).values() : List.of();
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < sweep.columns(); j++) {
                w.write(NumberText.decimal(first.get(i)));
                w.write(',');
                if (!second.isEmpty()) {
                    w.write(NumberText.decimal(second.get(j)));
                    w.write(',');
                }
                // The day read: a run shorter than the day asked is read on its last day.
                w.write(field(readout.measure().key()) + ',' + field(outcomeName(readout, sweep.dayRead(i, j))) + ',');
                w.write(outcome(sweep.value(i, j), readout.kind()));
                w.write(',');
                if (sweep.hasBands()) {
                    w.write(outcome(sweep.lower(i, j), readout.kind()));
                    w.write(',');
                    w.write(outcome(sweep.upper(i, j), readout.kind()));
                } else {
                    w.write(',');
                }
                w.write('\n');
            }
        }
        w.flush();
    }

    /**
     * Writes a one-at-a-time sensitivity analysis as CSV with the header {@value
     * #SENSITIVITY_HEADER}: one row per parameter, largest swing first. {@code low} and {@code
     * high} are the moved parameter values; the {@code value_} columns are the outcome with every
     * parameter at base, with this one lowered and with it raised, and {@code swing} their spread.
     *
     * @param effects the effects, in order
     * @param readout the outcome read off each run
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeSensitivity(List<Sensitivity.Effect> effects, Readout readout, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(SENSITIVITY_HEADER);
        w.write('\n');
        String context = field(readout.measure().key()) + ',' + field(outcomeName(readout)) + ',';
        for (Sensitivity.Effect e : effects) {
            w.write(field(e.parameter().key())
                    + ','
                    + field(e.parameter().unit())
                    + ','
                    + NumberText.decimal(e.base())
                    + ','
                    + NumberText.decimal(e.low())
                    + ','
                    + NumberText.decimal(e.high())
                    + ','
                    + context
                    + outcome(e.outcomeAtBase(), readout.kind())
                    + ','
                    + outcome(e.outcomeAtLow(), readout.kind())
                    + ','
                    + outcome(e.outcomeAtHigh(), readout.kind())
                    + ','
                    + outcome(e.swing(), readout.kind())
                    + '\n');
        }
        w.flush();
    }

    /**
     * Writes Sobol' indices as CSV with the header {@value #GLOBAL_SENSITIVITY_HEADER}: one row per
     * parameter, largest total effect first; {@code method} is {@code sobol}, the index columns are
     * fractions of the outcome's variance with their confidence interval, the Morris columns are
     * empty, and the last five say how the parameter varied ({@code normal} with its mean and
     * standard deviation, truncated to {@code input_low..input_high}, or {@code uniform}).
     *
     * @param indices the analysis
     * @param readout the outcome read off each run
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeSobol(SobolIndices indices, Readout readout, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(GLOBAL_SENSITIVITY_HEADER);
        w.write('\n');
        for (SobolIndices.Index i : indices.byTotal()) {
            w.write(globalRow(
                    i.input(),
                    "sobol",
                    readout,
                    List.of(
                            i.firstOrder(),
                            i.firstOrderLower(),
                            i.firstOrderUpper(),
                            i.total(),
                            i.totalLower(),
                            i.totalUpper()),
                    List.of()));
        }
        w.flush();
    }

    /**
     * Writes a Morris screening as CSV with the header {@value #GLOBAL_SENSITIVITY_HEADER}: one row
     * per parameter, largest μ* first; {@code method} is {@code morris}, the Sobol' columns are
     * empty, and {@code mu_star} (with its confidence interval), {@code mu} and {@code sigma} are in
     * the outcome's unit per the parameter's span.
     *
     * @param screening the screening
     * @param readout the outcome read off each run
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeMorris(MorrisScreening screening, Readout readout, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(GLOBAL_SENSITIVITY_HEADER);
        w.write('\n');
        for (MorrisScreening.Effect e : screening.byMuStar()) {
            w.write(globalRow(
                    e.input(),
                    "morris",
                    readout,
                    List.of(),
                    List.of(e.muStar(), e.muStarLower(), e.muStarUpper(), e.mu(), e.sigma())));
        }
        w.flush();
    }

    /** One row of {@value #GLOBAL_SENSITIVITY_HEADER}; an empty list leaves its columns empty. */
    private static String globalRow(
            SensitivityInput input, String method, Readout readout, List<Double> sobol, List<Double> morris) {
        StringBuilder sb = new StringBuilder();
        sb.append(field(input.name())).append(',').append(field(input.unit())).append(',');
        sb.append(method).append(',').append(field(readout.measure().key())).append(',');
        sb.append(field(outcomeName(readout)));
        for (int k = 0; k < 6; k++) {
            sb.append(',').append(sobol.isEmpty() ? "" : NumberText.data(sobol.get(k)));
        }
        for (int k = 0; k < 5; k++) {
            sb.append(',').append(morris.isEmpty() ? "" : NumberText.data(morris.get(k)));
        }
        InputDistribution d = input.distribution();
        boolean normal = d instanceof InputDistribution.TruncatedNormal;
        sb.append(',').append(normal ? "normal" : "uniform");
        sb.append(',').append(NumberText.decimal(d.low()));
        sb.append(',').append(NumberText.decimal(d.high()));
        if (d instanceof InputDistribution.TruncatedNormal n) {
            sb.append(',').append(NumberText.decimal(n.mean()));
            sb.append(',').append(NumberText.decimal(n.standardDeviation()));
        } else {
            sb.append(",,");
        }
        return sb.append('\n').toString();
    }

    /**
     * {@return the name of an outcome in CSV files and tables: its keyword, or "day 14" for a
     * given day}
     *
     * @param readout the outcome
     */
    public static String outcomeName(Readout readout) {
        return outcomeName(readout, readout.day());
    }

    /**
     * {@return the name of an outcome read on a given day: "day 8" for a run shorter than the day
     * asked, which is read on its last day ({@link Sweep#dayRead})}
     *
     * @param readout the outcome
     * @param dayRead the day the value was read
     */
    public static String outcomeName(Readout readout, int dayRead) {
        return switch (readout.kind()) {
            case ON_DAY -> "day " + dayRead;
            case SHARE_RECOVERED -> "share-recovered " + readout.day() + " d";
            default -> readout.kind().keyword();
        };
    }

    /** An outcome: % with four decimals, whole days, or empty when undefined (NaN or infinite). */
    private static String outcome(double v, Readout.Kind kind) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return kind == Readout.Kind.DAYS_TO_RECOVER ? NumberText.whole(v) : NumberText.data(v);
    }

    /**
     * {@return a text field as RFC 4180 writes it, safe to open in a spreadsheet: what {@link
     * SafeText#wellFormed} replaces becomes U+FFFD; a field that a spreadsheet would read as a
     * formula (beginning with {@code = + - @}, their full-width forms, a tab or a line break) gets
     * a leading single quote and is quoted, as OWASP advises against CSV injection; a field holding
     * a comma, a quote or a line break is quoted, with quotes doubled; any other field is written
     * as is}
     *
     * <p>Only text goes through here: numbers are written as they are, so a negative value stays
     * a number.
     *
     * @param text the field's text
     */
    public static String field(String text) {
        String clean = SafeText.wellFormed(text);
        boolean formula = !clean.isEmpty() && FORMULA_START.indexOf(clean.charAt(0)) >= 0;
        if (formula) {
            clean = "'" + clean;
        }
        boolean quote = formula
                || clean.indexOf(',') >= 0
                || clean.indexOf('"') >= 0
                || clean.indexOf('\n') >= 0
                || clean.indexOf('\r') >= 0;
        return quote ? '"' + clean.replace("\"", "\"\"") + '"' : clean;
    }

    /**
     * Writes every subject of population runs, long form ({@value #SUBJECTS_HEADER}): subjects
     * numbered from 1 in the order drawn (subject {@code i} is the same person in every scenario
     * of one seed), each measure's value on each day in % of baseline with four decimals.
     *
     * @param runs each scenario with the simulator and subjects of its population run
     * @param measures the measures to write, in order
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeSubjects(List<SubjectRun> runs, List<Measure> measures, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(SUBJECTS_HEADER);
        w.write('\n');
        List<String> keys = measures.stream().map(m -> field(m.key())).toList();
        for (SubjectRun run : runs) {
            String scenario = field(run.scenario().name());
            run.simulator().eachSubject(run.scenario(), run.subjects(), run.seed(), measures, (i, p, values) -> {
                String subject = Integer.toString(i + 1);
                for (int day = 0; day < values[0].length; day++) {
                    for (int k = 0; k < keys.size(); k++) {
                        w.write(scenario);
                        w.write(',');
                        w.write(subject);
                        w.write(',');
                        w.write(Integer.toString(day));
                        w.write(',');
                        w.write(keys.get(k));
                        w.write(',');
                        w.write(number(values[k][day], measures.get(k), day));
                        w.write('\n');
                    }
                }
            });
        }
        w.flush();
    }

    /**
     * Writes the drawn model parameters of every subject of population runs, long form ({@value
     * #SUBJECT_PARAMETERS_HEADER}), subjects numbered as in {@link #writeSubjects}.
     *
     * @param runs each scenario with the simulator and subjects of its population run
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeSubjectParameters(List<SubjectRun> runs, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(SUBJECT_PARAMETERS_HEADER);
        w.write('\n');
        for (SubjectRun run : runs) {
            String scenario = field(run.scenario().name());
            // No measures: the subjects are drawn, not simulated.
            run.simulator().eachSubject(run.scenario(), run.subjects(), run.seed(), List.of(), (i, p, values) -> {
                String subject = Integer.toString(i + 1);
                for (Parameter parameter : Parameter.values()) {
                    w.write(scenario);
                    w.write(',');
                    w.write(subject);
                    w.write(',');
                    w.write(field(parameter.key()));
                    w.write(',');
                    w.write(Double.toString(p.get(parameter)));
                    w.write(',');
                    w.write(field(parameter.unit()));
                    w.write('\n');
                }
            });
        }
        w.flush();
    }

    /**
     * One scenario's population run, as {@link #writeSubjects} re-simulates it subject by subject.
     *
     * @param scenario the scenario
     * @param simulator the population simulator of the run (its engine and how subjects are drawn)
     * @param subjects the number of subjects
     * @param seed the run's seed
     */
    public record SubjectRun(Scenario scenario, PopulationSimulator simulator, int subjects, long seed) {}

    private static String number(double value, Measure m, int day) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("simulation produced " + value + " for " + m.key() + " on day " + day);
        }
        return NumberText.data(value);
    }
}
