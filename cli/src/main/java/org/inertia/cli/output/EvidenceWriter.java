package org.inertia.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inertia.sim.evidence.EvidenceCategory;
import org.inertia.sim.evidence.EvidenceReport;
import org.inertia.sim.evidence.EvidenceRow;

/** The evidence comparison as tidy CSV (one row per published figure) and as JSON. */
public final class EvidenceWriter {

    /** The CSV header. */
    public static final String CSV_HEADER = "id,study,reference,identifier,design,category,arm,n,age,day,measure,"
            + "published,simulated,difference,spread_type,spread,within_spread,where";

    private EvidenceWriter() {}

    /**
     * Writes the comparison as CSV.
     *
     * @param report the comparison
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public static void csv(EvidenceReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(CSV_HEADER);
        w.write('\n');
        for (EvidenceReport.Comparison c : report.comparisons()) {
            EvidenceRow r = c.row();
            // Text through CsvWriter.field (quoted, guarded against formulas); numbers as they are.
            List<String> cells = List.of(
                    CsvWriter.field(r.id()),
                    CsvWriter.field(r.study()),
                    CsvWriter.field(r.reference()),
                    CsvWriter.field(r.identifier()),
                    CsvWriter.field(r.design()),
                    CsvWriter.field(r.category().keyword()),
                    CsvWriter.field(r.arm()),
                    Integer.toString(r.subjects()),
                    NumberText.plain(r.ageYears()),
                    Integer.toString(r.day()),
                    CsvWriter.field(r.measure().key()),
                    NumberText.plain(r.changePercent()),
                    round(c.simulatedChangePercent()),
                    round(c.differencePp()),
                    r.spread()
                            .map(s -> s.type().name().toLowerCase(java.util.Locale.ROOT))
                            .orElse(""),
                    r.spread().map(s -> NumberText.plain(s.value())).orElse(""),
                    c.withinSpread().map(Object::toString).orElse(""),
                    CsvWriter.field(r.where()));
            w.write(String.join(",", cells));
            w.write('\n');
        }
        w.flush();
    }

    /**
     * Writes the comparison and its statistics as JSON: {@code {"inertia", "units", "statistics":
     * {"all", category: {rows, meanAbsoluteError, rmse, withSpread, insideSpread}}, "rows": [{id,
     * study, ..., spread: {type, value} | null, withinSpread: true | false | null, where}]}}.
     *
     * @param version the tool's version
     * @param report the comparison
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public static void json(String version, EvidenceReport report, OutputStream out) throws IOException {
        Map<String, Stats> statistics = new LinkedHashMap<>();
        statistics.put("all", Stats.of(report.overall()));
        for (Map.Entry<EvidenceCategory, EvidenceReport.Statistics> e :
                report.byCategory().entrySet()) {
            statistics.put(e.getKey().keyword(), Stats.of(e.getValue()));
        }
        List<Row> rows = new ArrayList<>();
        for (EvidenceReport.Comparison c : report.comparisons()) {
            EvidenceRow r = c.row();
            rows.add(new Row(
                    r.id(),
                    r.study(),
                    r.reference(),
                    r.identifier(),
                    r.design(),
                    r.category().keyword(),
                    r.arm(),
                    r.subjects(),
                    JsonMapping.exact(r.ageYears()),
                    r.day(),
                    r.measure().key(),
                    JsonMapping.exact(r.changePercent()),
                    JsonMapping.dataOrNull(finiteOrNaN(c.simulatedChangePercent())),
                    JsonMapping.dataOrNull(finiteOrNaN(c.differencePp())),
                    r.spread()
                            .map(s -> new SpreadFields(
                                    s.type().name().toLowerCase(Locale.ROOT), JsonMapping.exact(s.value())))
                            .orElse(null),
                    c.withinSpread().orElse(null),
                    r.where()));
        }
        JsonMapping.writeFile(
                new Document(version, UNITS, Collections.unmodifiableMap(statistics), List.copyOf(rows)), out);
    }

    /** The evidence document's {@code "units"}. */
    private static final Map<String, String> UNITS = units();

    private static Map<String, String> units() {
        Map<String, String> u = new LinkedHashMap<>();
        u.put("published", "percent change from baseline");
        u.put("simulated", "percent change from baseline");
        u.put("difference", "percentage points (simulated minus published)");
        u.put("spread", "percentage points");
        u.put("day", "days from the start of the protocol");
        u.put("age", "years");
        u.put("meanAbsoluteError", "percentage points");
        u.put("rmse", "percentage points");
        return Collections.unmodifiableMap(u);
    }

    /** The evidence JSON file. */
    record Document(String inertia, Map<String, String> units, Map<String, Stats> statistics, List<Row> rows) {}

    /** Error figures of all rows or of one category; null where a category has no rows. */
    record Stats(int rows, BigDecimal meanAbsoluteError, BigDecimal rmse, int withSpread, int insideSpread) {
        static Stats of(EvidenceReport.Statistics s) {
            return new Stats(
                    s.count(),
                    JsonMapping.dataOrNull(finiteOrNaN(s.meanAbsoluteErrorPp())),
                    JsonMapping.dataOrNull(finiteOrNaN(s.rootMeanSquareErrorPp())),
                    s.withSpread(),
                    s.insideSpread());
        }
    }

    /** One published figure against the model. */
    record Row(
            String id,
            String study,
            String reference,
            String identifier,
            String design,
            String category,
            String arm,
            int n,
            BigDecimal age,
            int day,
            String measure,
            BigDecimal published,
            BigDecimal simulated,
            BigDecimal difference,
            SpreadFields spread,
            Boolean withinSpread,
            String where) {}

    /** The published spread: its kind (sd, se, ...) and value. */
    record SpreadFields(String type, BigDecimal value) {}

    /** NaN for any non-finite value: written as null, as before. */
    private static double finiteOrNaN(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** Four decimals, for computed values; "null" where a category has no rows. */
    static String round(double v) {
        return Double.isFinite(v) ? NumberText.dataTrimmed(v) : "null";
    }
}
