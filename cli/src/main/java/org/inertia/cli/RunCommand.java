package org.inertia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inertia.cli.chart.TrajectoryChart;
import org.inertia.cli.options.Engine;
import org.inertia.cli.options.MeasureOptions;
import org.inertia.cli.options.OutputOptions;
import org.inertia.cli.output.SummaryTable;
import org.inertia.cli.output.TerminalText;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.simulation.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inertia run}: simulates one scenario, prints its summary, writes chart and data files. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        description = {
            "Simulates a scenario and prints, for each muscle group, how low strength goes and when,"
                    + " where it ends, and when it is back to 95 %% of baseline.",
            "With --chart, --csv or --json, also writes those files (all or none)."
        })
public final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    private Path scenarioFile;

    @Mixin
    private OutputOptions outputs;

    @Mixin
    private MeasureOptions measures;

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "exact",
            converter = Engine.Converter.class,
            completionCandidates = Engine.Converter.class,
            description = "Simulation engine: exact (closed form, default) or ode (numerical integration).")
    private Engine engine;

    @Override
    public Integer call() throws Exception {
        outputs.check(List.of(scenarioFile));
        Scenario scenario = ScenarioReader.read(scenarioFile);

        Trajectory trajectory = engine.simulator().simulate(scenario);

        List<Path> written = outputs.write(List.of(trajectory), measures.forData(Trajectory.measures()),
                (out, format) -> TrajectoryChart.ofMeasures(trajectory, measures.forChart()).writeTo(out, format));
        PrintWriter out = spec.commandLine().getOut();
        out.println(heading(scenario));
        out.println();
        out.println("Strength, % of baseline:");
        out.print(SummaryTable.ofGroups(trajectory).render());
        if (!written.isEmpty()) {
            out.println();
        }
        for (Path file : written) {
            out.println("Wrote " + file);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** "Scenario: name (35 days: Bed rest 7 d, Walking 28 d)". */
    static String heading(Scenario scenario) {
        StringBuilder sb = new StringBuilder("Scenario: ").append(TerminalText.oneLine(scenario.name()));
        sb.append(" (").append(scenario.totalDays()).append(scenario.totalDays() == 1 ? " day" : " days").append(": ");
        for (int p = 0; p < scenario.phases().size(); p++) {
            Phase phase = scenario.phases().get(p);
            sb.append(p == 0 ? "" : ", ").append(TerminalText.oneLine(phase.name())).append(' ').append(phase.days()).append(" d");
        }
        return sb.append(')').toString();
    }
}
