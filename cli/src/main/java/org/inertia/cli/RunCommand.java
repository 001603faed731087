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
import org.inertia.cli.options.Engine;
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
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.Trajectory;
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
            "With --chart, --csv or --json, also writes those files (all or none);"
                    + " with --csv-schema, the CSV's Frictionless table schema beside it.",
            "With --subjects N, simulates N virtual subjects and reports the median with a band:"
                    + " the spread across subjects of the lowest value, the end value and the days to recover."
        })
public final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "SCENARIO",
            description = "The scenario file (YAML); - reads it from standard input.")
    private Path scenarioFile;

    @Mixin
    private OutputOptions outputs;

    @Mixin
    private MeasureOptions measures;

    @Mixin
    private PopulationOptions population;

    @Mixin
    private RecoveryOptions recovery;

    @Mixin
    private ChartOptions chartLook;

    @Mixin
    private ObservedOptions observed;

    @Mixin
    private FacetOptions facet;

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
        population.check();
        recovery.checkAlone(population.given());
        chartLook.check(outputs.chart().isPresent(), true, "the chart");
        Optional<Outcome> panels = facet.check(outputs.chart().isPresent(), measures.all());
        List<Measure> charted = panels.map(FacetOptions::panels).orElse(measures.forChart());
        if (outputs.chart().isPresent() && TrajectoryChart.families(charted).size() > TrajectoryChart.MAX_FAMILIES) {
            throw new UserInputException("--measure names muscle, aerobic capacity and bone together; a chart has"
                    + " two value axes, so draw at most two of the three (the CSV and JSON files take any number)");
        }
        Scenario scenario = ScenarioFiles.read(spec, scenarioFile);
        List<Measurement> points = observed.read(outputs.chart().isPresent(), charted, scenario.totalDays());
        DomainWarnings.print(spec.commandLine().getErr(), List.of(scenario), measures.all());
        if (population.given()) {
            return runPopulation(scenario, points, panels);
        }
        outputs.checkSubjectFiles(false, 0);

        Trajectory trajectory = engine.simulator().simulate(scenario);

        OutputOptions.ChartWriter chart = panels.isPresent()
                ? (out, format) -> FacetChart.of(panels.get(), m -> TrajectoryChart.ofScenarios(List.of(trajectory), m)
                                .observed(points, List.of(m)))
                        .writeTo(out, format, chartLook.look())
                : (out, format) -> TrajectoryChart.ofMeasures(trajectory, measures.forChart())
                        .observed(points, measures.forChart())
                        .writeTo(out, format, chartLook.look());
        List<Measure> data = measures.forData(Trajectory.measures());
        List<Path> written = recovery.given()
                ? outputs.write(List.of(trajectory), data, recovery.thresholds(), chart)
                : outputs.write(List.of(trajectory), data, chart);
        PrintWriter out = outputs.textWriter();
        out.println(heading(scenario));
        out.println();
        out.println("Strength, % of baseline:");
        out.print(
                recovery.given()
                        ? SummaryTable.ofGroups(trajectory, Outcome.STRENGTH, recovery.thresholds())
                                .render()
                        : SummaryTable.ofGroups(trajectory).render());
        // A muscle-size measure named: its table too (issue 13: only strength was printed).
        if (measures.all().stream().anyMatch(m -> m.outcome() == Outcome.MASS)) {
            out.println();
            out.println("Muscle size, % of baseline:");
            out.print(SummaryTable.ofGroups(trajectory, Outcome.MASS, recovery.thresholds())
                    .render());
        }
        // Aerobic capacity and bone density named: their own table, a row each.
        List<Measure> wholeBody =
                measures.all().stream().filter(m -> !m.ofMuscle()).toList();
        if (!wholeBody.isEmpty()) {
            out.println();
            out.println("Aerobic capacity and bone density, % of baseline:");
            out.print(SummaryTable.ofMeasures(trajectory, wholeBody, recovery.thresholds())
                    .render());
        }
        if (recovery.given()) {
            out.println();
            for (Measure m : measures.forChart()) {
                out.println(FindingWords.recovery(trajectory, m, recovery.thresholds()));
            }
        }
        TerminalText.printWritten(out, written);
        out.flush();
        return ExitCode.OK;
    }

    /**
     * A population run: the measures to summarise within memory, then the median and band in
     * the table and every file.
     */
    private int runPopulation(Scenario scenario, List<Measurement> points, Optional<Outcome> panels) throws Exception {
        List<Measure> named = new ArrayList<>(measures.given() ? measures.forChart() : List.of());
        // Panels per group: each group's median and band are summarised as well.
        panels.ifPresent(o ->
                FacetOptions.panels(o).stream().filter(m -> !named.contains(m)).forEach(named::add));
        PopulationOptions.Choice choice =
                population.choose(named, List.of(Measure.OVERALL_STRENGTH), scenario.totalDays(), 1);
        List<Measure> summarised = choice.measures();
        outputs.checkSubjectFiles(true, (long) population.subjects() * (scenario.totalDays() + 1) * summarised.size());
        PrintWriter out = outputs.textWriter();
        out.println(heading(scenario));
        out.println(population.populationLine());
        out.println(population.seedLine());
        if (!choice.note().isEmpty()) {
            out.println(choice.note());
        }
        if (!population.threadsNote().isEmpty()) {
            out.println(population.threadsNote());
        }
        out.flush();

        PopulationResult result;
        try (ProgressBar bar = population.progress(spec.commandLine().getErr(), 1)) {
            result = population
                    .simulator(engine.simulator(), scenario, summarised)
                    .simulate(
                            scenario,
                            population.subjects(),
                            population.seed(),
                            summarised,
                            population.band().lower(),
                            population.band().upper(),
                            bar.part(0));
        }

        // The chart shows the named measures, else overall strength (always summarised).
        List<Measure> charted = measures.given() ? measures.forChart() : List.of(Measure.OVERALL_STRENGTH);
        String bandWords = population.band().words();
        List<CsvWriter.SubjectRun> subjects = List.of(new CsvWriter.SubjectRun(
                scenario,
                population.simulator(engine.simulator(), scenario, summarised),
                population.subjects(),
                population.seed()));
        OutputOptions.ChartWriter chart = panels.isPresent()
                ? (file, format) -> FacetChart.of(panels.get(), m -> TrajectoryChart.ofPopulations(
                                        List.of(result), m, bandWords, population.across())
                                .observed(points, List.of(m)))
                        .writeTo(file, format, chartLook.look())
                : (file, format) -> TrajectoryChart.ofPopulation(result, charted, bandWords, population.across())
                        .observed(points, charted)
                        .writeTo(file, format, chartLook.look());
        List<Path> written = outputs.writePopulations(List.of(result), summarised, chart, subjects);
        out.println();
        if (measures.given() || summarised.size() < Measure.of(Family.MUSCLE).size()) {
            out.println("% of baseline, across " + population.across() + ":");
            out.print(SummaryTable.ofPopulationMeasures(result, summarised).render());
        } else {
            out.println("Strength, % of baseline, across " + population.across() + ":");
            out.print(SummaryTable.ofPopulationGroups(result).render());
        }
        out.println(SummaryTable.POPULATION_FOOTNOTE);
        TerminalText.printWritten(out, written);
        out.flush();
        return ExitCode.OK;
    }

    /** "Scenario: name (35 days: Bed rest 7 d, Walking 28 d)". */
    static String heading(Scenario scenario) {
        StringBuilder sb = new StringBuilder("Scenario: ").append(TerminalText.oneLine(scenario.name()));
        sb.append(" (")
                .append(scenario.totalDays())
                .append(scenario.totalDays() == 1 ? " day" : " days")
                .append(": ");
        for (int p = 0; p < scenario.phases().size(); p++) {
            Phase phase = scenario.phases().get(p);
            sb.append(p == 0 ? "" : ", ")
                    .append(TerminalText.oneLine(phase.name()))
                    .append(' ')
                    .append(phase.days())
                    .append(" d");
        }
        return sb.append(')').toString();
    }
}
