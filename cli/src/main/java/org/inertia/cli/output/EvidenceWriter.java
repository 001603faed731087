package org.inertia.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
     * Writes the comparison and its statistics as JSON.
     *
     * @param version the tool's version
     * @param report the comparison
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public static void json(String version, EvidenceReport report, OutputStream out) throws IOException {
        StringBuilder j = new StringBuilder("{\n  \"inertia\": ")
                .append(JsonWriter.quote(version))
                .append(",\n");
        j.append("  \"units\": {\"published\": \"percent change from baseline\", \"simulated\": \"percent change"
                + " from baseline\", \"difference\": \"percentage points (simulated minus published)\", \"spread\":"
                + " \"percentage points\", \"day\": \"days from the start of the protocol\", \"age\": \"years\","
                + " \"meanAbsoluteError\": \"percentage points\", \"rmse\": \"percentage points\"},\n");
        j.append("  \"statistics\": {\n    \"all\": ").append(stats(report.overall()));
        for (Map.Entry<EvidenceCategory, EvidenceReport.Statistics> e :
                report.byCategory().entrySet()) {
            j.append(",\n    ")
                    .append(JsonWriter.quote(e.getKey().keyword()))
                    .append(": ")
                    .append(stats(e.getValue()));
        }
        j.append("\n  },\n  \"rows\": [");
        String sep = "\n";
        for (EvidenceReport.Comparison c : report.comparisons()) {
            EvidenceRow r = c.row();
            j.append(sep)
                    .append("    {\"id\": ")
                    .append(JsonWriter.quote(r.id()))
                    .append(", \"study\": ")
                    .append(JsonWriter.quote(r.study()))
                    .append(", \"reference\": ")
                    .append(JsonWriter.quote(r.reference()))
                    .append(", \"identifier\": ")
                    .append(JsonWriter.quote(r.identifier()))
                    .append(", \"design\": ")
                    .append(JsonWriter.quote(r.design()))
                    .append(", \"category\": ")
                    .append(JsonWriter.quote(r.category().keyword()))
                    .append(", \"arm\": ")
                    .append(JsonWriter.quote(r.arm()))
                    .append(", \"n\": ")
                    .append(r.subjects())
                    .append(", \"age\": ")
                    .append(NumberText.plain(r.ageYears()))
                    .append(", \"day\": ")
                    .append(r.day())
                    .append(", \"measure\": ")
                    .append(JsonWriter.quote(r.measure().key()))
                    .append(", \"published\": ")
                    .append(NumberText.plain(r.changePercent()))
                    .append(", \"simulated\": ")
                    .append(round(c.simulatedChangePercent()))
                    .append(", \"difference\": ")
                    .append(round(c.differencePp()))
                    .append(", \"spread\": ")
                    .append(r.spread()
                            .map(s -> "{\"type\": \"" + s.type().name().toLowerCase(java.util.Locale.ROOT)
                                    + "\", \"value\": " + NumberText.plain(s.value()) + "}")
                            .orElse("null"))
                    .append(", \"withinSpread\": ")
                    .append(c.withinSpread().map(Object::toString).orElse("null"))
                    .append(", \"where\": ")
                    .append(JsonWriter.quote(r.where()))
                    .append('}');
            sep = ",\n";
        }
        j.append("\n  ]\n}\n");
        out.write(j.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String stats(EvidenceReport.Statistics s) {
        return "{\"rows\": " + s.count() + ", \"meanAbsoluteError\": " + round(s.meanAbsoluteErrorPp()) + ", \"rmse\": "
                + round(s.rootMeanSquareErrorPp()) + ", \"withSpread\": " + s.withSpread() + ", \"insideSpread\": "
                + s.insideSpread() + "}";
    }

    /** Four decimals, for computed values; "null" where a category has no rows. */
    static String round(double v) {
        return Double.isFinite(v) ? NumberText.dataTrimmed(v) : "null";
    }
}
