package org.inertia.cli.chart;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.inertia.cli.output.SafeText;
import org.inertia.cli.words.Words;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.sweep.Sweep;
import org.inertia.sim.sweep.SweepAxis;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * A sweep over two fields as a heat map: the first field across (x), the second up (y), each
 * cell coloured by the outcome on a perceptually uniform scale (viridis: dark purple low, yellow
 * high, readable in grey and by colour-blind readers), with the scale as a colour bar on the
 * right. The title says what the colour is. Cells whose outcome is undefined (not back to 95 %
 * within the scenario) are left white; when no run has an outcome, every cell is grey. XChart's {@link HeatMapChart}, styled like the other
 * charts.
 */
public final class SweepHeatMap {

    /** Viridis at five stops (van der Walt and Smith, matplotlib 2.0). */
    static final Color[] VIRIDIS = {
        new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725)
    };

    /** Widest title (px): XChart centres it over the plot, which the colour bar makes narrower. */
    private static final int TITLE_WIDTH_PX = 820;

    /** Most labels written on the x axis, and on the y axis. */
    private static final int MAX_LABELS_ACROSS = 20;

    private static final int MAX_LABELS_UP = 14;

    private final HeatMapChart chart;

    /** What the colours are (and what a blank cell means): said after a title the user gives. */
    private final String colours;

    private SweepHeatMap(HeatMapChart chart, String colours) {
        this.chart = chart;
        this.colours = colours;
    }

    /**
     * {@return the heat map of a two-field sweep}
     *
     * @param scenario the base scenario
     * @param sweep a sweep over two fields
     */
    public static SweepHeatMap of(Scenario scenario, Sweep sweep) {
        if (sweep.axes().size() != 2) {
            throw new IllegalArgumentException("a heat map shows a sweep over two fields");
        }
        SweepAxis across = sweep.axes().get(0);
        SweepAxis up = sweep.axes().get(1);
        HeatMapChart chart = new HeatMapChartBuilder()
                .width(TrajectoryChart.WIDTH)
                .height(TrajectoryChart.HEIGHT)
                .xAxisTitle(SweepChart.fieldTitle(across.field().path(), scenario))
                .yAxisTitle(SweepChart.fieldTitle(up.field().path(), scenario))
                .build();
        List<Number[]> cells = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < across.values().size(); i++) {
            for (int j = 0; j < up.values().size(); j++) {
                double v = sweep.value(i, j);
                if (Double.isFinite(v)) {
                    cells.add(new Number[] {i, j, v});
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        // The colour's meaning must fit over the plot; the scenario's name gives way.
        int all = across.values().size() * up.values().size();
        String outcome = Words.inSentence(SweepChart.outcomeTitle(sweep.readout()));
        String blank = cells.isEmpty() ? " (not back in any run)" : cells.size() < all ? " (blank: not back)" : "";
        String what = outcome + blank;
        String name = SafeText.label(scenario.name());
        String title = name + ": " + what;
        for (int n = name.length() - 1; n >= 20 && SlideStyle.titleWidth(title) > TITLE_WIDTH_PX; n--) {
            title = SlideStyle.shorten(name, n) + ": " + what;
        }
        if (SlideStyle.titleWidth(title) > TITLE_WIDTH_PX) {
            title = upperFirst(what);
        }
        // Past that the outcome gives way, never the note on blank cells, which says how to read them.
        for (int n = outcome.length() - 1; n >= 20 && SlideStyle.titleWidth(title) > TITLE_WIDTH_PX; n--) {
            title = upperFirst(SlideStyle.shorten(outcome, n)) + blank;
        }
        chart.setTitle(title);
        boolean none = cells.isEmpty();
        if (none) {
            // XChart cannot draw a map without values: every cell grey, no colour bar; the title says why.
            for (int i = 0; i < across.values().size(); i++) {
                for (int j = 0; j < up.values().size(); j++) {
                    cells.add(new Number[] {i, j, 0});
                }
            }
            min = -0.5;
            max = 0.5;
        } else if (min == max) {
            // One colour for all: widen the scale so XChart does not divide by zero.
            min -= 0.5;
            max += 0.5;
        }
        // The colour bar labels its ends with the scale's bounds as they are: round them outwards
        // to one decimal, as in the table.
        min = Math.floor(min * 10) / 10;
        max = Math.ceil(max * 10) / 10;
        // Labels as text: XChart centres text categories on their cells (numbers it would format itself).
        chart.addSeries(
                        sweep.readout().measure().key(),
                        labels(across, MAX_LABELS_ACROSS),
                        labels(up, MAX_LABELS_UP),
                        cells)
                .setMin(min)
                .setMax(max);
        style(chart.getStyler(), min, max);
        if (none) {
            chart.getStyler().setRangeColors(new Color[] {SlideStyle.GRID, SlideStyle.GRID});
            chart.getStyler().setLegendVisible(false);
        }
        return new SweepHeatMap(chart, what);
    }

    private static void style(HeatMapStyler s, double min, double max) {
        SlideStyle.apply(s);
        s.setChartTitlePadding(16);
        s.setPlotGridLinesVisible(false);
        s.setRangeColors(VIRIDIS);
        s.setMin(min);
        s.setMax(max);
        s.setDrawBorder(false);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setGradientColorColumnHeight(420);
        s.setGradientColorColumnWeight(28);
    }

    /**
     * The axis's values as labels, every k-th one written and the others blank (XChart writes
     * every category label, so long axes would overlap), with k 1, 2, 5, 10, 20, 50, ... so that
     * at most {@code max} are written.
     */
    static List<String> labels(SweepAxis axis, int max) {
        int n = axis.values().size();
        int k = 1;
        for (int step = 0; (n + k - 1) / k > max; step++) {
            k = (int) Math.round(Math.pow(10, step / 3) * new int[] {2, 5, 10}[step % 3]);
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // A blank, not an empty string: XChart cannot lay out empty text.
            labels.add(i % k == 0 ? SweepChart.number(axis.values().get(i)) : " ");
        }
        return labels;
    }

    private static String upperFirst(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Writes the chart.
     *
     * @param out where to write; not closed
     * @param format the file format
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out, ChartFormat format) throws IOException {
        format.encode(chart, out);
    }

    /**
     * Writes the chart with the user's title, size or value range ({@code --title}, {@code
     * --size}, {@code --y-range}).
     *
     * @param out where to write; not closed
     * @param format the file format
     * @param look the look asked for; {@link ChartLook#DEFAULT} for the chart as drawn
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out, ChartFormat format, ChartLook look) throws IOException {
        // Only the title says what the colours are: a title of the user's keeps that after it.
        ChartLook kept = look.title() == null ? look : look.withTitle(look.title() + ": " + colours);
        format.encode(kept.applyTo(chart), out);
    }

    /** {@return the XChart chart, for inspection} */
    public HeatMapChart heatMapChart() {
        return chart;
    }
}
