package org.inertia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inertia.cli.options.Audience;
import org.inertia.cli.options.ChartOptions;
import org.inertia.cli.options.MeasureOptions;
import org.inertia.cli.options.OutputOptions;
import org.inertia.cli.options.RecoveryOptions;
import org.inertia.cli.options.UserInputException;
import org.inertia.cli.output.AtomicFiles;
import org.inertia.cli.output.DomainWarnings;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.report.HtmlPatientHandout;
import org.inertia.cli.report.HtmlReport;
import org.inertia.sim.evidence.EvidenceSet;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.population.CalibrationUncertainty;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.Excerpt;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.trajectory.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inertia report}: one self-contained HTML page about one or more scenarios, to read or print:
 * the clinician report, or with {@code --audience patient} a one-page handout.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        description = {
            "Writes a printable report on one or more scenarios as a single HTML file that needs no network:"
                    + " each scenario in plain words, the comparison chart and one chart per scenario,"
                    + " the summary tables of run and compare, what the numbers mean, and the evidence behind"
                    + " the default model (the studies, the model's error against them, each parameter's source).",
            "The comparison is of overall strength, or of --measure: any muscle measure, aerobic capacity (vo2max) or"
                    + " a bone site; fitness and bone have their own section either way.",
            "Open it in a browser; print it to PDF from there (both audiences print on A4).",
            "With --audience patient, a one-page handout for a patient instead: each option in plain words and"
                    + " what it does to the muscles, one chart (the muscles the options differ on, or --measure),"
                    + " options the model cannot tell apart called about the same, what to do, and how sure the"
                    + " figures are."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  inertia report scenarios/bed-rest-7d-*.yaml -o rehab.html",
            "  inertia report scenarios/older-adult-hospital-10d*.yaml -o ward.html --title \"Walking the ward\"",
            "  inertia report scenarios/back-pain-*.yaml scenarios/lumbar-brace-4w.yaml -o handout.html --audience patient"
        })
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "One or more scenario files (YAML).")
    private List<Path> scenarioFiles;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            required = true,
            description = "The report to write (.html).")
    private Path output;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title (default: from the scenarios).")
    private String title;

    @Mixin
    private MeasureOptions measure;

    @Mixin
    private RecoveryOptions recovery;

    @Option(
            names = "--uncertainty",
            description = "Show the model's own uncertainty on the comparison: a band from "
                    + REPORT_DRAWS + " parameter sets drawn from the calibration (the average person), in the chart"
                    + " and the table. Reproducible: the draws are always the same.")
    private boolean uncertainty;

    @Option(
            names = "--audience",
            paramLabel = "WHO",
            defaultValue = "clinician",
            converter = Audience.Converter.class,
            completionCandidates = Audience.Converter.class,
            description = "Whom the report is for: clinician (default; every chart, table and source) or patient"
                    + " (one page in plain words with one chart; not with --uncertainty or --recovered-at).")
    private Audience audience;

    /** Parameter sets drawn for the report's bands. */
    static final int REPORT_DRAWS = 200;

    /** The seed of the report's draws: fixed, so that a report is the same every time it is made. */
    static final long REPORT_SEED = 1;

    @Override
    public Integer call() throws Exception {
        Measure compared = measure.single().orElse(Measure.OVERALL_STRENGTH);
        if (!compared.ofMuscle() && audience == Audience.PATIENT) {
            throw new UserInputException("--measure " + compared.key() + ": the patient handout charts muscle and"
                    + " says what an option costs in fitness in words; chart aerobic capacity or bone in a clinician"
                    + " report (leave out --audience patient)");
        }
        checkOutput();
        CompareCommand.checkCount(scenarioFiles);
        Optional<String> blank = ChartOptions.titleProblem(title);
        if (blank.isPresent()) {
            throw new UserInputException(blank.get());
        }
        recovery.checkAlone(uncertainty);
        if (audience == Audience.PATIENT && (uncertainty || recovery.given())) {
            throw new UserInputException("--audience patient: the handout shows no bands or thresholds; leave out"
                    + " --uncertainty and --recovered-at");
        }
        List<Scenario> scenarios = CompareCommand.distinctNames(ScenarioReader.readAll(scenarioFiles));
        DomainWarnings.print(spec.commandLine().getErr(), scenarios);
        Simulator simulator = Simulator.exact();
        List<Trajectory> trajectories = new ArrayList<>();
        for (Scenario s : scenarios) {
            trajectories.add(simulator.simulate(s));
        }
        if (audience == Audience.PATIENT) {
            String handout = HtmlPatientHandout.of(title, trajectories, measure.single(), InertiaVersion.version());
            return write(handout);
        }
        String heading = title != null
                ? title
                : scenarios.size() == 1
                        ? "Inertia report: " + scenarios.get(0).name()
                        : "Inertia report: " + scenarios.size() + " scenarios compared";
        List<PopulationResult> bands = new ArrayList<>();
        if (uncertainty) {
            for (Scenario s : scenarios) {
                bands.add(new PopulationSimulator(
                                simulator,
                                CalibrationUncertainty.forScenario(s),
                                Runtime.getRuntime().availableProcessors())
                        .simulate(s, REPORT_DRAWS, REPORT_SEED, List.of(compared), 5, 95, done -> {}));
            }
        }
        String html = HtmlReport.of(
                heading,
                trajectories,
                bands,
                compared,
                recovery.given() ? recovery.thresholds() : null,
                EvidenceSet.builtIn(),
                InertiaVersion.version());
        return write(html);
    }

    private int write(String html) throws IOException {
        AtomicFiles.write(output, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + output);
        out.flush();
        return ExitCode.OK;
    }

    /** The target must be an .html file in an existing, writable directory, and not one of the scenarios. */
    private void checkOutput() throws UserInputException {
        List<String> problems = new ArrayList<>();
        String name = output.getFileName() == null
                ? ""
                : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
            problems.add(
                    "--output " + Excerpt.middle(output.toString()) + ": the report is an HTML file; name it ….html");
        }
        problems.addAll(OutputOptions.problemsWith(null, Map.of("--output", output), scenarioFiles));
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }
}
