package org.inertia.cli.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.inertia.sim.sweep.InputDistribution;
import org.inertia.sim.sweep.MorrisScreening;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.Sensitivity;
import org.inertia.sim.sweep.SensitivityInput;
import org.inertia.sim.sweep.SobolIndices;
import org.inertia.sim.sweep.Sweep;
import org.inertia.sim.sweep.SweepAxis;

/**
 * Writes sweeps and sensitivity analyses as long-form CSV ({@code --csv-layout long}, issue 14):
 * one row per number, with fixed snake_case column names that R's {@code read.csv} keeps and
 * pandas' {@code DataFrame.query} can name, whatever fields were varied. A sweep's varied fields
 * are values of the key columns {@code axis_1} and {@code axis_2} ({@code phases[0].days}), not
 * column names; every number has its {@code unit} beside it. The numbers are those of the wide
 * layout of {@link CsvWriter}, written the same way, so that the two layouts of one run agree.
 */
public final class LongFormCsv {

    /** The header of {@link #writeSweep}. */
    public static final String SWEEP_HEADER = "scenario,point,axis_1,axis_1_value,axis_1_unit,"
            + "axis_2,axis_2_value,axis_2_unit,measure,outcome,outcome_day,statistic,value,lower,upper,unit,interval";

    /** The header of {@link #writeSensitivity}, {@link #writeSobol} and {@link #writeMorris}. */
    public static final String SENSITIVITY_HEADER = "scenario,method,parameter,parameter_unit,distribution,"
            + "measure,outcome,outcome_day,statistic,value,lower,upper,unit,interval";

    /** Unit of outcomes in % of the subject's baseline. */
    static final String PERCENT_OF_BASELINE = "percent_of_baseline";

    /** Unit of differences of two percentages. */
    static final String PERCENTAGE_POINTS = "pp";

    private LongFormCsv() {}

    /**
     * What a sweep's {@code value} is, and what its {@code lower} and {@code upper} are.
     *
     * @param name the {@code statistic} column: {@code value} (one run per point), {@code median}
     *     (across virtual subjects or calibration draws) or {@code share} (of subjects back)
     * @param interval the {@code interval} column: {@code p5_p95} for a percentile band, {@code
     *     ci95} for a 95 % confidence interval, empty without a band
     */
    public record Statistic(String name, String interval) {

        /** One run per grid point: no band. */
        public static final Statistic VALUE = new Statistic("value", "");

        /**
         * {@return the median across subjects or draws with a percentile band}
         *
         * @param lowerPercentile the band's lower percentile (0 to 100)
         * @param upperPercentile the band's upper percentile (0 to 100)
         */
        public static Statistic median(double lowerPercentile, double upperPercentile) {
            return new Statistic(
                    "median", "p" + NumberText.plain(lowerPercentile) + "_p" + NumberText.plain(upperPercentile));
        }

        /**
         * {@return the share of subjects with its confidence interval}
         *
         * @param confidencePercent the interval's confidence (such as 95)
         */
        public static Statistic share(double confidencePercent) {
            return new Statistic("share", "ci" + NumberText.plain(confidencePercent));
        }
    }

    /**
     * Writes a sweep with the header {@value #SWEEP_HEADER}: one row per grid point (numbered from
     * 1, the first field varying slowest), the varied fields and their values as keys, {@code
     * axis_2} columns empty with one field. {@code outcome} is the readout's keyword and {@code
     * outcome_day} its day ({@code day}) or the days allowed to recover ({@code share-recovered}),
     * empty otherwise; {@code value}, {@code lower} and {@code upper} are the wide layout's.
     *
     * @param scenario the base scenario's name
     * @param sweep the sweep
     * @param statistic what {@code value} is, and its band
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeSweep(String scenario, Sweep sweep, Statistic statistic, OutputStream out)
            throws IOException {
        Writer w = writer(out);
        w.write(SWEEP_HEADER);
        w.write('\n');
        List<SweepAxis> axes = sweep.axes();
        Readout readout = sweep.readout();
        String name = CsvWriter.field(scenario);
        String unit = outcomeUnit(readout.kind());
        List<Double> first = axes.get(0).values();
        List<Double> second = axes.size() > 1 ? axes.get(1).values() : List.of();
        int point = 0;
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < sweep.columns(); j++) {
                List<String> row = new ArrayList<>();
                row.add(name);
                row.add(Integer.toString(++point));
                axis(row, axes.get(0), first.get(i));
                if (second.isEmpty()) {
                    row.addAll(List.of("", "", ""));
                } else {
                    axis(row, axes.get(1), second.get(j));
                }
                outcome(row, readout, sweep.dayRead(i, j));
                row.add(CsvWriter.field(statistic.name()));
                row.add(outcome(sweep.value(i, j), readout.kind()));
                row.add(sweep.hasBands() ? outcome(sweep.lower(i, j), readout.kind()) : "");
                row.add(sweep.hasBands() ? outcome(sweep.upper(i, j), readout.kind()) : "");
                row.add(unit);
                row.add(sweep.hasBands() ? CsvWriter.field(statistic.interval()) : "");
                line(w, row);
            }
        }
        w.flush();
    }

    /**
     * Writes a one-at-a-time sensitivity analysis with the header {@value #SENSITIVITY_HEADER}:
     * for each parameter (largest swing first), seven rows with the {@code statistic} of the wide
     * layout's column of the same name: {@code base}, {@code low}, {@code high} (the parameter's
     * values, in its unit), {@code value_at_base}, {@code value_at_low}, {@code value_at_high}
     * (% of baseline) and {@code swing} (pp). {@code method} is {@code one-at-a-time}; {@code
     * distribution}, {@code lower}, {@code upper} and {@code interval} are empty.
     *
     * @param scenario the scenario's name
     * @param effects the effects, in order
     * @param readout the outcome read off each run
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeSensitivity(
            String scenario, List<Sensitivity.Effect> effects, Readout readout, OutputStream out) throws IOException {
        Writer w = writer(out);
        w.write(SENSITIVITY_HEADER);
        w.write('\n');
        Readout.Kind kind = readout.kind();
        String valueUnit = outcomeUnit(kind);
        String swingUnit = kind == Readout.Kind.DAYS_TO_RECOVER ? "days" : PERCENTAGE_POINTS;
        for (Sensitivity.Effect e : effects) {
            String unit = e.parameter().unit();
            Rows rows = new Rows(w, scenario, "one-at-a-time", e.parameter().key(), unit, "", readout);
            rows.add("base", NumberText.decimal(e.base()), "", "", unit, "");
            rows.add("low", NumberText.decimal(e.low()), "", "", unit, "");
            rows.add("high", NumberText.decimal(e.high()), "", "", unit, "");
            rows.add("value_at_base", outcome(e.outcomeAtBase(), kind), "", "", valueUnit, "");
            rows.add("value_at_low", outcome(e.outcomeAtLow(), kind), "", "", valueUnit, "");
            rows.add("value_at_high", outcome(e.outcomeAtHigh(), kind), "", "", valueUnit, "");
            rows.add("swing", outcome(e.swing(), kind), "", "", swingUnit, "");
        }
        w.flush();
    }

    /**
     * Writes Sobol' indices with the header {@value #SENSITIVITY_HEADER}: for each parameter
     * (largest total effect first), the rows {@code first_order} and {@code total} (fractions of
     * the outcome's variance, 0 to 1) with their bootstrap interval in {@code lower} and {@code
     * upper}, then how the parameter varied, in its unit: {@code input_low}, {@code input_high}
     * and, for a {@code normal} distribution, {@code input_mean} and {@code input_sd}.
     *
     * @param scenario the scenario's name
     * @param indices the analysis
     * @param readout the outcome read off each run
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeSobol(String scenario, SobolIndices indices, Readout readout, OutputStream out)
            throws IOException {
        Writer w = writer(out);
        w.write(SENSITIVITY_HEADER);
        w.write('\n');
        String interval = "ci" + NumberText.plain(indices.confidencePercent());
        for (SobolIndices.Index i : indices.byTotal()) {
            Rows rows = rows(w, scenario, "sobol", i.input(), readout);
            String unit = "fraction_of_variance";
            rows.add(
                    "first_order",
                    NumberText.data(i.firstOrder()),
                    NumberText.data(i.firstOrderLower()),
                    NumberText.data(i.firstOrderUpper()),
                    unit,
                    interval);
            rows.add(
                    "total",
                    NumberText.data(i.total()),
                    NumberText.data(i.totalLower()),
                    NumberText.data(i.totalUpper()),
                    unit,
                    interval);
            inputRows(rows, i.input());
        }
        w.flush();
    }

    /**
     * Writes a Morris screening with the header {@value #SENSITIVITY_HEADER}: for each parameter
     * (largest μ* first), the rows {@code mu_star} (with its bootstrap interval), {@code mu} and
     * {@code sigma}, in pp per the parameter's span, then how the parameter varied, as for
     * {@link #writeSobol}.
     *
     * @param scenario the scenario's name
     * @param screening the screening
     * @param readout the outcome read off each run
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeMorris(String scenario, MorrisScreening screening, Readout readout, OutputStream out)
            throws IOException {
        Writer w = writer(out);
        w.write(SENSITIVITY_HEADER);
        w.write('\n');
        String interval = "ci" + NumberText.plain(screening.confidencePercent());
        for (MorrisScreening.Effect e : screening.byMuStar()) {
            Rows rows = rows(w, scenario, "morris", e.input(), readout);
            rows.add(
                    "mu_star",
                    NumberText.data(e.muStar()),
                    NumberText.data(e.muStarLower()),
                    NumberText.data(e.muStarUpper()),
                    PERCENTAGE_POINTS,
                    interval);
            rows.add("mu", NumberText.data(e.mu()), "", "", PERCENTAGE_POINTS, "");
            rows.add("sigma", NumberText.data(e.sigma()), "", "", PERCENTAGE_POINTS, "");
            inputRows(rows, e.input());
        }
        w.flush();
    }

    /** The rows of one parameter of a global method. */
    private static Rows rows(Writer w, String scenario, String method, SensitivityInput input, Readout readout) {
        String distribution = input.distribution() instanceof InputDistribution.TruncatedNormal ? "normal" : "uniform";
        return new Rows(w, scenario, method, input.name(), input.unit(), distribution, readout);
    }

    /** How a parameter of a global method varied: its range, and the normal's mean and SD. */
    private static void inputRows(Rows rows, SensitivityInput input) throws IOException {
        InputDistribution d = input.distribution();
        rows.add("input_low", NumberText.decimal(d.low()), "", "", input.unit(), "");
        rows.add("input_high", NumberText.decimal(d.high()), "", "", input.unit(), "");
        if (d instanceof InputDistribution.TruncatedNormal n) {
            rows.add("input_mean", NumberText.decimal(n.mean()), "", "", input.unit(), "");
            rows.add("input_sd", NumberText.decimal(n.standardDeviation()), "", "", input.unit(), "");
        }
    }

    /** Writes the rows of one parameter: the key columns once, then one row per statistic. */
    private static final class Rows {
        private final Writer w;
        private final List<String> keys = new ArrayList<>();

        Rows(
                Writer w,
                String scenario,
                String method,
                String parameter,
                String parameterUnit,
                String distribution,
                Readout readout) {
            this.w = w;
            keys.add(CsvWriter.field(scenario));
            keys.add(method);
            keys.add(CsvWriter.field(parameter));
            keys.add(CsvWriter.field(parameterUnit));
            keys.add(distribution);
            outcome(keys, readout);
        }

        void add(String statistic, String value, String lower, String upper, String unit, String interval)
                throws IOException {
            List<String> row = new ArrayList<>(keys);
            row.addAll(List.of(statistic, value, lower, upper, CsvWriter.field(unit), interval));
            line(w, row);
        }
    }

    /** The columns of one varied field: its path, its value, its unit. */
    private static void axis(List<String> row, SweepAxis axis, double value) {
        row.add(CsvWriter.field(axis.field().path()));
        row.add(NumberText.decimal(value));
        row.add(CsvWriter.field(axis.field().unit()));
    }

    /** The columns {@code measure,outcome,outcome_day}. */
    private static void outcome(List<String> row, Readout readout) {
        outcome(row, readout, readout.day());
    }

    /** The columns {@code measure,outcome,outcome_day}, with the day the value was read ({@link Sweep#dayRead}). */
    private static void outcome(List<String> row, Readout readout, int dayRead) {
        row.add(CsvWriter.field(readout.measure().key()));
        row.add(readout.kind().keyword());
        boolean hasDay = readout.kind() == Readout.Kind.ON_DAY || readout.kind() == Readout.Kind.SHARE_RECOVERED;
        row.add(hasDay ? Integer.toString(dayRead) : "");
    }

    /** The unit of an outcome's values. */
    private static String outcomeUnit(Readout.Kind kind) {
        return switch (kind) {
            case END, LOWEST, ON_DAY -> PERCENT_OF_BASELINE;
            case DAYS_TO_RECOVER -> "days";
            case SHARE_RECOVERED -> "percent_of_subjects";
        };
    }

    /**
     * An outcome as the wide layout writes it: % with four decimals, whole days, or empty when
     * undefined (NaN or infinite).
     */
    private static String outcome(double v, Readout.Kind kind) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return kind == Readout.Kind.DAYS_TO_RECOVER ? NumberText.whole(v) : NumberText.data(v);
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        w.write(String.join(",", fields));
        w.write('\n');
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
