package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Mobility;
import org.junit.jupiter.api.Test;

class ListCommandTest {

    @Test
    void presetsShowKeywordTitleClaimPopulationAndSource() {
        Cli.Result r = Cli.run("list", "presets");

        assertThat(r.exitCode()).isZero();
        for (Preset p : Preset.values()) {
            assertThat(r.out()).contains(p.keyword() + ": " + p.title(), p.claim(), p.population(), p.source());
        }
    }

    @Test
    void activitiesShowDescriptionAndLoadPerGroup() {
        Cli.Result r = Cli.run("list", "activities");

        assertThat(r.exitCode()).isZero();
        for (Activity a : Activity.values()) {
            assertThat(r.out()).contains(a.keyword(), a.description());
        }
        assertThat(r.out()).contains("usual load (0-1; muscles: names its own): knee_extensors ", "MET: light ");
    }

    @Test
    void mobilityGroupsAndMeasuresAreComplete() {
        String mobility = Cli.run("list", "mobility").out();
        String groups = Cli.run("list", "groups").out();
        String measures = Cli.run("list", "measures").out();

        for (Mobility m : Mobility.values()) {
            assertThat(mobility).contains(m.keyword(), m.description());
        }
        for (MuscleGroup g : MuscleGroup.values()) {
            assertThat(groups).contains(g.key(), g.label());
        }
        for (Measure m : Measure.all()) {
            assertThat(measures).contains("  " + m.key() + " ");
        }
    }

    @Test
    void parametersShowDefaultUnitRangeAndSource() {
        Cli.Result r = Cli.run("list", "parameters");

        assertThat(r.exitCode()).isZero();
        for (Parameter p : Parameter.values()) {
            String line = r.outLines().stream()
                    .filter(l -> l.startsWith("  " + p.key() + " = "))
                    .findFirst()
                    .orElseThrow();
            String[] words = line.strip().split(" ");
            // "key = value unit (range min to max)": the value is the default preset's.
            assertThat(Double.parseDouble(words[2]))
                    .isEqualTo(Preset.DEFAULT.parameters().get(p));
            assertThat(words[3]).isEqualTo(p.unit());
            assertThat(Double.parseDouble(words[5])).isEqualTo(p.min());
            assertThat(Double.parseDouble(words[7].replace(")", ""))).isEqualTo(p.max());
            assertThat(r.out()).contains(p.description(), "source: " + p.source());
        }
    }

    @Test
    void withoutASectionEverySectionIsListed() {
        Cli.Result r = Cli.run("list");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Activities", "Mobility", "Presets", "Muscle groups", "Measures", "Parameters");
    }

    @Test
    void unknownSectionIsAUsageErrorWithASuggestion() {
        Cli.Result r = Cli.run("list", "preset");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0))
                .isEqualTo("inertia: unknown section 'preset' (did you mean 'presets'? allowed:"
                        + " activities, mobility, presets, groups, measures, parameters)");
        assertThat(r.errLines().get(1)).startsWith("Try 'inertia list --help'");
    }
}
