package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.serve.ClassroomServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classroom server's HTTP API, in process on a free port, as a browser or a script would use
 * it (issue 7): pages and answers, the same messages as the command line for bad scenarios, 404
 * for anything but its own routes, 413 for oversized bodies.
 */
class ClassroomServerTest {

    private static final String WALKING = "bed-rest-7d-then-walking";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> map(String body) throws java.io.IOException {
        return JSON.readValue(body, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static ClassroomServer server;
    private static HttpClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = ClassroomServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thePageIsServedWithAPolicyThatAllowsOnlyItsOwnFiles() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<script src=\"/app.js\"").doesNotContain("http://", "https://");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'")
                .doesNotContain("unsafe", "http");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("/app.js").body()).contains("/api/simulate").doesNotContain("http://", "https://", "innerHTML");
        assertThat(get("/app.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void examplesAreTheShippedScenarioFiles() throws Exception {
        HttpResponse<String> r = get("/api/examples");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("default").asText()).isEqualTo(WALKING);
        JsonNode examples = json.get("examples");
        List<String> files;
        try (var list = Files.list(Cli.SHIPPED)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.replace(".yaml", ""))
                    .sorted()
                    .toList();
        }
        assertThat(examples).extracting(e -> e.get("id").asText()).containsExactlyElementsOf(files);
        JsonNode walking = examples.valueStream()
                .filter(e -> e.get("id").asText().equals(WALKING))
                .findFirst()
                .orElseThrow();
        assertThat(walking.get("yaml").asText()).isEqualTo(Files.readString(Cli.SHIPPED.resolve(WALKING + ".yaml")));
    }

    @Test
    void simulateAnswersTablesReadingsAndTheChartForEachVariant() throws Exception {
        JsonNode json = simulated(Map.of("example", WALKING, "variants", "2", "v2.days", "14", "v2.minutes", "20"));
        JsonNode variants = json.get("variants");
        assertThat(variants).hasSize(2);
        JsonNode b = variants.get(1);
        assertThat(b.get("change").asText()).isEqualTo("2 weeks in bed; walking 20 min a day");
        assertThat(b.get("reading").asText()).startsWith("After 2 weeks in bed, leg strength is about ");
        assertThat(b.get("controls").get("p1.days").asText()).isEqualTo("14");
        assertThat(b.get("controls").get("p2.minutes").asText()).isEqualTo("20");
        assertThat(b.get("groups").get("rows")).hasSize(6);
        assertThat(json.get("comparison").get("rows")).hasSize(2);
        assertThat(json.get("chartSvg").asText()).startsWith("<?xml").contains("<svg");
        assertThat(json.get("written").get("p1.days").asText()).isEqualTo("7");
        assertThat(json.get("written").get("p2.activity").asText()).isEqualTo("walking");
        assertThat(json.get("scenario").get("disusePhase").asText()).isEqualTo("Bed rest (phase 1)");
        assertThat(json.get("scenario").get("recoveryPhase").asText()).isEqualTo("Walking (phase 2)");
    }

    @Test
    void switchedToFitnessEachVariantIsReadInAerobicCapacity() throws Exception {
        JsonNode variants = simulated(Map.of("example", WALKING, "variants", "2", "v2.days", "14", "measure", "vo2max"))
                .get("variants");
        // A week in bed, then two: the reading follows the page's switch, day of the lowest point included.
        assertThat(variants.get(0).get("reading").asText())
                .startsWith("Aerobic capacity (VO2max) is lowest on day 7 (");
        assertThat(variants.get(1).get("reading").asText())
                .startsWith("Aerobic capacity (VO2max) is lowest on day 14 (");
    }

    /** Issue 13: every phase by position, phases added; the short form still works beside it. */
    @Test
    void everyPhaseIsEditableAndAVariantIsNamedAfterWhatChangedIssue13() throws Exception {
        JsonNode variants = simulated(Map.of(
                        "example", WALKING,
                        "variants", "2",
                        "v1.p1.activity", "cycling",
                        "v1.p1.minutes", "20",
                        "v2.phases", "1,2,new",
                        "v2.p3.mobility", "sedentary",
                        "v2.days", "10"))
                .get("variants");
        JsonNode a = variants.get(0);
        JsonNode b = variants.get(1);
        assertThat(a.get("change").asText()).isEqualTo("cycling 20 min a day in phase 1");
        assertThat(a.get("name").asText()).isEqualTo("Cycling 20 min a day in phase 1");
        assertThat(b.get("change").asText()).isEqualTo("10 days in bed; then 2 weeks of very little walking");
        assertThat(b.get("phases"))
                .extracting(p -> p.get("name").asText())
                .containsExactly("Bed rest", "Walking", "Little walking");
        JsonNode third = b.get("phases").get(2);
        assertThat(third.get("from").asText()).isEqualTo("new");
        assertThat(third.get("days").asText()).isEqualTo("14");
        assertThat(third.get("mobility").asText()).isEqualTo("sedentary");

        HttpResponse<String> bad =
                post("/api/simulate", form(Map.of("example", WALKING, "v1.phases", "1,7", "v1.p2.days", "0")));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("variant A: phases: unknown value '7'");
        HttpResponse<String> unknown = post("/api/simulate", form(Map.of("example", WALKING, "v1.p2.age", "40")));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown parameter 'v1.p2.age'");
    }

    @Test
    void theUncertaintySwitchBandsTheComparisonAndWarningsSayWhereTheEvidenceEnds() throws Exception {
        HttpResponse<String> plain = get("/api/simulate?example=" + WALKING);
        HttpResponse<String> banded = get("/api/simulate?example=" + WALKING + "&uncertainty=1&v1.age=95");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(banded.statusCode()).isEqualTo(200);
        JsonNode a = JSON.readTree(plain.body());
        JsonNode b = JSON.readTree(banded.body());
        assertThat(a.get("uncertainty").isNull()).isTrue();
        // As written, the example leaves the evidence only in the note on an untrained person's gains.
        assertThat(a.get("warnings"))
                .singleElement()
                .extracting(JsonNode::asText)
                .asString()
                .contains("untrained volunteers");
        assertThat(b.get("uncertainty").asText()).contains("percentile");
        JsonNode row = b.get("comparison").get("rows").get(0);
        assertThat(row.get(1).asText()).matches("\\d+\\.\\d \\[\\d+\\.\\d-\\d+\\.\\d]");
        assertThat(b.get("warnings")).hasSize(2).anySatisfy(w -> assertThat(w.asText())
                .contains("age 95"));
        assertThat(get("/api/simulate?example=" + WALKING + "&uncertainty=yes").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theSameScenarioGivesTheSameTableAsTheCommandLine() throws Exception {
        Path file = dir.resolve("fourteen.yaml");
        HttpResponse<String> yaml = get("/api/scenario.yaml?example=" + WALKING + "&v1.days=14");
        Files.writeString(file, yaml.body());
        HttpResponse<String> r = get("/api/simulate?example=" + WALKING + "&v1.days=14");

        Cli.Result cli = Cli.run("run", file);

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode rows =
                JSON.readTree(r.body()).get("variants").get(0).get("groups").get("rows");
        for (JsonNode cells : rows) {
            String line = cli.outLines().stream()
                    .filter(l -> l.startsWith(cells.get(0).asText()))
                    .findFirst()
                    .orElseThrow();
            assertThat(line.split(" {2,}"))
                    .containsExactlyElementsOf(
                            cells.valueStream().map(JsonNode::asText).toList());
        }
    }

    @Test
    void theCsvIsTheCommandLinesCsv() throws Exception {
        Path csv = dir.resolve("walk.csv");
        Cli.Result cli = Cli.run("run", Cli.SHIPPED.resolve(WALKING + ".yaml"), "--csv", csv);
        assertThat(cli.exitCode()).isZero();

        HttpResponse<String> r = get("/api/data.csv?example=" + WALKING);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith(CsvWriter.HEADER + "\n").isEqualTo(Files.readString(csv));
    }

    @Test
    void aYamlBodyIsTheScenarioAndControlsComeInTheQuery() throws Exception {
        String yaml = Files.readString(Cli.fixture("rest-then-walk.yaml"));
        HttpRequest request = HttpRequest.newBuilder(uri("/api/simulate?v1.age=70"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml))
                .build();

        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("variants").get(0).get("change").asText())
                .isEqualTo("age 70");
    }

    @Test
    void chartsComeInEveryFormat() throws Exception {
        HttpResponse<byte[]> png = client.send(
                HttpRequest.newBuilder(uri("/api/chart.png?example=" + WALKING)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> pdf = client.send(
                HttpRequest.newBuilder(uri("/api/chart.pdf?example=" + WALKING)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> svg = get("/api/chart.svg?example=" + WALKING + "&measure=strength.knee_extensors");

        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(new String(png.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(svg.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("sandbox");
        assertThat(svg.body()).contains("<svg");
    }

    @Test
    void badYamlIs400WithTheLinesTheCommandLinePrints() throws Exception {
        Path bad = Cli.bad("two-mistakes.yaml");
        Cli.Result cli = Cli.run("validate", bad);

        HttpResponse<String> r =
                post("/api/simulate", form(Map.of("yaml", Files.readString(bad), "file", bad.toString())));

        assertThat(r.statusCode()).isEqualTo(400);
        List<String> errors = texts(JSON.readTree(r.body()).get("errors"));
        // The server quotes the file's name only, never a path on the client's machine.
        assertThat(errors)
                .containsExactlyElementsOf(cli.errLines().stream()
                        .map(l -> l.replace(bad.toString(), "two-mistakes.yaml"))
                        .toList());
    }

    @Test
    void badControlsAre400WithOneLinePerProblem() throws Exception {
        HttpResponse<String> r = get("/api/simulate?example=" + WALKING + "&variants=2&v2.days=0&v2.mobility=bedrest");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(texts(JSON.readTree(r.body()).get("errors")))
                .containsExactly(
                        "variant B: phases[0].days: must be between 1 and 3650 (was 0)",
                        "variant B: phases[0].mobility: unknown value 'bedrest' (did you mean 'bed-rest'?)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/simulate",
                "/api/simulate?example=nope",
                "/api/simulate?example=" + WALKING + "&yaml=x",
                "/api/simulate?example=" + WALKING + "&v1.dayz=3",
                "/api/simulate?example=" + WALKING + "&v2.days=3",
                "/api/simulate?example=" + WALKING + "&variants=4",
                "/api/simulate?example=" + WALKING + "&measure=strength.toes",
                "/api/simulate?example=" + WALKING + "&example=" + WALKING
            })
    void malformedRequestsAre400WithAMessage(String path) throws Exception {
        HttpResponse<String> r = get(path);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(texts(JSON.readTree(r.body()).get("errors")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).doesNotContain("\n").isNotBlank());
    }

    @Test
    void aMalformedEscapeIs400() throws Exception {
        assertThat(rawStatus("/api/simulate?example=%zz")).isEqualTo(400);
        assertThat(rawStatus("/api/simulate?example=%e2%28")).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/..%2f..%2fetc%2fpasswd",
                "/org/inertia/cli/serve/index.html",
                "/examples/bed-rest-48h.yaml",
                "/index.html/",
                "/api/",
                "/api/../app.js",
                "/api/examples/../../etc/passwd",
                "//etc/passwd",
                "/App.js"
            })
    void onlyTheServersOwnRoutesAreServed(String path) throws Exception {
        assertThat(rawStatus(path)).as(path).isEqualTo(404);
    }

    /** Targets that climb above the root or encode a NUL are malformed: Jetty refuses them before any route (issue 12). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/../../etc/passwd",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/app.js/../../pom.xml",
                "/%00",
                "/app.js%00.html"
            })
    void targetsAboveTheRootOrWithANulAreBadRequests(String path) throws Exception {
        assertThat(rawStatus(path)).as(path).isEqualTo(400);
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        byte[] big = new byte[ClassroomServer.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpRequest request = HttpRequest.newBuilder(uri("/api/simulate"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                .build();

        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("too large");
        assertThat(get("/api/examples").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongMethodsAre405AndForeignHostsAre403() throws Exception {
        HttpResponse<String> put = client.send(
                HttpRequest.newBuilder(uri("/api/simulate"))
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, POST");

        assertThat(rawRequest("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 403");
        assertThat(rawRequest("GET / HTTP/1.1\r\nHost: localhost:1\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200");
    }

    /**
     * RFC 9112, section 3.2: a request names its host exactly once, and the host is compared as
     * parsed, as an address, not as text that merely starts or ends like a loopback one (issue 12).
     */
    @Test
    void theHostIsNamedOnceAndComparedAsParsedIssue12() throws Exception {
        assertThat(rawRequest("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400")
                .contains("Content-Security-Policy: ");
        assertThat(rawRequest("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(rawRequest("GET http://attacker.example/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400");
        for (String foreign : List.of(
                "127.0.0.1.nip.io", "localhost.attacker.example", "0x7f.0.0.1", "127.1", "2130706433", "127.0.0.01")) {
            assertThat(rawRequest("GET / HTTP/1.1\r\nHost: " + foreign + "\r\nConnection: close\r\n\r\n"))
                    .as(foreign)
                    .startsWith("HTTP/1.1 403");
        }
        for (String malformed : List.of("[::1].attacker.example", "localhost:80@attacker.example")) {
            assertThat(rawRequest("GET / HTTP/1.1\r\nHost: " + malformed + "\r\nConnection: close\r\n\r\n"))
                    .as(malformed)
                    .startsWith("HTTP/1.1 400");
        }
        for (String loopback : List.of("LOCALHOST", "127.0.0.1:8080", "127.1.2.3", "[::1]:80", "[0:0:0:0:0:0:0:1]")) {
            assertThat(rawRequest("GET / HTTP/1.1\r\nHost: " + loopback + "\r\nConnection: close\r\n\r\n"))
                    .as(loopback)
                    .startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void hostilePlainTextDoesNotBreakTheJsonAndNoHtmlIsMade() throws Exception {
        String yaml = Files.readString(Cli.fixture("rest-then-walk.yaml"))
                .replace(
                        "name: 'Rest, \"then\" walk'",
                        "name: \"</script><img src=x onerror=alert(1)> \\u2028 \\\"q\\\"\"");

        HttpResponse<String> r = post("/api/simulate", form(Map.of("yaml", yaml)));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(JSON.readTree(r.body()).get("scenario").get("name").asText())
                .isEqualTo("</script><img src=x onerror=alert(1)> \u2028 \"q\"");
        assertThat(r.body()).doesNotContain("\u2028");
    }

    /**
     * Issue 13: a variant named by hand is the legend's name, escaped in the SVG; the presenter's
     * step ({@code shown}) draws the first variants on the axis of all; the fixed scale is 50-120 %.
     */
    @Test
    void namedVariantsPresenterStepsAndTheFixedScaleIssue13() throws Exception {
        String name = "<b>Brace</b> & \"walk\" ]]> <img src=x>";
        Map<String, String> values = new LinkedHashMap<>();
        values.put("example", WALKING);
        values.put("variants", "2");
        values.put("v2.name", "  " + name + "  ");
        values.put("v2.p1.days", "30");

        Map<String, Object> both = map((post("/api/simulate", form(values)).body()));
        List<Object> variants = list(both.get("variants"));
        assertThat(obj(variants.get(1)).get("name")).isEqualTo(name);
        assertThat(obj(variants.get(1)).get("renamed")).isEqualTo(true);
        assertThat(obj(variants.get(0)).get("renamed")).isEqualTo(false);
        List<String> legend =
                HostileNamesTest.svgTexts(((String) both.get("chartSvg")).getBytes(StandardCharsets.UTF_8));
        assertThat(legend).contains("B: " + name);
        assertThat(post("/api/scenario.yaml", form(values) + "&variant=2").body())
                .contains("Brace");

        values.put("shown", "1");
        Map<String, Object> first = map((post("/api/simulate", form(values)).body()));
        assertThat(HostileNamesTest.svgTexts(((String) first.get("chartSvg")).getBytes(StandardCharsets.UTF_8)))
                .noneMatch(t -> t.startsWith("B: "))
                .anyMatch(t -> t.startsWith("A: "));
        assertThat(first.get("yRange")).as("the axis of both variants").isEqualTo(both.get("yRange"));
        assertThat(first.get("chartDigest")).isNotEqualTo(both.get("chartDigest"));

        values.put("scale", "fixed");
        Map<String, Object> fixed = map((post("/api/simulate", form(values)).body()));
        assertThat(list(fixed.get("yRange")).stream().map(n -> ((Number) n).doubleValue()))
                .containsExactly(50.0, 120.0);
        assertThat(HostileNamesTest.svgTexts(((String) fixed.get("chartSvg")).getBytes(StandardCharsets.UTF_8)))
                .contains("50", "120");
    }

    /** Issue 13: a patient's measured points (the fit format) over the page's chart, those of the measure shown. */
    @Test
    void measuredPointsAreDrawnOverTheChartIssue13() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("example", WALKING);
        values.put(
                "observed",
                "day,measure,value,sd\n7,strength.overall,85,3\n21,strength.overall,96,2\n"
                        + "7,strength.knee_extensors,80,4\n");

        Map<String, Object> json = map((post("/api/simulate", form(values)).body()));
        Map<String, Object> points = obj(json.get("observed"));
        assertThat(((Number) points.get("shown")).intValue()).isEqualTo(2);
        assertThat(((Number) points.get("total")).intValue()).isEqualTo(3);
        assertThat(HostileNamesTest.svgTexts(((String) json.get("chartSvg")).getBytes(StandardCharsets.UTF_8)))
                .contains("Measured");
        // The lowest point and its spread (85 - 3) stay inside the value axis.
        assertThat(((Number) list(json.get("yRange")).get(0)).doubleValue()).isLessThanOrEqualTo(82);

        values.put("observed", "day,measure,value\nseven,strength.overall,85\n");
        HttpResponse<String> bad = post("/api/simulate", form(values));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(list(map((bad.body())).get("errors")).get(0).toString()).contains("measured points");
    }

    /** Issue 13: recovery thresholds on the page: a column each in the table and a sentence per variant. */
    @Test
    void recoveryThresholdsGiveColumnsAndSentencesIssue13() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("example", WALKING);
        values.put("recovered", "100, 95");

        Map<String, Object> json = map((post("/api/simulate", form(values)).body()));
        List<Object> header = list(obj(json.get("comparison")).get("header"));
        assertThat(header).containsSubsequence("Back to 95 %", "Back to 100 %");
        String sentence = (String) obj(list(json.get("variants")).get(0)).get("recovery");
        assertThat(sentence).contains("95 %").contains("100 %");

        values.put("recovered", "95,101");
        HttpResponse<String> bad = post("/api/simulate", form(values));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("between 1 and 100");
        values.put("recovered", "95");
        values.put("uncertainty", "1");
        assertThat(post("/api/simulate", form(values)).statusCode()).isEqualTo(400);
    }

    @Test
    void badNamesStepsAndScalesAreRefused() throws Exception {
        for (String bad : List.of(
                "variants=2&v2.name=" + "x".repeat(81),
                "variants=2&v2.name=a%0Ab",
                // A right-to-left override: the legend would read differently from the name.
                "variants=2&v2.name=walk%E2%80%AEnim+02",
                "variants=2&v2.name=walk%E2%80%8B",
                "variants=2&shown=3",
                "variants=2&shown=0",
                "scale=huge")) {
            HttpResponse<String> r = post("/api/simulate", "example=" + WALKING + "&" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(list(map((r.body())).get("errors"))).as(bad).hasSize(1);
        }
        // Persian's zero width non-joiner is writing, not a trick.
        assertThat(post(
                                "/api/simulate",
                                "example=" + WALKING
                                        + "&variants=2&v2.name=%D9%85%DB%8C%E2%80%8C%D8%AE%D9%88%D8%A7%D9%87%D8%AF")
                        .statusCode())
                .isEqualTo(200);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The strings of a JSON array. */
    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("%s is an array", array).isTrue();
        return array.valueStream().map(JsonNode::asText).toList();
    }

    private static URI uri(String path) {
        return server.uri().resolve(path.substring(1));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@return the page's answer to a simulation, which must succeed (the body says why if not)} */
    private static JsonNode simulated(Map<String, String> values) throws IOException, InterruptedException {
        HttpResponse<String> r = post("/api/simulate", form(values));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String form(Map<String, String> values) {
        return new LinkedHashMap<>(values)
                .entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    /** The status of a request sent byte for byte as written: no client normalises the path first. */
    private static int rawStatus(String path) throws IOException {
        String response = rawRequest("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
