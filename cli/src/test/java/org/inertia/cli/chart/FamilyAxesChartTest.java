package org.inertia.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** Issue 16: families never share an unlabelled axis; a second family gets the right axis. */
class FamilyAxesChartTest {

    private static final Trajectory BED_REST = Simulator.exact()
            .simulate(Scenario.of(
                    "Bed rest",
                    new Subject(45, null, Condition.HEALTHY),
                    List.of(
                            new Phase("Bed rest", 60, Mobility.BED_REST, List.of()),
                            new Phase("Normal", 60, Mobility.NORMAL, List.of()))));

    private static final Measure HIP = Measure.of(Outcome.BMD_TOTAL_HIP);

    @Test
    void aSecondFamilyIsDrawnAgainstItsOwnTitledAxisOnTheRight() {
        XYChart chart = TrajectoryChart.ofMeasures(BED_REST, List.of(Measure.VO2MAX, HIP))
                .xyChart();
        assertThat(chart.getSeriesMap().get("Aerobic capacity (VO2max)").getYAxisGroup())
                .isZero();
        assertThat(chart.getSeriesMap().get("Bone density, total hip").getYAxisGroup())
                .isEqualTo(1);
        assertThat(chart.getYAxisTitle()).isEqualTo("Aerobic capacity (VO2max) (% of baseline)");
        assertThat(chart.getYAxisGroupTitle(1)).isEqualTo("Bone density, total hip (% of baseline)");
        // One baseline line serves both axes: 100 % at the same height on each.
        double leftMin = chart.getStyler().getYAxisMin();
        double leftMax = chart.getStyler().getYAxisMax();
        double rightMin = chart.getStyler().getYAxisMin(1);
        double rightMax = chart.getStyler().getYAxisMax(1);
        assertThat((100 - rightMin) / (rightMax - rightMin))
                .isCloseTo((100 - leftMin) / (leftMax - leftMin), within(1e-9));
        double lowest = BED_REST.summary(HIP).lowestPercent();
        assertThat(rightMin).isLessThan(lowest);
    }

    @Test
    void oneFamilyKeepsOneAxisAndThreeAreRefused() {
        XYChart chart = TrajectoryChart.ofMeasures(BED_REST, List.of(HIP, Measure.of(Outcome.BMD_CALCANEUS)))
                .xyChart();
        assertThat(chart.getSeriesMap().values()).allMatch(s -> s.getYAxisGroup() == 0);
        assertThat(TrajectoryChart.yAxisTitle(List.of(HIP, Measure.of(Outcome.BMD_CALCANEUS))))
                .isEqualTo("Bone density (% of baseline)");
        assertThatThrownBy(() ->
                        TrajectoryChart.ofMeasures(BED_REST, List.of(Measure.OVERALL_STRENGTH, Measure.VO2MAX, HIP)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLegendOfFitnessAndThreeBoneSitesIsStackedRatherThanCutAtTheEdge() throws Exception {
        // The report's fitness and bone chart: in one row, its last entry ran past the chart's right edge.
        TrajectoryChart four = TrajectoryChart.ofMeasures(
                BED_REST,
                List.of(Measure.VO2MAX, Measure.of(Outcome.BMD_LUMBAR_SPINE), HIP, Measure.of(Outcome.BMD_CALCANEUS)));
        assertThat(four.xyChart().getStyler().getLegendLayout())
                .isEqualTo(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        java.io.ByteArrayOutputStream svg = new java.io.ByteArrayOutputStream();
        four.writeTo(svg, ChartFormat.SVG, ChartLook.DEFAULT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "matrix\\([-0-9. ]+ ([0-9.]+) [0-9.]+\\)\"?>\\s*<text[^>]*>([^<]*)</text>")
                .matcher(svg.toString(java.nio.charset.StandardCharsets.UTF_8));
        int entries = 0;
        while (m.find()) {
            if (m.group(2).startsWith("Bone density") || m.group(2).startsWith("Baseline")) {
                entries++;
                assertThat(Double.parseDouble(m.group(1))).as(m.group(2)).isLessThan(1200 - 300);
            }
        }
        assertThat(entries).isGreaterThanOrEqualTo(4);
        // Two lines still fit in a row.
        assertThat(TrajectoryChart.ofMeasures(BED_REST, List.of(Measure.VO2MAX, HIP))
                        .xyChart()
                        .getStyler()
                        .getLegendLayout())
                .isEqualTo(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
    }
}
