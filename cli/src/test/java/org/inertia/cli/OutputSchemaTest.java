package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON that {@code run} and {@code compare} write validates against the published schema,
 * docs/output.schema.json (issue 14), for a single run, a population, the model's uncertainty,
 * {@code --recovered-at} and a comparison; and the schema is strict enough to refuse a wrong one.
 */
class OutputSchemaTest {

    private static final Path SCHEMA_FILE = Path.of("..", "docs", "output.schema.json");
    private static final Path WALK = Cli.SHIPPED.resolve("bed-rest-7d-then-walking.yaml");
    private static final Path BRACE = Cli.SHIPPED.resolve("lumbar-brace-4w.yaml");
    private static final Path ICU = Cli.SHIPPED.resolve("icu-week.yaml");
    private static final Path GRIP = Cli.SHIPPED.resolve("older-patient-grip-kg.yaml");
    private static Schema schema;

    @TempDir
    Path dir;

    private static final Path FITNESS = Cli.fixture("fitness-and-bone-baselines.yaml");

    @BeforeAll
    static void load() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA_FILE), InputFormat.JSON);
    }

    static Stream<List<Object>> runs() {
        return Stream.of(
                List.of("run", WALK),
                List.of("run", ICU, "--recovered-at", "95,100"),
                List.of("run", WALK, "--subjects", 300, "--seed", 1, "-q"),
                List.of("run", BRACE, "--uncertainty", "--seed", 2, "-q", "--measure", "strength.trunk_extensors"),
                List.of("compare", WALK, BRACE, ICU),
                List.of("compare", WALK, ICU, "--subjects", 200, "--seed", 3, "-q"),
                List.of("compare", WALK, GRIP, "--recovered-at", "95,100"),
                List.of("run", GRIP, "--subjects", 100, "--seed", 4, "-q"),
                // Aerobic capacity and bone, named and with baselines in their own units.
                List.of(
                        "run",
                        FITNESS,
                        "--measure",
                        "vo2max",
                        "--measure",
                        "bmd.total_hip",
                        "--measure",
                        "bmd.lumbar_spine"),
                List.of("run", FITNESS, "--measure", "vo2max", "--subjects", 100, "--seed", 5, "-q"),
                List.of("compare", FITNESS, WALK, "--measure", "bmd.calcaneus"));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void everyKindOfRunWritesJsonThatTheSchemaAccepts(List<Object> args) throws IOException {
        Path json = dir.resolve("out.json");
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of("--json", json));

        Cli.Result r = Cli.run(all.toArray());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(schema.validate(Files.readString(json), InputFormat.JSON))
                .as("errors for %s", args)
                .isEmpty();
    }

    @Test
    void theSchemaRefusesADocumentWithoutUnitsOrWithAnUnknownRecoveryWord() throws IOException {
        Path json = dir.resolve("out.json");
        Cli.run("run", WALK, "--json", json);
        ObjectMapper mapper = new ObjectMapper();

        ObjectNode noUnits = (ObjectNode) mapper.readTree(json.toFile());
        noUnits.remove("units");
        ObjectNode badWord = (ObjectNode) mapper.readTree(json.toFile());
        ((ObjectNode) badWord.at("/scenarios/0/summary/strength.overall")).put("recovery", "soon");
        ObjectNode backWithoutDay = (ObjectNode) mapper.readTree(json.toFile());
        ObjectNode summary = (ObjectNode) backWithoutDay.at("/scenarios/0/summary/strength.overall");
        summary.put("recovery", "back");
        summary.putNull("recoveryDay");

        assertThat(schema.validate(mapper.writeValueAsString(noUnits), InputFormat.JSON))
                .isNotEmpty();
        assertThat(schema.validate(mapper.writeValueAsString(badWord), InputFormat.JSON))
                .isNotEmpty();
        assertThat(schema.validate(mapper.writeValueAsString(backWithoutDay), InputFormat.JSON))
                .isNotEmpty();
    }
}
