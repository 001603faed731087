package org.inertia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inertia.cli.chart.TornadoChart;
import org.inertia.cli.options.AnalysisOutputOptions;
import org.inertia.cli.options.MeasureOptions;
import org.inertia.cli.options.UserInputException;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.output.DomainWarnings;
import org.inertia.cli.output.Hints;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.NumberText;
import org.inertia.cli.output.SensitivityTable;
import org.inertia.cli.output.TerminalText;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.Sensitivity;
import org.inertia.sim.sweep.SweepException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inertia sensitivity}: which model parameters drive an answer. Each parameter is moved
 * down and up by a step while the others stay, and the change of one measure on one day is
 * reported, largest first, as a table, a tornado chart and CSV.
 */
@Command(
        name = "sensitivity",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        description = {
            "Moves each model parameter down and up by --step %% of its value (within its range), one at"
                    + " a time, and reports how a measure on a day changes: the assumptions that drive the"
                    + " answer, largest swing first.",
            "--chart draws a tornado chart; --csv writes parameter,unit,base,low,high,measure,outcome,"
                    + "value_at_base,value_at_low,value_at_high,swing."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  inertia sensitivity scenarios/bed-rest-21d.yaml \\",
            "      --measure strength.knee_extensors --day 21 --chart tornado.png"
        })
public final class SensitivityCommand implements Callable<Integer> {

    /** Default step (%). */
    static final double DEFAULT_STEP_PERCENT = 10;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    private Path scenarioFile;

    @Mixin
    private MeasureOptions measure;

    @Option(
            names = "--day",
            paramLabel = "D",
            description = "The day to read the measure on, 0 to the scenario's last day (default: the last day).")
    private Integer day;

    @Option(
            names = "--step",
            paramLabel = "PERCENT",
            defaultValue = "10",
            description = "How far to move each parameter, in %% of its value, more than 0 and below 100"
                    + " (default: ${DEFAULT-VALUE}).")
    private String stepText;

    @Mixin
    private AnalysisOutputOptions outputs;

    @Override
    public Integer call() throws Exception {
        Measure read = measure.single().orElse(Measure.OVERALL_STRENGTH);
        outputs.check(List.of(scenarioFile));
        double stepPercent = stepPercent();
        Scenario scenario = ScenarioReader.read(scenarioFile);
        DomainWarnings.print(spec.commandLine().getErr(), List.of(scenario));
        int last = scenario.totalDays();
        if (day != null && (day < 0 || day > last)) {
            throw new UserInputException("--day " + day + ": the scenario runs from day 0 to day " + last);
        }
        Readout readout = new Readout(Readout.Kind.ON_DAY, read, day == null ? last : day);

        List<Sensitivity.Effect> effects =
                Sensitivity.oneAtATime(scenario, readout, stepPercent / 100, Simulator.exact());

        List<Path> written = outputs.write(
                (out, format) ->
                        TornadoChart.of(scenario, effects, readout, stepPercent).writeTo(out, format),
                out -> CsvWriter.writeSensitivity(effects, readout, out));
        PrintWriter out = spec.commandLine().getOut();
        out.println(RunCommand.heading(scenario));
        out.println(
                "Sensitivity of " + readout.measure().key() + " on day " + readout.day() + " to each model parameter,"
                        + " moved by -" + NumberText.decimal(stepPercent) + " % and +" + NumberText.decimal(stepPercent)
                        + " % one at a time:");
        if (!effects.isEmpty()) {
            out.println("Outcome with every parameter as given: "
                    + NumberText.fixed(effects.get(0).outcomeAtBase(), 2) + " % of baseline");
        }
        out.println();
        out.print(SensitivityTable.render(effects, stepPercent));
        TerminalText.printWritten(out, written);
        out.flush();
        return ExitCode.OK;
    }

    /** The --step, as typed: a number in the one grammar of the library, more than 0 and below 100. */
    private double stepPercent() throws UserInputException {
        try {
            return Sensitivity.parseStepPercent(stepText);
        } catch (SweepException e) {
            throw new UserInputException(
                    e.problems().stream().map(p -> "--step: " + Hints.line(p)).toList());
        }
    }
}
