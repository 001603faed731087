package org.inertia.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
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

/** One panel per muscle group (issue 13): five panels, one scale, one legend, nothing overlapping. */
class FacetChartTest {

    private static final Subject SUBJECT = new Subject(50, null, Condition.HEALTHY);

    private static Trajectory simulate(String name, Mobility first) {
        return Simulator.exact()
                .simulate(Scenario.of(
                        name,
                        SUBJECT,
                        List.of(
                                new Phase("Rest", 14, first, List.of()),
                                new Phase("Home", 14, Mobility.NORMAL, List.of()))));
    }

    private static FacetChart figure(Outcome outcome) {
        List<Trajectory> both =
                List.of(simulate("Two weeks in bed", Mobility.BED_REST), simulate("A brace", Mobility.LUMBAR_BRACE));
        return FacetChart.of(outcome, m -> TrajectoryChart.ofScenarios(both, m));
    }

    @Test
    void onePanelPerGroupEachWithEveryScenarioAndTheBaseline() {
        FacetChart f = figure(Outcome.STRENGTH);
        f.layout(ChartLook.DEFAULT);

        assertThat(f.measures()).extracting(Measure::group).containsExactlyElementsOf(MuscleGroup.SIMULATED);
        List<XYChart> panels = f.panels();
        assertThat(panels).hasSize(5);
        assertThat(panels)
                .extracting(XYChart::getTitle)
                .containsExactly(
                        "Strength, knee extensors",
                        "Strength, plantar flexors",
                        "Strength, trunk extensors",
                        "Strength, trunk flexors",
                        "Strength, handgrip");
        for (int i = 0; i < 5; i++) {
            XYChart p = panels.get(i);
            assertThat(p.getSeriesMap()).containsOnlyKeys("Two weeks in bed", "A brace", TrajectoryChart.BASELINE);
            // Each panel draws its own group: knee extensors lose more under bed rest than handgrip.
            assertThat(p.getStyler().isLegendVisible()).isFalse();
        }
        double kneeLow =
                min(panels.get(0).getSeriesMap().get("Two weeks in bed").getYData());
        double gripLow =
                min(panels.get(4).getSeriesMap().get("Two weeks in bed").getYData());
        assertThat(kneeLow).isLessThan(gripLow);
    }

    @Test
    void everyPanelSharesOneValueScaleHoldingEveryLine() {
        FacetChart f = figure(Outcome.MASS);
        FacetChart.Layout layout = f.layout(ChartLook.DEFAULT);

        double lowest = Double.MAX_VALUE;
        for (XYChart p : f.panels()) {
            assertThat(p.getStyler().getYAxisMin()).isEqualTo(layout.yMin());
            assertThat(p.getStyler().getYAxisMax()).isEqualTo(layout.yMax());
            for (var s : p.getSeriesMap().values()) {
                lowest = Math.min(lowest, min(s.getYData()));
            }
        }
        assertThat(layout.yMin()).isLessThanOrEqualTo(lowest);
        assertThat(layout.yMax()).isGreaterThanOrEqualTo(100);
        assertThat(layout.valueTitle()).isEqualTo("Muscle mass (% of baseline)");
    }

    @Test
    void theUsersRangeTitleAndSizeApply() throws IOException {
        FacetChart f = figure(Outcome.STRENGTH);
        ByteArrayOutputStream png = new ByteArrayOutputStream();

        FacetChart.Layout layout = f.writeTo(png, ChartFormat.PNG, new ChartLook("Slide 9", 1600, 900, 50, 120));

        assertThat(layout.title()).isEqualTo("Slide 9");
        for (XYChart p : f.panels()) {
            assertThat(p.getStyler().getYAxisMin()).isEqualTo(50);
            assertThat(p.getStyler().getYAxisMax()).isEqualTo(120);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
    }

    @Test
    void oneLegendNamesEachScenarioOnce() {
        FacetChart.Layout layout = figure(Outcome.STRENGTH).layout(ChartLook.DEFAULT);

        assertThat(layout.legendNames()).containsExactly("Two weeks in bed", "A brace", TrajectoryChart.BASELINE);
    }

    @Test
    void panelsAndLegendTileTheFigureWithoutOverlapAtEverySize() {
        for (int[] size : new int[][] {{1200, 700}, {320, 240}, {4000, 1200}, {800, 1400}}) {
            FacetChart.Layout layout =
                    figure(Outcome.STRENGTH).layout(new ChartLook(null, size[0], size[1], Double.NaN, Double.NaN));
            Rectangle2D figure = new Rectangle2D.Double(0, 0, size[0], size[1]);
            for (int i = 0; i < 6; i++) {
                Rectangle2D a = layout.cell(i);
                assertThat(figure.contains(a))
                        .as("cell %d inside %dx%d", i, size[0], size[1])
                        .isTrue();
                assertThat(a.getWidth()).isPositive();
                for (int j = i + 1; j < 6; j++) {
                    Rectangle2D b = layout.cell(j);
                    Rectangle2D overlap = a.createIntersection(b);
                    assertThat(overlap.getWidth() <= 1e-9 || overlap.getHeight() <= 1e-9)
                            .as("cells %d and %d", i, j)
                            .isTrue();
                }
            }
        }
    }

    private static double min(double[] values) {
        double m = Double.MAX_VALUE;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }
}
