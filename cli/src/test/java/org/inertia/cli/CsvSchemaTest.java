package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --csv-schema} (issue 14): the Frictionless table schema of the daily-values CSV names its
 * columns as the header does, states their units and, with a band, which percentiles {@code value},
 * {@code lower} and {@code upper} are.
 */
class CsvSchemaTest {

    private static final Path SCENARIO = Cli.fixture("rest-then-walk.yaml");
    private static final Path GRIP = Cli.SHIPPED.resolve("older-patient-grip-kg.yaml");
    private static final byte[] NO_INPUT = new byte[0];

    @TempDir
    Path dir;

    @Test
    void aSingleRunHasNoBandAndPercentOfBaselineValues() throws IOException {
        JsonNode schema = run("run", SCENARIO);

        assertThat(schema.get("band").isNull()).isTrue();
        assertThat(schema.get("missingValues").toString()).isEqualTo("[\"\"]");
        assertThat(schema.get("primaryKey").toString()).isEqualTo("[\"scenario\",\"day\",\"measure\"]");
        JsonNode day = field(schema, "day");
        assertThat(day.get("type").asText()).isEqualTo("integer");
        assertThat(day.get("unit").asText()).isEqualTo("d");
        assertThat(day.at("/constraints/minimum").asInt()).isZero();
        assertThat(day.at("/constraints/required").asBoolean()).isTrue();
        assertThat(field(schema, "scenario").get("type").asText()).isEqualTo("string");
        assertThat(field(schema, "measure").at("/constraints/enum").toString()).contains("\"strength.knee_extensors\"");
        for (String name : List.of("value", "lower", "upper")) {
            JsonNode f = field(schema, name);
            assertThat(f.get("type").asText()).isEqualTo("number");
            assertThat(f.get("unit").asText()).isEqualTo("% of baseline");
            assertThat(f.get("description").asText()).isNotBlank();
            assertThat(f.has("percentile")).as(name).isFalse();
        }
        assertThat(field(schema, "value").at("/constraints/required").asBoolean())
                .isTrue();
        // Empty for a single run: not required.
        assertThat(field(schema, "lower").has("constraints")).isFalse();
    }

    @Test
    void aPopulationRunSaysWhichPercentilesTheBandIs() throws IOException {
        JsonNode schema = run("run", SCENARIO, "--subjects", 50, "--seed", 3, "-q", "--band", "10,90");

        JsonNode band = schema.get("band");
        assertThat(band.get("value").asText()).isEqualTo("median");
        assertThat(band.get("valuePercentile").asDouble()).isEqualTo(50);
        assertThat(band.get("lowerPercentile").asDouble()).isEqualTo(10);
        assertThat(band.get("upperPercentile").asDouble()).isEqualTo(90);
        assertThat(field(schema, "value").get("percentile").asDouble()).isEqualTo(50);
        assertThat(field(schema, "lower").get("percentile").asDouble()).isEqualTo(10);
        assertThat(field(schema, "upper").get("percentile").asDouble()).isEqualTo(90);
        assertThat(field(schema, "lower").at("/constraints/required").asBoolean())
                .isTrue();
        assertThat(field(schema, "measure").at("/constraints/enum").toString()).contains("\"strength.overall\"");
    }

    @Test
    void theDefaultBandIsTheFifthToTheNinetyFifthPercentile() throws IOException {
        JsonNode schema = run("compare", SCENARIO, Cli.fixture("short-stay.yaml"), "--uncertainty", "--seed", 3, "-q");

        assertThat(schema.at("/band/lowerPercentile").asDouble()).isEqualTo(5);
        assertThat(schema.at("/band/upperPercentile").asDouble()).isEqualTo(95);
    }

    @Test
    void recoveryColumnsAreWholeDaysWithTheirThreshold() throws IOException {
        JsonNode schema = run("run", SCENARIO, "--recovered-at", "95,100");

        for (String threshold : List.of("95", "100")) {
            JsonNode f = field(schema, "days_to_" + threshold);
            assertThat(f.get("type").asText()).isEqualTo("integer");
            assertThat(f.get("unit").asText()).isEqualTo("d");
            assertThat(f.get("recoveryThreshold").asDouble()).isEqualTo(Double.parseDouble(threshold));
            assertThat(f.at("/constraints/minimum").asInt()).isZero();
            assertThat(f.at("/constraints/required").isMissingNode()).isTrue();
        }
    }

    @Test
    void columnsInTheBaselinesUnitsNameTheirUnit() throws IOException {
        JsonNode one = run("run", GRIP, "--measure", "strength.handgrip");
        JsonNode several = run("compare", SCENARIO, GRIP, "--recovered-at", "95,100");

        for (String name : List.of("value_in_unit", "lower_in_unit", "upper_in_unit")) {
            assertThat(field(one, name).get("unit").asText()).isEqualTo("kg");
            assertThat(field(one, name).get("unitField").asText()).isEqualTo("unit");
            // kg and N·m in one file: the row's unit column says which.
            assertThat(field(several, name).has("unit")).isFalse();
            assertThat(field(several, name).get("unitField").asText()).isEqualTo("unit");
        }
        assertThat(field(one, "unit").get("type").asText()).isEqualTo("string");
    }

    @Test
    void theSchemaAndTheCsvGoToStandardOutputInTurn() throws IOException {
        Path csv = dir.resolve("r.csv");
        Path schema = dir.resolve("r.schema.json");
        assertThat(Cli.run("run", SCENARIO, "--csv", csv, "--csv-schema", schema)
                        .exitCode())
                .isZero();

        Cli.Result schemaOut = Cli.runWithInput(NO_INPUT, "run", SCENARIO, "--csv", csv, "--csv-schema", "-");
        Cli.Result both = Cli.runWithInput(NO_INPUT, "run", SCENARIO, "--csv", "-", "--csv-schema", "-");

        assertThat(schemaOut.exitCode()).isZero();
        assertThat(schemaOut.out()).isEqualTo(Files.readString(schema));
        assertThat(schemaOut.err()).startsWith("Scenario: ");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--csv-schema -: standard output is already taken by --csv -");
        assertThat(both.out()).isEmpty();
    }

    @Test
    void aSchemaWithoutTheCsvIsRefusedAndNothingIsWritten() {
        Path schema = dir.resolve("s.json");
        Path json = dir.resolve("r.json");

        Cli.Result r = Cli.run("run", SCENARIO, "--csv-schema", schema, "--json", json);
        Cli.Result compare = Cli.run("compare", SCENARIO, SCENARIO, "--csv-schema", schema);

        for (Cli.Result result : List.of(r, compare)) {
            assertThat(result.exitCode()).isEqualTo(2);
            // One line says it (then picocli's usual pointer to --help).
            assertThat(result.errLines().get(0))
                    .isEqualTo("inertia: --csv-schema describes the file of --csv; add --csv FILE (or --csv -)");
        }
        assertThat(schema).doesNotExist();
        assertThat(json).doesNotExist();
    }

    /**
     * Runs a command with {@code --csv} and {@code --csv-schema}, checks that the schema's field
     * names are the CSV's header, and returns the schema.
     */
    private JsonNode run(Object... args) throws IOException {
        Path csv = Files.createTempFile(dir, "daily", ".csv");
        Path schemaFile = dir.resolve(csv.getFileName() + ".schema.json");
        List<Object> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--csv", csv, "--csv-schema", schemaFile));
        Cli.Result r = Cli.run(all.toArray());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode schema = new ObjectMapper().readTree(schemaFile.toFile());
        List<String> names = new ArrayList<>();
        schema.get("fields").forEach(f -> names.add(f.get("name").asText()));
        List<List<String>> rows = Csv.records(csv);
        assertThat(names).isEqualTo(rows.get(0));
        List<String> measures = new ArrayList<>();
        field(schema, "measure").at("/constraints/enum").forEach(m -> measures.add(m.asText()));
        assertThat(measures)
                .isEqualTo(rows.subList(1, rows.size()).stream()
                        .map(row -> row.get(2))
                        .distinct()
                        .toList());
        return schema;
    }

    private static JsonNode field(JsonNode schema, String name) {
        for (JsonNode f : schema.get("fields")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name + " in " + schema);
    }
}
