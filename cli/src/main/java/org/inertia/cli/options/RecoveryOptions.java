package org.inertia.cli.options;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import org.inertia.sim.scenario.io.Decimal;
import org.inertia.sim.scenario.io.Excerpt;
import org.inertia.sim.trajectory.MeasureSummary;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --recovered-at} option of {@code run}, {@code compare} and {@code report}: the shares
 * of baseline at which a measure counts as recovered, such as {@code 95,100} ("within 5 %" and
 * "back to baseline"). Without it the outputs are those of 95 %, unchanged; with it, the tables
 * have one "Back to X %" column per threshold, the CSV and JSON one field each, at the end.
 */
public final class RecoveryOptions {

    /** Most thresholds at once: a table with more columns no longer fits a terminal. */
    public static final int MAX_THRESHOLDS = 5;

    @Option(
            names = "--recovered-at",
            paramLabel = "PCT[,PCT...]",
            converter = ThresholdsConverter.class,
            description =
                    "When a measure counts as recovered, in %% of baseline, comma-separated, each 1 to 100 with at most one decimal"
                            + " (up to " + MAX_THRESHOLDS
                            + "), such as 95,100: the day each is reached after the lowest point,"
                            + " in the table, the CSV (days_to_<PCT> columns) and the JSON (recoveredAt); when one is not"
                            + " reached, how far short it still is on the last day. Default: 95.")
    private Thresholds thresholds;

    /**
     * Thresholds of recovery as read from the option.
     *
     * @param percents each threshold (% of baseline), once, lowest first
     */
    public record Thresholds(List<Double> percents) {
        /**
         * Copies the list.
         *
         * @param percents each threshold (% of baseline), once, lowest first
         */
        public Thresholds {
            percents = List.copyOf(percents);
        }
    }

    /** {@return whether the user named thresholds} */
    public boolean given() {
        return thresholds != null;
    }

    /** {@return the thresholds named, each once, lowest first; 95 when none} */
    public List<Double> thresholds() {
        return given() ? thresholds.percents() : List.of(MeasureSummary.DEFAULT_RECOVERY_PERCENT);
    }

    /**
     * Refuses {@code --recovered-at} on a population run: its subjects are summarised against 95 %
     * as they are simulated.
     *
     * @param population whether {@code --subjects} or {@code --uncertainty} was given
     * @throws UserInputException (exit 2) when both were given
     */
    public void checkAlone(boolean population) throws UserInputException {
        if (given() && population) {
            throw new UserInputException("--recovered-at applies to the average person; leave out --subjects and"
                    + " --uncertainty, or --recovered-at (a population's table counts days back to 95 %)");
        }
    }

    /**
     * Reads {@code PCT[,PCT...]}, each in the one number grammar of the scenario format ({@link
     * Decimal}) and from 1 to 100; anything else is a usage error (exit 2).
     */
    public static final class ThresholdsConverter implements ITypeConverter<Thresholds> {
        @Override
        public Thresholds convert(String value) {
            String shown = "'" + Excerpt.of(value) + "'";
            String[] parts = value.split(",", MAX_THRESHOLDS + 1);
            if (parts.length > MAX_THRESHOLDS) {
                throw new TypeConversionException(
                        shown + ": at most " + MAX_THRESHOLDS + " thresholds, such as 95,100");
            }
            LinkedHashSet<Double> seen = new LinkedHashSet<>();
            for (String part : parts) {
                String p = part.strip();
                OptionalDouble d = Decimal.parseDouble(p);
                if (d.isEmpty()) {
                    throw new TypeConversionException(shown + ": '" + Excerpt.of(p) + "' " + Decimal.refusal(p)
                            + "; give percentages of baseline such as 95,100");
                }
                double t = d.getAsDouble();
                if (!(t >= 1 && t <= 100)) {
                    throw new TypeConversionException(shown + ": each threshold must be between 1 and 100 % of baseline"
                            + " (was " + Excerpt.of(p) + "); such as 95,100");
                }
                // Columns and sentences name a threshold with at most one decimal: two thresholds that
                // differ further would share a name, and a finer one would be named as another.
                if (Math.abs(t * 10 - Math.rint(t * 10)) > 1e-9) {
                    throw new TypeConversionException(shown + ": give each threshold with at most one decimal (was "
                            + Excerpt.of(p) + "); such as 97.5");
                }
                seen.add(t);
            }
            List<Double> sorted = new ArrayList<>(seen);
            // Lowest first, as recovery reaches them: "back to 95 % on day 26; not back to 100 %".
            sorted.sort(null);
            return new Thresholds(sorted);
        }
    }
}
