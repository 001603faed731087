package org.inertia.bench;

import java.nio.file.Path;
import java.util.List;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.scenario.io.ScenarioWriter;

/** The scenarios the benchmarks run: one year, every kind of phase. */
final class Fixtures {

    private Fixtures() {}

    /** One year: 14 days of bed rest, 4 weeks of walking rehabilitation, then normal life. */
    static Scenario oneYear() {
        return Scenario.of(
                "one year",
                new Subject(60, null, Condition.HEALTHY),
                List.of(
                        new Phase("Bed rest", 14, Mobility.BED_REST, List.of()),
                        new Phase(
                                "Rehabilitation",
                                28,
                                Mobility.NORMAL,
                                List.of(
                                        new Exercise(Activity.WALKING, 30, 7, Intensity.MODERATE),
                                        new Exercise(Activity.RESISTANCE, 20, 2, Intensity.MODERATE))),
                        new Phase("Normal life", 323, Mobility.NORMAL, List.of())));
    }

    /** The one-year scenario as YAML text. */
    static String oneYearYaml() {
        return ScenarioWriter.toYaml(oneYear());
    }

    static Scenario parse(String yaml) {
        try {
            return ScenarioReader.parse(yaml, Path.of("bench.yaml"));
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }
}
