package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.inertia.sim.measure.Measure;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(JsonWriter.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(JsonWriter.quote("line\nbreak\ttab\r")).isEqualTo("\"line\\nbreak\\ttab\\r\"");
        assertThat(JsonWriter.quote("bell\u0007")).isEqualTo("\"bell\\u0007\"");
        assertThat(JsonWriter.quote("sep\u2028")).isEqualTo("\"sep\\u2028\"");
    }

    @Test
    void keepsPairedSurrogatesAndReplacesLoneOnesIssue12() {
        assertThat(JsonWriter.quote("muscle \uD83D\uDCAA")).isEqualTo("\"muscle \uD83D\uDCAA\"");
        assertThat(JsonWriter.quote("lone \uD83D")).isEqualTo("\"lone \uFFFD\"");
        assertThat(JsonWriter.quote("\uDCAA\uD83D x")).isEqualTo("\"\uFFFD\uFFFD x\"");
    }

    @Test
    void writesAnEmptySeriesAndSummaryWhenNoMeasureIsAsked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JsonWriter.write("1.0", List.of(CsvWriterTest.trajectory("odd \"name\"\n", 2)), List.of(), out);

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"name\": \"odd \\\"name\\\"\\n\"", "\"summary\": {}", "\"series\": {}");
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
        assertThat(series).matches("\\s*\"strength.overall\": \\[100(, \\d+(\\.\\d{1,4})?){5}\\]");
    }
}
