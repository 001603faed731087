package org.inertia.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inertia.sim.evidence.EvidenceRow;
import org.inertia.sim.evidence.EvidenceSet;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.EnginesAgreeTest;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.scenario.io.ScenarioWriter;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in {@code scenarios/} is read, written back, and run by both engines (JSBSim's CheckScripts). */
class ExampleScenariosTest {

    static final Path SCENARIOS = Path.of("../scenarios");

    /** Katsura et al. 2010, calf strength after 8 weeks of water walking (E122). */
    private static final double LARGEST_PUBLISHED_GAIN_PERCENT = 35.6;

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastTenExamples() throws IOException {
        assertThat(examples().count()).isGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleIsValidRunsAndRoundTrips(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0))
                .as("a comment header saying what the file shows")
                .startsWith("#");
        Scenario s = ScenarioReader.read(file);
        assertThat(s.description()).isNotBlank();
        assertThat(ScenarioReader.parse(ScenarioWriter.toYaml(s), file)).isEqualTo(s);
        Trajectory t = Simulator.exact().simulate(s);
        assertThat(t.percent(Measure.OVERALL_STRENGTH, 0)).isEqualTo(100.0);
        // No example projects a gain beyond the largest one a published study in the evidence set
        // measured (Katsura 2010's calf, +35.6 %): a larger one would be an extrapolation. The bound
        // is fixed here; a larger published gain added to the evidence set fails this check until
        // the bound is reviewed.
        double ceiling = 100 + LARGEST_PUBLISHED_GAIN_PERCENT;
        assertThat(EvidenceSet.builtIn().rows().stream()
                        .mapToDouble(EvidenceRow::changePercent)
                        .max()
                        .orElseThrow())
                .isEqualTo(LARGEST_PUBLISHED_GAIN_PERCENT);
        for (Measure m : Trajectory.measures()) {
            for (int d = 0; d <= t.lastDay(); d++) {
                assertThat(t.percent(m, d)).as("%s on day %d", m, d).isFinite().isBetween(0.0, ceiling);
            }
        }
        EnginesAgreeTest.assertAgree(s);
    }
}
