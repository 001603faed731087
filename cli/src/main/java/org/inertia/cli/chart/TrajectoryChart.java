package org.inertia.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inertia.cli.output.SafeText;
import org.inertia.sim.evidence.Measurement;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.Trajectory;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A line chart of measures over days, in % of baseline: one line per measure of a scenario
 * ({@link #ofMeasures}) or per scenario for one measure ({@link #ofScenarios}). A dashed line
 * marks the baseline (100 %), dashed verticals the phase boundaries, and a ribbon above the plot
 * names the phases. A population ({@link #ofPopulation}, {@link #ofPopulations}) draws each median
 * line inside a translucent band of its own colour (XChart has no band series: each band is a
 * closed polygon, upper edge forwards and lower edge back, drawn before every line); the y axis
 * says the lines are medians and one legend entry what the bands are. Built the XChart way: builder, styler, series, then
 * an encoder ({@link #writeTo}). Sized and styled to go on a slide as is: 1200 × 700, large sans-serif text, a
 * colour-blind-safe palette (Okabe and Ito), and a y axis from a little below the lowest value to
 * a little above baseline.
 */
public final class TrajectoryChart {

    /** Width (px, or pt in vector formats). */
    public static final int WIDTH = 1200;

    /** Height (px, or pt in vector formats). */
    public static final int HEIGHT = 700;

    /** Name of the baseline line in the legend. */
    public static final String BASELINE = "Baseline (100 %)";

    /**
     * Opacity of a population's band (0–255) when it is the only one: light enough for the line
     * to stand out. Several bands are lighter each ({@link #bandAlpha}), so that where they overlap
     * the shade stays light.
     */
    private static final int BAND_ALPHA = 48;

    private static final Color[] PALETTE = SlideStyle.PALETTE;
    private static final Color MUTED = SlideStyle.MUTED;
    private static final Font LEGEND_FONT = SlideStyle.LEGEND_FONT;
    private static final Font PHASE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final float LINE_WIDTH = 3.5f;
    private static final int PADDING = SlideStyle.PADDING;

    private final XYChart chart;
    private final List<String> lineNames;
    /** The phase names above the plot; null when the chart marks no phases. */
    private final PhaseRibbon ribbon;

    private TrajectoryChart(
            String title, String yAxisTitle, List<Line> lines, List<PhaseMark> phases, String bandLegend) {
        this(title, yAxisTitle, null, lines, phases, bandLegend);
    }

    /**
     * A chart; with {@code rightAxisTitle}, the lines whose {@link Line#axis} is 1 are drawn
     * against a second value axis on the right, with its own range.
     */
    private TrajectoryChart(
            String title,
            String yAxisTitle,
            String rightAxisTitle,
            List<Line> lines,
            List<PhaseMark> phases,
            String bandLegend) {
        int lastDay =
                lines.stream().mapToInt(l -> l.percentByDay.length - 1).max().orElse(1);
        chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(SlideStyle.shorten(SafeText.label(title), SlideStyle.TITLE_LENGTH))
                .xAxisTitle("Day")
                .yAxisTitle(yAxisTitle)
                .build();
        List<Line> left = lines.stream().filter(l -> l.axis == 0).toList();
        style(chart.getStyler(), left.isEmpty() ? lines : left, lastDay, !phases.isEmpty(), bandLegend);
        if (rightAxisTitle != null) {
            // A second family on its own axis, on the right: bone moves a few %, fitness tens of %.
            List<Line> right = lines.stream().filter(l -> l.axis == 1).toList();
            double[] range = rightRange(yRange(left), yRange(right));
            chart.setYAxisGroupTitle(1, rightAxisTitle);
            chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            chart.getStyler().setYAxisMin(1, range[0]);
            chart.getStyler().setYAxisMax(1, range[1]);
            // XChart lays the right axis' title out half a line too far right: room for it.
            chart.getStyler().setChartPadding(2 * PADDING);
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
            // Below the plot, the right side being the second axis': in a row when every line's
            // entry fits in one (aerobic capacity and three bone sites do not), else stacked.
            chart.getStyler()
                    .setLegendLayout(
                            legendWidth(lines, bandLegend) <= WIDTH - 4 * PADDING
                                    ? Styler.LegendLayout.Horizontal
                                    : Styler.LegendLayout.Vertical);
        }

        Set<String> used = new HashSet<>();
        // Bands first, so that every median line is drawn over every band.
        int alpha = bandAlpha(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.hasBand()) {
                XYSeries band = chart.addSeries(
                        unique("band: " + SafeText.label(line.name), used),
                        bandX(line.percentByDay.length),
                        bandY(line.lowerByDay, line.upperByDay));
                if (line.axis != 0) {
                    band.setYAxisGroup(line.axis);
                }
                SlideStyle.fill(band, SlideStyle.translucent(PALETTE[i % PALETTE.length], alpha));
                band.setShowInLegend(false);
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String name = unique(SafeText.label(line.name), used);
            names.add(name);
            XYSeries s = chart.addSeries(name, days(line.percentByDay.length), line.percentByDay);
            if (line.axis != 0) {
                s.setYAxisGroup(line.axis);
            }
            s.setMarker(SeriesMarkers.NONE);
            s.setLineWidth(LINE_WIDTH);
            s.setLineColor(PALETTE[i % PALETTE.length]);
        }
        lineNames = List.copyOf(names);

        // The half-day point changes nothing drawn, but makes the x values XChart collects unevenly
        // spaced; otherwise it puts a tick label on every day that fits (1, 2, 3, ... 35) instead of
        // spacing round steps by the tick-spacing hint (0, 5, 10, ...).
        XYSeries baseline =
                chart.addSeries(unique(BASELINE, used), new double[] {0, 0.5, lastDay}, new double[] {100, 100, 100});
        baseline.setMarker(SeriesMarkers.NONE);
        baseline.setLineColor(MUTED);
        baseline.setLineStyle(
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));

        if (bandLegend != null) {
            // A legend entry only: an empty polygon on the baseline, coloured like the bands.
            XYSeries key =
                    chart.addSeries(unique(bandLegend, used), new double[] {0, 0, 0}, new double[] {100, 100, 100});
            SlideStyle.fill(
                    key,
                    lines.size() == 1 ? SlideStyle.translucent(PALETTE[0], 2 * alpha) : new Color(0, 0, 0, BAND_ALPHA));
        }

        for (int p = 1; p < phases.size(); p++) {
            chart.addAnnotation(new AnnotationLine(phases.get(p).startDay(), true, false));
        }
        ribbon = phases.isEmpty() ? null : new PhaseRibbon(phases, PHASE_FONT);
        if (ribbon != null) {
            chart.addAnnotation(ribbon);
        }
    }

    /**
     * Restyles this chart as one panel of several ({@link FacetChart}): its own title, smaller
     * text, no legend and no value-axis title (the figure has one of each).
     *
     * @param title the panel's title
     * @param scale the figure's text scale (1 at 1200 × 700)
     */
    void asPanel(String title, double scale) {
        XYStyler s = chart.getStyler();
        chart.setTitle(title);
        s.setChartTitleFont(SlideStyle.TITLE_FONT.deriveFont((float) (17 * scale)));
        s.setAxisTitleFont(SlideStyle.AXIS_TITLE_FONT.deriveFont((float) (14 * scale)));
        s.setAxisTickLabelsFont(SlideStyle.TICK_FONT.deriveFont((float) (13 * scale)));
        s.setAxisTitlePadding((int) Math.round(6 * scale));
        s.setAxisTickPadding((int) Math.round(5 * scale));
        s.setChartPadding((int) Math.round(8 * scale));
        s.setYAxisTitleVisible(false);
        s.setLegendVisible(false);
        s.setXAxisTickMarkSpacingHint((int) Math.round(60 * scale));
        s.setYAxisTickMarkSpacingHint((int) Math.round(40 * scale));
        if (ribbon != null) {
            ribbon.font(PHASE_FONT.deriveFont((float) Math.min(12 * scale, 16)));
        }
    }

    /**
     * Draws measured points over the lines (a patient's own measurements, {@code --observed}): one
     * series of markers per measure, coloured like that measure's line where the chart has one line
     * per measure, with error bars where every point of the measure has a standard deviation;
     * named "Measured" when the chart shows one measure (its axis names it).
     *
     * @param points the measurements, each of a measure in {@code charted}
     * @param charted the measures the chart draws, in the order of its lines
     * @return this chart
     */
    public TrajectoryChart observed(List<Measurement> points, List<Measure> charted) {
        Set<String> used = new HashSet<>(chart.getSeriesMap().keySet());
        XYStyler styler = chart.getStyler();
        for (Measurement p : points) {
            // The points and their error bars stay inside the value axis, on the axis' 2-point grid.
            double sd = p.sdPercent().orElse(0);
            if (p.valuePercent() - sd < styler.getYAxisMin()) {
                styler.setYAxisMin(2 * Math.floor((p.valuePercent() - sd) / 2));
            }
            if (p.valuePercent() + sd > styler.getYAxisMax()) {
                styler.setYAxisMax(2 * Math.ceil((p.valuePercent() + sd) / 2));
            }
        }
        if (!points.isEmpty()) {
            styler.setMarkerSize(11);
        }
        for (int k = 0; k < charted.size(); k++) {
            Measure m = charted.get(k);
            List<Measurement> mine =
                    points.stream().filter(p -> p.measure().equals(m)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            double[] x = mine.stream().mapToDouble(Measurement::day).toArray();
            double[] y = mine.stream().mapToDouble(Measurement::valuePercent).toArray();
            boolean sd = mine.stream().allMatch(p -> p.sdPercent().isPresent());
            chart.getStyler().setErrorBarsColorSeriesColor(true);
            String name = unique(charted.size() == 1 ? "Measured" : "Measured: " + m.label(), used);
            XYSeries s = sd
                    ? chart.addSeries(
                            name,
                            x,
                            y,
                            mine.stream()
                                    .mapToDouble(p -> p.sdPercent().getAsDouble())
                                    .toArray())
                    : chart.addSeries(name, x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            Color colour = charted.size() > 1 ? PALETTE[k % PALETTE.length] : Color.BLACK;
            s.setMarkerColor(colour);
            s.setLineColor(colour);
        }
        // The legend grew: if it no longer fits below the plot, it goes to the right, one entry a line.
        double width = 0;
        for (XYSeries series : chart.getSeriesMap().values()) {
            if (series.isShowInLegend()) {
                width += legendEntryWidth(series.getName());
            }
        }
        if (width > WIDTH - 2 * PADDING) {
            styler.setLegendPosition(Styler.LegendPosition.OutsideE);
            styler.setLegendLayout(Styler.LegendLayout.Vertical);
        }
        return this;
    }

    /**
     * {@return a chart of one scenario, one line per measure, titled with the scenario's name}
     *
     * @param trajectory the simulated scenario
     * @param measures the measures to draw, at least one
     */
    public static TrajectoryChart ofMeasures(Trajectory trajectory, List<Measure> measures) {
        Axes axes = Axes.of(measures);
        List<Line> lines = new ArrayList<>();
        for (Measure m : measures) {
            lines.add(new Line(axes.name(m), trajectory.series(m), null, null, axes.axis(m)));
        }
        return new TrajectoryChart(
                trajectory.scenario().name(),
                yAxisTitle(axes.left()),
                axes.right().isEmpty() ? null : yAxisTitle(axes.right()),
                lines,
                PhaseMark.of(trajectory.scenario()),
                null);
    }

    /**
     * How a chart of several measures lays them out: the first family's on the left value axis, a
     * second family's on the right; the legend names the groups when every line is one muscle
     * outcome (all strength or all mass), which the axis then says.
     */
    private record Axes(List<Family> families, List<Measure> left, List<Measure> right, boolean oneOutcome) {

        static Axes of(List<Measure> measures) {
            List<Family> families = TrajectoryChart.families(measures);
            if (families.size() > MAX_FAMILIES) {
                throw new IllegalArgumentException(
                        "a chart has " + MAX_FAMILIES + " value axes, not " + families.size());
            }
            boolean oneOutcome = measures.size() > 1
                    && measures.stream().map(Measure::outcome).distinct().count() == 1
                    && measures.get(0).ofMuscle();
            return new Axes(
                    families,
                    measures.stream().filter(m -> m.family() == families.get(0)).toList(),
                    measures.stream().filter(m -> m.family() != families.get(0)).toList(),
                    oneOutcome);
        }

        int axis(Measure m) {
            return families.indexOf(m.family());
        }

        String name(Measure m) {
            return oneOutcome ? m.group().label() : m.label();
        }
    }

    /** Families one chart can show, each on its own value axis: one on the left, one on the right. */
    public static final int MAX_FAMILIES = 2;

    /**
     * {@return the families of some measures, in order of first appearance: the first family's
     * lines go on the left value axis, the second's on the right}
     *
     * @param measures measures
     */
    public static List<Family> families(List<Measure> measures) {
        return measures.stream().map(Measure::family).distinct().toList();
    }

    /**
     * {@return a chart of several scenarios, one line each for one measure; phases are marked
     * when all scenarios change phase on the same days}
     *
     * @param trajectories the simulated scenarios, at least one
     * @param measure the measure to draw
     */
    public static TrajectoryChart ofScenarios(List<Trajectory> trajectories, Measure measure) {
        List<Scenario> scenarios =
                trajectories.stream().map(Trajectory::scenario).toList();
        List<String> names = scenarios.stream().map(Scenario::name).toList();
        // "7 days of bed rest, then cycling" and "..., then walking": the shared start goes in the
        // title, the legend keeps what differs.
        String prefix = commonPrefix(names);
        List<Line> lines = new ArrayList<>();
        for (Trajectory t : trajectories) {
            lines.add(new Line(t.scenario().name().substring(prefix.length()), t.series(measure)));
        }
        return new TrajectoryChart(
                comparisonTitle(names, prefix), yAxisTitle(List.of(measure)), lines, PhaseMark.common(scenarios), null);
    }

    /**
     * {@return a chart of a population, one median line per measure, each in a translucent band
     * of its colour; the y axis says the lines are medians and a legend entry what the band is}
     *
     * @param population the population run
     * @param measures the measures to draw, at least one, each summarised by the run
     * @param bandWords the band in words, such as "5th–95th percentile"
     */
    public static TrajectoryChart ofPopulation(PopulationResult population, List<Measure> measures, String bandWords) {
        return ofPopulation(population, measures, bandWords, "subjects");
    }

    /**
     * {@return a chart of a population, as {@link #ofPopulation(PopulationResult, List, String)},
     * saying what the band is over: "subjects", or "parameter draws" for the model's uncertainty}
     *
     * @param population the population run
     * @param measures the measures to draw, at least one, each summarised by the run
     * @param bandWords the band in words, such as "5th–95th percentile"
     * @param across what the band spans, plural: "subjects", "parameter draws"
     */
    public static TrajectoryChart ofPopulation(
            PopulationResult population, List<Measure> measures, String bandWords, String across) {
        Axes axes = Axes.of(measures);
        List<Line> lines = new ArrayList<>();
        for (Measure m : measures) {
            int k = population.indexOf(m);
            lines.add(new Line(
                    axes.name(m),
                    population.median()[k],
                    population.lower()[k],
                    population.upper()[k],
                    axes.axis(m)));
        }
        return new TrajectoryChart(
                population.scenario().name(),
                medianAxisTitle(axes.left()),
                axes.right().isEmpty() ? null : medianAxisTitle(axes.right()),
                lines,
                PhaseMark.of(population.scenario()),
                bandLegend(population.subjects(), bandWords, across));
    }

    /**
     * {@return a chart of several populations, one median line and band each for one measure}
     *
     * @param populations the population runs, at least one
     * @param measure the measure to draw, summarised by every run
     * @param bandWords the band in words, such as "5th–95th percentile"
     */
    public static TrajectoryChart ofPopulations(List<PopulationResult> populations, Measure measure, String bandWords) {
        return ofPopulations(populations, measure, bandWords, "subjects");
    }

    /**
     * {@return a chart of several populations, as {@link #ofPopulations(List, Measure, String)},
     * saying what the band is over}
     *
     * @param populations the population runs, at least one
     * @param measure the measure to draw, summarised by every run
     * @param bandWords the band in words, such as "5th–95th percentile"
     * @param across what the band spans, plural: "subjects", "parameter draws"
     */
    public static TrajectoryChart ofPopulations(
            List<PopulationResult> populations, Measure measure, String bandWords, String across) {
        List<Scenario> scenarios =
                populations.stream().map(PopulationResult::scenario).toList();
        List<String> names = scenarios.stream().map(Scenario::name).toList();
        String prefix = commonPrefix(names);
        List<Line> lines = new ArrayList<>();
        for (PopulationResult p : populations) {
            int k = p.indexOf(measure);
            lines.add(new Line(
                    p.scenario().name().substring(prefix.length()), p.median()[k], p.lower()[k], p.upper()[k]));
        }
        return new TrajectoryChart(
                comparisonTitle(names, prefix),
                medianAxisTitle(List.of(measure)),
                lines,
                PhaseMark.common(scenarios),
                bandLegend(populations.get(0).subjects(), bandWords, across));
    }

    /** The band's legend entry: "5th–95th percentile of 1,000 subjects". */
    private static String bandLegend(int subjects, String bandWords, String across) {
        String noun = subjects == 1 && across.endsWith("s") ? across.substring(0, across.length() - 1) : across;
        return bandWords + " of " + String.format(Locale.ROOT, "%,d", subjects) + " " + noun;
    }

    /** The y-axis title of a population chart, whose lines are medians: "Median strength (% of baseline)". */
    static String medianAxisTitle(List<Measure> measures) {
        String title = yAxisTitle(measures);
        return "Median " + Character.toLowerCase(title.charAt(0)) + title.substring(1);
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
        double scale = look.textScale(chart);
        if (ribbon != null && scale != 1) {
            // The look scales the title's padding, which holds the ribbon's room, with the text.
            ribbon.scale(scale);
        }
        format.encode(look.applyTo(chart), out);
    }

    /** {@return the names of the data lines, in order, without the baseline} */
    public List<String> lineNames() {
        return lineNames;
    }

    /** {@return the XChart chart, for inspection} */
    public XYChart xyChart() {
        return chart;
    }

    private static void style(XYStyler s, List<Line> lines, int lastDay, boolean ribbon, String bandLegend) {
        SlideStyle.apply(s);
        s.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        // XChart pads the title equally above and below: the padding below is the ribbon's room.
        s.setChartTitlePadding(ribbon ? PhaseRibbon.HEIGHT_PX + PhaseRibbon.GAP_PX + 6 : 16);
        s.setPlotMargin(0);
        s.setXAxisTickMarkSpacingHint(90);
        s.setXAxisMin(0.0);
        s.setXAxisMax((double) Math.max(1, lastDay));
        double[] range = yRange(lines);
        s.setYAxisMin(range[0]);
        s.setYAxisMax(range[1]);
        s.setSeriesColors(PALETTE);
        s.setMarkerSize(0);
        s.setLegendSeriesLineLength(36);
        boolean fitsBelow = legendWidth(lines, bandLegend) <= WIDTH - 2 * PADDING;
        s.setLegendPosition(fitsBelow ? Styler.LegendPosition.OutsideS : Styler.LegendPosition.OutsideE);
        s.setLegendLayout(fitsBelow ? Styler.LegendLayout.Horizontal : Styler.LegendLayout.Vertical);
        s.setAnnotationLineColor(new Color(0x8C959F));
        s.setAnnotationLineStroke(
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    }

    /**
     * The right value axis' range: wide enough for its lines, with 100 % at the same height as on
     * the left axis, so that the one baseline line is both axes' baseline.
     *
     * @param left the left axis' range, below and above 100
     * @param needed the range the right axis' lines need, below and above 100
     * @return the right axis' range
     */
    static double[] rightRange(double[] left, double[] needed) {
        double below = (100 - left[0]) / (left[1] - left[0]);
        double lo = needed[0];
        double hi = 100 + (100 - lo) * (1 - below) / below;
        if (hi < needed[1]) {
            hi = needed[1];
            lo = 100 - (hi - 100) * below / (1 - below);
        }
        return new double[] {lo, hi};
    }

    /** Opacity of each of {@code bands} overlapping bands: about the same total shade however many. */
    static int bandAlpha(int bands) {
        return Math.max(16, (int) Math.round(BAND_ALPHA / Math.sqrt(Math.max(1, bands))));
    }

    /** Days 0..n-1, then back again: the outline of a band, upper edge forwards, lower edge backwards. */
    private static double[] bandX(int n) {
        double[] x = new double[2 * n];
        for (int d = 0; d < n; d++) {
            x[d] = d;
            x[2 * n - 1 - d] = d;
        }
        return x;
    }

    private static double[] bandY(double[] lower, double[] upper) {
        int n = lower.length;
        double[] y = new double[2 * n];
        for (int d = 0; d < n; d++) {
            y[d] = upper[d];
            y[2 * n - 1 - d] = lower[d];
        }
        return y;
    }

    /**
     * The y axis: from a multiple of 5 at least 5 below the lowest value (not below 0) to 105, or
     * higher when a line rises above baseline.
     */
    static double[] yRange(List<Line> lines) {
        double min = 100;
        double max = 100;
        for (Line l : lines) {
            for (double[] series :
                    l.hasBand() ? List.of(l.percentByDay, l.lowerByDay, l.upperByDay) : List.of(l.percentByDay)) {
                for (double v : series) {
                    if (Double.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        double lo = Math.max(0, 5 * Math.floor((min - 5) / 5));
        double hi = Math.max(105, 5 * Math.ceil((max + 3) / 5));
        return new double[] {lo, hi};
    }

    /** Estimated width of a one-row legend below the plot (px). */
    private static double legendWidth(List<Line> lines, String bandLegend) {
        double width = legendEntryWidth(BASELINE);
        for (Line l : lines) {
            width += legendEntryWidth(l.name);
        }
        if (bandLegend != null) {
            width += legendEntryWidth(bandLegend);
        }
        return width;
    }

    /** The width of one legend entry (px): its text, its line sample and the gaps around them. */
    private static double legendEntryWidth(String name) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        return LEGEND_FONT.getStringBounds(name, frc).getWidth() + 36 + 3 * 14;
    }

    /** The y-axis title: the outcome, and the group when there is one group that is not overall. */
    static String yAxisTitle(List<Measure> measures) {
        if (!measures.get(0).ofMuscle()) {
            // Aerobic capacity, or bone density of one site or several.
            String what = measures.size() == 1
                    ? measures.get(0).label()
                    : families(measures).size() == 1 && measures.get(0).family() == Family.BONE
                            ? "Bone density"
                            : "Aerobic capacity and bone density";
            return what + " (% of baseline)";
        }
        Set<Outcome> outcomes = new LinkedHashSet<>();
        Set<MuscleGroup> groups = new LinkedHashSet<>();
        for (Measure m : measures) {
            outcomes.add(m.outcome());
            groups.add(m.group());
        }
        String what = outcomes.size() > 1
                ? "Strength and muscle mass"
                : outcomeName(outcomes.iterator().next());
        if (outcomes.size() == 1 && groups.size() == 1 && groups.iterator().next() == MuscleGroup.OVERALL) {
            // Say which measure: the mean of five groups, which can hide a loss of one (issue 13).
            what = "Overall " + Character.toLowerCase(what.charAt(0)) + what.substring(1);
        } else if (groups.size() == 1 && !groups.iterator().next().isComposite()) {
            String label = groups.iterator().next().label();
            int paren = label.indexOf(" (");
            what += ", " + Character.toLowerCase(label.charAt(0))
                    + label.substring(1, paren < 0 ? label.length() : paren);
        }
        return what + " (% of baseline)";
    }

    private static String outcomeName(Outcome outcome) {
        return switch (outcome) {
            case STRENGTH -> "Strength";
            case MASS -> "Muscle mass";
            default -> outcome.label();
        };
    }

    /**
     * The title of a comparison: the names joined with "vs" when short enough; else the start
     * they share, if any; else "Comparison of n scenarios".
     */
    static String comparisonTitle(List<String> names, String commonPrefix) {
        if (names.size() == 1) {
            return names.get(0);
        }
        String joined = String.join(" vs ", names);
        if (joined.length() <= 70) {
            return joined;
        }
        String shared = commonPrefix.replaceAll("[\\s,;:\u2013\u2014-]+$", "");
        return shared.isEmpty() ? "Comparison of " + names.size() + " scenarios" : "Comparison: " + shared;
    }

    /**
     * The start shared by all names, up to the last punctuation mark (comma, semicolon, colon,
     * dash) followed by a space in it, when it is long enough to be a phrase and every name has
     * something after it; empty otherwise or for fewer than two names.
     */
    static String commonPrefix(List<String> names) {
        if (names.size() < 2) {
            return "";
        }
        String first = names.get(0);
        int n = first.length();
        for (String name : names) {
            int i = 0;
            while (i < Math.min(n, name.length()) && name.charAt(i) == first.charAt(i)) {
                i++;
            }
            n = i;
        }
        // Only a break after punctuation ("7 days of bed rest, | then walking"): a break between
        // words leaves fragments ("2 weeks in | bed", "2 weeks in | bed; cycling").
        int cut = 0;
        for (int i = n - 2; i > 0; i--) {
            if (first.charAt(i + 1) == ' ' && ",;:\u2013\u2014".indexOf(first.charAt(i)) >= 0) {
                cut = i + 2;
                break;
            }
        }
        if (cut < 8) {
            return "";
        }
        for (String name : names) {
            if (name.substring(cut).isBlank()) {
                return "";
            }
        }
        return first.substring(0, cut);
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name.isBlank() ? "(unnamed)" : name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private static double[] days(int n) {
        double[] x = new double[n];
        for (int d = 0; d < n; d++) {
            x[d] = d;
        }
        return x;
    }

    /**
     * One line of the chart: its legend name, its values for days 0, 1, ... (%), and optionally a
     * band around it (both edges or neither).
     */
    record Line(String name, double[] percentByDay, double[] lowerByDay, double[] upperByDay, int axis) {
        /** A line without a band. */
        Line(String name, double[] percentByDay) {
            this(name, percentByDay, null, null, 0);
        }

        /** A line with a band, on the left axis. */
        Line(String name, double[] percentByDay, double[] lowerByDay, double[] upperByDay) {
            this(name, percentByDay, lowerByDay, upperByDay, 0);
        }

        boolean hasBand() {
            return lowerByDay != null && upperByDay != null;
        }
    }
}
