package org.inertia.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.Sensitivity;
import org.inertia.sim.sweep.Sweep;
import org.inertia.sim.sweep.SweepAxis;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYSeries;

/** The charts of sweeps and sensitivity analyses (issue 4): series data, labels, every format. */
class AnalysisChartsTest {

    private static final Scenario REST = Scenario.of(
            "Rest then life",
            new Subject(50, null, Condition.HEALTHY),
            List.of(
                    new Phase("Bed rest", 7, Mobility.BED_REST, List.of()),
                    new Phase("Normal", 14, Mobility.NORMAL, List.of())));

    private static final Readout LOWEST = new Readout(Readout.Kind.LOWEST, Measure.OVERALL_STRENGTH, 0);

    @Test
    void tornadoHasTwoBarsPerParameterThatMattersLargestOnTop() throws IOException {
        Readout day7 = new Readout(Readout.Kind.ON_DAY, Measure.OVERALL_STRENGTH, 7);
        List<Sensitivity.Effect> effects = Sensitivity.oneAtATime(REST, day7, 0.1, Simulator.exact());

        TornadoChart chart = TornadoChart.of(REST, effects, day7, 10);

        long mattering =
                effects.stream().filter(e -> e.swing() > TornadoChart.NO_EFFECT).count();
        assertThat(chart.rows())
                .hasSize((int) mattering)
                .startsWith(effects.get(0).parameter().key());
        assertThat(mattering).isLessThan(effects.size()); // critical illness and casts do nothing in bed rest
        long bars = chart.xyChart().getSeriesMap().values().stream()
                .filter(s -> s.getXYSeriesRenderStyle() == XYSeries.XYSeriesRenderStyle.PolygonArea)
                .count();
        assertThat(bars).isEqualTo(2 * mattering);
        // The top row (largest y) is the first effect; its bars run from the outcome at base.
        XYSeries top = chart.xyChart().getSeriesMap().get("\u221210 % (lowered)");
        assertThat(top.getXData()[0]).isEqualTo(effects.get(0).outcomeAtBase());
        assertThat(top.getXData()[1]).isEqualTo(effects.get(0).outcomeAtLow());
        assertThat(top.getYData()[0]).isCloseTo(mattering - 1 - 0.36, offset(1e-9));
        assertThat(chart.xyChart().getXAxisTitle()).isEqualTo("Overall strength on day 7 (% of baseline)");
        assertEncodes(chart::writeTo);
    }

    @Test
    void tornadoRowLabelsAreNamesOnWholeNumbersAndDistinctBlanksBetween() {
        List<String> names = List.of("a", "b", "c");

        assertThat(TornadoChart.rowLabel(2.0, names, 3)).isEqualTo("a");
        assertThat(TornadoChart.rowLabel(0.0, names, 3)).isEqualTo("c");
        assertThat(TornadoChart.rowLabel(0.5, names, 3)).isBlank().isNotEqualTo(TornadoChart.rowLabel(1.5, names, 3));
        assertThat(TornadoChart.rowLabel(-0.5, names, 3)).isBlank();
    }

    @Test
    void heatMapHasOneCellPerDefinedRunAndThinsLongAxes() throws IOException {
        Sweep sweep = Sweep.run(
                REST,
                List.of(SweepAxis.parse("phases[0].days=1..60"), SweepAxis.parse("subject.age=30,60")),
                LOWEST,
                Simulator.exact());

        SweepHeatMap map = SweepHeatMap.of(REST, sweep);

        assertThat(map.heatMapChart().getHeatMapSeries().getHeatData()).hasSize(120);
        assertThat(map.heatMapChart().getTitle()).isEqualTo("Rest then life: lowest overall strength (% of baseline)");
        List<String> across = SweepHeatMap.labels(sweep.axes().get(0), 20);
        assertThat(across).hasSize(60).startsWith("1", " ", " ", " ", " ", "6");
        assertThat(across.stream().filter(l -> !l.isBlank()).count()).isLessThanOrEqualTo(20);
        assertThat(SweepHeatMap.labels(sweep.axes().get(1), 20)).containsExactly("30", "60");
        assertEncodes(map::writeTo);

        // A title of the user's keeps what the colours are after it (issue 13).
        map.writeTo(new ByteArrayOutputStream(), ChartFormat.PNG, ChartLook.DEFAULT.withTitle("Slide 5"));
        assertThat(map.heatMapChart().getTitle()).isEqualTo("Slide 5: lowest overall strength (% of baseline)");
    }

    @Test
    void heatMapWithNoDefinedOutcomeIsGreyAndSaysSo() throws IOException {
        Readout recover = new Readout(Readout.Kind.DAYS_TO_RECOVER, Measure.OVERALL_STRENGTH, 0);
        Scenario onlyRest = Scenario.of(
                "Only rest",
                new Subject(50, null, Condition.HEALTHY),
                List.of(new Phase("Bed rest", 30, Mobility.BED_REST, List.of())));
        Sweep sweep = Sweep.run(
                onlyRest,
                List.of(SweepAxis.parse("phases[0].days=20,30"), SweepAxis.parse("subject.age=30,60")),
                recover,
                Simulator.exact());

        SweepHeatMap map = SweepHeatMap.of(onlyRest, sweep);

        assertThat(map.heatMapChart().getTitle()).endsWith("(not back in any run)");
        assertThat(map.heatMapChart().getStyler().isLegendVisible()).isFalse();
        assertEncodes(map::writeTo);
    }

    @Test
    void heatMapLeavesUndefinedCellsBlankAndSaysSo() {
        Readout recover = new Readout(Readout.Kind.DAYS_TO_RECOVER, Measure.OVERALL_STRENGTH, 0);
        Sweep sweep = Sweep.run(
                REST,
                List.of(SweepAxis.parse("phases[0].days=1,30"), SweepAxis.parse("phases[1].days=1,14")),
                recover,
                Simulator.exact());

        SweepHeatMap map = SweepHeatMap.of(REST, sweep);

        long defined = Arrays.stream(sweep.values())
                .flatMapToDouble(Arrays::stream)
                .filter(Double::isFinite)
                .count();
        assertThat(defined).isBetween(1L, 3L);
        assertThat(map.heatMapChart().getHeatMapSeries().getHeatData()).hasSize((int) defined);
        assertThat(map.heatMapChart().getTitle()).endsWith("(blank: not back)");
    }

    @Test
    void lineChartPlotsTheOutcomeAgainstTheField() throws IOException {
        Sweep sweep = Sweep.run(REST, List.of(SweepAxis.parse("phases[0].days=1..5")), LOWEST, Simulator.exact());

        SweepChart chart = SweepChart.of(REST, sweep);

        XYSeries line = chart.xyChart().getSeriesMap().values().iterator().next();
        assertThat(line.getXData()).containsExactly(1, 2, 3, 4, 5);
        assertThat(line.getYData()[4]).isEqualTo(sweep.value(4, 0));
        assertThat(chart.xyChart().getXAxisTitle()).isEqualTo("phases[0].days (Bed rest)");
        assertThat(chart.xyChart().getYAxisTitle()).isEqualTo("Lowest overall strength (% of baseline)");
        assertEncodes(chart::writeTo);
    }

    @Test
    void outcomeTitlesSayWhatIsRead() {
        Measure knee = Measure.parse("strength.knee_extensors").orElseThrow();
        assertThat(SweepChart.outcomeTitle(new Readout(Readout.Kind.END, knee, 0)))
                .isEqualTo("Strength, knee extensors at the end (% of baseline)");
        assertThat(SweepChart.outcomeTitle(new Readout(Readout.Kind.DAYS_TO_RECOVER, Measure.OVERALL_STRENGTH, 0)))
                .isEqualTo("Days from the lowest overall strength back to 95 %");
    }

    private interface Writer {
        void writeTo(OutputStream out, ChartFormat format) throws IOException;
    }

    private static void assertEncodes(Writer chart) throws IOException {
        for (ChartFormat format : ChartFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            chart.writeTo(out, format);
            assertThat(out.size()).as(format.name()).isGreaterThan(1000);
        }
    }
}
