package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example in scenarios/ validates and runs through the command line, with every output. */
class ShippedScenariosTest {

    @TempDir
    Path dir;

    static Stream<Path> shipped() throws IOException {
        if (!Files.isDirectory(Cli.SHIPPED)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(Cli.SHIPPED)) {
            List<Path> yaml =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            return yaml.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void validatesAndRuns(Path scenario) throws IOException {
        Cli.Result valid = Cli.run("validate", scenario);
        assertThat(valid.exitCode()).as(valid.err()).isZero();

        Path png = dir.resolve("chart.png");
        Path csv = dir.resolve("data.csv");
        Path json = dir.resolve("data.json");
        Cli.Result r = Cli.run("run", scenario, "--chart", png, "--csv", csv, "--json", json);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.size(png)).isGreaterThan(10_000);
        JsonNode scenarios = new ObjectMapper().readTree(json.toFile()).get("scenarios");
        assertThat(scenarios).hasSize(1);
        // The six columns always; the unit columns after them only for a scenario with baselines (issue 13).
        boolean baselines = !scenarios.get(0).get("baselines").isEmpty();
        assertThat(Files.readAllLines(csv).get(0))
                .isEqualTo("scenario,day,measure,value,lower,upper"
                        + (baselines ? ",value_in_unit,lower_in_unit,upper_in_unit,unit" : ""));
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void odeEngineRunsToo(Path scenario) {
        assumeTrue(Files.isRegularFile(scenario));
        assertThat(Cli.run("run", scenario, "--engine", "ode").exitCode()).isZero();
    }
}
