package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --title}, {@code --size} and {@code --y-range}, one mixin on every charting command
 * (issue 13): the PNG has the size asked for; bad values and options without a chart are one-line
 * usage errors that write nothing.
 */
class ChartOptionsTest {

    private static final String SCENARIO =
            Cli.SHIPPED.resolve("bed-rest-7d-then-walking.yaml").toString();
    private static final String OTHER =
            Cli.SHIPPED.resolve("bed-rest-7d-no-rehab.yaml").toString();

    @TempDir
    Path dir;

    private static List<String> command(String kind) {
        return switch (kind) {
            case "run" -> List.of("run", SCENARIO);
            case "compare" -> List.of("compare", SCENARIO, OTHER);
            case "sweep" -> List.of("sweep", SCENARIO, "--vary", "phases[0].days=1..4");
            case "sensitivity" -> List.of("sensitivity", SCENARIO);
            case "evidence" -> List.of("evidence");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private Cli.Result run(String kind, Path chart, String... more) {
        List<Object> args = new ArrayList<>(command(kind));
        if (chart != null) {
            args.add("--chart");
            args.add(chart);
        }
        args.addAll(List.of(more));
        return Cli.run(args.toArray());
    }

    @ParameterizedTest
    @CsvSource({"run,640x400", "compare,1920x1080", "sweep,800x600", "sensitivity,320x240", "evidence,1000x1000"})
    void everyChartingCommandDrawsAtTheSizeAsked(String kind, String size) throws Exception {
        Path png = dir.resolve(kind + ".png");
        boolean valueAxis = !kind.equals("sensitivity");

        Cli.Result r = valueAxis
                ? run(kind, png, "--size", size, "--title", "Slide 4", "--y-range", "-10,120")
                : run(kind, png, "--size", size, "--title", "Slide 4");

        assertThat(r.exitCode()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        String[] wh = size.split("x");
        assertThat(image.getWidth()).isEqualTo(Integer.parseInt(wh[0]));
        assertThat(image.getHeight()).isEqualTo(Integer.parseInt(wh[1]));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--size=100x100",
                "--size=4001x900",
                "--size=800",
                "--size=8O0x600",
                "--y-range=5,5",
                "--y-range=110,90",
                "--y-range=a,b",
                "--y-range=1",
                "--title= "
            })
    void aBadValueIsAOneLineUsageErrorAndWritesNothing(String option) {
        Path png = dir.resolve("bad.png");

        Cli.Result r = run("run", png, option);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).startsWith("inertia: ").contains(option.substring(0, option.indexOf('=')));
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(png).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--title=X", "--size=800x600", "--y-range=0,100"})
    void withoutAChartTheOptionsAreRefused(String option) {
        Cli.Result r = run("run", null, option);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).endsWith("applies to a chart; add --chart FILE.png (or .svg, .pdf)");
    }

    @ParameterizedTest
    @CsvSource({"sensitivity,a sensitivity chart", "heat,a heat map"})
    void aChartWithoutAValueAxisRefusesAYRange(String kind, String words) {
        Path png = dir.resolve("x.png");
        Cli.Result r = kind.equals("heat")
                ? Cli.run(
                        "sweep",
                        SCENARIO,
                        "--vary",
                        "phases[0].days=1..2",
                        "--vary",
                        "subject.age=30..40:10",
                        "--chart",
                        png,
                        "--y-range",
                        "0,100")
                : run(kind, png, "--y-range", "0,100");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).startsWith("inertia: --y-range: " + words);
        assertThat(png).doesNotExist();
    }
}
