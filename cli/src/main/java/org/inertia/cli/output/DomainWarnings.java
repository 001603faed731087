package org.inertia.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.inertia.sim.evidence.Domain;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.scenario.Scenario;

/**
 * Where scenarios leave the domain the evidence covers, as the terminal says it: one line each on
 * the error stream, "inertia: warning: NAME: what", never changing the exit code.
 */
public final class DomainWarnings {

    private DomainWarnings() {}

    /**
     * {@return the warnings of some scenarios, one line each}
     *
     * @param scenarios the scenarios
     */
    public static List<String> lines(List<Scenario> scenarios) {
        return lines(scenarios, List.of());
    }

    /**
     * {@return the warnings of some scenarios, one line each: against the muscle evidence, then,
     * for aerobic capacity and bone when the measures include them, against their own evidence
     * ("NAME: for bone: what")}
     *
     * @param scenarios the scenarios
     * @param measures the measures shown
     */
    public static List<String> lines(List<Scenario> scenarios, Collection<Measure> measures) {
        List<Family> families = measures.stream()
                .map(Measure::family)
                .filter(f -> f != Family.MUSCLE)
                .distinct()
                .sorted()
                .toList();
        List<String> lines = new ArrayList<>();
        for (Scenario s : scenarios) {
            List<String> muscle =
                    Domain.builtIn().check(s).stream().map(Domain.Warning::text).toList();
            for (String w : muscle) {
                lines.add(TerminalText.oneLine(s.name()) + ": " + w);
            }
            for (Family f : families) {
                for (Domain.Warning w : Domain.builtIn(f).check(s)) {
                    // What the muscle evidence already said is said once.
                    if (muscle.contains(w.text())) {
                        continue;
                    }
                    lines.add(TerminalText.oneLine(s.name()) + ": for "
                            + f.label().toLowerCase(java.util.Locale.ROOT) + ": " + w.text());
                }
            }
        }
        return lines;
    }

    /**
     * Prints the warnings of some scenarios on the error stream.
     *
     * @param err the error stream
     * @param scenarios the scenarios
     */
    public static void print(PrintWriter err, List<Scenario> scenarios) {
        print(err, scenarios, List.of());
    }

    /**
     * Prints the warnings of some scenarios on the error stream, against each family measured.
     *
     * @param err the error stream
     * @param scenarios the scenarios
     * @param measures the measures shown
     */
    public static void print(PrintWriter err, List<Scenario> scenarios, Collection<Measure> measures) {
        for (String line : lines(scenarios, measures)) {
            err.println("inertia: warning: " + line);
        }
        err.flush();
    }
}
