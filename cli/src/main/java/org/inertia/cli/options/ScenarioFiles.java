package org.inertia.cli.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inertia.cli.output.StandardStreams;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioProblem;
import org.inertia.sim.scenario.io.ScenarioReader;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads the scenario files a command names, where {@code -} is standard input (issue 14): read
 * with the same size limit and checks as a file, and named {@code <stdin>} in problems.
 */
public final class ScenarioFiles {

    private ScenarioFiles() {}

    /**
     * Refuses standard input named more than once: it can be read only once.
     *
     * @param files the scenario files as given
     * @throws UserInputException if {@code -} is given twice or more
     */
    public static void check(List<Path> files) throws UserInputException {
        if (files.stream().filter(StandardStreams::isDash).count() > 1) {
            throw new UserInputException("-: standard input is named more than once; it can be read only once,"
                    + " so name a file for the other scenarios");
        }
    }

    /**
     * Reads one scenario, from standard input if its name is {@code -}.
     *
     * @param spec the command's spec, for its standard input
     * @param file the file as given
     * @return the scenario
     * @throws ScenarioException if the text is not a valid scenario
     */
    public static Scenario read(CommandSpec spec, Path file) throws ScenarioException {
        if (StandardStreams.isDash(file)) {
            return ScenarioReader.read(StandardStreams.of(spec).in(), StandardStreams.STDIN_NAME);
        }
        return ScenarioReader.read(file);
    }

    /**
     * Reads several scenarios, reporting the problems of all of them before failing, as {@link
     * ScenarioReader#readAll} does.
     *
     * @param spec the command's spec, for its standard input
     * @param files the files as given; {@code -} at most once (see {@link #check})
     * @return the scenarios, in the order given
     * @throws ScenarioException with every problem of every file, if any is invalid
     * @throws UserInputException if {@code -} is given more than once
     */
    public static List<Scenario> readAll(CommandSpec spec, List<Path> files)
            throws ScenarioException, UserInputException {
        check(files);
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                scenarios.add(read(spec, file));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenarios;
    }
}
