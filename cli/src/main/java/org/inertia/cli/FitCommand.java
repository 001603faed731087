package org.inertia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inertia.cli.chart.FitChart;
import org.inertia.cli.options.CompletionValues;
import org.inertia.cli.options.OutputOptions;
import org.inertia.cli.options.ScenarioFiles;
import org.inertia.cli.options.UserInputException;
import org.inertia.cli.output.AtomicFiles;
import org.inertia.cli.output.FitCsv;
import org.inertia.cli.output.Hints;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.NumberText;
import org.inertia.cli.output.ProgressBar;
import org.inertia.cli.output.StandardStreams;
import org.inertia.cli.output.TerminalText;
import org.inertia.cli.output.TextTable;
import org.inertia.sim.evidence.Measurement;
import org.inertia.sim.evidence.MeasurementException;
import org.inertia.sim.evidence.MeasurementReader;
import org.inertia.sim.evidence.ParameterFit;
import org.inertia.sim.evidence.SubjectFits;
import org.inertia.sim.measure.Measure;
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
                    + " a measure such as strength.knee_extensors, the value in %% of baseline and, optionally,"
                    + " its standard deviation (rows with one are weighted by 1/sd^2).",
            "An optional subject column (day,measure,value,subject) holds several subjects, at most "
                    + MeasurementReader.MAX_SUBJECTS + ": each is fitted on its own with the same parameters"
                    + " and checks, and a table gives each subject's values, then their spread across subjects"
                    + " (mean, SD, median, min-max of the values that are estimates). Ids are at most "
                    + MeasurementReader.MAX_SUBJECT_LENGTH + " characters, without control characters.",
            "--csv writes the fitted values in long form: " + FitCsv.HEADER + "."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  inertia fit knee.csv --scenario scenarios/bed-rest-7d-no-rehab.yaml --yaml fitted.yaml",
            "  inertia fit cohort.csv --scenario scenarios/bed-rest-7d-no-rehab.yaml --csv fitted.csv"
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
            completionCandidates = CompletionValues.ParameterKeys.class,
            paramLabel = "NAME",
            description = "Parameters to fit, comma-separated (default: how deep the losses go of what was"
                    + " measured: mass-loss-depth,neural-loss-depth for muscle, vo2max-loss-depth for aerobic"
                    + " capacity, bone-loss-depth-SITE for each bone site); 'inertia list parameters' lists them.")
    private List<String> parameterNames;

    @Option(
            names = "--chart",
            paramLabel = "FILE",
            description = "Chart the measurements and the fitted trajectories (.png, .svg, .pdf).")
    private Path chart;

    @Option(
            names = "--csv",
            paramLabel = "FILE",
            description = "Write the fitted values, one row per subject and parameter (" + FitCsv.HEADER
                    + "); - for standard output.")
    private Path csv;

    @Option(
            names = "--yaml",
            paramLabel = "FILE",
            description = "Write the scenario with the fitted parameters as a new scenario file.")
    private Path yaml;

    @Override
    public Integer call() throws Exception {
        List<Parameter> named = parameters();
        checkOutputs();
        Scenario scenario = ScenarioFiles.read(spec, scenarioFile);
        List<Measurement> data;
        List<Parameter> free;
        Map<String, List<Measurement>> subjects;
        try {
            data = MeasurementReader.readBySubject(measurements);
            free = named.isEmpty() ? defaultParameters(data) : named;
            subjects = SubjectFits.bySubject(data);
            if (subjects.size() > 1) {
                checkSubjectOutputs(subjects.size());
                SubjectFits.check(scenario, subjects, free, measurements.toString());
            } else {
                ParameterFit.check(scenario, data, free, measurements.toString());
            }
        } catch (MeasurementException e) {
            throw new UserInputException(Hints.lines(e));
        }
        if (subjects.size() > 1) {
            return fitSubjects(scenario, subjects, free);
        }

        ParameterFit.Result fit = ParameterFit.fit(scenario, data, free);
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : warnings(fit)) {
            err.println("inertia: warning: " + warning);
        }
        for (String caution : cautions(fit)) {
            err.println("inertia: warning: " + caution);
        }
        err.flush();
        if (!fit.trustworthy() && yaml != null) {
            // A scenario file is a paste-ready block too: not written from values that are not estimates.
            throw new UserInputException("--yaml " + TerminalText.oneLine(yaml.toString())
                    + ": not written, since the fitted values are not estimates (see the warnings above);"
                    + " rerun without --yaml to see them");
        }
        PrintWriter out = textWriter();
        String subject = data.get(0).subject();
        out.println("Fitted " + count(free.size(), "parameter") + " to " + count(data.size(), "measurement")
                + (subject.isEmpty() ? "" : " of subject '" + TerminalText.oneLine(subject) + "'") + " ("
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
            if (!fit.determined(p) && !fit.stalled().contains(p)) {
                out.println(
                        "Note: no measurement depends on " + p.key() + "; it keeps its starting value and is left out"
                                + " of the block below. Measure what it acts on, or fit fewer parameters.");
            }
        }
        out.println();
        if (!fit.trustworthy()) {
            out.println("Nothing to paste: the fitted values are not estimates: the fit did not converge, stopped at"
                    + " a parameter's range or where the measurements no longer depend on one (see the warnings,"
                    + " printed on stderr).");
        } else if (fit.asYamlBlock().isEmpty()) {
            out.println("Nothing to paste: the measurements determine none of the parameters.");
        } else {
            out.println("Paste into the scenario:");
            out.print(fit.asYamlBlock());
        }

        List<Path> written;
        try (AtomicFiles files = new AtomicFiles(StandardStreams.of(spec))) {
            if (csv != null) {
                SubjectFits.SubjectFit only = new SubjectFits.SubjectFit(subject, data, fit);
                files.stage(csv, o -> FitCsv.write(List.of(only), free, o));
            }
            OutputOptions.stageChart(files, chart, (o, format) -> FitChart.of(fit.trajectory(), data)
                    .writeTo(o, format));
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
     * Fits each subject of a file with a subject column on its own; prints each one's values and
     * their spread across subjects, and writes {@code --csv}.
     */
    private int fitSubjects(Scenario scenario, Map<String, List<Measurement>> subjects, List<Parameter> free)
            throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<SubjectFits.SubjectFit> fits;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (ProgressBar bar = System.console() == null
                ? ProgressBar.off()
                : ProgressBar.on(err, "Fitting " + count(subjects.size(), "subject"), subjects.size())) {
            fits = SubjectFits.fit(scenario, subjects, free, threads, bar::advanceTo);
        }
        int warned = 0;
        int untrusted = 0;
        for (SubjectFits.SubjectFit f : fits) {
            List<String> warnings = warnings(f.result());
            if (!warnings.isEmpty()) {
                untrusted++;
            }
            for (String warning : warnings) {
                if (warned++ < MAX_SUBJECT_WARNINGS) {
                    err.println("inertia: warning: subject '" + TerminalText.oneLine(f.subject()) + "': " + warning);
                }
            }
        }
        if (warned > MAX_SUBJECT_WARNINGS) {
            err.println("inertia: warning: " + (warned - MAX_SUBJECT_WARNINGS) + " more warnings; "
                    + count(untrusted, "subject") + " in all without estimates (the status column of --csv)");
        }
        err.flush();

        PrintWriter out = textWriter();
        int rows = subjects.values().stream().mapToInt(List::size).sum();
        out.println("Fitted " + count(free.size(), "parameter") + " to each of " + count(fits.size(), "subject") + " ("
                + count(rows, "measurement") + ", " + TerminalText.oneLine(measurements.toString()) + ") in '"
                + TerminalText.oneLine(scenario.name()) + "', each on its own:");
        List<String> header = new ArrayList<>(List.of("Subject", "Measurements"));
        for (Parameter p : free) {
            header.add(p.key() + " (SE)");
        }
        header.addAll(List.of("RMSE (pp)", "Note"));
        TextTable table = new TextTable(header);
        for (SubjectFits.SubjectFit f : fits) {
            List<String> row = new ArrayList<>(List.of(
                    TerminalText.oneLine(f.subject()), Integer.toString(f.data().size())));
            for (Parameter p : free) {
                row.add(number(f.result().estimates().get(p))
                        + (f.result().determined(p)
                                ? " (" + number(f.result().standardErrors().get(p)) + ")"
                                : " (-)"));
            }
            row.add(NumberText.fixed(f.result().rootMeanSquareErrorPp(), 2));
            row.add(note(f, free));
            table.row(row);
        }
        out.print(table.render());
        out.println();

        List<SubjectFits.Spread> spreads = SubjectFits.spread(fits, free);
        out.println("Spread across subjects, of the values that are estimates:");
        TextTable spread =
                new TextTable(List.of("Parameter", "Subjects", "Mean", "SD", "Median", "Min", "Max", "Unit"));
        for (SubjectFits.Spread sp : spreads) {
            spread.row(List.of(
                    sp.parameter().key(),
                    Integer.toString(sp.subjects()),
                    orDash(sp.mean()),
                    orDash(sp.standardDeviation()),
                    orDash(sp.median()),
                    orDash(sp.min()),
                    orDash(sp.max()),
                    sp.parameter().unit()));
        }
        out.print(spread.render());
        if (untrusted > 0) {
            out.println("Left out of the spread: " + count(untrusted, "subject")
                    + " whose fit did not converge or stopped at a parameter's range (see the warnings).");
        }
        out.println();
        out.println("Nothing to paste: each subject has its own values"
                + (csv == null ? "; --csv FILE writes them all." : "."));

        List<Path> written;
        try (AtomicFiles files = new AtomicFiles(StandardStreams.of(spec))) {
            if (csv != null) {
                files.stage(csv, o -> FitCsv.write(fits, free, o));
            }
            written = files.commit();
        }
        TerminalText.printWritten(out, written);
        out.flush();
        return ExitCode.OK;
    }

    /** Most warnings printed for a file of several subjects; the rest are counted. */
    static final int MAX_SUBJECT_WARNINGS = 20;

    /** What the table says of a subject whose values are not all estimates. */
    private static String note(SubjectFits.SubjectFit f, List<Parameter> free) {
        if (!f.result().converged()) {
            return "not converged";
        }
        List<Parameter> at = f.result().atBounds();
        if (!at.isEmpty()) {
            return "at range end: "
                    + String.join(", ", at.stream().map(Parameter::key).toList());
        }
        List<String> undetermined = free.stream()
                .filter(p -> !f.result().determined(p))
                .map(Parameter::key)
                .toList();
        return undetermined.isEmpty() ? "" : "not determined: " + String.join(", ", undetermined);
    }

    private static String orDash(double v) {
        return Double.isFinite(v) ? number(v) : "-";
    }

    /** Where the text goes: standard error when the CSV goes to standard output. */
    private PrintWriter textWriter() {
        return csv != null && StandardStreams.isDash(csv)
                ? spec.commandLine().getErr()
                : spec.commandLine().getOut();
    }

    /** A file of several subjects gives several sets of values: one scenario or one chart cannot hold them. */
    private void checkSubjectOutputs(int subjects) throws UserInputException {
        List<String> problems = new ArrayList<>();
        String why = ": the measurements hold " + subjects + " subjects, each with its own values; fit one subject's"
                + " rows at a time for this, or write all of them with --csv FILE";
        if (yaml != null) {
            problems.add("--yaml " + TerminalText.oneLine(yaml.toString()) + why);
        }
        if (chart != null) {
            problems.add("--chart " + TerminalText.oneLine(chart.toString()) + why);
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    /**
     * {@return one line for each estimate the measurements hardly determine: its standard error is
     * over a quarter of the parameter's whole range (a depth of 0.25 ± 0.83 on a range of 0 to 1)}
     * Estimates still, and pasted; but said, as {@code evidence --calibrate} says which parameters
     * the evidence identifies.
     */
    static List<String> cautions(ParameterFit.Result fit) {
        List<String> cautions = new ArrayList<>();
        if (!fit.trustworthy()) {
            return cautions; // not estimates at all: the warnings say why
        }
        for (Parameter p : fit.estimates().keySet()) {
            double se = fit.standardErrors().get(p);
            if (fit.determined(p) && !fit.stalled().contains(p) && se > (p.max() - p.min()) / 4) {
                cautions.add(p.key() + " = " + number(fit.estimates().get(p)) + " ± " + number(se)
                        + ": the standard error is over a quarter of its whole range (" + number(p.min()) + " to "
                        + number(p.max()) + "), so the measurements hardly determine it; measure over a longer time,"
                        + " or fix it and fit the others");
            }
        }
        return cautions;
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
        for (Parameter p : fit.stalled()) {
            warnings.add(p.key() + " = " + number(fit.estimates().get(p)) + " is where the measurements no longer"
                    + " depend on it (the model stops responding to it there): not an estimate; check that the scenario"
                    + " is the one measured, or fix " + p.key() + " and fit the others");
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

    /**
     * {@return the parameters fitted when --parameters is not given: how deep the losses go of each
     * family measured ({@link #DEFAULT_PARAMETERS} for muscle, the loss depth of aerobic capacity,
     * of each bone site measured)}
     *
     * @param data the measurements
     */
    static List<Parameter> defaultParameters(List<Measurement> data) {
        List<Parameter> free = new ArrayList<>();
        List<Measure> measured =
                data.stream().map(Measurement::measure).distinct().toList();
        if (measured.stream().anyMatch(Measure::ofMuscle)) {
            free.addAll(DEFAULT_PARAMETERS);
        }
        for (Measure m : measured) {
            if (!m.ofMuscle()) {
                free.add(Parameter.lossDepth(m.outcome()));
            }
        }
        return free;
    }

    /** The parameters named with --parameters; empty when none was given. */
    private List<Parameter> parameters() throws UserInputException {
        if (parameterNames == null || parameterNames.isEmpty()) {
            return List.of();
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
        java.util.Map<String, Path> targets = new OutputOptions.Targets()
                .add("--chart", chart)
                .add("--yaml", yaml)
                .add("--csv", csv)
                .asMap();
        List<String> problems = OutputOptions.problemsWith(
                chart, targets, List.of(scenarioFile, measurements), java.util.Set.of("--csv"));
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
