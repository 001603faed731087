package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --observed FILE} on run and compare (issue 13): a patient's measurements on the projection. */
class ObservedTest {

    private static final Path WALK = Cli.fixture("rest-then-walk.yaml");
    private static final Path REST = Cli.fixture("rest-only.yaml");

    @TempDir
    Path dir;

    private Path points(String text) throws IOException {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, text);
        return csv;
    }

    @Test
    void measuredPointsGoOnTheChartsOfRunAndCompareAndOfPopulations() throws IOException {
        Path csv = points("day,measure,value,sd\n3,strength.overall,94,2\n14,strength.overall,97,2\n");
        Object[][] commands = {
            {"run", WALK},
            {"compare", WALK, REST},
            {"run", WALK, "--subjects", 200, "--seed", 1, "-q"},
        };
        for (Object[] command : commands) {
            Path with = dir.resolve("with.png");
            Path without = dir.resolve("without.png");
            List<Object> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--chart", without));
            Cli.Result plain = Cli.run(args.toArray());
            args.set(args.size() - 1, with);
            args.addAll(List.of("--observed", csv));
            Cli.Result observed = Cli.run(args.toArray());

            assertThat(plain.exitCode()).as(plain.err()).isZero();
            assertThat(observed.exitCode()).as(observed.err()).isZero();
            // Two markers of 11 px with error bars, and a legend entry: well over a hundred pixels change.
            assertThat(differingPixels(ImageIO.read(with.toFile()), ImageIO.read(without.toFile())))
                    .as("%s", List.of(command))
                    .isGreaterThan(150);
        }
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        int n = 0;
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                n += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
            }
        }
        return n;
    }

    @Test
    void withoutAChartOrWithAMeasureTheChartDoesNotShowNothingIsWritten() throws IOException {
        Path csv = points("day,measure,value\n3,strength.knee_extensors,94\n");
        Path chart = dir.resolve("c.png");

        Cli.Result noChart = Cli.run("run", WALK, "--observed", csv, "--csv", dir.resolve("x.csv"));
        Cli.Result otherMeasure = Cli.run("run", WALK, "--observed", csv, "--chart", chart);
        Cli.Result badFile =
                Cli.run("run", WALK, "--observed", points("day,measure,value\n3,strength.knee,x\n"), "--chart", chart);

        assertThat(noChart.exitCode()).isEqualTo(2);
        assertThat(noChart.err()).contains("--observed draws measured points on the chart; add --chart FILE");
        assertThat(otherMeasure.exitCode()).isEqualTo(2);
        assertThat(otherMeasure.err())
                .contains("strength.knee_extensors is not on the chart; add --measure strength.knee_extensors");
        assertThat(badFile.exitCode()).isEqualTo(2);
        assertThat(badFile.err()).contains("points.csv").doesNotContain("Exception");
        assertThat(dir.resolve("x.csv")).doesNotExist();
        assertThat(chart).doesNotExist();
    }

    /**
     * Review finding: --observed drew fractions of baseline and dropped days after the end, which
     * fit refuses; the same file now gets fit's answer, quoting the path as given.
     */
    @Test
    void fractionsAndDaysAfterTheEndAreRefusedAsFitRefusesThem() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("patient"));
        Path fractions = nested.resolve("fractions.csv");
        Files.writeString(fractions, "day,measure,value\n3,strength.overall,1.0\n14,strength.overall,0.85\n");
        Path late = nested.resolve("late.csv");
        Files.writeString(late, "day,measure,value\n3,strength.overall,94\n100,strength.overall,97\n");
        Path chart = dir.resolve("c.png");

        for (Path file : List.of(fractions, late)) {
            Cli.Result fit = Cli.run("fit", file, "--scenario", WALK);
            Cli.Result run = Cli.run("run", WALK, "--observed", file, "--chart", chart);
            Cli.Result compare = Cli.run("compare", WALK, REST, "--observed", file, "--chart", chart);

            assertThat(fit.exitCode()).as(fit.err()).isEqualTo(2);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(compare.exitCode()).as(compare.err()).isEqualTo(2);
            String problem = fit.errLines().get(0);
            assertThat(problem).startsWith("inertia: " + file + ":");
            assertThat(run.errLines().get(0)).isEqualTo(problem);
            assertThat(compare.errLines().get(0)).isEqualTo(problem);
        }
        assertThat(Cli.run("fit", fractions, "--scenario", WALK).err()).contains("they look like fractions");
        assertThat(Cli.run("fit", late, "--scenario", WALK).err()).contains("day 100 is after the end of the scenario");
        assertThat(chart).doesNotExist();
    }

    @Test
    void aMeasureNotOnTheChartNamesTheFileAsGiven() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("patient"));
        Path csv = nested.resolve("knee.csv");
        Files.writeString(csv, "day,measure,value\n3,strength.knee_extensors,94\n");
        Cli.Result r = Cli.run("run", WALK, "--observed", csv, "--chart", dir.resolve("c.png"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--observed " + csv + ": strength.knee_extensors is not on the chart");
    }
}
