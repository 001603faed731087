package org.inertia.cli.report;

import java.awt.Font;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.inertia.cli.chart.ChartLook;
import org.inertia.cli.chart.TrajectoryChart;
import org.inertia.cli.options.UserInputException;
import org.inertia.cli.words.FindingWords;
import org.inertia.sim.evidence.Domain;
import org.inertia.sim.findings.GroupComparison;
import org.inertia.sim.findings.OptionFindings;
import org.inertia.sim.findings.PairedDraws;
import org.inertia.sim.findings.People;
import org.inertia.sim.findings.ScenarioFindings;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.trajectory.Trajectory;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/**
 * The patient handout of {@code inertia report --audience patient}: one printed page in plain
 * words beside the clinician report ({@link HtmlReport}). It says what each option is and does to
 * the muscles, shows one chart, the measure the findings pick ({@link OptionFindings#toShow}: for
 * back pain, the back muscles) unless the user names one, compares the options on it without
 * ranking those the model cannot tell apart, says what to do where the findings show it, and how
 * sure the figures are. The findings are those of the clinician report, worded for a patient by
 * {@link FindingWords}; the page is the template handout.jte, which escapes every value.
 */
public final class HtmlPatientHandout {

    /** The chart's size (px): wide and low, to leave the page room for the words. */
    private static final int CHART_WIDTH = 1000;

    private static final int CHART_HEIGHT = 640;

    private HtmlPatientHandout() {}

    /**
     * {@return the handout as HTML text}
     *
     * @param title the title; null for one made from the scenarios
     * @param trajectories the simulated options, at least one
     * @param measure the measure of the chart; empty for the one the findings pick
     * @param version the version of Inertia, for the footer
     * @throws IOException if the chart cannot be drawn
     * @throws UserInputException if the scenarios are of different people ({@link People}): a handout
     *     compares options for one person
     */
    public static String of(String title, List<Trajectory> trajectories, Optional<Measure> measure, String version)
            throws IOException, UserInputException {
        if (trajectories.isEmpty()) {
            throw new IllegalArgumentException("a handout needs at least one scenario");
        }
        People people =
                People.of(trajectories.stream().map(Trajectory::scenario).toList());
        if (!people.samePerson()) {
            throw new UserInputException("--audience patient: a handout compares options for one person, but these"
                    + " scenarios are of different people ("
                    + people.differing().stream()
                            .map(t -> t.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    + " differ); make one handout per person, or a clinician report to compare them");
        }
        int n = trajectories.size();
        PairedDraws draws = n > 1 ? PairedDraws.of(trajectories) : PairedDraws.none(trajectories);
        OptionFindings findings = OptionFindings.of(draws, measure.orElse(Measure.OVERALL_STRENGTH));
        Measure shown = measure.orElseGet(findings::toShow);

        List<String> intro = new ArrayList<>();
        intro.add((n == 1 ? "What this plan does" : "What each of these " + n + " choices does") + " to the muscles"
                + " of "
                + FindingWords.personForPatient(trajectories.get(0).scenario().subject())
                + ". A computer model worked it out from studies of many people.");
        Optional<String> fitness = FindingWords.fitnessForPatient(trajectories);
        fitness.ifPresent(intro::add);

        List<PatientPage.Choice> choices = new ArrayList<>();
        for (ScenarioFindings f : findings.options()) {
            choices.add(new PatientPage.Choice(
                    f.trajectory().scenario().name(),
                    FindingWords.planForPatient(f.trajectory().scenario()),
                    FindingWords.forPatient(f)));
        }

        List<Integer> beyond = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!Domain.builtIn().check(trajectories.get(i).scenario()).isEmpty()) {
                beyond.add(i);
            }
        }

        String name = FindingWords.measureForPatient(shown);
        PatientPage page = new PatientPage(
                title != null
                        ? title
                        : n == 1
                                ? "Your muscles: "
                                        + trajectories.get(0).scenario().name()
                                : "Your muscles: " + n + " choices compared",
                Templates.style("handout.css"),
                intro,
                n == 1 ? "The plan" : "The choices",
                choices,
                Character.toUpperCase(name.charAt(0)) + name.substring(1) + ", day by day",
                chart(trajectories, shown, name),
                (n == 1 ? "" : "Each line is one choice. ") + "100% is your " + name + " at the start. Lower means "
                        + (shown.outcome() == Outcome.STRENGTH ? "weaker." : "smaller."),
                n == 1 ? List.of() : FindingWords.forPatient(findings, GroupComparison.of(draws, shown)),
                FindingWords.adviceForPatient(findings),
                FindingWords.certaintyForPatient(findings, beyond, fitness.isPresent()),
                version);
        return Templates.render("handout.jte", page);
    }

    /**
     * The one chart: the options on the measure shown, its axis in everyday words, and a fixed
     * scale from at most 80 % to at least 105 %, so that a small change looks small.
     */
    private static Chart chart(List<Trajectory> trajectories, Measure measure, String name) throws IOException {
        TrajectoryChart chart = TrajectoryChart.ofScenarios(trajectories, measure);
        double low = 100;
        double high = 100;
        for (Trajectory t : trajectories) {
            for (int day = 0; day <= t.lastDay(); day++) {
                double v = t.percent(measure, day);
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        double yMin = Math.min(80, 5 * Math.floor((low - 5) / 5));
        double yMax = Math.max(105, 5 * Math.ceil((high + 2) / 5));
        var xy = chart.xyChart();
        xy.setYAxisTitle(Character.toUpperCase(name.charAt(0)) + name.substring(1) + " (%)");
        xy.setXAxisTitle("Day");
        xy.getStyler().setXAxisTitleVisible(false);
        // The dashed line at 100 % stays; the note under the heading says what it is.
        xy.getSeriesMap().values().stream()
                .filter(s -> s.getName().equals(TrajectoryChart.BASELINE))
                .forEach(s -> s.setShowInLegend(false));
        // Read on paper at arm's length: the measure as the title (the phases' ribbon sits under
        // it), the legend under the plot, letters larger than on a slide.
        xy.setTitle(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        XYStyler styler = xy.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendFont(larger(styler.getLegendFont()));
        styler.setAxisTitleFont(larger(styler.getAxisTitleFont()));
        styler.setAxisTickLabelsFont(larger(styler.getAxisTickLabelsFont()));
        return Chart.of(
                chart,
                "Line chart of " + name + " by day, one line per choice",
                "chart1-",
                new ChartLook(null, CHART_WIDTH, CHART_HEIGHT, yMin, yMax));
    }

    private static Font larger(Font font) {
        return font.deriveFont(font.getSize2D() * 1.8f);
    }
}
