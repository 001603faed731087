package org.inertia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inertia.cli.chart.EvidenceChart;
import org.inertia.cli.options.ChartOptions;
import org.inertia.cli.options.EvidenceOutputOptions;
import org.inertia.cli.output.EvidenceWriter;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.NumberText;
import org.inertia.cli.output.TerminalText;
import org.inertia.cli.output.TextTable;
import org.inertia.sim.evidence.Calibration;
import org.inertia.sim.evidence.EvidenceCategory;
import org.inertia.sim.evidence.EvidenceReport;
import org.inertia.sim.evidence.EvidenceSet;
import org.inertia.sim.evidence.StoredHoldOut;
import org.inertia.sim.measure.Family;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.io.Excerpt;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code inertia evidence}: the model against every published figure it was calibrated to. */
@Command(
        name = "evidence",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        description = {
            "Runs every published study arm of the evidence set through the default model and prints,"
                    + " for each, the published and simulated change, their difference in percentage points"
                    + " and whether the model lies within the published spread; then mean absolute error and"
                    + " RMSE overall and per design category (disuse, recovery, exercise, training), and the"
                    + " error of each family (muscle, aerobic capacity, bone), in sample and held out study by"
                    + " study.",
            "The rows are the muscle evidence unless --family names aerobic or bone.",
            "With --calibrate, also refits every model parameter that has a prior, jointly, to the evidence"
                    + " (Levenberg-Marquardt) and reports the fitted values, their standard errors and the"
                    + " leave-one-study-out error; the files of --chart, --csv and --json still hold the"
                    + " default model's comparison.",
            "Sources and where each figure stands in its paper: docs/evidence-notes.md."
        })
public final class EvidenceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private EvidenceOutputOptions outputs;

    @Mixin
    private ChartOptions chartLook;

    @Option(
            names = "--calibrate",
            description = "Also refit every parameter that has a prior, jointly, and report the fit and the"
                    + " leave-one-study-out error.")
    private boolean calibrate;

    @Option(
            names = "--family",
            paramLabel = "FAMILY",
            converter = FamilyConverter.class,
            completionCandidates = FamilyConverter.class,
            description = "Whose evidence to list, write and (with --calibrate) refit: muscle (default), aerobic"
                    + " or bone.")
    private Family family = Family.MUSCLE;

    @Override
    public Integer call() throws Exception {
        outputs.check();
        chartLook.check(outputs.chart().isPresent(), true, "the chart");
        EvidenceSet evidence = EvidenceSet.builtIn(family);
        EvidenceReport report = EvidenceReport.evaluate(evidence);
        PrintWriter out = outputs.textWriter();

        TextTable table = new TextTable(
                List.of("Id", "Study", "Arm", "Day", "Measure", "Published %", "Model %", "Diff pp", "In spread"));
        for (EvidenceReport.Comparison c : report.comparisons()) {
            table.row(List.of(
                    c.row().id(),
                    c.row().study(),
                    c.row().arm(),
                    Integer.toString(c.row().day()),
                    c.row().measure().key(),
                    signed(c.row().changePercent()),
                    signed(c.simulatedChangePercent()),
                    signed(c.differencePp()),
                    c.withinSpread().map(b -> b ? "yes" : "no").orElse("-")));
        }
        out.print(table.render());
        out.println();
        TextTable stats = new TextTable(List.of(
                "Rows", "n", "Mean abs. error pp", "RMSE pp", "Mean signed error pp", "Inside published spread"));
        stats.row(statsRow("all", report.overall()));
        for (Map.Entry<EvidenceCategory, EvidenceReport.Statistics> e :
                report.byCategory().entrySet()) {
            stats.row(statsRow(e.getKey().keyword(), e.getValue()));
        }
        out.print(stats.render());
        out.println();
        out.print(families(family, report).render());

        if (calibrate) {
            out.println();
            Calibration.Result fit = Calibration.fit(evidence, Preset.DEFAULT.parameters(), Calibration.free(family));
            TextTable params =
                    new TextTable(List.of("Parameter", "Default", "Refitted", "Standard error", "Identified"));
            for (Parameter p : fit.free()) {
                params.row(List.of(
                        p.key(),
                        number(Preset.DEFAULT.parameters().get(p)),
                        number(fit.parameters().get(p)),
                        number(fit.standardErrors().get(p)),
                        fit.identification().get(p).name().toLowerCase(Locale.ROOT)));
            }
            out.println("Joint refit of every " + family.key() + " parameter against its prior (" + fit.iterations()
                    + " iterations):");
            out.print(params.render());
            out.println();
            Calibration.HoldOut loso = Calibration.leaveOneStudyOut(evidence, fit.parameters(), fit.free());
            TextTable honest = new TextTable(
                    List.of("Rows", "n", "In-sample RMSE pp", "Leave-one-study-out RMSE pp", "Mean signed error pp"));
            honest.row(List.of(
                    "all",
                    Integer.toString(loso.overall().count()),
                    number(fit.report().overall().rootMeanSquareErrorPp()),
                    number(loso.overall().rootMeanSquareErrorPp()),
                    signed(loso.overall().meanSignedErrorPp())));
            for (EvidenceCategory c : EvidenceCategory.values()) {
                EvidenceReport.Statistics held = loso.byCategory().get(c);
                honest.row(List.of(
                        c.keyword(),
                        Integer.toString(held.count()),
                        number(fit.report().byCategory().get(c).rootMeanSquareErrorPp()),
                        number(held.rootMeanSquareErrorPp()),
                        signed(held.meanSignedErrorPp())));
            }
            out.print(honest.render());
        }

        List<Path> written = outputs.write(
                (o, format) -> EvidenceChart.of(report).writeTo(o, format, chartLook.look()),
                o -> EvidenceWriter.csv(report, o),
                o -> EvidenceWriter.json(InertiaVersion.version(), report, o));
        TerminalText.printWritten(out, written);
        out.flush();
        return ExitCode.OK;
    }

    /**
     * Each family's error: in sample, at the default parameters, and the honest figure held out
     * study by study, as stored with the calibration; the family listed above keeps its report.
     */
    private static TextTable families(Family listed, EvidenceReport listedReport) {
        TextTable t = new TextTable(
                List.of("Family", "Figures", "Studies", "In-sample RMSE pp", "Leave-one-study-out RMSE pp"));
        for (Family f : Family.values()) {
            EvidenceSet set = EvidenceSet.builtIn(f);
            EvidenceReport report = f == listed ? listedReport : EvidenceReport.evaluate(set);
            t.row(List.of(
                    f.label(),
                    Integer.toString(set.rows().size()),
                    Integer.toString(set.studies().size()),
                    number(report.overall().rootMeanSquareErrorPp()),
                    number(StoredHoldOut.shipped(f).overall().rootMeanSquareErrorPp())));
        }
        return t;
    }

    /** Reads {@code --family}: a family's key. */
    static final class FamilyConverter implements ITypeConverter<Family>, Iterable<String> {

        /** Every family's key, in declaration order: the values the option takes. */
        private static final List<String> KEYS =
                java.util.Arrays.stream(Family.values()).map(Family::key).toList();

        @Override
        public Family convert(String value) {
            for (Family f : Family.values()) {
                if (f.key().equals(value.strip())) {
                    return f;
                }
            }
            throw new TypeConversionException("'" + Excerpt.of(value) + "' is not a family ("
                    + org.inertia.sim.scenario.io.DidYouMean.closest(value.strip(), KEYS)
                            .map(c -> "did you mean '" + c + "'? ")
                            .orElse("")
                    + "use muscle, aerobic or bone)");
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return KEYS.iterator();
        }
    }

    private static List<String> statsRow(String name, EvidenceReport.Statistics s) {
        return List.of(
                name,
                Integer.toString(s.count()),
                number(s.meanAbsoluteErrorPp()),
                number(s.rootMeanSquareErrorPp()),
                Double.isFinite(s.meanSignedErrorPp()) ? signed(s.meanSignedErrorPp()) : "-",
                s.withSpread() == 0 ? "-" : s.insideSpread() + " of " + s.withSpread());
    }

    private static String signed(double v) {
        return NumberText.signed(v, 1);
    }

    private static String number(double v) {
        return NumberText.significant(v, 3);
    }
}
