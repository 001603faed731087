package org.inertia.sim.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One varied field and its values, written {@code FIELD=FROM..TO} (step 1, or 1/20 of the range
 * for fractional fields), {@code FIELD=FROM..TO:STEP}, or {@code FIELD=A,B,C}. {@code FROM..FROM}
 * is the one value FROM. Numbers follow the one grammar of {@link
 * org.inertia.sim.scenario.io.Decimal}: ASCII digits with an optional sign, point and exponent,
 * bounded in length and magnitude.
 *
 * @param field the field
 * @param values the values, in order
 */
public record SweepAxis(ScenarioField field, List<Double> values) {

    /** Most values on one axis. */
    public static final int MAX_VALUES = 1000;

    /** Default number of steps of a range of a fractional field without a step. */
    private static final BigDecimal DEFAULT_STEPS = BigDecimal.valueOf(20);

    private static final String FORM_HINT =
            "as in phases[0].days=1..28, phases[0].days=7..28:7 or subject.age=30,50,70";

    /**
     * Checks and copies.
     *
     * @param field the field
     * @param values the values, in order
     * @throws IllegalArgumentException if there are no values or more than {@value #MAX_VALUES}
     */
    public SweepAxis {
        Objects.requireNonNull(field, "field");
        values = List.copyOf(values);
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw new IllegalArgumentException("an axis has 1 to " + MAX_VALUES + " values, not " + values.size());
        }
    }

    /**
     * Parses {@code FIELD=FROM..TO[:STEP]} or {@code FIELD=A,B,...}, and checks that the field is
     * one a sweep can vary and that each value is within its range. Whether a scenario has the
     * field (its phases and exercise entries) is checked by {@link Sweep#check}.
     *
     * @param text the specification
     * @return the axis
     * @throws SweepException with the problem, if the text is not a valid axis
     */
    public static SweepAxis parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0 || text.substring(0, eq).isBlank()) {
            throw new SweepException(
                    new SweepProblem("", SweepMessage.NOT_AN_AXIS, List.of(SweepProblem.excerpt(text)), FORM_HINT));
        }
        ScenarioField field = new ScenarioField(text.substring(0, eq).strip());
        field.problem().ifPresent(p -> {
            throw new SweepException(p);
        });
        String name = SweepProblem.excerpt(field.path());
        String spec = text.substring(eq + 1).strip();
        List<BigDecimal> exact = spec.contains("..") ? range(spec, field, name) : list(spec, name);
        List<Double> values = new ArrayList<>(exact.size());
        for (BigDecimal v : exact) {
            if (field.isWhole() && v.stripTrailingZeros().scale() > 0) {
                throw new SweepException(new SweepProblem(name, SweepMessage.NOT_WHOLE, List.of(v), ""));
            }
            Optional<SweepProblem> problem = field.problemWith(v.doubleValue());
            if (problem.isPresent()) {
                throw new SweepException(problem.get());
            }
            values.add(v.doubleValue());
        }
        return new SweepAxis(field, values);
    }

    /**
     * {@return a note when a range stops before its end: {@code FROM..TO:STEP} gives FROM + k
     * STEP up to TO, so TO itself only when it is on that grid ({@code subject.age=30..40:3} is 30,
     * 33, 36, 39); empty for a range that ends at TO and for a list}
     *
     * @param text a specification that {@link #parse} accepts
     * @throws SweepException if {@link #parse} does not accept it
     */
    public static Optional<SweepProblem> endNotOnGrid(String text) {
        SweepAxis axis = parse(text);
        String spec = text.substring(text.indexOf('=') + 1).strip();
        if (!spec.contains("..")) {
            return Optional.empty();
        }
        String rest = spec.substring(spec.indexOf("..") + 2);
        int colon = rest.indexOf(':');
        String toText = (colon < 0 ? rest : rest.substring(0, colon)).strip();
        String name = SweepProblem.excerpt(axis.field().path());
        BigDecimal to = TypedNumber.parse(toText, name);
        double last = axis.values().get(axis.values().size() - 1);
        if (last >= to.doubleValue()) {
            return Optional.empty();
        }
        BigDecimal lastValue = BigDecimal.valueOf(last).stripTrailingZeros();
        return Optional.of(new SweepProblem(
                name,
                SweepMessage.END_NOT_ON_GRID,
                List.of(lastValue.toPlainString(), SweepProblem.excerpt(toText)),
                "to end at " + SweepProblem.excerpt(toText) + ", choose a step that divides the range, or list the"
                        + " values"));
    }

    /** FROM..TO or FROM..TO:STEP, exactly: FROM + k STEP, without accumulated rounding. */
    private static List<BigDecimal> range(String spec, ScenarioField field, String name) {
        int dots = spec.indexOf("..");
        String rest = spec.substring(dots + 2);
        int colon = rest.indexOf(':');
        String fromText = spec.substring(0, dots).strip();
        String toText = (colon < 0 ? rest : rest.substring(0, colon)).strip();
        BigDecimal from = TypedNumber.parse(fromText, name);
        BigDecimal to = TypedNumber.parse(toText, name);
        if (to.compareTo(from) < 0) {
            throw new SweepException(new SweepProblem(
                    name,
                    SweepMessage.DOWNWARD_RANGE,
                    List.of(SweepProblem.excerpt(fromText), SweepProblem.excerpt(toText)),
                    "write FROM..TO with FROM <= TO"));
        }
        BigDecimal step;
        if (colon >= 0) {
            String stepText = rest.substring(colon + 1).strip();
            step = TypedNumber.parse(stepText, name);
            if (step.signum() <= 0) {
                throw new SweepException(new SweepProblem(
                        name, SweepMessage.STEP_NOT_POSITIVE, List.of(SweepProblem.excerpt(stepText)), ""));
            }
        } else if (to.compareTo(from) == 0 || field.isWhole()) {
            step = BigDecimal.ONE;
        } else {
            // Exact: dividing by 20 always terminates.
            step = to.subtract(from).divide(DEFAULT_STEPS);
        }
        // Operands bounded by Decimal: the quotient has at most some forty digits.
        BigDecimal steps = to.subtract(from).divide(step, 0, RoundingMode.FLOOR);
        if (steps.compareTo(BigDecimal.valueOf(MAX_VALUES - 1L)) > 0) {
            throw new SweepException(
                    new SweepProblem(name, SweepMessage.TOO_MANY_VALUES, List.of(MAX_VALUES), "use a larger step"));
        }
        List<BigDecimal> values = new ArrayList<>();
        for (int k = 0; k <= steps.intValueExact(); k++) {
            values.add(from.add(step.multiply(BigDecimal.valueOf(k))));
        }
        return values;
    }

    /** A,B,C. */
    private static List<BigDecimal> list(String spec, String name) {
        if (spec.isEmpty()) {
            throw new SweepException(new SweepProblem(name, SweepMessage.EMPTY_VALUE, List.of(), FORM_HINT));
        }
        // Count the commas before splitting: a list too long costs nothing to refuse.
        if (spec.chars().filter(c -> c == ',').count() >= MAX_VALUES) {
            throw new SweepException(
                    new SweepProblem(name, SweepMessage.TOO_MANY_VALUES, List.of(MAX_VALUES), "give fewer values"));
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String v : spec.split(",", -1)) {
            values.add(TypedNumber.parse(v, name));
        }
        return values;
    }
}
