package org.inertia.sim.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One varied field and its values, written {@code FIELD=FROM..TO} (step 1, or 1/20 of the range
 * for fractional fields), {@code FIELD=FROM..TO:STEP}, or {@code FIELD=A,B,C}.
 *
 * @param field the field
 * @param values the values, in order
 */
public record SweepAxis(ScenarioField field, List<Double> values) {

    /** Most values on one axis. */
    public static final int MAX_VALUES = 1000;

    /** Checks and copies. */
    public SweepAxis {
        Objects.requireNonNull(field, "field");
        values = List.copyOf(values);
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw new IllegalArgumentException("an axis has 1 to " + MAX_VALUES + " values");
        }
    }

    /**
     * Parses {@code FIELD=FROM..TO[:STEP]} or {@code FIELD=A,B,...}.
     *
     * @param text the specification
     * @return the axis
     * @throws IllegalArgumentException with a message for the user
     */
    public static SweepAxis parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(
                    "'" + text + "': write FIELD=FROM..TO, FIELD=FROM..TO:STEP or FIELD=A,B,C");
        }
        ScenarioField field = new ScenarioField(text.substring(0, eq).strip());
        String spec = text.substring(eq + 1).strip();
        List<Double> values = new ArrayList<>();
        try {
            if (spec.contains("..")) {
                String[] range = spec.split("\\.\\.", 2);
                String[] toStep = range[1].split(":", 2);
                BigDecimal from = new BigDecimal(range[0].strip());
                BigDecimal to = new BigDecimal(toStep[0].strip());
                if (to.compareTo(from) < 0) {
                    throw new IllegalArgumentException(
                            "'" + text + "': the range must go upwards (FROM..TO with FROM <= TO)");
                }
                BigDecimal step = toStep.length > 1
                        ? new BigDecimal(toStep[1].strip())
                        : field.isWhole() ? BigDecimal.ONE : to.subtract(from).divide(BigDecimal.valueOf(20));
                if (step.signum() <= 0) {
                    throw new IllegalArgumentException("'" + text + "': the step must be greater than 0");
                }
                for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
                    values.add(v.doubleValue());
                    if (values.size() > MAX_VALUES) {
                        throw new IllegalArgumentException(
                                "'" + text + "' has more than " + MAX_VALUES + " values; use a larger step");
                    }
                }
            } else {
                for (String v : spec.split(",")) {
                    values.add(new BigDecimal(v.strip()).doubleValue());
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + text + "': values must be numbers, as in phases[0].days=1..28 or =10,20,30");
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' gives no values");
        }
        return new SweepAxis(field, values);
    }
}
