package org.inertia.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.sweep.InputDistribution;
import org.inertia.sim.sweep.MorrisScreening;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.SensitivityInput;
import org.inertia.sim.sweep.SobolIndices;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYSeries;

/** The bars of a global sensitivity analysis (issue 15): rows, values and whiskers, never pixels. */
class GlobalSensitivityChartTest {

    private static final Scenario REST = Scenario.of(
            "Rest",
            new Subject(50, null, Condition.HEALTHY),
            List.of(new Phase("Bed rest", 14, Mobility.BED_REST, List.of())));

    private static final Readout DAY_7 = new Readout(Readout.Kind.ON_DAY, Measure.OVERALL_STRENGTH, 7);

    private static SensitivityInput input(String name) {
        return new SensitivityInput(name, "", new InputDistribution.Uniform(0, 1));
    }

    @Test
    void sobolRowsAreSortedByTotalEffectWithBothBarsAndTheirWhiskers() throws IOException {
        SobolIndices indices = new SobolIndices(
                List.of(
                        new SobolIndices.Index(input("small"), 0.1, 0.05, 0.15, 0.12, 0.1, 0.14, false),
                        new SobolIndices.Index(input("none"), 0, 0, 0, 0, 0, 0, true),
                        new SobolIndices.Index(input("large"), 0.6, 0.5, 0.7, 0.8, 0.75, 0.85, false)),
                256,
                256 * 5,
                90,
                2,
                new SobolIndices.Convergence(true, 128, 0.01, 0.2, 0.05, 0.2),
                1000,
                95,
                1);

        GlobalSensitivityChart chart = GlobalSensitivityChart.of(REST, indices, DAY_7);

        assertThat(chart.rows()).containsExactly("large", "small");
        XYSeries total = chart.xyChart().getSeriesMap().get("Total effect ST");
        assertThat(total.getXData()).containsExactly(0, 0.8, 0.8, 0, 0);
        XYSeries whisker = chart.xyChart().getSeriesMap().get("Total effect ST interval 0");
        assertThat(whisker.getXData()).contains(0.75, 0.85);
        XYSeries first = chart.xyChart().getSeriesMap().get("First order S1 1");
        assertThat(first.getXData()).containsExactly(0, 0.1, 0.1, 0, 0);
        assertThat(chart.xyChart().getXAxisTitle())
                .isEqualTo("Share of the variance of overall strength on day 7 (top 2 of 3 parameters)");
        assertThat(chart.xyChart().getTitle()).isEqualTo("Rest (Sobol' indices)");
        assertEncodes(chart);
    }

    @Test
    void morrisShowsMuStarWithItsIntervalAndLeavesOutParametersWithNoEffect() throws IOException {
        MorrisScreening screening = new MorrisScreening(
                List.of(
                        new MorrisScreening.Effect(input("a"), 2, 1, 3, -2, 0.5, false),
                        new MorrisScreening.Effect(input("b"), 0, 0, 0, 0, 0, true),
                        new MorrisScreening.Effect(input("c"), 5, 4, 6, 5, 1, false)),
                10,
                4,
                40,
                1000,
                95,
                1);

        GlobalSensitivityChart chart = GlobalSensitivityChart.of(REST, screening, DAY_7);

        assertThat(chart.rows()).containsExactly("c", "a");
        assertThat(chart.xyChart().getSeriesMap().get("\u03bc*").getXData()).containsExactly(0, 5, 5, 0, 0);
        assertEncodes(chart);
    }

    @Test
    void aLongScenarioNameIsShortenedSoTheTitleFits() {
        String title =
                GlobalSensitivityChart.title("x".repeat(200), "Sobol' indices", List.of("mass-recovery-tau-days"));

        assertThat(title).endsWith("\u2026 (Sobol' indices)").hasSizeLessThan(120);
    }

    private static void assertEncodes(GlobalSensitivityChart chart) throws IOException {
        for (ChartFormat format : ChartFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            chart.writeTo(out, format);
            assertThat(out.size()).as(format.name()).isGreaterThan(1000);
        }
    }
}
