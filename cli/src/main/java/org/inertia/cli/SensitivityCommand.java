package org.inertia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inertia.cli.chart.GlobalSensitivityChart;
import org.inertia.cli.chart.TornadoChart;
import org.inertia.cli.options.AnalysisOutputOptions;
import org.inertia.cli.options.ChartOptions;
import org.inertia.cli.options.CompletionValues;
import org.inertia.cli.options.CsvLayout;
import org.inertia.cli.options.MeasureOptions;
import org.inertia.cli.options.PopulationOptions;
import org.inertia.cli.options.ScenarioFiles;
import org.inertia.cli.options.SensitivityMethod;
import org.inertia.cli.options.UserInputException;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.output.DomainWarnings;
import org.inertia.cli.output.GlobalSensitivityTable;
import org.inertia.cli.output.Hints;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.LongFormCsv;
import org.inertia.cli.output.NumberText;
import org.inertia.cli.output.SensitivityTable;
import org.inertia.cli.output.TerminalText;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.sweep.GlobalSensitivity;
import org.inertia.sim.sweep.InputDistribution;
import org.inertia.sim.sweep.MorrisScreening;
import org.inertia.sim.sweep.ParameterRange;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.Sensitivity;
import org.inertia.sim.sweep.SensitivityInput;
import org.inertia.sim.sweep.SobolIndices;
import org.inertia.sim.sweep.SweepException;
import org.inertia.sim.sweep.SweepProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inertia sensitivity}: which model parameters drive an answer. By default each parameter is
 * moved down and up by a step while the others stay, and the change of one measure on one day is
 * reported, largest first, as a table, a tornado chart and CSV. With {@code --method sobol} or
 * {@code --method morris} every parameter varies at once over the calibration's uncertainty (or a
 * range given with {@code --range}), and the library's {@link GlobalSensitivity} reports Sobol'
 * indices or Morris's elementary effects.
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
                    + "value_at_base,value_at_low,value_at_high,swing.",
            "",
            "--method sobol varies every calibrated parameter at once, each drawn independently from a normal"
                    + " distribution with the calibration's estimate and standard error (truncated to its range),"
                    + " and reports for each its first-order index S1 (the share of the outcome's variance it"
                    + " drives alone) and total-effect index ST (with its interactions), with 95 %% bootstrap"
                    + " intervals and whether the indices have converged. --method morris screens the same"
                    + " inputs by elementary effects (mu*, sigma). Parameters the scenario sets itself are held;"
                    + " --range varies any parameter uniformly instead. --chart draws bars with intervals; --csv"
                    + " writes " + CsvWriter.GLOBAL_SENSITIVITY_HEADER + ".",
            "",
            "--csv-layout long writes, for every method, one row per parameter and statistic with the columns "
                    + LongFormCsv.SENSITIVITY_HEADER + " (statistic: base, low, high, value_at_base, value_at_low,"
                    + " value_at_high, swing; first_order, total; mu_star, mu, sigma; input_low, input_high,"
                    + " input_mean, input_sd)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  inertia sensitivity scenarios/bed-rest-21d.yaml \\",
            "      --measure strength.knee_extensors --day 21 --chart tornado.png",
            "  inertia sensitivity scenarios/bed-rest-21d.yaml --method sobol --chart sobol.png",
            "  inertia sensitivity scenarios/bed-rest-21d.yaml --method morris \\",
            "      --range mass-loss-tau-days=20..60 --trajectories 40"
        })
public final class SensitivityCommand implements Callable<Integer> {

    /** Default step (%). */
    static final double DEFAULT_STEP_PERCENT = 10;

    /** Default seed of the global methods: fixed, so that a report can be rerun. */
    static final long DEFAULT_SEED = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "SCENARIO",
            description = "The scenario file (YAML); - reads it from standard input.")
    private Path scenarioFile;

    @Mixin
    private MeasureOptions measure;

    @Option(
            names = "--day",
            paramLabel = "D",
            description = "The day to read the measure on, 1 to the scenario's last day (default: the last day);"
                    + " not day 0, where every measure is 100 %% of baseline whatever the parameters.")
    private Integer day;

    @Option(
            names = "--step",
            paramLabel = "PERCENT",
            defaultValue = "10",
            description = "How far to move each parameter, in %% of its value, more than 0 and below 100"
                    + " (default: ${DEFAULT-VALUE}).")
    private String stepText;

    @Option(
            names = "--method",
            paramLabel = "METHOD",
            defaultValue = "one-at-a-time",
            converter = SensitivityMethod.Converter.class,
            completionCandidates = SensitivityMethod.Converter.class,
            description = "one-at-a-time (default): each parameter by --step in turn; sobol: Sobol' indices S1 and"
                    + " ST, every parameter varying at once; morris: Morris's elementary-effects screening.")
    private SensitivityMethod method;

    @Option(
            names = "--samples",
            paramLabel = "N",
            description = "sobol: base samples N, a power of two from " + GlobalSensitivity.MIN_SAMPLES + " to "
                    + GlobalSensitivity.MAX_SAMPLES + " (default: " + GlobalSensitivity.DEFAULT_SAMPLES
                    + "); N(d+2) model runs for d parameters, at most " + GlobalSensitivity.MAX_RUNS + ".")
    private Integer samples;

    @Option(
            names = "--range",
            completionCandidates = CompletionValues.ParameterRanges.class,
            paramLabel = "NAME=LOW..HIGH",
            description = "sobol, morris: vary a model parameter uniformly from LOW to HIGH, in place of its calibrated"
                    + " uncertainty or as well as it (repeatable; 'inertia list parameters' names them).")
    private List<String> ranges;

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            description = "sobol, morris: seed of the bootstrap intervals and of Morris's trajectories (default: "
                    + DEFAULT_SEED + "). The same seed gives the same numbers whatever --threads.")
    private Long seed;

    @Option(
            names = "--trajectories",
            paramLabel = "R",
            description = "morris: trajectories r, " + GlobalSensitivity.MIN_TRAJECTORIES + " to "
                    + GlobalSensitivity.MAX_TRAJECTORIES + " (default: " + GlobalSensitivity.DEFAULT_TRAJECTORIES
                    + "); r(d+1) model runs.")
    private Integer trajectories;

    @Option(
            names = "--levels",
            paramLabel = "P",
            description = "morris: levels of the grid, an even number from " + GlobalSensitivity.MIN_LEVELS + " to "
                    + GlobalSensitivity.MAX_LEVELS + " (default: " + GlobalSensitivity.DEFAULT_LEVELS + ").")
    private Integer levels;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "sobol, morris: worker threads, 1 to " + PopulationOptions.MAX_THREADS
                    + " (default: one per processor).")
    private Integer threads;

    @Mixin
    private AnalysisOutputOptions outputs;

    @Mixin
    private ChartOptions chartLook;

    @Override
    public Integer call() throws Exception {
        Measure read = measure.single().orElse(Measure.OVERALL_STRENGTH);
        checkMethodOptions();
        outputs.check(List.of(scenarioFile));
        chartLook.check(outputs.chartRequested(), false, "a sensitivity chart (bars of parameters)");
        double stepPercent = method == SensitivityMethod.ONE_AT_A_TIME ? stepPercent() : DEFAULT_STEP_PERCENT;
        List<ParameterRange> parsedRanges = parsedRanges();
        Scenario scenario = ScenarioFiles.read(spec, scenarioFile);
        DomainWarnings.print(spec.commandLine().getErr(), List.of(scenario), List.of(read));
        int last = scenario.totalDays();
        if (day != null && day == 0) {
            // Day 0 is the baseline, 100 % by definition: every swing would be 0 and say nothing.
            throw new UserInputException("--day 0: every measure is 100 % of baseline on day 0 whatever the"
                    + " parameters, so nothing can swing; give a day from 1 to " + last);
        }
        if (day != null && (day < 0 || day > last)) {
            throw new UserInputException("--day " + day + ": the scenario runs from day 0 to day " + last
                    + "; give a day from 1 to " + last);
        }
        Readout readout = new Readout(Readout.Kind.ON_DAY, read, day == null ? last : day);
        if (method != SensitivityMethod.ONE_AT_A_TIME) {
            return global(scenario, readout, parsedRanges);
        }

        List<Sensitivity.Effect> effects =
                Sensitivity.oneAtATime(scenario, readout, stepPercent / 100, Simulator.exact());

        List<Path> written = outputs.write(
                (out, format) ->
                        TornadoChart.of(scenario, effects, readout, stepPercent).writeTo(out, format, chartLook.look()),
                out -> {
                    if (outputs.csvLayout() == CsvLayout.LONG) {
                        LongFormCsv.writeSensitivity(scenario.name(), effects, readout, out);
                    } else {
                        CsvWriter.writeSensitivity(effects, readout, out);
                    }
                });
        PrintWriter out = outputs.textWriter();
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
        List<String> atZero = effects.stream()
                .filter(e -> e.base() == 0)
                .map(e -> e.parameter().key())
                .toList();
        if (!atZero.isEmpty()) {
            out.println("At 0, and so moved from 0 up to one standard error of the calibration instead: "
                    + String.join(", ", atZero) + ".");
        }
        List<String> left = java.util.Arrays.stream(org.inertia.sim.parameters.Parameter.values())
                .filter(p -> effects.stream().noneMatch(e -> e.parameter() == p))
                .map(org.inertia.sim.parameters.Parameter::key)
                .toList();
        if (!left.isEmpty()) {
            out.println("Left out, at 0 with nothing to move them by (fixed, or a preset's: no standard error): "
                    + String.join(", ", left) + ".");
        }
        TerminalText.printWritten(out, written);
        out.flush();
        return ExitCode.OK;
    }

    /** Sobol' indices or Morris effects: every parameter varying at once. */
    private int global(Scenario scenario, Readout readout, List<ParameterRange> parsedRanges)
            throws IOException, UserInputException {
        List<SensitivityInput> inputs;
        try {
            inputs = GlobalSensitivity.inputs(
                    scenario, parsedRanges, readout.measure().family());
        } catch (SweepException e) {
            throw new UserInputException(
                    e.problems().stream().map(SensitivityCommand::line).toList());
        }
        int d = inputs.size();
        int n = samples == null ? GlobalSensitivity.DEFAULT_SAMPLES : samples;
        int r = trajectories == null ? GlobalSensitivity.DEFAULT_TRAJECTORIES : trajectories;
        int p = levels == null ? GlobalSensitivity.DEFAULT_LEVELS : levels;
        List<SweepProblem> sizes = method == SensitivityMethod.SOBOL
                ? GlobalSensitivity.checkSobol(d, n)
                : GlobalSensitivity.checkMorris(d, r, p);
        if (!sizes.isEmpty()) {
            throw new UserInputException(
                    sizes.stream().map(SensitivityCommand::line).toList());
        }
        long s = seed == null ? DEFAULT_SEED : seed;
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PrintWriter out = outputs.textWriter();
        String outcome = readout.measure().key() + " on day " + readout.day();
        if (method == SensitivityMethod.SOBOL) {
            SobolIndices indices = GlobalSensitivity.sobol(scenario, readout, Simulator.exact(), inputs, n, s, workers);
            List<Path> written = outputs.write(
                    (file, format) -> GlobalSensitivityChart.of(scenario, indices, readout)
                            .writeTo(file, format, chartLook.look()),
                    file -> {
                        if (outputs.csvLayout() == CsvLayout.LONG) {
                            LongFormCsv.writeSobol(scenario.name(), indices, readout, file);
                        } else {
                            CsvWriter.writeSobol(indices, readout, file);
                        }
                    });
            out.println(RunCommand.heading(scenario));
            out.println("Global sensitivity of " + outcome + " (Sobol' indices): " + parameters(d)
                    + " varying together, " + n + " base samples, " + grouped(indices.runs()) + " model runs.");
            out.println(inputsLine(inputs));
            out.println("Outcome over the runs: mean " + NumberText.fixed(indices.outcomeMean(), 2)
                    + " % of baseline, standard deviation " + NumberText.fixed(indices.outcomeStandardDeviation(), 2)
                    + " pp.");
            out.println();
            out.print(GlobalSensitivityTable.render(indices));
            out.println();
            out.println("S1: the share of the outcome's variance a parameter drives alone; ST: with its"
                    + " interactions with the others.");
            out.println(convergenceLine(indices));
            out.println("Intervals: " + grouped(indices.resamples()) + " bootstrap resamples of the base samples,"
                    + " seed " + s + ".");
            TerminalText.printWritten(out, written);
        } else {
            MorrisScreening screening =
                    GlobalSensitivity.morris(scenario, readout, Simulator.exact(), inputs, r, p, s, workers);
            List<Path> written = outputs.write(
                    (file, format) -> GlobalSensitivityChart.of(scenario, screening, readout)
                            .writeTo(file, format, chartLook.look()),
                    file -> {
                        if (outputs.csvLayout() == CsvLayout.LONG) {
                            LongFormCsv.writeMorris(scenario.name(), screening, readout, file);
                        } else {
                            CsvWriter.writeMorris(screening, readout, file);
                        }
                    });
            out.println(RunCommand.heading(scenario));
            out.println("Global sensitivity of " + outcome + " (Morris screening): " + parameters(d) + ", " + r
                    + " trajectories on a " + p + "-level grid, " + grouped(screening.runs()) + " model runs.");
            out.println(inputsLine(inputs));
            out.println();
            out.print(GlobalSensitivityTable.render(screening));
            out.println();
            out.println("mu*: the mean absolute change of the outcome when a parameter moves across its span (its"
                    + " --range, or the central "
                    + NumberText.plain(InputDistribution.TruncatedNormal.SCREENING_SHARE_PERCENT)
                    + " % of its normal distribution); sigma: how much that change depends on the other"
                    + " parameters.");
            out.println("Intervals: " + grouped(screening.resamples()) + " bootstrap resamples of the trajectories,"
                    + " seed " + s + ".");
            TerminalText.printWritten(out, written);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Options that belong to another method than the one chosen are a mistake, not silently ignored. */
    private void checkMethodOptions() throws UserInputException {
        List<String> problems = new ArrayList<>();
        boolean stepGiven = spec.commandLine().getParseResult().hasMatchedOption("--step");
        boolean global = method != SensitivityMethod.ONE_AT_A_TIME;
        String globalHint = " applies to --method sobol and --method morris";
        if (!global) {
            if (samples != null) {
                problems.add("--samples applies to --method sobol");
            }
            if (ranges != null) {
                problems.add("--range" + globalHint);
            }
            if (seed != null) {
                problems.add("--seed" + globalHint);
            }
            if (threads != null) {
                problems.add("--threads" + globalHint);
            }
        } else if (stepGiven) {
            problems.add("--step applies to --method one-at-a-time (the default)");
        }
        if (method != SensitivityMethod.MORRIS) {
            if (trajectories != null) {
                problems.add("--trajectories applies to --method morris");
            }
            if (levels != null) {
                problems.add("--levels applies to --method morris");
            }
        } else if (samples != null) {
            problems.add("--samples applies to --method sobol; morris takes --trajectories");
        }
        if (threads != null && (threads < 1 || threads > PopulationOptions.MAX_THREADS)) {
            problems.add("--threads " + threads + ": must be between 1 and " + PopulationOptions.MAX_THREADS);
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    /** The --range values, as typed: each a known parameter and two numbers within its range. */
    private List<ParameterRange> parsedRanges() throws UserInputException {
        List<ParameterRange> parsed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String text : ranges == null ? List.<String>of() : ranges) {
            try {
                parsed.add(ParameterRange.parse(text));
            } catch (SweepException e) {
                e.problems().forEach(p -> problems.add("--range " + Hints.line(p)));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return parsed;
    }

    /** A library problem as one line, naming the option it comes from. */
    private static String line(SweepProblem p) {
        return switch (p.field()) {
            case "" -> Hints.line(p);
            case "samples", "trajectories", "levels" -> "--" + Hints.line(p);
            default -> "--range " + Hints.line(p);
        };
    }

    private static String parameters(int d) {
        return d == 1 ? "1 model parameter" : d + " model parameters";
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** How the parameters varied, in one sentence. */
    private static String inputsLine(List<SensitivityInput> inputs) {
        long normal = inputs.stream()
                .filter(i -> i.distribution() instanceof InputDistribution.TruncatedNormal)
                .count();
        long uniform = inputs.size() - normal;
        List<String> parts = new ArrayList<>();
        if (normal > 0) {
            parts.add(normal + " calibrated parameter" + (normal == 1 ? "" : "s")
                    + " drawn independently from a normal distribution (the calibration's estimate and standard"
                    + " error, truncated to the parameter's range; correlations left out)");
        }
        if (uniform > 0) {
            parts.add(uniform + " parameter" + (uniform == 1 ? "" : "s") + " uniform over its --range");
        }
        return "Inputs: " + String.join("; ", parts) + ". Parameters the scenario sets itself are held.";
    }

    private static String convergenceLine(SobolIndices indices) {
        SobolIndices.Convergence c = indices.convergence();
        String figures = "from " + c.halfSamples() + " to " + indices.samples() + " base samples the largest change"
                + " of an index was " + NumberText.fixed(c.largestChange(), 3) + " (at most "
                + NumberText.plain(c.changeTolerance()) + " allowed) and the widest "
                + NumberText.plain(indices.confidencePercent()) + " % interval "
                + NumberText.fixed(c.widestInterval(), 3) + " (at most " + NumberText.plain(c.widthTolerance()) + ")";
        if (c.converged()) {
            return "Converged: " + figures + ".";
        }
        String advice = indices.samples() < GlobalSensitivity.MAX_SAMPLES
                ? "; rerun with --samples " + indices.samples() * 4
                : "";
        return "Not converged: " + figures + advice + ".";
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
