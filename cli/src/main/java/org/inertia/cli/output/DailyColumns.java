package org.inertia.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.inertia.sim.scenario.Scenario;

/**
 * The columns of the daily-values CSV of {@code run --csv} and {@code compare --csv}, in order,
 * with what each holds (issue 14). This is the one list that both the CSV's header ({@link
 * CsvWriter}) and its Frictionless table schema ({@link CsvSchemaWriter}) are made from, so the
 * two cannot disagree: first the six columns of {@link #BASE}, then one {@code days_to_PCT} column
 * per {@code --recovered-at} threshold, then the four of {@link #IN_UNIT} when a scenario of the
 * run gives measured baselines.
 *
 * @param thresholds the recovery thresholds (% of baseline), in order; empty without {@code --recovered-at}
 * @param inUnits whether the columns in the baselines' own units follow
 */
public record DailyColumns(List<Double> thresholds, boolean inUnits) {

    /** Frictionless field types of the columns. */
    public enum Type {
        /** Text. */
        STRING("string"),
        /** A whole number. */
        INTEGER("integer"),
        /** A decimal number. */
        NUMBER("number");

        private final String keyword;

        Type(String keyword) {
            this.keyword = keyword;
        }

        /** {@return the name of the type in a table schema} */
        public String keyword() {
            return keyword;
        }
    }

    /** What a column's numbers are measured in. */
    public enum Unit {
        /** No unit: text. */
        NONE,
        /** Percent of the subject's own baseline (day 0 = 100). */
        PERCENT_OF_BASELINE,
        /** Days. */
        DAYS,
        /** The unit of the measure's baseline, named in the row's {@code unit} column. */
        BASELINE_UNIT
    }

    /** Which statistic of a band run a column holds: the median, a band edge, or neither. */
    public enum Statistic {
        /** Not a band statistic. */
        NONE,
        /** The value: the median with a band. */
        CENTRE,
        /** The band's lower percentile. */
        LOWER,
        /** The band's upper percentile. */
        UPPER
    }

    /** When a column has a value. */
    public enum Filled {
        /** On every row. */
        ALWAYS,
        /** On every row of a run with a band; empty for a single run. */
        WITH_BAND,
        /** On some rows only (see the description). */
        SOMETIMES
    }

    /**
     * One column.
     *
     * @param name the header's name
     * @param type its type
     * @param unit what its numbers are in
     * @param statistic which band statistic it holds
     * @param filled when it has a value
     * @param minimum the smallest value, or null for none
     * @param thresholdPercent the recovery threshold of a {@code days_to_PCT} column (% of baseline), else null
     * @param description what it holds, in a sentence
     */
    public record Column(
            String name,
            Type type,
            Unit unit,
            Statistic statistic,
            Filled filled,
            Integer minimum,
            Double thresholdPercent,
            String description) {}

    /** The six columns of every daily-values CSV. */
    public static final List<Column> BASE = List.of(
            new Column(
                    "scenario",
                    Type.STRING,
                    Unit.NONE,
                    Statistic.NONE,
                    Filled.ALWAYS,
                    null,
                    null,
                    "the scenario's name (made distinct with ' (2)', ' (3)' when compare gets the same name twice)"),
            new Column(
                    "day",
                    Type.INTEGER,
                    Unit.DAYS,
                    Statistic.NONE,
                    Filled.ALWAYS,
                    0,
                    null,
                    "days from the start of the scenario: 0 is the baseline, the last is the scenario's total days"),
            new Column(
                    "measure",
                    Type.STRING,
                    Unit.NONE,
                    Statistic.NONE,
                    Filled.ALWAYS,
                    null,
                    null,
                    "the measure, OUTCOME.GROUP, such as strength.knee_extensors"),
            new Column(
                    "value",
                    Type.NUMBER,
                    Unit.PERCENT_OF_BASELINE,
                    Statistic.CENTRE,
                    Filled.ALWAYS,
                    null,
                    null,
                    "the simulated value in % of the subject's own baseline (day 0 = 100); with a band, the median"),
            new Column(
                    "lower",
                    Type.NUMBER,
                    Unit.PERCENT_OF_BASELINE,
                    Statistic.LOWER,
                    Filled.WITH_BAND,
                    null,
                    null,
                    "the band's lower percentile in % of baseline; empty for a single run"),
            new Column(
                    "upper",
                    Type.NUMBER,
                    Unit.PERCENT_OF_BASELINE,
                    Statistic.UPPER,
                    Filled.WITH_BAND,
                    null,
                    null,
                    "the band's upper percentile in % of baseline; empty for a single run"));

    /** The four columns in the baselines' own units that follow all others (issue 13). */
    public static final List<Column> IN_UNIT = List.of(
            new Column(
                    "value_in_unit",
                    Type.NUMBER,
                    Unit.BASELINE_UNIT,
                    Statistic.CENTRE,
                    Filled.SOMETIMES,
                    null,
                    null,
                    "value in the measure's own unit (baseline x value / 100); empty where the scenario gives"
                            + " no baseline for the measure"),
            new Column(
                    "lower_in_unit",
                    Type.NUMBER,
                    Unit.BASELINE_UNIT,
                    Statistic.LOWER,
                    Filled.SOMETIMES,
                    null,
                    null,
                    "lower in the measure's own unit; empty for a single run or without a baseline"),
            new Column(
                    "upper_in_unit",
                    Type.NUMBER,
                    Unit.BASELINE_UNIT,
                    Statistic.UPPER,
                    Filled.SOMETIMES,
                    null,
                    null,
                    "upper in the measure's own unit; empty for a single run or without a baseline"),
            new Column(
                    "unit",
                    Type.STRING,
                    Unit.NONE,
                    Statistic.NONE,
                    Filled.SOMETIMES,
                    null,
                    null,
                    "the unit of the measure's baseline as the scenario writes it (kg, N·m); empty without a baseline"));

    /** The columns of a file without recovery thresholds or baselines. */
    public static final DailyColumns PLAIN = new DailyColumns(List.of(), false);

    /**
     * Copies the thresholds.
     *
     * @param thresholds the recovery thresholds (% of baseline), in order
     * @param inUnits whether the columns in the baselines' own units follow
     */
    public DailyColumns {
        thresholds = List.copyOf(thresholds);
    }

    /**
     * {@return the columns of a run of these scenarios: the units columns when any gives a baseline}
     *
     * @param scenarios the scenarios of the run
     * @param thresholds the recovery thresholds (% of baseline), in order; empty for none
     */
    public static DailyColumns of(List<Scenario> scenarios, List<Double> thresholds) {
        return new DailyColumns(
                thresholds, scenarios.stream().anyMatch(s -> !s.baselines().isEmpty()));
    }

    /** {@return every column, in order} */
    public List<Column> columns() {
        List<Column> all = new ArrayList<>(BASE);
        for (double t : thresholds) {
            all.add(new Column(
                    recoveryColumn(t),
                    Type.INTEGER,
                    Unit.DAYS,
                    Statistic.NONE,
                    Filled.SOMETIMES,
                    0,
                    t,
                    "days from the measure's lowest point back to " + SummaryCells.threshold(t)
                            + " % of baseline, on each of its rows: 0 when it never fell below,"
                            + " empty when it is not back within the scenario"));
        }
        if (inUnits) {
            all.addAll(IN_UNIT);
        }
        return all;
    }

    /** {@return the header line, without its line break} */
    public String header() {
        return names(columns());
    }

    /**
     * {@return the CSV column of a recovery threshold: "days_to_95", "days_to_97.5"}
     *
     * @param thresholdPercent the threshold (% of baseline)
     */
    public static String recoveryColumn(double thresholdPercent) {
        return "days_to_" + SummaryCells.threshold(thresholdPercent);
    }

    /** {@return the names of columns, comma-separated} */
    static String names(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(","));
    }
}
