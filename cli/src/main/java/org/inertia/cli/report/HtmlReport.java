package org.inertia.cli.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inertia.cli.chart.ChartFormat;
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
 * fetch. Every text from a scenario is escaped ({@link Html#escape}).
 */
public final class HtmlReport {

    private static final List<Measure> GROUP_STRENGTH = List.of(MuscleGroup.values()).stream()
            .map(g -> new Measure(Outcome.STRENGTH, g))
            .toList();

    private final StringBuilder html = new StringBuilder(1 << 20);

    /** The recovery thresholds of {@code --recovered-at}; null for the default, 95 %. */
    private List<Double> thresholds;

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
        HtmlReport r = new HtmlReport();
        r.thresholds = thresholds == null ? null : List.copyOf(thresholds);
        r.head(title);
        r.out("<body>\n<header>\n<h1>").out(Html.escape(title)).out("</h1>\n");
        r.out("<p class=\"lede\">").out(Html.escape(lede(trajectories))).out("</p>\n</header>\n<main>\n");
        r.scenarios(trajectories);
        r.domain(trajectories);
        if (uncertainty.isEmpty()) {
            r.comparison(trajectories, measure);
        } else {
            r.comparisonWithBands(uncertainty, measure);
        }
        r.groups(trajectories);
        r.meaning(trajectories, measure);
        r.evidence(evidence);
        r.out("</main>\n<footer>\n<p>Made with Inertia ")
                .out(Html.escape(version))
                .out(
                        ". Estimates for an average adult in the studies behind the model, not a prediction for one patient."
                                + " The figures are those <code>inertia run</code> and <code>inertia compare</code> print for the same"
                                + " scenario files.</p>\n</footer>\n</body>\n</html>\n");
        return r.html.toString();
    }

    private HtmlReport out(String s) {
        html.append(s);
        return this;
    }

    private void head(String title) {
        out("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        out("<title>")
                .out(Html.escape(title))
                .out("</title>\n<style>\n")
                .out(STYLE)
                .out("</style>\n</head>\n");
    }

    private static String lede(List<Trajectory> trajectories) {
        int n = trajectories.size();
        return (n == 1 ? "One scenario" : n + " scenarios")
                + " simulated with Inertia: how muscle strength falls during bed rest, a cast, a brace or inactivity,"
                + " and how it comes back. Strength is in % of the person's own baseline (100 %), day by day.";
    }

    // ---- sections -------------------------------------------------------------------------------

    private void scenarios(List<Trajectory> trajectories) {
        out("<section id=\"scenarios\">\n<h2>")
                .out(trajectories.size() == 1 ? "The scenario" : "The scenarios")
                .out("</h2>\n");
        for (Trajectory t : trajectories) {
            Scenario s = t.scenario();
            out("<article class=\"scenario\">\n<h3>").out(Html.escape(s.name())).out("</h3>\n");
            if (!s.description().isEmpty()) {
                out("<p>").out(Html.escape(s.description())).out("</p>\n");
            }
            out("<p>")
                    .out(Html.escape(ScenarioWords.subject(s.subject())))
                    .out(" ")
                    .out(Html.escape(Words.duration(s.totalDays()) + " in all, in "
                            + s.phases().size() + (s.phases().size() == 1 ? " phase:" : " phases:")))
                    .out("</p>\n<ol class=\"phases\">\n");
            for (String line : ScenarioWords.phases(s)) {
                out("<li>").out(Html.escape(line)).out("</li>\n");
            }
            out("</ol>\n");
            String model = ScenarioWords.model(s);
            if (!model.isEmpty()) {
                out("<p class=\"model\">").out(Html.escape(model)).out("</p>\n");
            }
            out("<p class=\"reading\">")
                    .out(Html.escape(FindingWords.reading(t)))
                    .out("</p>\n</article>\n");
        }
        out("</section>\n");
    }

    private void comparison(List<Trajectory> trajectories, Measure measure) throws IOException {
        out("<section id=\"comparison\">\n<h2>")
                .out(Html.escape(measure.label()))
                .out(", % of baseline</h2>\n");
        chart(
                TrajectoryChart.ofScenarios(trajectories, measure),
                trajectories.size() == 1
                        ? measure.label() + " by day"
                        : measure.label() + " by day, one line per scenario");
        if (thresholds == null) {
            table(SummaryCells.ofScenarios(trajectories, measure), null);
            out("<p class=\"note\">Lowest: the lowest value and the first day it is reached. Back to 95 %: the first"
                    + " day after the lowest on which the measure is at 95 % of baseline or more.</p>\n</section>\n");
        } else {
            table(SummaryCells.ofScenarios(trajectories, measure, thresholds), null);
            out("<p class=\"note\">Lowest: the lowest value and the first day it is reached. Back to X %: the first"
                    + " day after the lowest on which the measure is at X % of baseline or more; when it is not back"
                    + " within the scenario, where it is on the last day.</p>\n</section>\n");
        }
    }

    /** The same comparison with the model's uncertainty: median and band, chart and table. */
    private void comparisonWithBands(List<PopulationResult> uncertainty, Measure measure) throws IOException {
        PopulationResult first = uncertainty.get(0);
        String band = NumberText.plain(first.lowerPercentile()) + "th to " + NumberText.plain(first.upperPercentile())
                + "th percentile";
        out("<section id=\"comparison\">\n<h2>")
                .out(Html.escape(measure.label()))
                .out(", % of baseline, with the model's uncertainty</h2>\n");
        chart(
                TrajectoryChart.ofPopulations(uncertainty, measure, band, "parameter draws"),
                measure.label() + " by day: median and " + band + " band");
        table(SummaryCells.ofPopulations(uncertainty, measure), null);
        out("<p class=\"note\">")
                .out(Html.escape("Bands: the " + band + " of " + first.subjects()
                        + " projections of the average person, each with parameters drawn from the calibration's"
                        + " own uncertainty (docs/model.md). They are wide where the studies behind the model are"
                        + " few. Each cell: median [band]."))
                .out("</p>\n</section>\n");
    }

    /** Where the scenarios leave what the studies cover: the lines the terminal prints as warnings. */
    private void domain(List<Trajectory> trajectories) {
        List<String> lines = DomainWarnings.lines(
                trajectories.stream().map(Trajectory::scenario).toList());
        if (lines.isEmpty()) {
            return;
        }
        out("<section id=\"domain\">\n<h2>Where the evidence ends</h2>\n<p>")
                .out(Html.escape("These scenarios go beyond what the studies behind the model cover; the figures"
                        + " there are extrapolations:"))
                .out("</p>\n<ul>\n");
        for (String line : lines) {
            out("<li>").out(Html.escape(line)).out("</li>\n");
        }
        out("</ul>\n</section>\n");
    }

    private void groups(List<Trajectory> trajectories) throws IOException {
        out("<section id=\"groups\">\n<h2>Muscle group by muscle group</h2>\n");
        for (Trajectory t : trajectories) {
            out("<article class=\"group-chart\">\n<h3>")
                    .out(Html.escape(t.scenario().name()))
                    .out("</h3>\n");
            chart(
                    TrajectoryChart.ofMeasures(t, GROUP_STRENGTH),
                    "Strength of each muscle group by day: " + t.scenario().name());
            table(SummaryCells.ofGroups(t), "Strength, % of baseline");
            out("</article>\n");
        }
        out("</section>\n");
    }

    private void meaning(List<Trajectory> trajectories, Measure measure) {
        out("<section id=\"meaning\">\n<h2>What this means</h2>\n<ul>\n");
        for (String line : thresholds == null
                ? meaningOf(trajectories, measure)
                : FindingWords.meaning(trajectories, measure, thresholds)) {
            out("<li>").out(Html.escape(line)).out("</li>\n");
        }
        out("</ul>\n</section>\n");
    }

    private void evidence(EvidenceSet evidence) {
        EvidenceReport report = EvidenceReport.evaluate(evidence);
        EvidenceReport.Statistics all = report.overall();
        Map<String, EvidenceRow> studies = new LinkedHashMap<>();
        Map<String, EvidenceRow> references = new LinkedHashMap<>();
        for (EvidenceRow row : evidence.rows()) {
            studies.putIfAbsent(row.study(), row);
            // A study reported in several papers lists each paper once.
            references.putIfAbsent(row.reference().isEmpty() ? row.study() : row.reference(), row);
        }
        out("<section id=\"evidence\">\n<h2>The evidence behind the defaults</h2>\n");
        out("<p>")
                .out(Html.escape("The default model was fitted to, and is checked against, " + all.count()
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
                                : ".")))
                .out("</p>\n");
        out("<table>\n<caption>Model against the published figures, by kind of study</caption>\n<thead><tr>"
                + "<th>Kind</th><th>Figures</th><th>Mean abs. error (pp)</th><th>RMS error (pp)</th><th>Within spread</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Map.Entry<EvidenceCategory, EvidenceReport.Statistics> e :
                report.byCategory().entrySet()) {
            EvidenceReport.Statistics s = e.getValue();
            if (s.count() == 0) {
                continue;
            }
            out("<tr><td>")
                    .out(Html.escape(e.getKey().keyword()))
                    .out("</td><td>")
                    .out(Integer.toString(s.count()))
                    .out("</td><td>")
                    .out(pp(s.meanAbsoluteErrorPp()))
                    .out("</td><td>")
                    .out(pp(s.rootMeanSquareErrorPp()))
                    .out("</td><td>")
                    .out(s.withSpread() == 0 ? "\u2014" : s.insideSpread() + " of " + s.withSpread())
                    .out("</td></tr>\n");
        }
        out("</tbody>\n</table>\n");

        out("<h3>The studies</h3>\n<ol class=\"references\">\n");
        for (EvidenceRow row : references.values()) {
            out("<li>").out(Html.escape(row.reference().isEmpty() ? row.study() : row.reference()));
            if (!row.identifier().isEmpty()) {
                out(" <span class=\"id\">").out(Html.escape(row.identifier())).out("</span>");
            }
            out(" <span class=\"design\">(").out(Html.escape(row.design())).out(")</span></li>\n");
        }
        out("</ol>\n");

        ModelParameters defaults = Preset.DEFAULT.parameters();
        out("<h3>The model's parameters</h3>\n<table class=\"parameters\">\n<thead><tr><th>Parameter</th><th>Value</th>"
                + "<th>Unit</th><th>What it is</th><th>Source</th></tr></thead>\n<tbody>\n");
        for (Parameter p : Parameter.values()) {
            out("<tr><td><code>")
                    .out(Html.escape(p.key()))
                    .out("</code></td><td>")
                    .out(Html.escape(NumberText.decimal(defaults.get(p))))
                    .out("</td><td>")
                    .out(Html.escape(p.unit()))
                    .out("</td><td>")
                    .out(Html.escape(p.description()))
                    .out("</td><td>")
                    .out(Html.escape(p.source()))
                    .out("</td></tr>\n");
        }
        out("</tbody>\n</table>\n</section>\n");
    }

    // ---- pieces ---------------------------------------------------------------------------------

    private void chart(TrajectoryChart chart, String description) throws IOException {
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        chart.writeTo(svg, ChartFormat.SVG);
        charts++;
        String inline = Html.inlineSvg(svg.toByteArray(), "chart" + charts + "-");
        out("<figure>\n<svg aria-label=\"")
                .out(Html.escape(description))
                .out("\"")
                .out(inline.substring("<svg".length()))
                .out("\n</figure>\n");
    }

    private void table(SummaryCells cells, String caption) {
        out("<table class=\"summary\">\n");
        if (caption != null) {
            out("<caption>").out(Html.escape(caption)).out("</caption>\n");
        }
        out("<thead><tr>");
        for (String h : cells.header()) {
            out("<th>").out(Html.escape(h)).out("</th>");
        }
        out("</tr></thead>\n<tbody>\n");
        for (List<String> row : cells.rows()) {
            out("<tr>");
            for (String cell : row) {
                out("<td>").out(Html.escape(cell)).out("</td>");
            }
            out("</tr>\n");
        }
        out("</tbody>\n</table>\n");
    }

    /** The points "what this means" makes: worded once, for the report and the page alike. */
    static List<String> meaningOf(List<Trajectory> trajectories) {
        return meaningOf(trajectories, Measure.OVERALL_STRENGTH);
    }

    /** The same, comparing the options on the report's measure. */
    static List<String> meaningOf(List<Trajectory> trajectories, Measure measure) {
        return FindingWords.meaning(trajectories, measure);
    }

    private static String whole(double v) {
        return NumberText.whole(v);
    }

    private static String percent(double v) {
        return NumberText.percent(v);
    }

    private static String pp(double v) {
        return Double.isFinite(v) ? NumberText.fixed(v, 1) : "\u2014";
    }

    /** Readable on screen, clean on paper: no web fonts, charts as wide as the text, tables kept whole. */
    private static final String STYLE =
            """
            :root { color: #22272e; background: #fff; font-family: "DejaVu Serif", Georgia, serif; font-size: 16px; line-height: 1.5; }
            body { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
            h1, h2, h3, caption, th, .lede, footer { font-family: "DejaVu Sans", system-ui, sans-serif; }
            h1 { font-size: 1.9rem; margin: 0 0 0.3rem; }
            h2 { font-size: 1.35rem; border-bottom: 2px solid #0072b2; padding-bottom: 0.15rem; margin-top: 2.2rem; }
            h3 { font-size: 1.1rem; margin: 1.2rem 0 0.3rem; }
            .lede { color: #57606a; margin-top: 0; }
            .reading { background: #f0f6fb; border-left: 4px solid #0072b2; padding: 0.4rem 0.8rem; }
            .model { color: #8a4b00; }
            figure { margin: 0.8rem 0; }
            figure svg { display: block; width: 100%; height: auto; }
            table { border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 0.9rem; }
            caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }
            th, td { border-bottom: 1px solid #d0d7de; padding: 0.2rem 0.6rem; text-align: right; vertical-align: top; }
            th:first-child, td:first-child, th:last-child, td:last-child { text-align: left; }
            thead th { background: #f6f8fa; }
            table.parameters td, table.parameters th { text-align: left; font-size: 0.82rem; }
            .references { font-size: 0.9rem; }
            .id, .design { color: #57606a; }
            .note, footer { color: #57606a; font-size: 0.85rem; }
            footer { border-top: 1px solid #d0d7de; margin-top: 2rem; }
            @media print {
              :root { font-size: 11pt; }
              body { max-width: none; padding: 0; }
              h2 { break-after: avoid; }
              h3 { break-after: avoid; }
              figure, table.summary, .scenario, tr { break-inside: avoid; }
              .group-chart { break-before: auto; }
              .reading { background: none; }
              a { color: inherit; text-decoration: none; }
            }
            @page { margin: 16mm 14mm; }
            """;
}
