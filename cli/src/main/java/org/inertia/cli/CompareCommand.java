package org.inertia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inertia.cli.chart.FacetChart;
import org.inertia.cli.chart.TrajectoryChart;
import org.inertia.cli.options.ChartOptions;
import org.inertia.cli.options.FacetOptions;
import org.inertia.cli.options.MeasureOptions;
import org.inertia.cli.options.ObservedOptions;
import org.inertia.cli.options.OutputOptions;
import org.inertia.cli.options.PopulationOptions;
import org.inertia.cli.options.RecoveryOptions;
import org.inertia.cli.options.ScenarioFiles;
import org.inertia.cli.options.UserInputException;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.output.DomainWarnings;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.ProgressBar;
import org.inertia.cli.output.SummaryTable;
import org.inertia.cli.output.TerminalText;
import org.inertia.cli.words.FindingWords;
import org.inertia.sim.evidence.Measurement;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.Excerpt;
import org.inertia.sim.trajectory.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
            "With --chart, --csv or --json, also writes those files (all or none);"
                    + " with --csv-schema, the CSV's Frictionless table schema beside it.",
            "With --subjects N, each scenario is simulated for the same N virtual subjects, and the"
                    + " chart and table show the median with a band across subjects."
        })
public final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "SCENARIO",
            description = "Two or more scenario files (YAML); - reads one from standard input.")
    private List<Path> scenarioFiles;

    @Mixin
    private OutputOptions outputs;

    @Mixin
    private PopulationOptions population;

    @Mixin
    private MeasureOptions measure;

    @Mixin
    private RecoveryOptions recovery;

    @Mixin
    private ChartOptions chartLook;

    @Mixin
    private ObservedOptions observed;

    @Mixin
    private FacetOptions facet;

    /**
     * Most scenarios one comparison takes: beyond it a chart cannot tell them apart and the memory
     * of the trajectories and charts grows without a bound; many variants of one scenario are a sweep.
     */
    static final int MAX_SCENARIOS = 50;

    /**
     * Refuses more scenarios than {@link #MAX_SCENARIOS} (exit 2), before any is read.
     *
     * @param files the scenario files named
     * @throws UserInputException when there are too many
     */
    static void checkCount(List<Path> files) throws UserInputException {
        if (files != null && files.size() > MAX_SCENARIOS) {
            throw new UserInputException("at most " + MAX_SCENARIOS + " scenarios at once (got " + files.size()
                    + "); compare fewer, or vary one scenario with 'inertia sweep'");
        }
    }

    @Override
    public Integer call() throws Exception {
        Measure compared = measure.single().orElse(Measure.OVERALL_STRENGTH);
        if (scenarioFiles.size() < 2) {
            throw new UserInputException("compare needs two or more scenarios (got one); to simulate one, use"
                    + " 'inertia run "
                    + Excerpt.of(TerminalText.oneLine(scenarioFiles.get(0).toString())) + "'");
        }
        checkCount(scenarioFiles);
        outputs.check(scenarioFiles);
        population.check();
        recovery.checkAlone(population.given());
        chartLook.check(outputs.chart().isPresent(), true, "the chart");
        Optional<Outcome> panels = facet.check(outputs.chart().isPresent(), measure.all());
        List<Scenario> scenarios = distinctNames(ScenarioFiles.readAll(spec, scenarioFiles));
        List<Measurement> points = observed.read(
                outputs.chart().isPresent(),
                panels.map(FacetOptions::panels).orElse(List.of(compared)),
                scenarios.stream().mapToInt(Scenario::totalDays).max().orElse(0));
        DomainWarnings.print(spec.commandLine().getErr(), scenarios, List.of(compared));
        if (population.given()) {
            return comparePopulations(scenarios, compared, points, panels);
        }
        outputs.checkSubjectFiles(false, 0);

        Simulator simulator = Simulator.exact();
        List<Trajectory> trajectories = new ArrayList<>();
        for (Scenario s : scenarios) {
            trajectories.add(simulator.simulate(s));
        }

        List<Measure> data = measure.forData(Trajectory.measures());
        OutputOptions.ChartWriter chart = panels.isPresent()
                ? (out, format) -> FacetChart.of(panels.get(), m -> TrajectoryChart.ofScenarios(trajectories, m)
                                .observed(points, List.of(m)))
                        .writeTo(out, format, chartLook.look())
                : (out, format) -> TrajectoryChart.ofScenarios(trajectories, compared)
                        .observed(points, List.of(compared))
                        .writeTo(out, format, chartLook.look());
        List<Path> written = recovery.given()
                ? outputs.write(trajectories, data, recovery.thresholds(), chart)
                : outputs.write(trajectories, data, chart);
        PrintWriter out = outputs.textWriter();
        out.println(compared.label() + ", % of baseline:");
        if (recovery.given()) {
            out.print(SummaryTable.ofScenarios(trajectories, compared, recovery.thresholds())
                    .render());
            out.println();
            for (Trajectory t : trajectories) {
                out.println(TerminalText.oneLine(t.scenario().name()) + ": "
                        + FindingWords.recovery(t, compared, recovery.thresholds()));
            }
        } else {
            out.print(SummaryTable.ofScenarios(trajectories, compared).render());
        }
        TerminalText.printWritten(out, written);
        out.flush();
        return ExitCode.OK;
    }

    /** Population runs of every scenario on the same virtual subjects (one seed), then the table and files. */
    private int comparePopulations(
            List<Scenario> scenarios, Measure compared, List<Measurement> points, Optional<Outcome> panels)
            throws Exception {
        int longest = scenarios.stream().mapToInt(Scenario::totalDays).max().orElse(1);
        List<Measure> named = new ArrayList<>(measure.all());
        if (panels.isPresent()) {
            // Panels per group: the compared measure and each group's median and band.
            if (!named.contains(compared)) {
                named.add(compared);
            }
            FacetOptions.panels(panels.get()).stream()
                    .filter(m -> !named.contains(m))
                    .forEach(named::add);
        }
        PopulationOptions.Choice choice = population.choose(named, List.of(compared), longest, scenarios.size());
        long rows = 0;
        for (Scenario s : scenarios) {
            rows += (long) population.subjects()
                    * (s.totalDays() + 1)
                    * choice.measures().size();
        }
        outputs.checkSubjectFiles(true, rows);
        PrintWriter out = outputs.textWriter();
        out.println(population.populationLine() + "; the same draws in every scenario");
        out.println(population.seedLine());
        if (!choice.note().isEmpty()) {
            out.println(choice.note());
        }
        if (!population.threadsNote().isEmpty()) {
            out.println(population.threadsNote());
        }
        out.flush();

        int subjects = population.subjects();
        List<PopulationResult> results = new ArrayList<>();
        try (ProgressBar bar = population.progress(spec.commandLine().getErr(), scenarios.size())) {
            for (Scenario s : scenarios) {
                results.add(population
                        .simulator(Simulator.exact(), s, choice.measures())
                        .simulate(
                                s,
                                subjects,
                                population.seed(),
                                choice.measures(),
                                population.band().lower(),
                                population.band().upper(),
                                bar.part((long) subjects * results.size())));
            }
        }

        String bandWords = population.band().words();
        List<CsvWriter.SubjectRun> runs = new ArrayList<>();
        for (Scenario s : scenarios) {
            runs.add(new CsvWriter.SubjectRun(
                    s, population.simulator(Simulator.exact(), s, choice.measures()), subjects, population.seed()));
        }
        List<Path> written = outputs.writePopulations(
                results,
                choice.measures(),
                panels.isPresent()
                        ? (file, format) -> FacetChart.of(panels.get(), m -> TrajectoryChart.ofPopulations(
                                                results, m, bandWords, population.across())
                                        .observed(points, List.of(m)))
                                .writeTo(file, format, chartLook.look())
                        : (file, format) -> TrajectoryChart.ofPopulations(
                                        results, compared, bandWords, population.across())
                                .observed(points, List.of(compared))
                                .writeTo(file, format, chartLook.look()),
                runs);
        out.println();
        out.println(compared.label() + ", % of baseline, across " + population.across() + ":");
        out.print(SummaryTable.ofPopulations(results, compared).render());
        out.println(SummaryTable.POPULATION_FOOTNOTE);
        TerminalText.printWritten(out, written);
        out.flush();
        return ExitCode.OK;
    }

    /**
     * {@return the scenarios with names made distinct: a repeated name gets " (2)", " (3)", ... so
     * that the table, the CSV and the JSON can tell the scenarios apart, as the chart does}
     *
     * @param scenarios the scenarios, in order
     */
    static List<Scenario> distinctNames(List<Scenario> scenarios) {
        java.util.Set<String> used = new java.util.HashSet<>();
        List<Scenario> result = new ArrayList<>();
        for (Scenario s : scenarios) {
            String name = s.name();
            for (int n = 2; !used.add(name); n++) {
                name = s.name() + " (" + n + ")";
            }
            result.add(name.equals(s.name()) ? s : s.withName(name));
        }
        return result;
    }
}
