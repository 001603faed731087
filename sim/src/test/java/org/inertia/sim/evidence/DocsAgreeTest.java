package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inertia.sim.measure.Family;
import org.inertia.sim.parameters.DefaultCalibration;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.population.BandCoverage;
import org.inertia.sim.population.CalibrationUncertainty;
import org.junit.jupiter.api.Test;

/**
 * The figures quoted in docs/model.md are the ones the code produces: the error table per category
 * (in sample and out of it), the simple rules on the same figures, the evidence set's size, the
 * whole-body families' error table, and every parameter with its value and standard error. Run with {@code -Ddocs.print=true} to print
 * the lines the docs should hold.
 */
class DocsAgreeTest {

    private static String docs() throws IOException {
        return Files.readString(Path.of("../docs/model.md"));
    }

    private static String pp(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    /** The error table's rows: category, figures, in-sample RMSE and signed, hold-out RMSE and signed. */
    static List<String> errorRows() {
        EvidenceReport fit = EvidenceReport.evaluate(CalibrationRuns.EVIDENCE);
        Calibration.HoldOut loso = CalibrationRuns.holdOut();
        List<String> rows = new ArrayList<>();
        rows.add(row("all", fit.overall(), loso.overall()));
        for (EvidenceCategory c : EvidenceCategory.values()) {
            rows.add(row(c.keyword(), fit.byCategory().get(c), loso.byCategory().get(c)));
        }
        return rows;
    }

    private static String row(String name, EvidenceReport.Statistics in, EvidenceReport.Statistics out) {
        return "| " + name + " | " + in.count() + " | " + pp(in.rootMeanSquareErrorPp()) + " | "
                + signed(in.meanSignedErrorPp()) + " | " + pp(out.rootMeanSquareErrorPp()) + " | "
                + signed(out.meanSignedErrorPp()) + " |";
    }

    /** The simple rules' rows: rule, then RMSE overall and per category. */
    static List<String> ruleRows() {
        List<String> rows = new ArrayList<>();
        for (SimpleRule rule : SimpleRule.values()) {
            EvidenceReport r = rule.evaluate(CalibrationRuns.EVIDENCE);
            StringBuilder sb = new StringBuilder(
                    "| " + rule.label() + " | " + pp(r.overall().rootMeanSquareErrorPp()));
            for (EvidenceCategory c : EvidenceCategory.values()) {
                sb.append(" | ").append(pp(r.byCategory().get(c).rootMeanSquareErrorPp()));
            }
            rows.add(sb.append(" |").toString());
        }
        return rows;
    }

    /** The parameter table's rows: key, value, standard error (or "fixed"). */
    static List<String> parameterRows() {
        List<String> rows = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            String value = plain(Preset.DEFAULT.parameters().get(p));
            String se = DefaultCalibration.stored().standardError(p).isPresent()
                    ? "± "
                            + new BigDecimal(DefaultCalibration.stored()
                                            .standardError(p)
                                            .getAsDouble())
                                    .round(new MathContext(2))
                                    .stripTrailingZeros()
                                    .toPlainString()
                    : "fixed";
            rows.add("| `" + p.key() + "` | " + value + " | " + se + " |");
        }
        return rows;
    }

    private static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    @Test
    void errorFiguresInTheDocsMatchTheEvidenceRun() throws IOException {
        if (Boolean.getBoolean("docs.print")) {
            errorRows().forEach(System.out::println);
            ruleRows().forEach(System.out::println);
            parameterRows().forEach(System.out::println);
        }
        String docs = docs();
        for (String row : errorRows()) {
            assertThat(docs).contains(row);
        }
        for (String row : ruleRows()) {
            assertThat(docs).contains(row);
        }
        assertThat(docs)
                .contains("**" + CalibrationRuns.EVIDENCE.rows().size() + " published figures from "
                        + CalibrationRuns.EVIDENCE.studies().size() + " studies**");
    }

    /** Prints the rows with {@code -Ddocs.print=true}, then checks that docs/model.md holds each. */
    private static void docsHold(List<String> rows) throws IOException {
        if (Boolean.getBoolean("docs.print")) {
            rows.forEach(System.out::println);
        }
        String docs = docs();
        for (String row : rows) {
            assertThat(docs).contains(row);
        }
    }

    /**
     * The whole-body families' table rows: figures, studies, in-sample RMSE (one decimal), and the
     * stored leave-one-study-out RMSE overall and per category.
     */
    static List<String> familyRows() {
        List<String> rows = new ArrayList<>();
        for (Family family : List.of(Family.AEROBIC, Family.BONE)) {
            EvidenceSet evidence = EvidenceSet.builtIn(family);
            EvidenceReport fit = EvidenceReport.evaluate(evidence);
            StoredHoldOut held = StoredHoldOut.shipped(family);
            StringBuilder sb = new StringBuilder("| " + (family == Family.AEROBIC ? "aerobic capacity" : "bone")
                    + " | " + evidence.rows().size() + " | "
                    + evidence.studies().size() + " | "
                    + String.format(Locale.ROOT, "%.1f", fit.overall().rootMeanSquareErrorPp()) + " pp | "
                    + pp(held.overall().rootMeanSquareErrorPp()) + " pp (");
            String sep = "";
            for (EvidenceCategory c : EvidenceCategory.values()) {
                sb.append(sep)
                        .append(c.keyword())
                        .append(' ')
                        .append(pp(held.byCategory().get(c).rootMeanSquareErrorPp()));
                sep = ", ";
            }
            rows.add(sb.append(") |").toString());
        }
        return rows;
    }

    @Test
    void theWholeBodyFamiliesErrorTableMatchesTheEvidenceAndTheStoredHoldOut() throws IOException {
        docsHold(familyRows());
    }

    /**
     * The rows of the band-coverage table: per family, the published figures, how many lie within
     * the 5th-95th percentile band of 200 calibration draws (seed 1), and the band's mean width.
     */
    static List<String> coverageRows() {
        List<String> rows = new ArrayList<>();
        for (Family family : Family.values()) {
            BandCoverage c = BandCoverage.of(
                    EvidenceSet.builtIn(family),
                    Preset.DEFAULT.parameters(),
                    CalibrationUncertainty.calibrated(),
                    200,
                    1,
                    5,
                    95);
            rows.add("| " + family.key() + " | " + c.figures() + " | " + c.inside() + " ("
                    + Math.round(100 * c.share()) + " %) | "
                    + String.format(Locale.ROOT, "%.1f", c.meanWidthPp()) + " pp |");
        }
        return rows;
    }

    @Test
    void theBandCoverageInTheDocsIsTheOneTheCalibrationGives() throws IOException {
        docsHold(coverageRows());
    }

    @Test
    void everyParameterIsInTheDocsTableWithItsValueAndStandardError() throws IOException {
        String docs = docs();
        for (String row : parameterRows()) {
            assertThat(docs).contains(row.substring(0, row.length() - 1));
        }
    }

    /**
     * A parameter's value quoted in the text, "`leg-cast-severity` (1.43)" or
     * "`female-loss-factor`, fitted: 1.53 ± 0.14", is the stored value to the digits shown (and its
     * standard error, to one unit of its last digit). Values in history ("0.77 → 0.68") are not
     * checked: they are what the value was.
     */
    @Test
    void everyParameterValueQuotedInTheTextIsTheStoredOne() throws IOException {
        String docs = docs();
        int checked = 0;
        for (Parameter p : Parameter.values()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("`" + java.util.regex.Pattern.quote(p.key())
                            + "`(?:, fitted:)?(?: \\((-?[0-9.]+)\\)| (-?[0-9.]+) ± ([0-9.]+))(?! →)")
                    .matcher(docs);
            while (m.find()) {
                String shown = m.group(1) != null ? m.group(1) : m.group(2);
                double value = Preset.DEFAULT.parameters().get(p);
                assertThat(Math.abs(value - Double.parseDouble(shown)))
                        .as("%s quoted as %s in docs/model.md; stored %s", p.key(), m.group(), value)
                        .isLessThanOrEqualTo(halfUnit(shown) + 1e-12);
                if (m.group(3) != null) {
                    double se = DefaultCalibration.stored().standardError(p).orElseThrow();
                    assertThat(Math.abs(se - Double.parseDouble(m.group(3))))
                            .as("%s's standard error quoted as %s; stored %s", p.key(), m.group(3), se)
                            .isLessThanOrEqualTo(2 * halfUnit(m.group(3)) + 1e-12);
                }
                checked++;
            }
        }
        assertThat(checked).as("quoted values found").isGreaterThanOrEqualTo(6);
    }

    /** Half a unit of the last digit written: 0.005 for "1.43", 0.5 for "14". */
    private static double halfUnit(String number) {
        int point = number.indexOf('.');
        return 0.5 * Math.pow(10, point < 0 ? 0 : -(number.length() - point - 1));
    }
}
