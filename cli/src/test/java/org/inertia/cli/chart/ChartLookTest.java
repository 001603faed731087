package org.inertia.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/** {@code --title}, {@code --size} and {@code --y-range} as applied to a chart (issue 13). */
class ChartLookTest {

    private static Trajectory week() {
        return Simulator.exact()
                .simulate(Scenario.of(
                        "A week in bed",
                        new Subject(45, null, Condition.HEALTHY),
                        List.of(
                                new Phase("Bed rest", 7, Mobility.BED_REST, List.of()),
                                new Phase("Home", 14, Mobility.NORMAL, List.of()))));
    }

    @Test
    void theTitleSizeAndValueRangeAreTheUsers() {
        XYChart chart = TrajectoryChart.ofMeasures(week(), List.of(Measure.OVERALL_STRENGTH))
                .xyChart();

        new ChartLook("Lecture 3: a week in bed", 1600, 900, 70, 110).applyTo(chart);

        assertThat(chart.getTitle()).isEqualTo("Lecture 3: a week in bed");
        assertThat(chart.getWidth()).isEqualTo(1600);
        assertThat(chart.getHeight()).isEqualTo(900);
        assertThat(chart.getStyler().getYAxisMin()).isEqualTo(70.0);
        assertThat(chart.getStyler().getYAxisMax()).isEqualTo(110.0);
        // 1600 x 900 against 1200 x 700: text 9/7 as large.
        assertThat(chart.getStyler().getChartTitleFont().getSize2D())
                .isCloseTo(SlideStyle.TITLE_FONT.getSize2D() * 900f / 700f, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void theDefaultLookChangesNothing() {
        XYChart chart = TrajectoryChart.ofMeasures(week(), List.of(Measure.OVERALL_STRENGTH))
                .xyChart();
        double min = chart.getStyler().getYAxisMin();

        ChartLook.DEFAULT.applyTo(chart);

        assertThat(chart.getTitle()).isEqualTo("A week in bed");
        assertThat(chart.getWidth()).isEqualTo(TrajectoryChart.WIDTH);
        assertThat(chart.getStyler().getYAxisMin()).isEqualTo(min);
    }

    @Test
    void onASmallChartALongTitleIsShortenedToFitAndTheLegendStacked() {
        String longTitle = "Bed rest, a lumbar brace or staying active: what each option costs the muscles of the back";
        XYChart chart = TrajectoryChart.ofMeasures(
                        week(),
                        List.of(
                                Measure.OVERALL_STRENGTH,
                                Measure.parse("strength.trunk_extensors").orElseThrow(),
                                Measure.parse("strength.knee_extensors").orElseThrow()))
                .xyChart();

        new ChartLook(longTitle, 400, 300, Double.NaN, Double.NaN).applyTo(chart);

        double width = SlideStyle.TITLE_FONT
                .deriveFont(chart.getStyler().getChartTitleFont().getSize2D())
                .getStringBounds(chart.getTitle(), new java.awt.font.FontRenderContext(null, true, true))
                .getWidth();
        assertThat(chart.getTitle()).endsWith("\u2026").startsWith("Bed rest");
        assertThat(width).isLessThanOrEqualTo(400 - 2.0 * chart.getStyler().getChartPadding());
        assertThat(chart.getStyler().getLegendLayout()).isEqualTo(Styler.LegendLayout.Vertical);
    }

    @Test
    void onASmallChartTheSpacingShrinksWithTheText() {
        XYChart chart = TrajectoryChart.ofMeasures(week(), List.of(Measure.OVERALL_STRENGTH))
                .xyChart();
        int tickHint = chart.getStyler().getYAxisTickMarkSpacingHint();
        int titlePadding = chart.getStyler().getChartTitlePadding();
        int sample = chart.getStyler().getLegendSeriesLineLength();

        new ChartLook(null, 320, 240, Double.NaN, Double.NaN).applyTo(chart);

        // 320 x 240 is below the smallest text scale: everything at 0.55 of the slide's spacing, so
        // the value axis keeps several labelled ticks in a plot about 100 px high.
        double scale = ChartLook.MIN_TEXT_SCALE;
        assertThat(chart.getStyler().getYAxisTickMarkSpacingHint()).isEqualTo((int) Math.round(tickHint * scale));
        assertThat(chart.getStyler().getChartTitlePadding()).isEqualTo((int) Math.round(titlePadding * scale));
        assertThat(chart.getStyler().getLegendSeriesLineLength()).isEqualTo((int) Math.round(sample * scale));
    }

    @Test
    void sizesAndRangesOutOfBoundsAreProgrammingErrors() {
        assertThatThrownBy(() -> new ChartLook(null, 319, 500, Double.NaN, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChartLook(null, 800, 0, Double.NaN, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChartLook(null, 0, 0, 90, 90)).isInstanceOf(IllegalArgumentException.class);
    }
}
