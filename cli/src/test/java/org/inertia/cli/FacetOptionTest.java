package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --facet groups} on {@code run} and {@code compare} (issue 13): a figure of one panel per
 * muscle group in each format, at the size asked for; combinations that cannot be drawn are
 * one-line usage errors (exit 2) that write nothing.
 */
class FacetOptionTest {

    private static final String SCENARIO =
            Cli.SHIPPED.resolve("bed-rest-7d-then-walking.yaml").toString();
    private static final String OTHER =
            Cli.SHIPPED.resolve("lumbar-brace-4w.yaml").toString();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf"})
    void runDrawsOnePanelPerGroupInEveryFormat(String ext) throws Exception {
        Path chart = dir.resolve("groups." + ext);

        Cli.Result r = Cli.run("run", SCENARIO, "--facet", "groups", "--chart", chart);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(chart).isNotEmptyFile();
        if (ext.equals("svg")) {
            String svg = Files.readString(chart);
            for (String panel : List.of(
                    "Strength, knee extensors",
                    "Strength, plantar flexors",
                    "Strength, trunk extensors",
                    "Strength, trunk flexors",
                    "Strength, handgrip")) {
                assertThat(svg).contains(">" + panel + "</text>");
            }
            assertThat(svg).contains(">Strength (% of baseline)</text>");
        }
        if (ext.equals("pdf")) {
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(chart.toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
                assertThat(text)
                        .contains("7 days of bed rest, then daily walking")
                        .contains("Strength, knee extensors", "Strength, handgrip", "Baseline (100 %)");
            }
        }
    }

    @Test
    void compareFacetsMuscleMassAtTheSizeAskedWithTheTitleAsked() throws Exception {
        Path png = dir.resolve("mass.png");

        Cli.Result r = Cli.run(
                "compare",
                SCENARIO,
                OTHER,
                "--facet",
                "groups",
                "--measure",
                "mass.overall",
                "--size",
                "1600x900",
                "--title",
                "Slide 5",
                "--y-range",
                "80,110",
                "--chart",
                png);

        assertThat(r.exitCode()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
    }

    @Test
    void populationRunFacetsTheMedians() throws Exception {
        Path png = dir.resolve("population.png");

        Cli.Result r = Cli.run("run", SCENARIO, "--subjects", "50", "--seed", "1", "--facet", "groups", "--chart", png);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1200);
    }

    private List<String> refused(Object... args) {
        List<Object> all = new ArrayList<>(List.of(args));
        Cli.Result r = Cli.run(all.toArray());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing written").isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return r.errLines();
    }

    @Test
    void aSingleGroupMeasureIsRefusedWithAHint() {
        List<String> err = refused(
                "run",
                SCENARIO,
                "--facet",
                "groups",
                "--measure",
                "strength.knee_extensors",
                "--chart",
                dir.resolve("c.png"));

        assertThat(err.get(0))
                .contains("--facet groups")
                .contains("strength.knee_extensors")
                .contains("--measure strength.overall or mass.overall");
    }

    @Test
    void severalMeasuresAreRefused() {
        List<String> err = refused(
                "run",
                SCENARIO,
                "--facet",
                "groups",
                "--measure",
                "strength.overall",
                "--measure",
                "mass.overall",
                "--chart",
                dir.resolve("c.png"));

        assertThat(err.get(0)).contains("--facet groups").contains("strength.overall, mass.overall");
    }

    @Test
    void facetWithoutAChartIsRefused() {
        List<String> err = refused("compare", SCENARIO, OTHER, "--facet", "groups");

        assertThat(err.get(0)).contains("--facet applies to a chart");
    }

    @Test
    void anUnknownFacetIsRefused() {
        List<String> err = refused("run", SCENARIO, "--facet", "rows", "--chart", dir.resolve("c.png"));

        assertThat(String.join("\n", err)).contains("'rows': the only facet is 'groups'");
    }
}
