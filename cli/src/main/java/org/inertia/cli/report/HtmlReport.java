package org.inertia.cli.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inertia.cli.chart.TrajectoryChart;
import org.inertia.cli.output.DomainWarnings;
import org.inertia.cli.output.NumberText;
import org.inertia.cli.output.SummaryCells;
import org.inertia.cli.words.FindingWords;
import org.inertia.cli.words.ScenarioWords;
import org.inertia.cli.words.Words;
import org.inertia.sim.evidence.EvidenceCategory;
import org.inertia.sim.evidence.EvidenceReport;
import org.inertia.sim.evidence.EvidenceRow;
import org.inertia.sim.evidence.EvidenceSet;
import org.inertia.sim.evidence.StoredHoldOut;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.Trajectory;

/**
 * A report on simulated scenarios as one self-contained HTML file, to read in a browser or print
 * to PDF: each scenario in plain words, the comparison chart and one chart per scenario (inline
 * SVG, drawn by {@link TrajectoryChart} as the command line draws them), the summary tables of
 * {@code inertia run} and {@code compare}, what the numbers mean, and the evidence behind the
 * default model (the published studies, the model's error against them, every parameter's
 * source). It loads nothing: styles are inline, and its Content-Security-Policy forbids any
 * fetch. The page is the template report.jte filled in with a {@link ClinicianReport}, plain text
 * that the template escapes; its style sheet is report.css ({@link Templates}).
 */
public final class HtmlReport {

    private static final List<Measure> GROUP_STRENGTH = List.of(MuscleGroup.values()).stream()
            .map(g -> new Measure(Outcome.STRENGTH, g))
            .toList();

    /** Charts drawn so far: each one's ids get their own prefix. */
    private int charts;

    private HtmlReport() {}

    /**
     * {@return the report as HTML text}
     *
     * @param title the title; from the user, escaped here
     * @param trajectories the simulated scenarios, at least one
     * @param measure the measure of the comparison chart and table
     * @param evidence the published evidence to cite and compare with
     * @param version the version of Inertia, for the footer
     * @throws IOException if a chart cannot be drawn
     */
    public static String of(
            String title, List<Trajectory> trajectories, Measure measure, EvidenceSet evidence, String version)
            throws IOException {
        return of(title, trajectories, List.of(), measure, evidence, version);
    }

    /**
     * {@return the report as HTML text, with the model's uncertainty as bands when given}
     *
     * @param title the title; from the user, escaped here
     * @param trajectories the simulated scenarios, at least one
     * @param uncertainty for each scenario, the same simulated with parameters drawn from the
     *     calibration's uncertainty (summarising {@code measure}); empty for no bands
     * @param measure the measure of the comparison chart and table
     * @param evidence the published evidence to cite and compare with
     * @param version the version of Inertia, for the footer
     * @throws IOException if a chart cannot be drawn
     */
    public static String of(
            String title,
            List<Trajectory> trajectories,
            List<PopulationResult> uncertainty,
            Measure measure,
            EvidenceSet evidence,
            String version)
            throws IOException {
        return of(title, trajectories, uncertainty, measure, null, evidence, version);
    }

    /**
     * {@return the report as HTML text, with a "Back to X %" column per recovery threshold in the
     * comparison table and a sentence per scenario on when it is back to each ({@code --recovered-at})}
     *
     * @param title the title; from the user, escaped here
     * @param trajectories the simulated scenarios, at least one
     * @param uncertainty bands of the comparison, as {@link #of(String, List, List, Measure, EvidenceSet,
     *     String)} takes them; empty for none
     * @param measure the measure of the comparison chart and table
     * @param thresholds the recovery thresholds (% of baseline); null for the default, 95 %
     * @param evidence the published evidence to cite and compare with
     * @param version the version of Inertia, for the footer
     * @throws IOException if a chart cannot be drawn
     */
    public static String of(
            String title,
            List<Trajectory> trajectories,
            List<PopulationResult> uncertainty,
            Measure measure,
            List<Double> thresholds,
            EvidenceSet evidence,
            String version)
            throws IOException {
        if (trajectories.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one scenario");
        }
        List<Double> copied = thresholds == null ? null : List.copyOf(thresholds);
        // What this means is told on muscle; a comparison of fitness or bone is worded in its own section.
        Measure story = measure.ofMuscle() ? measure : Measure.OVERALL_STRENGTH;
        HtmlReport r = new HtmlReport();
        ClinicianReport page = new ClinicianReport(
                title,
                Templates.style("report.css"),
                lede(trajectories, measure),
                trajectories.stream().map(HtmlReport::scenario).toList(),
                DomainWarnings.lines(
                        trajectories.stream().map(Trajectory::scenario).toList(), WHOLE_BODY),
                uncertainty.isEmpty()
                        ? r.comparison(trajectories, measure, copied)
                        : r.comparisonWithBands(uncertainty, measure),
                r.groups(trajectories, copied),
                wholeBodyNote(),
                r.wholeBody(trajectories, copied),
                FindingWords.wholeBody(trajectories, List.of(Measure.VO2MAX, Measure.of(Outcome.BMD_TOTAL_HIP))),
                copied == null
                        ? meaningOf(trajectories, story)
                        : FindingWords.meaning(trajectories, story, measure, copied),
                evidence(evidence),
                version);
        return Templates.render("report.jte", page);
    }

    private static String lede(List<Trajectory> trajectories, Measure measure) {
        int n = trajectories.size();
        return (n == 1 ? "One scenario" : n + " scenarios")
                + " simulated with Inertia: how muscle strength falls during bed rest, a cast, a brace or inactivity,"
                + " and how it comes back. Strength is in % of the person's own baseline (100 %), day by day."
                + (measure.ofMuscle()
                        ? ""
                        : " The comparison is of " + Words.inSentence(measure.label())
                                + ", also in % of baseline; the muscles" + " follow it, group by group.");
    }

    // ---- sections -------------------------------------------------------------------------------

    private static ClinicianReport.ScenarioText scenario(Trajectory t) {
        Scenario s = t.scenario();
        return new ClinicianReport.ScenarioText(
                s.name(),
                s.description(),
                ScenarioWords.subject(s.subject()) + " " + Words.duration(s.totalDays()) + " in all, in "
                        + s.phases().size() + (s.phases().size() == 1 ? " phase:" : " phases:"),
                ScenarioWords.phases(s),
                ScenarioWords.model(s),
                FindingWords.reading(t));
    }

    private ClinicianReport.Comparison comparison(
            List<Trajectory> trajectories, Measure measure, List<Double> thresholds) throws IOException {
        Chart chart = chart(
                TrajectoryChart.ofScenarios(trajectories, measure),
                trajectories.size() == 1
                        ? measure.label() + " by day"
                        : measure.label() + " by day, one line per scenario");
        String heading = measure.label() + ", % of baseline";
        if (thresholds == null) {
            return new ClinicianReport.Comparison(
                    heading,
                    chart,
                    SummaryCells.ofScenarios(trajectories, measure),
                    "Lowest: the lowest value and the first day it is reached. Back to 95 %: the first"
                            + " day after the lowest from which the measure stays at 95 % of baseline or more (as"
                            + " printed, to one decimal) to the end.");
        }
        return new ClinicianReport.Comparison(
                heading,
                chart,
                SummaryCells.ofScenarios(trajectories, measure, thresholds),
                "Lowest: the lowest value and the first day it is reached. Back to X %: the first"
                        + " day after the lowest from which the measure stays at X % of baseline or more (as printed,"
                        + " to one decimal) to the end; when it is not back within the scenario, where it is on the"
                        + " last day.");
    }

    /** The same comparison with the model's uncertainty: median and band, chart and table. */
    private ClinicianReport.Comparison comparisonWithBands(List<PopulationResult> uncertainty, Measure measure)
            throws IOException {
        PopulationResult first = uncertainty.get(0);
        String band = NumberText.plain(first.lowerPercentile()) + "th to " + NumberText.plain(first.upperPercentile())
                + "th percentile";
        return new ClinicianReport.Comparison(
                measure.label() + ", % of baseline, with the model's uncertainty",
                chart(
                        TrajectoryChart.ofPopulations(uncertainty, measure, band, "parameter draws"),
                        measure.label() + " by day: median and " + band + " band"),
                SummaryCells.ofPopulations(uncertainty, measure),
                "Bands: the " + band + " of " + first.subjects()
                        + " projections of the average person, each with parameters drawn from the calibration's"
                        + " own uncertainty (docs/model.md). They are wide where the studies behind the model are"
                        + " few, and narrower than the differences between studies of the same protocol: a new study's"
                        + " result may fall outside them. Each cell: median [band].");
    }

    /** Each scenario's groups; with thresholds ({@code --recovered-at}), a "Back to X %" column for each, as in {@code run}. */
    private List<ClinicianReport.GroupCharts> groups(List<Trajectory> trajectories, List<Double> thresholds)
            throws IOException {
        return perScenario(
                trajectories,
                GROUP_STRENGTH,
                "Strength of each muscle group by day: ",
                t -> thresholds == null
                        ? SummaryCells.ofGroups(t)
                        : SummaryCells.ofGroups(t, Outcome.STRENGTH, thresholds));
    }

    /** For each scenario, a chart of some measures (its alt text: {@code what} and the name) and a table. */
    private List<ClinicianReport.GroupCharts> perScenario(
            List<Trajectory> trajectories,
            List<Measure> measures,
            String what,
            Function<Trajectory, SummaryCells> table)
            throws IOException {
        List<ClinicianReport.GroupCharts> charts = new ArrayList<>();
        for (Trajectory t : trajectories) {
            charts.add(new ClinicianReport.GroupCharts(
                    t.scenario().name(),
                    chart(
                            TrajectoryChart.ofMeasures(t, measures),
                            what + t.scenario().name()),
                    table.apply(t)));
        }
        return charts;
    }

    /** Aerobic capacity and bone density, the whole-body measures. */
    private static final List<Measure> WHOLE_BODY = List.of(
            Measure.VO2MAX,
            Measure.of(Outcome.BMD_LUMBAR_SPINE),
            Measure.of(Outcome.BMD_TOTAL_HIP),
            Measure.of(Outcome.BMD_CALCANEUS));

    /** What the fitness and bone section shows, and how far to trust it. */
    private static String wholeBodyNote() {
        return "Aerobic capacity (VO2max) and bone mineral density, each in % of the person's own baseline, from"
                + " their own published studies (leave-one-study-out error: aerobic capacity "
                + pp(StoredHoldOut.shipped(Family.AEROBIC).overall().rootMeanSquareErrorPp()) + ", bone "
                + pp(StoredHoldOut.shipped(Family.BONE).overall().rootMeanSquareErrorPp())
                + " percentage points). Bone is on its own axis, on the right: it changes by a few % over months,"
                + " and comes back over a year or more; markers of bone breakdown rise within days of bed rest,"
                + " but a week's loss of density is below what a scan can measure.";
    }

    /** Each scenario's aerobic capacity and bone density: a chart on two axes and a table. */
    private List<ClinicianReport.GroupCharts> wholeBody(List<Trajectory> trajectories, List<Double> thresholds)
            throws IOException {
        return perScenario(
                trajectories,
                WHOLE_BODY,
                "Aerobic capacity and bone density by day: ",
                t -> SummaryCells.ofMeasures(t, WHOLE_BODY, thresholds == null ? List.of(95.0) : thresholds));
    }

    private static ClinicianReport.Evidence evidence(EvidenceSet evidence) {
        EvidenceReport report = EvidenceReport.evaluate(evidence);
        EvidenceReport.Statistics all = report.overall();
        Map<String, EvidenceRow> studies = new LinkedHashMap<>();
        Map<String, EvidenceRow> references = new LinkedHashMap<>();
        for (EvidenceRow row : evidence.rows()) {
            studies.putIfAbsent(row.study(), row);
            // A study reported in several papers lists each paper once.
            references.putIfAbsent(paper(row), row);
        }
        // The studies behind fitness and bone join the references, each paper once.
        String wholeBody = wholeBodyEvidence(references);
        String summary = "The default model was fitted to, and is checked against, " + all.count()
                + " published figures (mean changes of strength or muscle size on a given day) from "
                + studies.size()
                + " studies of bed rest, casts, braces, limb suspension, step reduction, hospital stays and"
                + " intensive care, of exercise against them, of recovery, and of training."
                + " Its mean absolute error is " + pp(all.meanAbsoluteErrorPp())
                + " percentage points (root mean square "
                + pp(all.rootMeanSquareErrorPp()) + ")"
                + (all.withSpread() > 0
                        ? "; it falls within the published spread for " + all.insideSpread() + " of the "
                                + all.withSpread() + " figures that give one."
                        : ".")
                + outOfSample()
                + wholeBody;
        List<ClinicianReport.Category> categories = new ArrayList<>();
        for (Map.Entry<EvidenceCategory, EvidenceReport.Statistics> e :
                report.byCategory().entrySet()) {
            EvidenceReport.Statistics s = e.getValue();
            if (s.count() > 0) {
                categories.add(new ClinicianReport.Category(
                        e.getKey().keyword(),
                        Integer.toString(s.count()),
                        pp(s.meanAbsoluteErrorPp()),
                        pp(s.rootMeanSquareErrorPp()),
                        s.withSpread() == 0 ? "\u2014" : s.insideSpread() + " of " + s.withSpread()));
            }
        }
        List<ClinicianReport.Reference> papers = references.values().stream()
                .map(row -> new ClinicianReport.Reference(paper(row), row.identifier(), row.design()))
                .toList();
        ModelParameters defaults = Preset.DEFAULT.parameters();
        List<ClinicianReport.ParameterRow> parameters = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            parameters.add(new ClinicianReport.ParameterRow(
                    p.key(), NumberText.decimal(defaults.get(p)), p.unit(), p.description(), p.source()));
        }
        return new ClinicianReport.Evidence(summary, categories, papers, parameters);
    }

    // ---- pieces ---------------------------------------------------------------------------------

    /** A chart of this page, its ids apart from every other chart's. */
    private Chart chart(TrajectoryChart chart, String description) throws IOException {
        charts++;
        return Chart.of(chart, description, "chart" + charts + "-");
    }

    /** The points "what this means" makes: worded once, for the report and the page alike. */
    static List<String> meaningOf(List<Trajectory> trajectories) {
        return meaningOf(trajectories, Measure.OVERALL_STRENGTH);
    }

    /** The same, comparing the options on the report's measure. */
    static List<String> meaningOf(List<Trajectory> trajectories, Measure measure) {
        return FindingWords.meaning(trajectories, measure);
    }

    /** The paper a figure is cited from: its reference, or its study where it gives none. */
    private static String paper(EvidenceRow row) {
        return row.reference().isEmpty() ? row.study() : row.reference();
    }

    private static String pp(double v) {
        return Double.isFinite(v) ? NumberText.fixed(v, 1) : "\u2014";
    }

    /**
     * The studies behind aerobic capacity and bone, added to the references (each paper once), and
     * a sentence saying how many figures and studies they are.
     */
    private static String wholeBodyEvidence(Map<String, EvidenceRow> references) {
        StringBuilder sb =
                new StringBuilder(" The fitness and bone section rests on its own studies, listed with these:");
        String sep = " ";
        for (Family family : List.of(Family.AEROBIC, Family.BONE)) {
            EvidenceSet set = EvidenceSet.builtIn(family);
            for (EvidenceRow row : set.rows()) {
                references.putIfAbsent(paper(row), row);
            }
            sb.append(sep)
                    .append(set.rows().size())
                    .append(" figures from ")
                    .append(set.studies().size())
                    .append(" studies for ")
                    .append(family.label().toLowerCase(java.util.Locale.ROOT));
            sep = " and ";
        }
        return sb.append('.').toString();
    }

    /**
     * The honest figure: the error on studies left out of the fit in turn, as stored with the
     * calibration ({@link StoredHoldOut}), overall and per category.
     */
    private static String outOfSample() {
        StoredHoldOut h = StoredHoldOut.shipped();
        StringBuilder sb = new StringBuilder(" On a study it has not seen (each study left out of the fit in turn and"
                + " predicted), its root mean square error is " + pp(h.overall().rootMeanSquareErrorPp())
                + " percentage points (");
        String sep = "";
        for (Map.Entry<EvidenceCategory, StoredHoldOut.Error> e : h.byCategory().entrySet()) {
            sb.append(sep)
                    .append(e.getKey().keyword())
                    .append(' ')
                    .append(pp(e.getValue().rootMeanSquareErrorPp()));
            sep = ", ";
        }
        return sb.append(").").toString();
    }
}
