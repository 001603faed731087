package org.inertia.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.inertia.sim.evidence.EvidenceReport;
import org.inertia.sim.evidence.EvidenceRow;
import org.inertia.sim.evidence.EvidenceSet;
import org.inertia.sim.parameters.Preset;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** The evidence chart draws every figure: its axes, one scale, cover every point and error bar. */
class EvidenceChartTest {

    @Test
    void everyFigureAndItsErrorBarIsInsideBothAxes() {
        EvidenceReport report = EvidenceReport.evaluate(EvidenceSet.builtIn(), Preset.DEFAULT.parameters());
        XYChart chart = EvidenceChart.of(report).xyChart();
        double xMin = chart.getStyler().getXAxisMin();
        double xMax = chart.getStyler().getXAxisMax();
        // The built-in set holds training gains above +30 % (Katsura 2010, Kanatani 2025): a fixed
        // +15 % upper end hid them.
        assertThat(report.comparisons())
                .anySatisfy(c -> assertThat(c.row().changePercent()).isGreaterThan(30));
        for (EvidenceReport.Comparison c : report.comparisons()) {
            double half = c.row().spread().map(EvidenceRow.Spread::halfWidth).orElse(0.0);
            assertThat(c.simulatedChangePercent()).isBetween(xMin, xMax);
            assertThat(c.row().changePercent() - half)
                    .isGreaterThanOrEqualTo(chart.getStyler().getYAxisMin());
            assertThat(c.row().changePercent() + half)
                    .isLessThanOrEqualTo(chart.getStyler().getYAxisMax());
        }
        assertThat(chart.getStyler().getYAxisMin()).isEqualTo(xMin);
        assertThat(chart.getStyler().getYAxisMax()).isEqualTo(xMax);
    }
}
