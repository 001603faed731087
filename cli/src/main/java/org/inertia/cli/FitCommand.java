package org.inertia.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inertia.cli.chart.ChartFormat;
import org.inertia.cli.chart.FitChart;
import org.inertia.cli.options.OutputOptions;
import org.inertia.cli.options.ScenarioFiles;
import org.inertia.cli.options.UserInputException;
import org.inertia.cli.output.AtomicFiles;
import org.inertia.cli.output.Hints;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.NumberText;
import org.inertia.cli.output.TerminalText;
import org.inertia.cli.output.TextTable;
import org.inertia.sim.evidence.Measurement;
import org.inertia.sim.evidence.MeasurementException;
import org.inertia.sim.evidence.MeasurementReader;
import org.inertia.sim.evidence.ParameterFit;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.DidYouMean;
import org.inertia.sim.scenario.io.Excerpt;
import org.inertia.sim.scenario.io.ScenarioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inertia fit}: fits model parameters to a person's or a study's own measurements. */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        description = {
            "Fits chosen model parameters to your own measurements taken during a scenario"
                    + " (Levenberg-Marquardt least squares) and prints the fitted values with their standard"
                    + " errors, the goodness of fit, and a 'parameters:' block to paste into the scenario.",
            "MEASUREMENTS is a CSV file with the header day,measure,value[,sd]: day of the scenario,"
                    + " a measure such as strength.knee_extensors, the value in % of baseline and, optionally,"
                    + " its standard deviation (rows with one are weighted by 1/sd^2)."
        })
public final class FitCommand implements Callable<Integer> {

    /** Fitted when --parameters is not given: how deep the subject's losses go. */
    static final List<Parameter> DEFAULT_PARAMETERS = List.of(Parameter.MASS_LOSS_DEPTH, Parameter.NEURAL_LOSS_DEPTH);

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "MEASUREMENTS",
            description = "The measurements (CSV: day,measure,value[,sd]).")
    private Path measurements;

    @Option(
            names = "--scenario",
            required = true,
            paramLabel = "SCENARIO",
            description = "The scenario the measurements were taken in; - reads it from standard input.")
    private Path scenarioFile;

    @Option(
            names = "--parameters",
            split = ",",
            paramLabel = "NAME",
            description = "Parameters to fit, comma-separated (default: mass-loss-depth,neural-loss-depth);"
                    + " 'inertia list parameters' lists them.")
    private List<String> parameterNames;

    @Option(
            names = "--chart",
            paramLabel = "FILE",
            description = "Chart the measurements and the fitted trajectories (.png, .svg, .pdf).")
    private Path chart;

    @Option(
            names = "--yaml",
            paramLabel = "FILE",
            description = "Write the scenario with the fitted parameters as a new scenario file.")
    private Path yaml;

    @Override
    public Integer call() throws Exception {
        List<Parameter> free = parameters();
        checkOutputs();
        Scenario scenario = ScenarioFiles.read(spec, scenarioFile);
        List<Measurement> data;
        try {
            data = MeasurementReader.read(measurements);
            ParameterFit.check(scenario, data, free, measurements.toString());
        } catch (MeasurementException e) {
            throw new UserInputException(Hints.lines(e));
        }

        ParameterFit.Result fit = ParameterFit.fit(scenario, data, free);
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : warnings(fit)) {
            err.println("inertia: warning: " + warning);
        }
        err.flush();
        if (!fit.trustworthy() && yaml != null) {
            // A scenario file is a paste-ready block too: not written from values that are not estimates.
            throw new UserInputException("--yaml " + TerminalText.oneLine(yaml.toString())
                    + ": not written, since the fitted values are not estimates (see the warnings above);"
                    + " rerun without --yaml to see them");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Fitted " + count(free.size(), "parameter") + " to " + count(data.size(), "measurement") + " ("
                + TerminalText.oneLine(measurements.toString()) + ") in '" + TerminalText.oneLine(scenario.name())
                + "':");
        TextTable table = new TextTable(List.of("Parameter", "Start", "Fitted", "Standard error", "Unit"));
        for (Parameter p : free) {
            table.row(List.of(
                    p.key(),
                    number(scenario.modelParameters().get(p)),
                    number(fit.estimates().get(p)),
                    number(fit.standardErrors().get(p)),
                    p.unit()));
        }
        out.print(table.render());
        String rSquared = Double.isFinite(fit.rSquared())
                ? NumberText.fixed(fit.rSquared(), 3)
                : "n/a (the measured values do not vary)";
        out.printf(
                Locale.ROOT,
                "%nGoodness of fit: RMSE %s pp, R^2 %s, %s, %s.%n",
                NumberText.fixed(fit.rootMeanSquareErrorPp(), 2),
                rSquared,
                count(fit.observations(), "measurement"),
                count(free.size(), "parameter"));
        for (Parameter p : free) {
            if (!fit.determined(p)) {
                out.println(
                        "Note: no measurement depends on " + p.key() + "; it keeps its starting value and is left out"
                                + " of the block below. Measure what it acts on, or fit fewer parameters.");
            }
        }
        out.println();
        if (!fit.trustworthy()) {
            out.println("Nothing to paste: the fitted values are not estimates (see the warnings on standard error).");
        } else if (fit.asYamlBlock().isEmpty()) {
            out.println("Nothing to paste: the measurements determine none of the parameters.");
        } else {
            out.println("Paste into the scenario:");
            out.print(fit.asYamlBlock());
        }

        List<Path> written;
        try (AtomicFiles files = new AtomicFiles()) {
            if (chart != null) {
                ChartFormat format = ChartFormat.of(chart).orElseThrow();
                files.stage(chart, o -> FitChart.of(fit.trajectory(), data).writeTo(o, format));
            }
            if (yaml != null) {
                Scenario fitted = scenario.withModel(scenario.preset(), merged(scenario, fit));
                files.stage(yaml, o -> o.write(ScenarioWriter.toYaml(fitted).getBytes(StandardCharsets.UTF_8)));
            }
            written = files.commit();
        }
        TerminalText.printWritten(out, written);
        out.flush();
        return ExitCode.OK;
    }

    /**
     * {@return one line for each reason the fitted values are not estimates: the optimizer did not
     * converge, or a value sits at an end of its allowed range, where the range stopped the fit}
     */
    static List<String> warnings(ParameterFit.Result fit) {
        List<String> warnings = new ArrayList<>();
        if (!fit.converged()) {
            warnings.add("the fit did not converge; the values below are where the optimizer stopped, not"
                    + " estimates; check the measurements and the scenario, or fit fewer parameters");
        }
        for (Parameter p : fit.atBounds()) {
            double v = fit.estimates().get(p);
            boolean lower = v - p.min() <= p.max() - v;
            warnings.add(p.key() + " = " + number(v) + " is at the " + (lower ? "lower" : "upper")
                    + " end of its allowed range (" + number(p.min()) + " to " + number(p.max())
                    + "): the range stopped the fit, not the data; check that the values are percent of"
                    + " baseline and the scenario is the one measured");
        }
        return warnings;
    }

    private static java.util.Map<Parameter, Double> merged(Scenario scenario, ParameterFit.Result fit) {
        java.util.Map<Parameter, Double> m = new java.util.EnumMap<>(Parameter.class);
        m.putAll(scenario.parameters());
        fit.estimates().forEach((p, v) -> {
            if (fit.determined(p)) {
                m.put(
                        p,
                        new java.math.BigDecimal(v)
                                .round(new java.math.MathContext(4))
                                .doubleValue());
            }
        });
        return m;
    }

    private List<Parameter> parameters() throws UserInputException {
        if (parameterNames == null || parameterNames.isEmpty()) {
            return DEFAULT_PARAMETERS;
        }
        List<String> known =
                Arrays.stream(Parameter.values()).map(Parameter::key).toList();
        List<Parameter> free = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : parameterNames) {
            Optional<Parameter> p = Parameter.fromKey(name.strip());
            if (p.isEmpty()) {
                problems.add("--parameters: unknown parameter '" + Excerpt.of(name.strip()) + "' ("
                        + DidYouMean.closest(name.strip(), known)
                                .map(c -> "did you mean '" + c + "'? ")
                                .orElse("")
                        + "'inertia list parameters' lists them)");
            } else if (free.contains(p.get())) {
                problems.add("--parameters: '" + Excerpt.of(name.strip()) + "' is named twice");
            } else {
                free.add(p.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return free;
    }

    private void checkOutputs() throws UserInputException {
        java.util.Map<String, Path> targets = new java.util.LinkedHashMap<>();
        if (chart != null) {
            targets.put("--chart", chart);
        }
        if (yaml != null) {
            targets.put("--yaml", yaml);
        }
        List<String> problems = OutputOptions.problemsWith(chart, targets, List.of(scenarioFile, measurements));
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    /** "1 measurement", "3 measurements". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String number(double v) {
        return NumberText.significant(v, 4);
    }
}
