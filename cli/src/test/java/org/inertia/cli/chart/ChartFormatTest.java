package org.inertia.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class ChartFormatTest {

    @Test
    void formatComesFromTheExtensionInAnyCase() {
        assertThat(ChartFormat.of(Path.of("out", "chart.png"))).contains(ChartFormat.PNG);
        assertThat(ChartFormat.of(Path.of("chart.SVG"))).contains(ChartFormat.SVG);
        assertThat(ChartFormat.of(Path.of("a.b.pdf"))).contains(ChartFormat.PDF);
    }

    @Test
    void unknownOrMissingExtensionHasNoFormat() {
        assertThat(ChartFormat.of(Path.of("chart.gif"))).isEmpty();
        assertThat(ChartFormat.of(Path.of("chart"))).isEmpty();
        assertThat(ChartFormat.of(Path.of("png"))).isEmpty();
        assertThat(ChartFormat.of(Path.of(""))).isEmpty();
    }

    @Test
    void extensionsAreListedForMessages() {
        assertThat(ChartFormat.extensions()).containsExactly(".png", ".svg", ".pdf");
    }

    private static TrajectoryChart chart() {
        Scenario s = Scenario.of(
                "Ten days in hospital",
                new Subject(70, null, Condition.HEALTHY),
                List.of(new Phase("Ward", 10, Mobility.BED_REST, List.of())));
        Trajectory t = Simulator.exact().simulate(s);
        return TrajectoryChart.ofMeasures(t, List.of(Measure.OVERALL_STRENGTH));
    }

    /** Issue 13: SVG text was drawn as outlines, which no one can select, search or edit. */
    @Test
    void svgKeepsTitleAxisTitlesTickLabelsAndLegendAsTextIssue13() throws IOException {
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        chart().writeTo(svg, ChartFormat.SVG, ChartLook.DEFAULT.withTitle("Slide 4: a hospital stay"));

        List<String> texts = svgTexts(svg.toByteArray());
        assertThat(texts)
                .contains(
                        "Slide 4: a hospital stay",
                        "Day",
                        "Overall strength (% of baseline)",
                        "100",
                        Measure.OVERALL_STRENGTH.label(),
                        TrajectoryChart.BASELINE,
                        "Ward");
    }

    /** Issue 13: PDF text was drawn as outlines, so PDFBox (and any reader) found no text at all. */
    @Test
    void pdfTextCanBeExtractedIssue13() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        chart().writeTo(pdf, ChartFormat.PDF, ChartLook.DEFAULT.withTitle("Slide 4: a hospital stay"));

        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Slide 4: a hospital stay", "Day", "Ward", TrajectoryChart.BASELINE);
            // The turned y-axis title comes out a few letters a line, as PDFBox reads vertical text.
            assertThat(text.replaceAll("\\R", "")).contains("Overall strength (% of baseline)");
        }
    }

    /** The text of every {@code <text>} element of an SVG file, which must be well-formed XML. */
    private static List<String> svgTexts(byte[] svg) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            NodeList nodes = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg))
                    .getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("the SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
