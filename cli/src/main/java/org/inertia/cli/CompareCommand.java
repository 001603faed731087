package org.inertia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inertia.cli.chart.TrajectoryChart;
import org.inertia.cli.options.MeasureConverter;
import org.inertia.cli.options.OutputOptions;
import org.inertia.cli.output.SummaryTable;
import org.inertia.sim.model.Measure;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioProblem;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.simulation.Simulator;
import org.inertia.sim.simulation.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inertia compare}: several scenarios, one measure, one chart and one table. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        description = {
            "Simulates several scenarios and compares one measure (default: strength.overall):"
                    + " one line per scenario on the chart, one row per scenario in the table.",
            "With --chart, --csv or --json, also writes those files (all or none)."
        })
public final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "2..*",
            paramLabel = "SCENARIO",
            description = "Two or more scenario files (YAML).")
    private List<Path> scenarioFiles;

    @Mixin
    private OutputOptions outputs;

    @Option(
            names = {"-m", "--measure"},
            paramLabel = "MEASURE",
            converter = MeasureConverter.class,
            completionCandidates = MeasureConverter.class,
            description = {
                "The measure to compare, such as mass.knee_extensors (default: strength.overall).",
                "When given, the CSV and JSON files hold only this measure; otherwise every measure."
            })
    private Measure measure;

    @Override
    public Integer call() throws Exception {
        outputs.check(scenarioFiles);
        List<Scenario> scenarios = readAll(scenarioFiles);
        Measure compared = measure == null ? Measure.OVERALL_STRENGTH : measure;

        Simulator simulator = Simulator.exact();
        List<Trajectory> trajectories = new ArrayList<>();
        for (Scenario s : scenarios) {
            trajectories.add(simulator.simulate(s));
        }

        List<Measure> data = measure == null ? Trajectory.measures() : List.of(measure);
        List<Path> written = outputs.write(trajectories, data,
                (out, format) -> TrajectoryChart.ofScenarios(trajectories, compared).writeTo(out, format));
        PrintWriter out = spec.commandLine().getOut();
        out.println(compared.label() + ", % of baseline:");
        out.print(SummaryTable.ofScenarios(trajectories, compared).render());
        if (!written.isEmpty()) {
            out.println();
        }
        for (Path file : written) {
            out.println("Wrote " + file);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Reads every file, collecting the problems of all of them before failing. */
    private static List<Scenario> readAll(List<Path> files) throws ScenarioException {
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                scenarios.add(ScenarioReader.read(file));
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
