package org.inertia.sim.scenario.io;

import java.math.BigDecimal;
import java.util.Map;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Fitness;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.SetDose;

/**
 * Writes a scenario as YAML that {@link ScenarioReader} reads back to an equal scenario, for every
 * scenario the reader could have produced: its names and descriptions are what a file may hold
 * (a one-line, printable, non-empty name of at most 10,000 characters; phase names given), and its
 * parameter overrides numbers of ordinary size. Text is always double-quoted with JSON escapes, so
 * any such name or description survives the round trip. A scenario built in code beyond those
 * limits (a name with a line break) is written, but the reader refuses the file, naming the field.
 */
public final class ScenarioWriter {

    private ScenarioWriter() {}

    /**
     * {@return the scenario as YAML text}
     *
     * @param scenario the scenario
     */
    public static String toYaml(Scenario scenario) {
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(quote(scenario.name())).append('\n');
        if (!scenario.description().isEmpty()) {
            y.append("description: ").append(quote(scenario.description())).append('\n');
        }
        y.append("subject:\n");
        y.append("  age: ").append(scenario.subject().ageYears()).append('\n');
        if (scenario.subject().sex() != null) {
            y.append("  sex: ").append(scenario.subject().sex().keyword()).append('\n');
        }
        y.append("  condition: ")
                .append(scenario.subject().condition().keyword())
                .append('\n');
        if (scenario.subject().fitness() != Fitness.UNTRAINED) {
            y.append("  fitness: ")
                    .append(scenario.subject().fitness().keyword())
                    .append('\n');
        }
        if (scenario.preset() != Preset.DEFAULT) {
            y.append("model: ").append(scenario.preset().keyword()).append('\n');
        }
        if (!scenario.parameters().isEmpty()) {
            y.append("parameters:\n");
            for (Map.Entry<Parameter, Double> e : scenario.sortedParameters().entrySet()) {
                y.append("  ")
                        .append(e.getKey().key())
                        .append(": ")
                        .append(number(e.getValue()))
                        .append('\n');
            }
        }
        y.append("phases:\n");
        for (Phase phase : scenario.phases()) {
            y.append("  - name: ").append(quote(phase.name())).append('\n');
            y.append("    days: ").append(phase.days()).append('\n');
            y.append("    mobility: ").append(phase.mobility().keyword()).append('\n');
            if (!phase.exercise().isEmpty()) {
                y.append("    exercise:\n");
                for (Exercise e : phase.exercise()) {
                    y.append("      - activity: ")
                            .append(e.activity().keyword())
                            .append('\n');
                    if (e.sets().isPresent()) {
                        SetDose d = e.sets().get();
                        y.append("        sets: ").append(d.sets()).append('\n');
                        y.append("        repetitions: ")
                                .append(d.repetitions())
                                .append('\n');
                        y.append("        load: ")
                                .append(number(d.loadPercent()))
                                .append('\n');
                        y.append("        sessions-per-week: ")
                                .append(e.sessionsPerWeek())
                                .append('\n');
                    } else {
                        y.append("        minutes: ")
                                .append(number(e.minutesPerSession()))
                                .append('\n');
                        y.append("        sessions-per-week: ")
                                .append(e.sessionsPerWeek())
                                .append('\n');
                        y.append("        intensity: ")
                                .append(e.intensity().keyword())
                                .append('\n');
                    }
                    if (!e.muscles().isEmpty()) {
                        y.append("        muscles: [")
                                .append(String.join(
                                        ", ",
                                        e.muscles().stream()
                                                .map(FieldRule::muscleWord)
                                                .toList()))
                                .append("]\n");
                    }
                }
            }
        }
        if (!scenario.baselines().isEmpty()) {
            y.append("baselines:\n");
            scenario.baselines().forEach((m, b) -> y.append("  ")
                    .append(m.key())
                    .append(": ")
                    .append(quote(number(b.value()) + " " + b.unit()))
                    .append('\n'));
        }
        return y.toString();
    }

    /** Shortest exact decimal of a double that parses back to the same double. */
    private static String number(double v) {
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s;
    }

    /** YAML 1.2's printable set for a single UTF-16 unit (pairs are handled by the caller). */
    private static boolean printable(char c) {
        return (c >= 0x20 && c <= 0x7e)
                || c == 0x85
                || (c >= 0xa0 && c <= 0xd7ff)
                || (c >= 0xe000 && c <= 0xfffd) && c != 0xfeff;
    }

    /** A YAML double-quoted scalar (a superset of JSON strings). */
    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        q.append(c).append(s.charAt(++i)); // a pair: printable in YAML
                    } else if (printable(c)) {
                        q.append(c);
                    } else {
                        q.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
