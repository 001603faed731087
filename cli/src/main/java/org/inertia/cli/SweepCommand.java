package org.inertia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inertia.cli.chart.SweepChart;
import org.inertia.cli.chart.SweepHeatMap;
import org.inertia.cli.options.AnalysisOutputOptions;
import org.inertia.cli.options.ChartOptions;
import org.inertia.cli.options.CompletionValues;
import org.inertia.cli.options.CsvLayout;
import org.inertia.cli.options.MeasureOptions;
import org.inertia.cli.options.OutcomeConverter;
import org.inertia.cli.options.PopulationOptions;
import org.inertia.cli.options.ScenarioFiles;
import org.inertia.cli.options.UserInputException;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.output.DomainWarnings;
import org.inertia.cli.output.Hints;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.LongFormCsv;
import org.inertia.cli.output.ProgressBar;
import org.inertia.cli.output.SweepTable;
import org.inertia.cli.output.TerminalText;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.population.CalibrationUncertainty;
import org.inertia.sim.population.Cohort;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.Sweep;
import org.inertia.sim.sweep.SweepAxis;
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
 * {@code inertia sweep}: runs a scenario over a grid of one or two of its fields and reports one
 * outcome per run, as a table, a line chart or heat map, and tidy CSV.
 */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        description = {
            "Runs a scenario once for every value of one or two of its fields (--vary) and reports one"
                    + " outcome of one measure per run: how long can bed rest last, how much walking is enough?",
            "Each run is an ordinary 'inertia run' of the changed scenario. With one field, --chart draws"
                    + " the outcome against the field; with two, a heat map. --csv writes one column per"
                    + " field, then measure,outcome,value,lower,upper (lower and upper: the band of --subjects"
                    + " or --uncertainty, empty without them). --csv-layout long writes instead one row per grid"
                    + " point with fixed snake_case columns, the varied fields as values of axis_1 and axis_2: "
                    + LongFormCsv.SWEEP_HEADER + ".",
            "With --subjects N every grid point is a population of the same N virtual subjects: the value is"
                    + " their median with a percentile band (--band), or with --outcome share-recovered --day D"
                    + " the share of subjects back to 95 %% within D days of their lowest point, with its 95 %%"
                    + " interval."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  inertia sweep scenarios/bed-rest-7d-then-walking.yaml \\",
            "      --vary 'phases[0].days=1..28' --outcome lowest --chart bed-rest-days.png",
            "  inertia sweep scenarios/bed-rest-7d-then-walking.yaml \\",
            "      --vary 'phases[0].days=1..21' \\",
            "      --vary 'phases[1].exercise[0].minutes=10..60:10' \\",
            "      --outcome end --chart walking-grid.png --csv walking-grid.csv",
            "  inertia sweep scenarios/older-adult-hospital-10d-walking.yaml \\",
            "      --vary 'phases[1].exercise[0].minutes=0..60:10' --subjects 10000 \\",
            "      --outcome share-recovered --day 30 --chart share-back.png"
        })
public final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "SCENARIO",
            description = "The base scenario file (YAML); - reads it from standard input.")
    private Path scenarioFile;

    @Option(
            names = "--vary",
            completionCandidates = CompletionValues.SweepFields.class,
            required = true,
            paramLabel = "FIELD=FROM..TO[:STEP]",
            description = {
                "A field and its values: FIELD=FROM..TO (step 1 for whole-number fields, else 20 steps),"
                        + " FIELD=FROM..TO:STEP or FIELD=A,B,C. Give it once or twice. A range is FROM, FROM+STEP,"
                        + " ... up to TO, and TO itself only when on that grid (30..40:3 is 30, 33, 36, 39;"
                        + " a warning says so).",
                "Fields: subject.age, phases[i].days, phases[i].exercise[j].minutes,"
                        + " phases[i].exercise[j].sessions-per-week, parameters.<name> ('inertia list parameters')."
                        + " Phases and exercises count from 0. FROM..FROM is the one value FROM."
            })
    private List<String> vary;

    @Mixin
    private MeasureOptions measure;

    @Option(
            names = "--outcome",
            paramLabel = "OUTCOME",
            converter = OutcomeConverter.class,
            completionCandidates = OutcomeConverter.class,
            description = "What to read off each run: end (value on the last day, the default), lowest,"
                    + " days-to-recover (days from the lowest point back to 95 %% of baseline), day (see --day), or"
                    + " share-recovered (with --subjects and --day D: the share of subjects back to 95 %% within D"
                    + " days of their lowest point).")
    private Readout.Kind outcome;

    @Option(
            names = "--day",
            paramLabel = "D",
            description = "With --outcome day (implied): the day to read, 0 to " + Scenario.MAX_TOTAL_DAYS
                    + "; runs shorter than that give their last day."
                    + " With --outcome share-recovered: the days allowed from the lowest point back to 95 %%.")
    private Integer day;

    @Mixin
    private AnalysisOutputOptions outputs;

    @Mixin
    private PopulationOptions population;

    @Mixin
    private ChartOptions chartLook;

    /**
     * The seed of the subjects or draws when none is given: fixed, so that a sweep gives the same
     * numbers every time it is run.
     */
    static final long DEFAULT_SEED = 1;

    @Override
    public Integer call() throws Exception {
        Measure read = measure.single().orElse(Measure.OVERALL_STRENGTH);
        population.check();
        outputs.check(List.of(scenarioFile));
        Readout readout = readout(read);
        List<SweepAxis> axes = parseAxes();
        chartLook.check(outputs.chartRequested(), axes.size() == 1, "a heat map (two --vary fields)");
        Scenario scenario = ScenarioFiles.read(spec, scenarioFile);
        DomainWarnings.print(spec.commandLine().getErr(), List.of(scenario), List.of(read));
        checkAxes(scenario, axes);

        long seed = population.seedOr(DEFAULT_SEED);
        Sweep sweep;
        int runs = axes.stream().mapToInt(a -> a.values().size()).reduce(1, (a, b) -> a * b);
        try {
            if (population.subjectsGiven()) {
                int subjects = population.subjects();
                try (ProgressBar bar = population.progress(spec.commandLine().getErr(), runs)) {
                    sweep = Sweep.runPopulation(
                            scenario,
                            axes,
                            readout,
                            Simulator.exact(),
                            s -> population.sampler(s, List.of(readout.measure())),
                            subjects,
                            seed,
                            population.band().lower(),
                            population.band().upper(),
                            population.threads(),
                            points -> bar.advanceTo((long) points * subjects));
                }
            } else if (population.uncertainty()) {
                sweep = Sweep.runWithUncertainty(
                        scenario,
                        axes,
                        readout,
                        Simulator.exact(),
                        CalibrationUncertainty::forScenario,
                        PopulationOptions.UNCERTAINTY_DRAWS,
                        seed,
                        population.band().lower(),
                        population.band().upper());
            } else {
                sweep = Sweep.run(scenario, axes, readout, Simulator.exact());
            }
        } catch (SweepException e) {
            throw new UserInputException(
                    e.problems().stream().map(SweepCommand::line).toList());
        }

        String bandLegend = bandLegend(readout);
        List<Path> written = outputs.write(
                (out, format) -> {
                    if (axes.size() == 1) {
                        SweepChart.of(scenario, sweep, bandLegend).writeTo(out, format, chartLook.look());
                    } else {
                        SweepHeatMap.of(scenario, sweep).writeTo(out, format, chartLook.look());
                    }
                },
                out -> {
                    if (outputs.csvLayout() == CsvLayout.LONG) {
                        LongFormCsv.writeSweep(scenario.name(), sweep, statistic(readout), out);
                    } else {
                        CsvWriter.writeSweep(sweep, out);
                    }
                });
        PrintWriter out = outputs.textWriter();
        out.println(RunCommand.heading(scenario));
        String over = " over "
                + String.join(" and ", axes.stream().map(a -> a.field().path()).toList());
        if (population.subjectsGiven()) {
            out.println("Sweep: " + runs + (runs == 1 ? " grid point" : " grid points") + " of the same "
                    + String.format(Locale.ROOT, "%,d", population.subjects()) + " virtual subjects" + over);
        } else {
            out.println("Sweep: " + runs + (runs == 1 ? " run" : " runs") + over);
        }
        if (population.given()) {
            out.println(
                    readout.isShare()
                            ? "Population: " + String.format(Locale.ROOT, "%,d", population.subjects())
                                    + " virtual subjects (calibrated between-person spread); share of them with its 95 % interval"
                            : population.populationLine());
            out.println("Seed: " + seed);
        }
        shortRunsNote(scenario, axes, readout).ifPresent(out::println);
        out.println();
        out.print(SweepTable.render(sweep));
        String extremes = SweepTable.extremes(sweep);
        if (!extremes.isEmpty() && runs > 1) {
            out.println(extremes);
        }
        TerminalText.printWritten(out, written);
        out.flush();
        return ExitCode.OK;
    }

    /** What each point's value is, and its band, for the long CSV. */
    private LongFormCsv.Statistic statistic(Readout readout) {
        if (!population.given()) {
            return LongFormCsv.Statistic.VALUE;
        }
        if (readout.isShare()) {
            return LongFormCsv.Statistic.share(100 * Sweep.SHARE_CONFIDENCE);
        }
        return LongFormCsv.Statistic.median(
                population.band().lower(), population.band().upper());
    }

    /** What the band of the chart is, for its legend; null without a band. */
    private String bandLegend(Readout readout) {
        if (!population.given()) {
            return null;
        }
        if (readout.isShare()) {
            return "95 % interval of the share (" + String.format(Locale.ROOT, "%,d", population.subjects())
                    + " subjects)";
        }
        int n = population.subjectsGiven() ? population.subjects() : PopulationOptions.UNCERTAINTY_DRAWS;
        return population.band().words() + " of " + String.format(Locale.ROOT, "%,d", n) + " " + population.across();
    }

    /** The outcome from --measure, --outcome, --day and --subjects, which must agree. */
    private Readout readout(Measure read) throws UserInputException {
        Readout.Kind kind = outcome != null ? outcome : day != null ? Readout.Kind.ON_DAY : Readout.Kind.END;
        boolean needsDay = kind == Readout.Kind.ON_DAY || kind == Readout.Kind.SHARE_RECOVERED;
        if (needsDay && day == null) {
            throw new UserInputException(
                    kind == Readout.Kind.ON_DAY
                            ? "--outcome day needs the day: add --day D"
                            : "--outcome share-recovered needs the days allowed to recover: add --day D (such as --day 30)");
        }
        if (!needsDay && day != null) {
            throw new UserInputException(
                    "--day applies to --outcome day or share-recovered, not --outcome " + kind.keyword());
        }
        if (kind == Readout.Kind.SHARE_RECOVERED && !population.subjectsGiven()) {
            throw new UserInputException("--outcome share-recovered is a share of virtual subjects: add --subjects N"
                    + " (such as --subjects 10000)");
        }
        if (population.subjectsGiven() && population.subjects() > Cohort.MAX_SUBJECTS) {
            throw new UserInputException("--subjects " + String.format(Locale.ROOT, "%,d", population.subjects())
                    + ": a sweep takes at most " + String.format(Locale.ROOT, "%,d", Cohort.MAX_SUBJECTS)
                    + " subjects per grid point");
        }
        if (day != null && (day < 0 || day > Scenario.MAX_TOTAL_DAYS)) {
            throw new UserInputException("--day " + day + ": must be between 0 and " + Scenario.MAX_TOTAL_DAYS);
        }
        return new Readout(kind, read, day == null ? 0 : day);
    }

    /** Each --vary as an axis, well written; whether they fit the scenario is checked later. */
    private List<SweepAxis> parseAxes() throws UserInputException {
        List<SweepAxis> axes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String text : vary) {
            try {
                axes.add(SweepAxis.parse(text));
                // Not an error: the range is the grid of its step; say that it stops short of TO.
                SweepAxis.endNotOnGrid(text)
                        .ifPresent(p -> spec.commandLine().getErr().println("inertia: warning: " + line(p)));
            } catch (SweepException e) {
                e.problems().forEach(p -> problems.add(line(p)));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return axes;
    }

    /**
     * Checks the axes against the scenario before any run: one or two different fields that the
     * scenario has, each value in its range, not too many runs, and with the largest values
     * together the scenario is not too long.
     */
    private static void checkAxes(Scenario scenario, List<SweepAxis> axes) throws UserInputException {
        List<SweepProblem> problems = Sweep.check(scenario, axes);
        if (!problems.isEmpty()) {
            throw new UserInputException(
                    problems.stream().map(SweepCommand::line).toList());
        }
    }

    /** A problem of --vary on one line: "--vary phases[0].days: must be ..." or "--vary: ...". */
    private static String line(SweepProblem p) {
        return "--vary" + (p.field().isEmpty() ? ": " : " ") + Hints.line(p);
    }

    /** A note when --day lies beyond the end of some runs, which then give their last day's value. */
    private static Optional<String> shortRunsNote(Scenario scenario, List<SweepAxis> axes, Readout readout) {
        if (readout.kind() != Readout.Kind.ON_DAY) {
            return Optional.empty();
        }
        Scenario shortest = scenario;
        for (SweepAxis axis : axes) {
            if (axis.field().phaseOfDays() < 0) {
                continue; // only a phase's days change a run's length
            }
            shortest = axis.field()
                    .apply(
                            shortest,
                            axis.values().stream()
                                    .mapToDouble(Double::doubleValue)
                                    .min()
                                    .orElseThrow());
        }
        if (readout.day() <= shortest.totalDays()) {
            return Optional.empty();
        }
        return Optional.of("Note: some runs end before day " + readout.day() + " (the shortest after "
                + shortest.totalDays() + " days); for them the value is that of their last day.");
    }
}
