package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.inertia.sim.measure.Measure;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(JsonMapping.text("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(JsonMapping.text("line\nbreak\ttab\r")).isEqualTo("\"line\\nbreak\\ttab\\r\"");
        assertThat(JsonMapping.text("bell\u0007")).isEqualTo("\"bell\\u0007\"");
        assertThat(JsonMapping.text("sep\u2028 par\u2029")).isEqualTo("\"sep\\u2028 par\\u2029\"");
    }

    @Test
    void keepsPairedSurrogatesAndReplacesLoneOnesIssue12() {
        assertThat(JsonMapping.text("muscle \uD83D\uDCAA")).isEqualTo("\"muscle \uD83D\uDCAA\"");
        assertThat(JsonMapping.text("lone \uD83D")).isEqualTo("\"lone \uFFFD\"");
        assertThat(JsonMapping.text("\uDCAA\uD83D x")).isEqualTo("\"\uFFFD\uFFFD x\"");
        assertThat(JsonMapping.text(Map.of("k", List.of("\uD83D")))).isEqualTo("{\"k\":[\"\uFFFD\"]}");
    }

    @Test
    void numbersArePlainDecimalsAndUndefinedOnesNullIssue14() {
        assertThat(JsonMapping.text(List.of(100.0, 0.30000000000000004, 1e-7, Double.NaN, 7, 2.5f)))
                .isEqualTo("[100,0.30000000000000004,0.0000001,null,7,2.5]");
        assertThat(JsonMapping.data(99.123456)).hasToString("99.1235");
        assertThat(JsonMapping.data(100.0).toPlainString()).isEqualTo("100");
        assertThat(JsonMapping.text(List.of(JsonMapping.data(100.0), JsonMapping.exact(1500.0))))
                .isEqualTo("[100,1500]");
        assertThat(JsonMapping.dataOrNull(Double.NaN)).isNull();
        assertThat(JsonMapping.text(java.util.Optional.empty())).isEqualTo("null");
        assertThat(JsonMapping.text(java.util.Optional.of("x"))).isEqualTo("\"x\"");
    }

    @Test
    void writesAnEmptySeriesAndSummaryWhenNoMeasureIsAsked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JsonWriter.write("1.0", List.of(CsvWriterTest.trajectory("odd \"name\"\n", 2)), List.of(), out);

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"name\": \"odd \\\"name\\\"\\n\"", "\"summary\": {}", "\"series\": {}");
        JsonNode s = new ObjectMapper().readTree(json).get("scenarios").get(0);
        assertThat(s.get("name").asText()).isEqualTo("odd \"name\"\n");
        assertThat(s.has("population")).as("only population runs have it").isFalse();
        assertThat(json).endsWith("}\n");
    }

    @Test
    void valuesHaveAtMostFourDecimals() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JsonWriter.write("1.0", List.of(CsvWriterTest.trajectory("x", 5)), List.of(Measure.OVERALL_STRENGTH), out);

        String series = out.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.contains("\"strength.overall\": ["))
                .findFirst()
                .orElseThrow();
        assertThat(series).matches("\\s*\"strength.overall\": \\[100(, \\d+(\\.\\d{1,4})?){5}\\],?");
    }
}
