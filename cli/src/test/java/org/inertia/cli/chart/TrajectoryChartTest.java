package org.inertia.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.population.Variability;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class TrajectoryChartTest {

    private static final Subject SUBJECT = new Subject(50, null, Condition.HEALTHY);

    @Test
    void runChartHasOneLinePerMeasurePlusTheBaseline() {
        Trajectory t = simulate(scenario("Bed rest then walking", 7, "Walking", 14));

        TrajectoryChart chart = TrajectoryChart.ofMeasures(t, List.of(Measure.OVERALL_STRENGTH));

        XYChart xy = chart.xyChart();
        assertThat(chart.lineNames()).containsExactly(Measure.OVERALL_STRENGTH.label());
        assertThat(xy.getSeriesMap()).containsOnlyKeys(Measure.OVERALL_STRENGTH.label(), TrajectoryChart.BASELINE);
        XYSeries line = xy.getSeriesMap().get(Measure.OVERALL_STRENGTH.label());
        assertThat(line.getXData()).hasSize(22).startsWith(0, 1, 2).endsWith(21);
        assertThat(line.getYData()[0]).isEqualTo(100);
        assertThat(xy.getTitle()).isEqualTo("Bed rest then walking");
        assertThat(xy.getXAxisTitle()).isEqualTo("Day");
        // The axis says which measure (issue 13): overall strength, not just "Strength".
        assertThat(xy.getYAxisTitle()).isEqualTo("Overall strength (% of baseline)");
        assertThat(xy.getWidth()).isEqualTo(1200);
        assertThat(xy.getHeight()).isEqualTo(700);
    }

    @Test
    void severalMeasuresOfOneOutcomeAreNamedByGroup() {
        Trajectory t = simulate(scenario("x", 7, "Walking", 7));
        List<Measure> measures =
                List.of(Measure.parse("strength.knee_extensors").orElseThrow(), Measure.OVERALL_STRENGTH);

        TrajectoryChart chart = TrajectoryChart.ofMeasures(t, measures);

        assertThat(chart.lineNames())
                .containsExactly("Knee extensors (quadriceps)", "Overall (mean of the five groups)");
        assertThat(chart.xyChart().getYAxisTitle()).isEqualTo("Strength (% of baseline)");
        assertThat(distinctColours(chart.xyChart())).isEqualTo(3);
    }

    @Test
    void comparisonHasOneLinePerScenarioAndMarksSharedPhases() {
        List<Trajectory> ts = List.of(
                simulate(scenario("7 days of bed rest, then walking", 7, "Walking", 14)),
                simulate(scenario("7 days of bed rest, then cycling", 7, "Cycling", 14)),
                simulate(scenario("7 days of bed rest, then nothing", 7, "Rest", 14)));

        TrajectoryChart chart = TrajectoryChart.ofScenarios(ts, Measure.OVERALL_STRENGTH);

        assertThat(chart.lineNames()).containsExactly("then walking", "then cycling", "then nothing");
        assertThat(chart.xyChart().getSeriesMap()).hasSize(3 + 1);
        assertThat(chart.xyChart().getTitle()).isEqualTo("Comparison: 7 days of bed rest");
        assertThat(PhaseMark.common(ts.stream().map(Trajectory::scenario).toList()))
                .containsExactly(new PhaseMark("Bed rest", 0, 7), new PhaseMark("Walking / Cycling / Rest", 7, 21));
        assertThat(distinctColours(chart.xyChart())).isEqualTo(4);
    }

    @Test
    void scenariosWithDifferentPhasesGetNoPhaseMarks() {
        List<Scenario> scenarios = List.of(scenario("a", 7, "Walking", 14), scenario("b", 14, "Walking", 7));

        assertThat(PhaseMark.common(scenarios)).isEmpty();
    }

    @Test
    void sameNameTwiceGetsTwoLines() {
        Trajectory t = simulate(scenario("Same", 3, "Walking", 3));

        TrajectoryChart chart = TrajectoryChart.ofScenarios(List.of(t, t), Measure.OVERALL_STRENGTH);

        assertThat(chart.lineNames()).containsExactly("Same", "Same (2)");
        assertThat(chart.xyChart().getTitle()).isEqualTo("Same vs Same");
    }

    @Test
    void yAxisRunsFromBelowTheLowestValueToAboveBaseline() {
        assertThat(TrajectoryChart.yRange(List.of(new TrajectoryChart.Line("a", new double[] {100, 93.1, 97}))))
                .containsExactly(85, 105);
        assertThat(TrajectoryChart.yRange(List.of(new TrajectoryChart.Line("a", new double[] {100, 99.5, 104}))))
                .containsExactly(90, 110);
        assertThat(TrajectoryChart.yRange(List.of(new TrajectoryChart.Line("a", new double[] {100, 2}))))
                .containsExactly(0, 105);
    }

    @Test
    void axisTitleNamesOutcomeAndSingleGroup() {
        assertThat(TrajectoryChart.yAxisTitle(
                        List.of(Measure.parse("mass.knee_extensors").orElseThrow())))
                .isEqualTo("Muscle mass, knee extensors (% of baseline)");
        assertThat(TrajectoryChart.yAxisTitle(List.of(
                        Measure.OVERALL_STRENGTH, Measure.parse("mass.overall").orElseThrow())))
                .isEqualTo("Strength and muscle mass (% of baseline)");
    }

    @Test
    void namesAreShortenedOnlyAtAPunctuationBreakNeverInsideAPhrase() {
        assertThat(TrajectoryChart.commonPrefix(List.of("2 weeks in bed", "2 weeks in bed; cycling 20 min a day")))
                .isEmpty();
        assertThat(TrajectoryChart.commonPrefix(
                        List.of("Older adult in hospital walking", "Older adult in hospital resting")))
                .isEmpty();
        assertThat(TrajectoryChart.commonPrefix(
                        List.of("Older adult in hospital, walking", "Older adult in hospital, resting")))
                .isEqualTo("Older adult in hospital, ");
    }

    @Test
    void longNamesWithoutASharedStartGetAGenericTitle() {
        String a = "A rather long scenario name that goes on and on";
        String b = "Another long scenario name, also going on and on";

        assertThat(TrajectoryChart.comparisonTitle(List.of(a, b), TrajectoryChart.commonPrefix(List.of(a, b))))
                .isEqualTo("Comparison of 2 scenarios");
    }

    @Test
    void manyPhasesAndOddNamesRenderInEveryFormat() throws IOException {
        Scenario s = Scenario.of(
                "Many \"phases\"\nand a line break",
                SUBJECT,
                List.of(
                        new Phase("A very long phase name that cannot fit in a day", 1, Mobility.BED_REST, List.of()),
                        new Phase("Cast", 5, Mobility.LEG_CAST, List.of()),
                        new Phase("x", 2, Mobility.SEDENTARY, List.of()),
                        new Phase("Rehabilitation at home", 30, Mobility.NORMAL, List.of())));
        TrajectoryChart chart = TrajectoryChart.ofMeasures(simulate(s), List.of(Measure.OVERALL_STRENGTH));

        for (ChartFormat format : ChartFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            chart.writeTo(out, format);
            assertThat(out.size()).as(format.name()).isGreaterThan(1000);
        }
        assertThat(chart.xyChart().getTitle()).doesNotContain("\n");
    }

    @Test
    void populationChartDrawsEachMedianInsideAClosedBandIssue4() {
        Scenario s = scenario("Bed rest then walking", 7, "Walking", 14);
        PopulationResult p = new PopulationSimulator(Simulator.exact(), Variability.calibrated(), 2)
                .simulate(s, 300, 1, List.of(Measure.OVERALL_STRENGTH), 5, 95, done -> {});

        TrajectoryChart chart =
                TrajectoryChart.ofPopulation(p, List.of(Measure.OVERALL_STRENGTH), "5th\u201395th percentile");

        XYChart xy = chart.xyChart();
        assertThat(chart.lineNames()).containsExactly(Measure.OVERALL_STRENGTH.label());
        assertThat(xy.getYAxisTitle()).isEqualTo("Median overall strength (% of baseline)");
        XYSeries line = xy.getSeriesMap().get(Measure.OVERALL_STRENGTH.label());
        assertThat(line.getYData()).containsExactly(p.median()[0]);
        XYSeries band = xy.getSeriesMap().values().stream()
                .filter(x ->
                        x.getXYSeriesRenderStyle() == XYSeries.XYSeriesRenderStyle.PolygonArea && !x.isShowInLegend())
                .findFirst()
                .orElseThrow();
        // Upper edge forwards, lower edge back: a closed outline of 2 × 22 points.
        assertThat(band.getXData()).hasSize(44).startsWith(0, 1).endsWith(1, 0);
        assertThat(band.getYData()[10]).isEqualTo(p.upper(0, 10));
        assertThat(band.getYData()[43 - 10]).isEqualTo(p.lower(0, 10));
        assertThat(band.getFillColor().getAlpha()).isBetween(1, 254);
        assertThat(xy.getSeriesMap()).containsKey("5th\u201395th percentile of 300 subjects");
    }

    @Test
    void severalBandsAreEachLighterThanOne() {
        assertThat(TrajectoryChart.bandAlpha(3))
                .isLessThan(TrajectoryChart.bandAlpha(1))
                .isPositive();
    }

    private static long distinctColours(XYChart chart) {
        // Colours are assigned when the chart is painted.
        chart.paint(
                new java.awt.image.BufferedImage(1200, 700, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics(),
                1200,
                700);
        return chart.getSeriesMap().values().stream()
                .map(XYSeries::getLineColor)
                .map(Color::getRGB)
                .distinct()
                .count();
    }

    private static Scenario scenario(String name, int restDays, String after, int afterDays) {
        return Scenario.of(
                name,
                SUBJECT,
                List.of(
                        new Phase("Bed rest", restDays, Mobility.BED_REST, List.of()),
                        new Phase(
                                after,
                                afterDays,
                                Mobility.NORMAL,
                                List.of(new Exercise(Activity.WALKING, 30, 7, Intensity.MODERATE)))));
    }

    private static Trajectory simulate(Scenario s) {
        return Simulator.exact().simulate(s);
    }

    @Test
    void measuredPointsAreDrawnAsMarkersWithTheirSpreadAndWidenTheValueAxis() {
        Trajectory t = simulate(scenario("Bed rest then walking", 7, "Walking", 14));
        Measure knee = Measure.parse("strength.knee_extensors").orElseThrow();
        Measure overall = Measure.OVERALL_STRENGTH;
        List<org.inertia.sim.evidence.Measurement> points = List.of(
                new org.inertia.sim.evidence.Measurement(2, 3, knee, 93, java.util.OptionalDouble.of(3)),
                new org.inertia.sim.evidence.Measurement(3, 7, knee, 60, java.util.OptionalDouble.of(4)),
                new org.inertia.sim.evidence.Measurement(4, 14, overall, 95, java.util.OptionalDouble.empty()));

        XYChart one = TrajectoryChart.ofMeasures(t, List.of(knee))
                .observed(points.subList(0, 2), List.of(knee))
                .xyChart();
        XYChart two = TrajectoryChart.ofMeasures(t, List.of(knee, overall))
                .observed(points, List.of(knee, overall))
                .xyChart();

        XYSeries measured = one.getSeriesMap().get("Measured");
        assertThat(measured.getXYSeriesRenderStyle()).isEqualTo(XYSeries.XYSeriesRenderStyle.Scatter);
        assertThat(measured.getXData()).containsExactly(3.0, 7.0);
        assertThat(measured.getYData()).containsExactly(93.0, 60.0);
        assertThat(measured.getExtraValues()).containsExactly(3.0, 4.0);
        // 60 - 4 = 56: the axis reaches below the lowest error bar.
        assertThat(one.getStyler().getYAxisMin()).isLessThanOrEqualTo(56.0);
        assertThat(two.getSeriesMap()).containsKeys("Measured: " + knee.label(), "Measured: " + overall.label());
        assertThat(two.getSeriesMap().get("Measured: " + overall.label()).getExtraValues())
                .isNull();
    }
}
