package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.output.EvidenceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -} as a file name (issue 14): CSV and JSON to standard output, the scenario from standard
 * input; the command's text moves to standard error so that a pipe receives the data alone.
 */
class StandardStreamsTest {

    private static final Path SCENARIO = Cli.fixture("rest-then-walk.yaml");
    private static final byte[] NO_INPUT = new byte[0];
    private static final String SHORT_STAY = "Short stay";

    @TempDir
    Path dir;

    @Test
    void jsonToStandardOutputIsTheFileAndNothingElse() throws Exception {
        Path file = dir.resolve("r.json");
        Cli.Result toFile = Cli.run("run", SCENARIO, "--json", file);
        Cli.Result piped = Cli.runWithInput(NO_INPUT, "run", SCENARIO, "--json", "-");

        assertThat(piped.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(piped.out());
        assertThat(json.get("scenarios")).isNotNull();
        assertThat(piped.out()).isEqualTo(Files.readString(file));
        // The table is still shown, on standard error, and no "Wrote" line names the stream.
        assertThat(piped.err())
                .startsWith("Scenario: ")
                .contains("Knee extensors")
                .doesNotContain("Wrote");
        assertThat(toFile.out()).contains("Wrote " + file);
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void scenarioFromStandardInputAndCsvToStandardOutput() throws Exception {
        Path file = dir.resolve("r.csv");
        assertThat(Cli.run("run", SCENARIO, "--csv", file).exitCode()).isZero();

        Cli.Result piped = Cli.runWithInput(Files.readAllBytes(SCENARIO), "run", "-", "--csv", "-");

        assertThat(piped.exitCode()).isZero();
        assertThat(piped.outLines().get(0)).isEqualTo(CsvWriter.HEADER);
        assertThat(piped.out()).isEqualTo(Files.readString(file));
        assertThat(piped.err()).startsWith("Scenario: Rest, \"then\" walk");
    }

    @Test
    void aChartAndAFileBesideStandardOutputAreStillWritten() throws Exception {
        Path png = dir.resolve("c.png");
        Path csv = dir.resolve("c.csv");
        Cli.Result r = Cli.runWithInput(
                NO_INPUT,
                "compare",
                SCENARIO,
                Cli.fixture("short-stay.yaml"),
                "--json",
                "-",
                "--chart",
                png,
                "--csv",
                csv);

        assertThat(r.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("scenarios")).hasSize(2);
        assertThat(png).exists();
        assertThat(csv).exists();
        assertThat(r.err()).contains("Wrote " + png).contains("Wrote " + csv);
    }

    @Test
    void twoOutputsToStandardOutputAreRefused() {
        Cli.Result r = Cli.runWithInput(NO_INPUT, "run", SCENARIO, "--csv", "-", "--json", "-");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines().get(0))
                .isEqualTo(
                        "inertia: --json -: standard output is already taken by --csv -; name a file for one of them");
        assertThat(r.errLines()).hasSize(2);
    }

    @Test
    void aChartCannotGoToStandardOutput() {
        Cli.Result r = Cli.runWithInput(NO_INPUT, "run", SCENARIO, "--chart", "-");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines().get(0))
                .isEqualTo("inertia: --chart -: a chart cannot go to standard output; name a file");
    }

    @Test
    void problemsInStandardInputNameItStdin() {
        byte[] bad = "name: x\nsubject: {age: 40, sex: male}\nphases:\n  - {name: Bed, days: -3, mobility: bed-rest}\n"
                .getBytes(StandardCharsets.UTF_8);
        Cli.Result r = Cli.runWithInput(bad, "run", "-", "--csv", "-");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines())
                .singleElement()
                .asString()
                .startsWith("<stdin>:4:")
                .contains("phases[0].days");
    }

    @Test
    void standardInputCanBeReadOnlyOnce() {
        Cli.Result r = Cli.runWithInput(NO_INPUT, "compare", "-", "-");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).startsWith("inertia: -: standard input is named more than once");
        Cli.Result v = Cli.runWithInput(NO_INPUT, "validate", "-", "-");
        assertThat(v.exitCode()).isEqualTo(2);
    }

    @Test
    void compareAndValidateReadOneScenarioFromStandardInput() throws Exception {
        byte[] stdin = Files.readAllBytes(Cli.fixture("short-stay.yaml"));
        Cli.Result compare = Cli.runWithInput(stdin, "compare", SCENARIO, "-", "--csv", "-");
        assertThat(compare.exitCode()).isZero();
        assertThat(compare.outLines().get(0)).isEqualTo(CsvWriter.HEADER);
        assertThat(compare.outLines()).anyMatch(l -> l.startsWith("\"Rest, \"\"then\"\" walk\","));
        assertThat(compare.outLines()).anyMatch(l -> l.startsWith(SHORT_STAY + ","));
        Cli.Result validate = Cli.runWithInput(stdin, "validate", "-");
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).startsWith("<stdin>: ok (");
    }

    @Test
    void analysisCsvsGoToStandardOutput() {
        Cli.Result sweep = Cli.runWithInput(NO_INPUT, "sweep", SCENARIO, "--vary", "phases[0].days=3..5", "--csv", "-");
        assertThat(sweep.exitCode()).isZero();
        assertThat(sweep.outLines()).hasSize(4);
        assertThat(sweep.err()).contains("Scenario: ");

        Cli.Result sensitivity = Cli.runWithInput(NO_INPUT, "sensitivity", SCENARIO, "--csv", "-");
        assertThat(sensitivity.exitCode()).isZero();
        assertThat(sensitivity.outLines().get(0)).isEqualTo(CsvWriter.SENSITIVITY_HEADER);
    }

    @Test
    void evidenceWritesCsvOrJsonToStandardOutput() throws Exception {
        Cli.Result csv = Cli.runWithInput(NO_INPUT, "evidence", "--csv", "-");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.outLines().get(0)).isEqualTo(EvidenceWriter.CSV_HEADER);

        Cli.Result json = Cli.runWithInput(NO_INPUT, "evidence", "--json", "-");
        assertThat(json.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(json.out()).isObject()).isTrue();
    }
}
