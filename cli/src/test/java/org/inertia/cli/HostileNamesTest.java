package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.inertia.cli.chart.ChartFormat;
import org.inertia.cli.chart.SweepChart;
import org.inertia.cli.chart.SweepHeatMap;
import org.inertia.cli.chart.TornadoChart;
import org.inertia.cli.chart.TrajectoryChart;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.output.JsonWriter;
import org.inertia.cli.output.SafeText;
import org.inertia.cli.report.HtmlReport;
import org.inertia.sim.evidence.EvidenceSet;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.population.ParameterSampler;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.population.Variability;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.Sensitivity;
import org.inertia.sim.sweep.Sweep;
import org.inertia.sim.sweep.SweepAxis;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Outputs that could harm their reader (issue 12, class 5): the library accepts any string as a
 * scenario or phase name, so every writer is handed names that begin like spreadsheet formulas,
 * hold control characters, noncharacters or halves of surrogate pairs, and every file it writes
 * is read back by a strict reader: CSV by Commons CSV from strictly decoded UTF-8, with formula
 * cells guarded; JSON by Jackson; SVG by an XML parser; PDF by PDFBox; PNG by ImageIO.
 */
class HostileNamesTest {

    /** Refuses duplicate keys and trailing text, so that what it reads any reader takes. */
    private static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A label for the test report, and the name. */
    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("formula", "=1+1"),
                Arguments.of("hyperlink formula", "=HYPERLINK(\"http://example.com\",\"click\")"),
                Arguments.of("command formula", "=cmd|' /C calc'!A0"),
                Arguments.of("plus", "+41 22 000"),
                Arguments.of("minus", "-2+3"),
                Arguments.of("negative number", "-5"),
                Arguments.of("at", "@SUM(A1:A9)"),
                Arguments.of("leading tab", "\t=1+1"),
                Arguments.of("leading carriage return", "\r=1+1"),
                Arguments.of("leading line feed", "\n=1+1"),
                Arguments.of("full-width equals", "\uFF1D1+1"),
                Arguments.of("full-width plus", "\uFF0B1"),
                Arguments.of("full-width minus", "\uFF0D1"),
                Arguments.of("full-width at", "\uFF20A1"),
                Arguments.of("formula with comma", "=SUM(1,2)"),
                Arguments.of("NUL", "nul\u0000here"),
                Arguments.of("bell", "bell\u0007"),
                Arguments.of("escape sequence", "\u001b[31mred\u001b[0m"),
                Arguments.of("every C0 control", c0Controls()),
                Arguments.of("DEL and C1", "del\u007f next\u0085 csi\u009b"),
                Arguments.of("U+FFFE and U+FFFF", "non\uFFFEchar\uFFFF"),
                Arguments.of("U+FDD0..U+FDEF", "\uFDD0arabic-block\uFDEF"),
                Arguments.of("plane-1 noncharacter", "x\uD83F\uDFFE"),
                Arguments.of("plane-16 noncharacter", "y\uDBFF\uDFFF"),
                Arguments.of("lone high surrogate", "lone \uD800 high"),
                Arguments.of("lone low surrogate", "lone \uDC00 low"),
                Arguments.of("reversed pair", "\uDCAA\uD83D reversed"),
                Arguments.of("high surrogate at the end", "ends in \uD83D"),
                Arguments.of("emoji (valid pair)", "muscle \uD83D\uDCAA"),
                Arguments.of("bidi override", "\u202Eevil\u202C"),
                Arguments.of("line separator", "one\u2028two\u2029three"),
                Arguments.of("markup", "<script>alert('x')</script> & ]]> \"q\""),
                Arguments.of("empty", ""),
                Arguments.of("long, with emoji at the cut", "a".repeat(69) + "\uD83D\uDCAA".repeat(40)));
    }

    private static String c0Controls() {
        StringBuilder sb = new StringBuilder("c0");
        for (char c = 0; c < 0x20; c++) {
            sb.append(c);
        }
        return sb.toString();
    }

    private static final Readout LOWEST = new Readout(Readout.Kind.LOWEST, Measure.OVERALL_STRENGTH, 0);

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void csvIsReadByALibraryWithFormulaCellsGuardedIssue12(String label, String name) throws IOException {
        Scenario scenario = scenario(name);
        Trajectory t = Simulator.exact().simulate(scenario);
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        CsvWriter.write(List.of(t, Simulator.exact().simulate(scenario.withName("plain"))), Measure.all(), single);
        ByteArrayOutputStream population = new ByteArrayOutputStream();
        CsvWriter.writePopulations(List.of(population(scenario)), List.of(Measure.OVERALL_STRENGTH), population);

        for (ByteArrayOutputStream csv : List.of(single, population)) {
            List<List<String>> records = strictCsv(csv.toByteArray());
            assertThat(records.get(0)).containsExactly("scenario", "day", "measure", "value", "lower", "upper");
            assertThat(records.subList(1, records.size())).allSatisfy(r -> {
                assertThat(r).hasSize(6);
                assertThat(Integer.parseInt(r.get(1))).isNotNegative();
                assertThat(Double.parseDouble(r.get(3))).isPositive();
            });
            assertThat(records.get(1).get(0)).isEqualTo(csvName(name));
            assertGuarded(records);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void jsonIsReadByALibraryIssue12(String label, String name) throws IOException {
        Scenario scenario = scenario(name);
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        JsonWriter.write("1.0", List.of(Simulator.exact().simulate(scenario)), Measure.all(), single);
        ByteArrayOutputStream population = new ByteArrayOutputStream();
        JsonWriter.writePopulations(
                "1.0", List.of(population(scenario)), List.of(Measure.OVERALL_STRENGTH), population);

        for (ByteArrayOutputStream json : List.of(single, population)) {
            JsonNode root = STRICT_JSON.readTree(strictUtf8(json.toByteArray()));
            JsonNode s = root.get("scenarios").get(0);
            String expected = name.replaceAll("\\p{Cs}", "\uFFFD");
            // Paired surrogates stay: the regex sees a pair as one code point, not as Cs.
            assertThat(s.get("name").asText()).isEqualTo(expected);
            assertThat(s.get("phases").get(0).get("name").asText()).isEqualTo("Rest " + expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyChartIsWellFormedSvgIssue12(String label, String name) throws IOException {
        Map<String, Chart> charts = charts(name);
        for (Map.Entry<String, Chart> chart : charts.entrySet()) {
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            chart.getValue().write(svg, ChartFormat.SVG);
            assertThat(svgTexts(svg.toByteArray())).as(chart.getKey()).allSatisfy(HostileNamesTest::assertSafeLabel);
        }
        // The run chart's title is the name as one line: nothing lost but what no file can hold.
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        charts.get("run").write(svg, ChartFormat.SVG);
        String title = SafeText.label(name);
        if (!title.isBlank() && title.length() <= 30) {
            assertThat(svgTexts(svg.toByteArray())).contains(title);
        }
    }

    /** PDF and PNG (slower to draw): every chart of one name made of all the others. */
    @Test
    void everyChartIsReadableAsPdfAndPngIssue12() throws IOException {
        String all = String.join("|", names().map(a -> (String) a.get()[1]).toList());
        for (String name : List.of(all, all.substring(0, 60))) {
            for (Map.Entry<String, Chart> chart : charts(name).entrySet()) {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                chart.getValue().write(pdf, ChartFormat.PDF);
                try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
                    assertThat(doc.getNumberOfPages()).as(chart.getKey()).isEqualTo(1);
                }
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                chart.getValue().write(png, ChartFormat.PNG);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
                assertThat(image).as(chart.getKey()).isNotNull();
                assertThat(image.getWidth()).isEqualTo(1200);
            }
        }
    }

    /** Every kind of chart, of a scenario with this name and its phases named after it. */
    private static Map<String, Chart> charts(String name) {
        Scenario scenario = scenario(name);
        Trajectory t = Simulator.exact().simulate(scenario);
        Scenario other = scenario.withName(name + " (other)");
        Sweep oneField =
                Sweep.run(scenario, List.of(SweepAxis.parse("phases[0].days=1..4")), LOWEST, Simulator.exact());
        Sweep twoFields = Sweep.run(
                scenario,
                List.of(SweepAxis.parse("phases[0].days=1..3"), SweepAxis.parse("phases[1].days=1..3")),
                LOWEST,
                Simulator.exact());
        List<Sensitivity.Effect> effects = Sensitivity.oneAtATime(scenario, LOWEST, 0.1, Simulator.exact());
        return Map.of(
                "run",
                (out, f) -> TrajectoryChart.ofMeasures(t, List.of(Measure.OVERALL_STRENGTH))
                        .writeTo(out, f),
                "compare",
                (out, f) -> TrajectoryChart.ofScenarios(
                                List.of(t, Simulator.exact().simulate(other)), Measure.OVERALL_STRENGTH)
                        .writeTo(out, f),
                "population",
                (out, f) -> TrajectoryChart.ofPopulation(
                                population(scenario), List.of(Measure.OVERALL_STRENGTH), "5th to 95th percentile")
                        .writeTo(out, f),
                "sweep",
                (out, f) -> SweepChart.of(scenario, oneField).writeTo(out, f),
                "heat map",
                (out, f) -> SweepHeatMap.of(scenario, twoFields).writeTo(out, f),
                "tornado",
                (out, f) -> TornadoChart.of(scenario, effects, LOWEST, 10).writeTo(out, f));
    }

    @Test
    void theReportHoldsOnlyCharactersHtmlAllowsIssue12() throws IOException {
        List<Trajectory> trajectories = new ArrayList<>();
        names().limit(4).forEach(a -> trajectories.add(Simulator.exact().simulate(scenario((String) a.get()[1]))));
        trajectories.add(Simulator.exact().simulate(scenario("nul\u0000 \uFFFE lone \uD800 c1\u0085")));

        String html = HtmlReport.of(
                "=title \u0001\uD800", trajectories, Measure.OVERALL_STRENGTH, EvidenceSet.builtIn(), "1.0");

        html.codePoints().forEach(cp -> {
            boolean control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r';
            boolean half = cp <= 0xFFFF && Character.isSurrogate((char) cp);
            assertThat(control || half || SafeText.isNoncharacter(cp))
                    .as("U+%04X in the report", cp)
                    .isFalse();
        });
    }

    @Test
    void formulaNamesAreGuardedThroughTheCommandLineIssue12(@TempDir Path dir) throws IOException {
        List<String> names = List.of("=1+1", "+cmd", "-2", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\",\"y\")");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Path yaml = dir.resolve("s" + i + ".yaml");
            Files.writeString(
                    yaml,
                    "name: '" + names.get(i).replace("'", "''") + "'\nsubject:\n  age: 40\nphases:\n"
                            + "  - name: '" + names.get(i).replace("'", "''") + "'\n    days: 5\n"
                            + "    mobility: bed-rest\n");
            files.add(yaml);
        }
        for (Path yaml : files) {
            Path csv = dir.resolve("run.csv");
            Path json = dir.resolve("run.json");
            Path svg = dir.resolve("run.svg");
            Cli.Result r = Cli.run("run", yaml, "--csv", csv, "--json", json, "--chart", svg);
            assertThat(r.exitCode()).as(r.err()).isZero();
            List<List<String>> records = Csv.records(csv);
            assertThat(records.get(1).get(0)).startsWith("'");
            assertGuarded(records);
            assertThat(Files.readString(csv)).startsWith(CsvWriter.HEADER + "\n\"'");
            assertThat(STRICT_JSON.readTree(Files.readString(json)).has("scenarios"))
                    .isTrue();
            assertThat(svgTexts(Files.readAllBytes(svg))).isNotEmpty();
        }
        Path compared = dir.resolve("compare.csv");
        List<Object> args = new ArrayList<>(List.of("compare"));
        args.addAll(files);
        args.addAll(List.of("--csv", compared, "--chart", dir.resolve("compare.svg")));
        assertThat(Cli.run(args.toArray()).exitCode()).isZero();
        assertGuarded(Csv.records(compared));
        svgTexts(Files.readAllBytes(dir.resolve("compare.svg")));

        Path population = dir.resolve("population.csv");
        Cli.Result p = Cli.run("run", files.get(0), "--subjects", 20, "--seed", 1, "--csv", population);
        assertThat(p.exitCode()).as(p.err()).isZero();
        assertGuarded(Csv.records(population));
    }

    /** What the CSV's scenario cell holds for a name: the name made well-formed, then guarded. */
    private static String csvName(String name) {
        String clean = SafeText.wellFormed(name);
        return !clean.isEmpty() && "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20".indexOf(clean.charAt(0)) >= 0
                ? "'" + clean
                : clean;
    }

    /** No text cell starts like a formula; cells that do are numbers. */
    private static void assertGuarded(List<List<String>> records) {
        for (List<String> r : records) {
            for (String cell : r) {
                if (!cell.isEmpty() && "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20".indexOf(cell.charAt(0)) >= 0) {
                    assertThat(cell)
                            .as("a cell starting like a formula is a number")
                            .matches("-\\d+(\\.\\d+)?");
                }
                assertThat(cell).isEqualTo(SafeText.wellFormed(cell));
            }
        }
    }

    private static void assertSafeLabel(String text) {
        assertThat(text).isEqualTo(SafeText.label(text));
        assertThat(text).doesNotContain("?");
    }

    private static Scenario scenario(String name) {
        return Scenario.of(
                name,
                new Subject(40, null, Condition.HEALTHY),
                List.of(
                        new Phase("Rest " + name, 5, Mobility.BED_REST, List.of()),
                        new Phase(name, 5, Mobility.NORMAL, List.of())));
    }

    private static PopulationResult population(Scenario scenario) {
        return new PopulationSimulator(Simulator.exact(), ParameterSampler.NONE.andThen(Variability.calibrated()), 1)
                .simulate(scenario, 5, 1, List.of(Measure.OVERALL_STRENGTH), 5, 95, done -> {});
    }

    private static List<List<String>> strictCsv(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("hostile", ".csv");
        try {
            Files.write(file, bytes);
            return Csv.records(file);
        } finally {
            Files.delete(file);
        }
    }

    private static String strictUtf8(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
    }

    /** The text of every {@code <text>} element of an SVG file, which must be well-formed XML. */
    static List<String> svgTexts(byte[] svg) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // The DOCTYPE names the SVG 1.1 DTD on the web: parse without fetching it.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
            NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("the SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Chart {
        void write(java.io.OutputStream out, ChartFormat format) throws IOException;
    }
}
