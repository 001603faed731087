package org.inertia.cli.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.inertia.sim.measure.Baseline;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.Trajectory;

/**
 * Writes the Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/) of the
 * daily-values CSV of {@code run} and {@code compare} ({@code --csv-schema}, issue 14): a JSON
 * sidecar that makes the CSV's units and band machine-readable without changing its header.
 *
 * <p>The fields are the CSV's columns in order, made from the same {@link DailyColumns} list as
 * the header. Each has the standard {@code name}, {@code type}, {@code description} and {@code
 * constraints}, and these custom properties, which the specification allows:
 *
 * <ul>
 *   <li>{@code unit}: {@code "% of baseline"}, {@code "d"} for days, or the baselines' own unit
 *       for the {@code *_in_unit} columns when the run has exactly one (always also in the row's
 *       {@code unit} column, which {@code unitField} names);
 *   <li>{@code percentile}: with a band, the percentile across subjects or draws a column holds
 *       (50 for the median {@code value}, the {@code --band} edges for {@code lower}/{@code upper});
 *   <li>{@code recoveryThreshold}: the % of baseline of a {@code days_to_PCT} column.
 * </ul>
 *
 * <p>At the top, {@code band} says what {@code value}, {@code lower} and {@code upper} are: null
 * for a single run; {@code {"value": "median", "valuePercentile": 50, "lowerPercentile": 5,
 * "upperPercentile": 95}} for a run with a band.
 */
public final class CsvSchemaWriter {

    /** The unit name of values in percent of the subject's own baseline. */
    public static final String PERCENT_OF_BASELINE = "% of baseline";

    /** The unit name of days. */
    public static final String DAYS = "d";

    private CsvSchemaWriter() {}

    /**
     * The schema.
     *
     * @param fields the columns, in order
     * @param missingValues the cells that mean "no value"
     * @param primaryKey the columns that identify a row
     * @param band what value, lower and upper are; null for a single run
     */
    record TableSchema(List<Field> fields, List<String> missingValues, List<String> primaryKey, BandFields band) {}

    /** One column; absent properties are not written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Field(
            String name,
            String type,
            String description,
            String unit,
            String unitField,
            BigDecimal percentile,
            BigDecimal recoveryThreshold,
            Constraints constraints) {}

    /** A column's constraints; absent ones are not written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Constraints(Boolean required, Integer minimum, @JsonProperty("enum") List<String> allowed) {}

    /** The band of a population or uncertainty run, as percentiles across subjects or draws. */
    record BandFields(
            String value, BigDecimal valuePercentile, BigDecimal lowerPercentile, BigDecimal upperPercentile) {}

    /**
     * Writes the schema of the CSV that {@link CsvWriter#write(List, List, List, OutputStream)}
     * writes for the same arguments.
     *
     * @param trajectories the simulated scenarios, in order
     * @param measures the measures written, in order
     * @param thresholds the recovery thresholds (% of baseline), in order; empty for none
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(
            List<Trajectory> trajectories, List<Measure> measures, List<Double> thresholds, OutputStream out)
            throws IOException {
        List<Scenario> scenarios =
                trajectories.stream().map(Trajectory::scenario).toList();
        JsonMapping.writeFile(schema(DailyColumns.of(scenarios, thresholds), scenarios, measures, null), out);
    }

    /**
     * Writes the schema of the CSV that {@link CsvWriter#writePopulations} writes for the same
     * arguments: value is the median, lower and upper the band's percentiles.
     *
     * @param populations the population runs, in order; all with the same band
     * @param measures the measures written, in order
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writePopulations(List<PopulationResult> populations, List<Measure> measures, OutputStream out)
            throws IOException {
        List<Scenario> scenarios =
                populations.stream().map(PopulationResult::scenario).toList();
        PopulationResult first = populations.get(0);
        BandFields band = new BandFields(
                "median",
                JsonMapping.exact(50),
                JsonMapping.exact(first.lowerPercentile()),
                JsonMapping.exact(first.upperPercentile()));
        JsonMapping.writeFile(schema(DailyColumns.of(scenarios, List.of()), scenarios, measures, band), out);
    }

    /** The schema of the columns; band null for a single run. */
    static TableSchema schema(DailyColumns columns, List<Scenario> scenarios, List<Measure> measures, BandFields band) {
        TreeSet<String> units = new TreeSet<>();
        for (Scenario s : scenarios) {
            for (Measure m : measures) {
                s.baseline(m).map(Baseline::unit).ifPresent(units::add);
            }
        }
        Optional<String> ownUnit = units.size() == 1 ? Optional.of(units.first()) : Optional.empty();
        List<Field> fields = new ArrayList<>();
        for (DailyColumns.Column c : columns.columns()) {
            fields.add(field(c, measures, band, ownUnit));
        }
        return new TableSchema(fields, List.of(""), List.of("scenario", "day", "measure"), band);
    }

    private static Field field(
            DailyColumns.Column c, List<Measure> measures, BandFields band, Optional<String> ownUnit) {
        String unit =
                switch (c.unit()) {
                    case NONE -> null;
                    case PERCENT_OF_BASELINE -> PERCENT_OF_BASELINE;
                    case DAYS -> DAYS;
                    case BASELINE_UNIT -> ownUnit.orElse(null);
                };
        String unitField = c.unit() == DailyColumns.Unit.BASELINE_UNIT ? "unit" : null;
        BigDecimal percentile = null;
        if (band != null) {
            percentile = switch (c.statistic()) {
                case NONE -> null;
                case CENTRE -> band.valuePercentile();
                case LOWER -> band.lowerPercentile();
                case UPPER -> band.upperPercentile();
            };
        }
        boolean required =
                switch (c.filled()) {
                    case ALWAYS -> true;
                    case WITH_BAND -> band != null;
                    case SOMETIMES -> false;
                };
        List<String> allowed =
                c.name().equals("measure") ? measures.stream().map(Measure::key).toList() : null;
        return new Field(
                c.name(),
                c.type().keyword(),
                c.description(),
                unit,
                unitField,
                percentile,
                c.thresholdPercent() == null ? null : JsonMapping.exact(c.thresholdPercent()),
                required || c.minimum() != null || allowed != null
                        ? new Constraints(required ? Boolean.TRUE : null, c.minimum(), allowed)
                        : null);
    }
}
