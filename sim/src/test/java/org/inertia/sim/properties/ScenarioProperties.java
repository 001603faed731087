package org.inertia.sim.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Fitness;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.SetDose;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.scenario.io.ScenarioWriter;
import org.inertia.sim.trajectory.Trajectory;

/** Properties over random valid scenarios and random mutations of valid files. */
class ScenarioProperties {

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<MuscleGroup>> muscles =
                Arbitraries.of(MuscleGroup.SIMULATED).set().ofMaxSize(3).map(List::copyOf);
        Arbitrary<Exercise> timed = Combinators.combine(
                        Arbitraries.of(Activity.class),
                        Arbitraries.doubles().between(1, 480).ofScale(2),
                        Arbitraries.integers().between(1, 14),
                        Arbitraries.of(Intensity.class),
                        muscles)
                .as((a, minutes, perWeek, intensity, m) ->
                        new Exercise(a, minutes, perWeek, intensity, Optional.empty(), m));
        Arbitrary<Exercise> bySets = Combinators.combine(
                        Arbitraries.integers().between(1, 20),
                        Arbitraries.integers().between(1, 100),
                        Arbitraries.doubles().between(20, 100).ofScale(1),
                        Arbitraries.integers().between(1, 14),
                        muscles)
                .as((sets, reps, load, perWeek, m) -> Exercise.resistance(new SetDose(sets, reps, load), perWeek, m));
        Arbitrary<Exercise> exercise = Arbitraries.oneOf(timed, bySets);
        Arbitrary<Phase> phase = Combinators.combine(
                        Arbitraries.strings().ofMaxLength(30).filter(ScenarioProperties::printable),
                        Arbitraries.integers().between(1, 200),
                        Arbitraries.of(Mobility.class),
                        exercise.list().ofMaxSize(3))
                .as((name, days, mobility, ex) -> new Phase(name.isBlank() ? "P" : name.strip(), days, mobility, ex));
        Arbitrary<Subject> subject = Combinators.combine(
                        Arbitraries.integers().between(18, 100),
                        Arbitraries.of(Sex.class).injectNull(0.2),
                        Arbitraries.of(Condition.class),
                        Arbitraries.of(Fitness.class))
                .as(Subject::new);
        return Combinators.combine(
                        Arbitraries.strings()
                                .alpha()
                                .numeric()
                                .withChars(' ', '"', ':', '#', '\'', 'é', '-')
                                .ofMinLength(1)
                                .ofMaxLength(40)
                                .filter(s -> !s.isBlank()),
                        subject,
                        phase.list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.of(Preset.class))
                .as((name, s, phases, preset) -> new Scenario(name.strip(), "", s, phases, preset, Map.of()));
    }

    /**
     * Whether a name is one that a file may hold: no control character but tab, no lone
     * surrogate, no noncharacter (issue 12).
     */
    static boolean printable(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < name.length()
                        && Character.isLowSurrogate(name.charAt(i + 1));
                if (!paired) {
                    return false;
                }
                int cp = Character.toCodePoint(c, name.charAt(++i));
                if ((cp & 0xFFFE) == 0xFFFE) {
                    return false;
                }
            } else if ((Character.isISOControl(c) && c != '\t')
                    || (c & 0xFFFE) == 0xFFFE
                    || (c >= 0xFDD0 && c <= 0xFDEF)) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 200)
    void simulationStaysFiniteAndWithinBounds(@ForAll("scenarios") Scenario scenario) {
        Trajectory t = Simulator.exact().simulate(scenario);
        ModelParameters p = scenario.modelParameters();
        double ceiling = 100 * (1 + p.get(Parameter.MASS_GAIN_HEADROOM)) * (1 + p.get(Parameter.NEURAL_GAIN_HEADROOM));
        for (Measure m : Trajectory.measures()) {
            for (int d = 0; d <= t.lastDay(); d++) {
                assertThat(t.percent(m, d)).isFinite().isBetween(0.0, ceiling + 1e-9);
            }
        }
    }

    @Property(tries = 200)
    void writeThenReadIsTheIdentity(@ForAll("scenarios") Scenario scenario) throws ScenarioException {
        assertThat(ScenarioReader.parse(ScenarioWriter.toYaml(scenario), Path.of("p.yaml")))
                .isEqualTo(scenario);
    }

    @Property(tries = 500)
    void mutatedFilesAreAcceptedOrRejectedAsUserErrorsNeverCrash(
            @ForAll("scenarios") Scenario scenario,
            @ForAll @IntRange(min = 0, max = 10_000) int position,
            @ForAll("junk") String junk,
            @ForAll @IntRange(min = 0, max = 3) int kind) {
        String yaml = ScenarioWriter.toYaml(scenario);
        int at = position % (yaml.length() + 1);
        String mutated =
                switch (kind) {
                    case 0 -> yaml.substring(0, at) + junk + yaml.substring(at);
                    case 1 -> yaml.substring(0, at) + yaml.substring(Math.min(yaml.length(), at + junk.length()));
                    case 2 -> yaml.substring(0, at)
                            + junk
                            + yaml.substring(Math.min(yaml.length(), at + junk.length()));
                    default -> yaml.substring(0, at);
                };
        try {
            Scenario s = ScenarioReader.parse(mutated, Path.of("m.yaml"));
            Simulator.exact().simulate(s);
        } catch (ScenarioException e) {
            assertThat(e.problems()).isNotEmpty();
            e.problems().forEach(p -> assertThat(p.format()).doesNotContain("\n"));
        }
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        ":",
                        "- ",
                        "\t",
                        "&a ",
                        "*a",
                        "{",
                        "[",
                        "]",
                        "}",
                        "\"",
                        "'",
                        "#",
                        "---\n",
                        "? ",
                        "!!int ",
                        "\n  ",
                        ".nan",
                        "-1",
                        "1e999",
                        "0x10",
                        "\u0000",
                        "\uFEFF",
                        "days: 3\n",
                        "\r\n",
                        "|\n",
                        ">\n"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(5));
    }

    @Property(tries = 50)
    void moreDaysOfBedRestNeverRaiseStrength(
            @ForAll @IntRange(min = 1, max = 120) int days, @ForAll @IntRange(min = 18, max = 100) int age) {
        Subject s = new Subject(age, null, Condition.HEALTHY);
        Trajectory shorter = Simulator.exact()
                .simulate(Scenario.of(
                        "a",
                        s,
                        List.of(
                                new Phase("b", days, Mobility.BED_REST, List.of()),
                                new Phase("n", 30, Mobility.NORMAL, List.of()))));
        Trajectory longer = Simulator.exact()
                .simulate(Scenario.of(
                        "a",
                        s,
                        List.of(
                                new Phase("b", days + 1, Mobility.BED_REST, List.of()),
                                new Phase("n", 29, Mobility.NORMAL, List.of()))));
        for (Measure m : Trajectory.measures()) {
            assertThat(longer.percent(m, days + 30)).isLessThanOrEqualTo(shorter.percent(m, days + 30) + 1e-12);
        }
    }
}
