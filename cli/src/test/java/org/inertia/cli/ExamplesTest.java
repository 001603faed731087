package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python example of examples/ (issue 14) run as a user would, against this build: it runs
 * Inertia, reads both CSVs with pandas and draws a figure. Needs Debian's python3-pandas and
 * python3-matplotlib, which .ci/run installs; skipped where they are missing.
 */
class ExamplesTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path EXAMPLE = Path.of("..", "examples", "python", "recovery_band.py");
    private static final Path SCENARIO = Cli.SHIPPED.resolve("bed-rest-7d-then-walking.yaml");

    @TempDir
    Path dir;

    @Test
    void thePythonExampleDrawsThePopulationAndReadsItsLowestPoint() throws Exception {
        assumeTrue(pythonHas("pandas", "matplotlib"), "needs /usr/bin/python3 with pandas and matplotlib");
        Path png = dir.resolve("band.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String inertia = String.join(
                " ",
                quote(java),
                "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true -cp",
                quote(System.getProperty("java.class.path")),
                Inertia.class.getName());
        ProcessBuilder pb = new ProcessBuilder(
                        PYTHON.toString(), EXAMPLE.toString(), SCENARIO.toString(), png.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("INERTIA", inertia);
        pb.environment().put("MPLCONFIGDIR", dir.resolve("mpl").toString());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as(out).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(450);
        // The example's reading of the CSV agrees with the command's own numbers.
        Path csv = dir.resolve("pop.csv");
        Cli.run("run", SCENARIO, "--subjects", 1000, "--seed", 1, "--measure", "strength.knee_extensors", "--csv", csv);
        double lowest = Double.POSITIVE_INFINITY;
        int day = -1;
        List<List<String>> rows = Csv.records(csv);
        for (List<String> row : rows.subList(1, rows.size())) {
            double v = Double.parseDouble(row.get(3));
            if (v < lowest) {
                lowest = v;
                day = Integer.parseInt(row.get(1));
            }
        }
        assertThat(out).contains(String.format(Locale.ROOT, "median lowest %.1f %% on day %d", lowest, day));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static boolean pythonHas(String... modules) throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import " + String.join(", ", modules))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
