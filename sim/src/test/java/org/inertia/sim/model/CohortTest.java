package org.inertia.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cohort run in step over arrays gives each subject exactly what the same parameters give run
 * alone: the population engine and {@code inertia run} cannot drift apart.
 */
class CohortTest {

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** Parameter sets spread widely around the scenario's: every parameter moved by up to ±40 %. */
    private static ModelParameters[] cohort(Scenario scenario, int n, long seed) {
        Random random = new Random(seed);
        ModelParameters mean = scenario.modelParameters();
        ModelParameters[] cohort = new ModelParameters[n];
        for (int i = 0; i < n; i++) {
            ModelParameters p = mean;
            for (Parameter q : Parameter.values()) {
                double v = mean.get(q) * (0.6 + 0.8 * random.nextDouble());
                p = p.with(q, Math.max(q.min(), Math.min(q.max(), v)));
            }
            cohort[i] = p;
        }
        return cohort;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everySubjectOfACohortEqualsItsOwnRunBitForBit(Path file) throws Exception {
        Scenario scenario = ScenarioReader.read(file);
        List<Measure> measures = new ArrayList<>(List.of(
                Measure.OVERALL_STRENGTH,
                new Measure(Outcome.STRENGTH, MuscleGroup.KNEE_EXTENSORS),
                new Measure(Outcome.MASS, MuscleGroup.TRUNK_EXTENSORS)));
        int n = 37;
        ModelParameters[] cohort = cohort(scenario, n, file.getFileName().hashCode());
        int days = scenario.totalDays() + 1;
        float[][][] got = new float[measures.size()][days][];
        Simulator exact = Simulator.exact();
        exact.simulate(scenario, cohort, n, measures, (k, day, values, count) -> {
            assertThat(count).isEqualTo(n);
            got[k][day] = java.util.Arrays.copyOf(values, count);
        });
        for (int i = 0; i < n; i++) {
            Trajectory alone = exact.simulate(scenario, cohort[i]);
            for (int k = 0; k < measures.size(); k++) {
                for (int d = 0; d < days; d++) {
                    assertThat(got[k][d][i])
                            .as("subject %d, %s, day %d", i, measures.get(k).key(), d)
                            .isEqualTo((float) alone.percent(measures.get(k), d));
                }
            }
        }
    }

    @Test
    void theNumericalEngineHandsACohortTheSameValuesAsItsOwnRuns() throws Exception {
        Scenario scenario = ScenarioReader.read(Path.of("../scenarios/bed-rest-7d-then-walking.yaml"));
        List<Measure> measures = List.of(Measure.OVERALL_STRENGTH);
        ModelParameters[] cohort = cohort(scenario, 3, 5);
        Simulator ode = Simulator.ode();
        float[][] out = new float[1][scenario.totalDays() + 1];
        List<float[]> days = new ArrayList<>();
        ode.simulate(scenario, cohort, 3, measures, (k, day, values, count) -> days.add(values.clone()));
        for (int i = 0; i < 3; i++) {
            ode.simulate(scenario, cohort[i], measures, out);
            for (int d = 0; d < out[0].length; d++) {
                assertThat(days.get(d)[i]).isEqualTo(out[0][d]);
            }
        }
    }

    @Test
    void aCohortNeedsAtLeastOneSubjectAndNoMoreThanItHas() {
        Scenario scenario = org.inertia.sim.Protocols.scenario(
                org.inertia.sim.Protocols.healthy(30),
                org.inertia.sim.Protocols.phase(3, org.inertia.sim.scenario.Mobility.BED_REST));
        ModelParameters[] two = {scenario.modelParameters(), scenario.modelParameters()};
        assertThatThrownBy(() -> Simulator.exact()
                        .simulate(scenario, two, 0, List.of(Measure.OVERALL_STRENGTH), (k, d, v, c) -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Simulator.exact()
                        .simulate(scenario, two, 3, List.of(Measure.OVERALL_STRENGTH), (k, d, v, c) -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
