package org.inertia.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.inertia.sim.evidence.Domain;
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
        List<String> lines = new ArrayList<>();
        for (Scenario s : scenarios) {
            for (Domain.Warning w : Domain.builtIn().check(s)) {
                lines.add(TerminalText.oneLine(s.name()) + ": " + w.text());
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
        for (String line : lines(scenarios)) {
            err.println("inertia: warning: " + line);
        }
        err.flush();
    }
}
