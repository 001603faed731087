package org.inertia.cli.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inertia.cli.output.NumberText;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;

/**
 * A scenario described in plain words, for readers who will not open the YAML: who the person is,
 * and what each phase is (how long, how mobile, which exercise). Returns plain text; the caller
 * escapes it.
 */
public final class ScenarioWords {

    private ScenarioWords() {}

    /**
     * {@return the person in words: "A 45-year-old woman, healthy."}
     *
     * @param subject the simulated person
     */
    public static String subject(Subject subject) {
        String who = subject.sex() == null ? "person" : subject.sex() == Sex.FEMALE ? "woman" : "man";
        String health = Words.condition(subject.condition());
        return "A " + subject.ageYears() + "-year-old " + who + ", " + health + ".";
    }

    /**
     * {@return each phase in words, in order: "Days 0–7, Bed rest (7 days): whole-body bed rest
     * ...; no exercise."}
     *
     * @param scenario the scenario
     */
    public static List<String> phases(Scenario scenario) {
        List<String> lines = new ArrayList<>();
        int[] starts = scenario.phaseStartDays();
        for (int i = 0; i < scenario.phases().size(); i++) {
            Phase p = scenario.phases().get(i);
            StringBuilder sb = new StringBuilder();
            sb.append("Days ")
                    .append(starts[i])
                    .append('\u2013')
                    .append(starts[i] + p.days())
                    .append(", ")
                    .append(p.name())
                    .append(" (")
                    .append(Words.duration(p.days()))
                    .append("): ")
                    .append(mobility(p.mobility()))
                    .append("; ");
            if (p.exercise().isEmpty()) {
                sb.append("no exercise.");
            } else {
                List<String> exercise = new ArrayList<>();
                for (Exercise e : p.exercise()) {
                    exercise.add(Words.exercise(e));
                }
                sb.append(String.join(", and ", exercise)).append('.');
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    /**
     * {@return the model in words when it is not the default: the preset's claim and any
     * parameter overrides; empty for the default model without overrides}
     *
     * @param scenario the scenario
     */
    public static String model(Scenario scenario) {
        List<String> parts = new ArrayList<>();
        if (scenario.preset() != Preset.DEFAULT) {
            parts.add("Model: " + scenario.preset().title() + ". "
                    + scenario.preset().claim() + " Describes: "
                    + scenario.preset().population() + ".");
        }
        if (!scenario.parameters().isEmpty()) {
            List<String> overrides = new ArrayList<>();
            for (Map.Entry<Parameter, Double> e : scenario.sortedParameters().entrySet()) {
                overrides.add(e.getKey().key() + " = " + NumberText.plain(e.getValue()) + " "
                        + e.getKey().unit());
            }
            parts.add("Parameters changed from the default: " + String.join(", ", overrides) + ".");
        }
        return String.join(" ", parts);
    }

    private static String mobility(Mobility mobility) {
        return switch (mobility) {
            case BED_REST -> "in bed all day, the antigravity muscles of the whole body unloaded";
            case LEG_CAST -> "one leg in a cast or locked brace (the leg simulated)";
            case LIMB_SUSPENSION -> "one leg kept off the ground on crutches, joints free (the leg simulated)";
            case LUMBAR_BRACE -> "a lumbar brace worn through the day, the trunk muscles partly unloaded";
            case SEDENTARY -> "very little walking (about 1,500 steps a day), sitting most of the day";
            case NORMAL -> "ordinary daily activity";
        };
    }
}
