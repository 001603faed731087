package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.output.EvidenceWriter;
import org.inertia.sim.parameters.Parameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/data-formats.md against real outputs (issue 14): every CSV column and every JSON field
 * that a command writes is documented there, and the JSON states its units.
 */
class DataFormatsTest {

    private static final Path DOC = Path.of("..", "docs", "data-formats.md");
    private static final Path SCENARIO = Cli.fixture("rest-then-walk.yaml");
    private static final byte[] NO_INPUT = new byte[0];

    /** Objects whose keys are names (measures, parameters, categories), not fields: their values are walked. */
    private static final Set<String> NAMED_ENTRIES = Set.of(
            "summary",
            "series",
            "lower",
            "upper",
            "parameters",
            "overrides",
            "statistics",
            "baselines",
            "seriesInUnit",
            "lowerInUnit",
            "upperInUnit");

    private static String doc;

    @BeforeAll
    static void read() throws IOException {
        doc = Files.readString(DOC);
    }

    @Test
    void everyCsvColumnIsDocumented() {
        List<String> columns = new ArrayList<>();
        for (String header : List.of(
                CsvWriter.HEADER,
                CsvWriter.UNIT_COLUMNS.substring(1),
                CsvWriter.SENSITIVITY_HEADER,
                CsvWriter.GLOBAL_SENSITIVITY_HEADER,
                EvidenceWriter.CSV_HEADER)) {
            columns.addAll(List.of(header.split(",")));
            assertThat(doc).as("the header line").contains("`" + header + "`");
        }
        Cli.Result sweep = Cli.runWithInput(NO_INPUT, "sweep", SCENARIO, "--vary", "phases[0].days=3..4", "--csv", "-");
        assertThat(sweep.exitCode()).isZero();
        List<String> sweepColumns = List.of(sweep.outLines().get(0).split(","));
        columns.addAll(sweepColumns.subList(1, sweepColumns.size()));
        for (String column : columns) {
            assertThat(doc).as("column %s", column).contains("`" + column + "`");
        }
    }

    @Test
    void everyJsonFieldOfEveryCommandIsDocumented() throws IOException {
        List<JsonNode> outputs = List.of(
                json("run", SCENARIO, "--json", "-"),
                json("run", SCENARIO, "--subjects", 50, "--json", "-"),
                json("run", Cli.SHIPPED.resolve("older-patient-grip-kg.yaml"), "--json", "-"),
                json("run", Cli.SHIPPED.resolve("older-patient-grip-kg.yaml"), "--subjects", 50, "--json", "-"),
                json("compare", SCENARIO, Cli.fixture("short-stay.yaml"), "--uncertainty", "--json", "-"),
                json("evidence", "--json", "-"));
        List<String> fields = new ArrayList<>();
        for (JsonNode output : outputs) {
            collect(output, false, fields);
        }
        assertThat(fields).contains("lowest", "daysToRecover", "notBackShare", "recovery", "withinSpread");
        for (String field : fields) {
            assertThat(doc).as("field %s", field).contains("`" + field + "`");
        }
    }

    @Test
    void jsonStatesItsUnits() throws IOException {
        JsonNode run = json("run", SCENARIO, "--json", "-");
        assertThat(run.at("/units/values").asText()).startsWith("percent of the subject's own baseline");
        assertThat(run.at("/units/day").asText()).contains("day 0 = baseline");
        for (Parameter p : Parameter.values()) {
            assertThat(run.at("/units/parameters/" + p.key()).asText()).isEqualTo(p.unit());
        }
        JsonNode evidence = json("evidence", "--json", "-");
        assertThat(evidence.at("/units/difference").asText()).startsWith("percentage points");
    }

    /** Issue 14: a null recovery day meant both "never below 95 %" and "not back"; now a field says which. */
    @Test
    void recoverySaysWhyItsDayIsMissing() throws IOException {
        JsonNode walk = json("run", SCENARIO, "--json", "-").at("/scenarios/0/summary");
        assertThat(walk.at("/strength.knee_extensors/recovery").asText()).isEqualTo("back");
        assertThat(walk.at("/strength.knee_extensors/recoveryDay").isInt()).isTrue();
        assertThat(walk.at("/strength.handgrip/recovery").asText()).isEqualTo("never-below");
        assertThat(walk.at("/strength.handgrip/recoveryDay").isNull()).isTrue();
        JsonNode shortStay =
                json("run", Cli.fixture("short-stay.yaml"), "--json", "-").at("/scenarios/0/summary");
        assertThat(shortStay.at("/strength.knee_extensors/recovery").asText()).isEqualTo("not-back");
        assertThat(shortStay.at("/strength.knee_extensors/recoveryDay").isNull())
                .isTrue();
        assertThat(walk.at("/strength.knee_extensors/recoveryThreshold").asDouble())
                .isEqualTo(95.0);
    }

    private static JsonNode json(Object... args) throws IOException {
        Cli.Result r = Cli.runWithInput(NO_INPUT, args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    /** The field names of a document; the keys of objects that map names to values are skipped. */
    private static void collect(JsonNode node, boolean namedEntries, List<String> fields) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!namedEntries) {
                    fields.add(e.getKey());
                }
                boolean named = !namedEntries && NAMED_ENTRIES.contains(e.getKey());
                if (!(e.getKey().equals("units") && !namedEntries)) {
                    collect(e.getValue(), named, fields);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, false, fields));
        }
    }
}
