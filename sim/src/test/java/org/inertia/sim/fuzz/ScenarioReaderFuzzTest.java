package org.inertia.sim.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioProblem;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.scenario.io.ScenarioWriter;

/**
 * Coverage-guided fuzzing of the scenario reader (Jazzer). In an ordinary test run it replays the
 * corpus kept in {@code src/test/resources/org/inertia/sim/fuzz/ScenarioReaderFuzzTestInputs/};
 * with {@code JAZZER_FUZZ=1} (the {@code fuzz} execution in sim/pom.xml, run by {@code mvn verify})
 * it explores new inputs for a bounded time. Any input that makes the reader throw anything but a
 * {@link ScenarioException}, produce a problem that is not one line, or accept a scenario that does
 * not simulate or round-trip is a crash; Jazzer saves it, and it becomes a corpus entry.
 */
class ScenarioReaderFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void readerEitherAcceptsOrExplains(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Scenario scenario;
        try {
            scenario = ScenarioReader.parse(text, Path.of("fuzz.yaml"));
        } catch (ScenarioException e) {
            for (ScenarioProblem p : e.problems()) {
                String line = p.format();
                if (line.contains("\n") || line.contains("\r")) {
                    throw new AssertionError("problem spans several lines: " + line);
                }
            }
            return;
        }
        Simulator.exact().simulate(scenario);
        try {
            Scenario again = ScenarioReader.parse(ScenarioWriter.toYaml(scenario), Path.of("again.yaml"));
            if (!again.equals(scenario)) {
                throw new AssertionError("write then read changed the scenario: " + scenario + " -> " + again);
            }
        } catch (ScenarioException e) {
            throw new AssertionError("the writer produced an unreadable file: " + e.getMessage(), e);
        }
    }
}
