package org.inertia.cli.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inertia.cli.chart.ChartLook;
import org.inertia.sim.scenario.io.Decimal;
import org.inertia.sim.scenario.io.Excerpt;
import org.inertia.sim.scenario.io.PrintableText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The look of a chart for slides, declared once for every command that draws one ({@code run},
 * {@code compare}, {@code sweep}, {@code sensitivity}, {@code evidence}) and applied the same way
 * to every chart kind ({@link ChartLook}): {@code --title}, {@code --size WxH}, {@code --y-range
 * LO,HI}. Each is checked when read (exit 2 with the reason), and refused without {@code --chart}.
 */
public final class ChartOptions {

    @Option(
            names = "--title",
            paramLabel = "TEXT",
            description = "The chart's title instead of its own (the scenario's name, for most charts; with --chart).")
    private String title;

    @Option(
            names = "--size",
            paramLabel = "WxH",
            converter = SizeConverter.class,
            description = "The chart's size in pixels (points in SVG and PDF), such as 1600x900; width "
                    + ChartLook.MIN_WIDTH + " to " + ChartLook.MAX_SIDE + ", height " + ChartLook.MIN_HEIGHT + " to "
                    + ChartLook.MAX_SIDE + " (default 1200x700; with --chart).")
    private Size size;

    @Option(
            names = "--y-range",
            paramLabel = "LO,HI",
            converter = RangeConverter.class,
            description = "Fix the value axis from LO to HI (LO < HI), such as 70,110, so that successive charts"
                    + " share one scale and small changes do not look large (with --chart; not for heat maps"
                    + " and sensitivity bars).")
    private Range yRange;

    /** {@return whether any of the options was given} */
    public boolean given() {
        return title != null || size != null || yRange != null;
    }

    /**
     * Checks that the options apply: refused without a chart, and {@code --y-range} refused where
     * the chart has no value axis.
     *
     * @param chartRequested whether {@code --chart} was given
     * @param valueAxis whether the chart drawn has a value axis ({@code false} for a heat map or
     *     bars of parameters)
     * @param which what the chart is, for the message: "the heat map"
     * @throws UserInputException (exit 2) listing every problem
     */
    public void check(boolean chartRequested, boolean valueAxis, String which) throws UserInputException {
        List<String> problems = new ArrayList<>();
        if (!chartRequested) {
            for (String name : given(title != null, size != null, yRange != null)) {
                problems.add(name + " applies to a chart; add --chart FILE.png (or .svg, .pdf)");
            }
        } else if (yRange != null && !valueAxis) {
            problems.add("--y-range: " + which + " has no value axis to fix; leave --y-range out");
        }
        titleProblem(title).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    /**
     * {@return the problem with a {@code --title} given, for every command that takes one (a
     * chart's, or the report's): blank, or holding a character {@link PrintableText} refuses}
     *
     * @param title the title given, or null
     */
    public static Optional<String> titleProblem(String title) {
        if (title == null) {
            return Optional.empty();
        }
        if (title.isBlank()) {
            return Optional.of("--title: the title is empty; give some text, or leave --title out for the default");
        }
        return PrintableText.problem(title, false).map(p -> "--title: " + p + "; give one line of printable text");
    }

    private static List<String> given(boolean t, boolean s, boolean y) {
        List<String> names = new ArrayList<>();
        if (t) {
            names.add("--title");
        }
        if (s) {
            names.add("--size");
        }
        if (y) {
            names.add("--y-range");
        }
        return names;
    }

    /** {@return the look asked for, {@link ChartLook#DEFAULT} where nothing was given} */
    public ChartLook look() {
        return new ChartLook(
                title,
                size == null ? 0 : size.width(),
                size == null ? 0 : size.height(),
                yRange == null ? Double.NaN : yRange.lo(),
                yRange == null ? Double.NaN : yRange.hi());
    }

    /**
     * A chart's size as read from {@code --size}.
     *
     * @param width the width (px)
     * @param height the height (px)
     */
    public record Size(int width, int height) {}

    /**
     * A value range as read from {@code --y-range}.
     *
     * @param lo the lower end
     * @param hi the upper end
     */
    public record Range(double lo, double hi) {}

    /** Reads {@code WxH}: two whole numbers in ASCII digits, within the bounds of {@link ChartLook}. */
    public static final class SizeConverter implements ITypeConverter<Size> {
        private static final Pattern SIZE = Pattern.compile("([0-9]{1,9})[xX]([0-9]{1,9})");

        @Override
        public Size convert(String value) {
            String shown = "'" + Excerpt.of(value) + "'";
            Matcher m = SIZE.matcher(value.strip());
            if (!m.matches()) {
                throw new TypeConversionException(
                        shown + ": write the size as WIDTHxHEIGHT in pixels, such as 1600x900");
            }
            int w = Integer.parseInt(m.group(1));
            int h = Integer.parseInt(m.group(2));
            if (w < ChartLook.MIN_WIDTH
                    || w > ChartLook.MAX_SIDE
                    || h < ChartLook.MIN_HEIGHT
                    || h > ChartLook.MAX_SIDE) {
                throw new TypeConversionException(shown + ": the width must be " + ChartLook.MIN_WIDTH + " to "
                        + ChartLook.MAX_SIDE + " and the height " + ChartLook.MIN_HEIGHT + " to " + ChartLook.MAX_SIDE
                        + " pixels, such as 1600x900");
            }
            return new Size(w, h);
        }
    }

    /** Reads {@code LO,HI}: two numbers in the one number grammar ({@link Decimal}), LO below HI. */
    public static final class RangeConverter implements ITypeConverter<Range> {
        /** Bound of either end: far beyond any % of baseline or day count a chart shows. */
        static final double LIMIT = 1e6;

        @Override
        public Range convert(String value) {
            String shown = "'" + Excerpt.of(value) + "'";
            String[] parts = value.split(",", 3);
            if (parts.length != 2) {
                throw new TypeConversionException(shown + ": write the range as LO,HI, such as 70,110");
            }
            OptionalDouble lo = Decimal.parseDouble(parts[0].strip());
            OptionalDouble hi = Decimal.parseDouble(parts[1].strip());
            if (lo.isEmpty() || hi.isEmpty()) {
                String bad = (lo.isEmpty() ? parts[0] : parts[1]).strip();
                throw new TypeConversionException(shown + ": '" + Excerpt.of(bad) + "' " + Decimal.refusal(bad)
                        + "; write decimal numbers such as 70,110");
            }
            double l = lo.getAsDouble();
            double h = hi.getAsDouble();
            if (!(Math.abs(l) <= LIMIT && Math.abs(h) <= LIMIT)) {
                throw new TypeConversionException(shown + ": each end must be between -1000000 and 1000000");
            }
            if (!(l < h)) {
                throw new TypeConversionException(shown + ": LO must be below HI, such as 70,110");
            }
            return new Range(l == 0 ? 0 : l, h);
        }
    }
}
