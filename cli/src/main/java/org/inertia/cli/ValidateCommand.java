package org.inertia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inertia.cli.options.ScenarioFiles;
import org.inertia.cli.options.UserInputException;
import org.inertia.cli.output.Hints;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.StandardStreams;
import org.inertia.cli.output.TerminalText;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.Excerpt;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inertia validate}: checks scenario files without simulating them. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        description = {
            "Checks scenario files without simulating them. Prints '<file>: ok' for each valid file"
                    + " and every problem of the others as file:line:column: field: message (hint).",
            "Exits with 0 when every file is valid, 2 otherwise."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "SCENARIO",
            description = "Scenario files (YAML); - reads one from standard input.")
    private List<Path> scenarioFiles;

    @Override
    public Integer call() throws UserInputException {
        ScenarioFiles.check(scenarioFiles);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path file : scenarioFiles) {
            try {
                Scenario s = ScenarioFiles.read(spec, file);
                int phases = s.phases().size();
                int days = s.totalDays();
                Path shown = StandardStreams.isDash(file) ? StandardStreams.STDIN_NAME : file;
                out.println(TerminalText.oneLine(Excerpt.middle(shown.toString())) + ": ok (" + phases
                        + (phases == 1 ? " phase, " : " phases, ") + days + (days == 1 ? " day)" : " days)"));
            } catch (ScenarioException e) {
                allValid = false;
                for (ScenarioProblem problem : e.problems()) {
                    err.println(TerminalText.errorLine(Hints.line(problem), List.of()));
                }
            }
        }
        out.flush();
        err.flush();
        return allValid ? ExitCode.OK : ExitCode.USAGE;
    }
}
