package org.inertia.sim.sweep;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.io.DidYouMean;

/**
 * A model parameter given a uniform range for a global sensitivity analysis, written {@code
 * NAME=LOW..HIGH} ({@code mass-loss-tau-days=20..60}; {@code parameters.NAME} is accepted too), with
 * the numbers in the one grammar of {@link org.inertia.sim.scenario.io.Decimal}.
 *
 * @param parameter the parameter
 * @param low the lower end, within the parameter's range
 * @param high the upper end, above {@code low} and within the parameter's range
 */
public record ParameterRange(Parameter parameter, double low, double high) {

    private static final String PARAMETERS = "parameters.";

    /**
     * Checks the values (a programming error when they are wrong; {@link #parse} reports a user's).
     *
     * @param parameter the parameter
     * @param low the lower end
     * @param high the upper end
     */
    public ParameterRange {
        Objects.requireNonNull(parameter, "parameter");
        if (!(low < high && parameter.accepts(low) && parameter.accepts(high))) {
            throw new IllegalArgumentException(parameter.key() + ": range " + low + ".." + high + " is not within "
                    + parameter.min() + ".." + parameter.max() + " or does not go upwards");
        }
    }

    /** {@return the range as an input: uniform between its ends} */
    public SensitivityInput input() {
        return SensitivityInput.of(parameter, new InputDistribution.Uniform(low, high));
    }

    /**
     * Reads a range as typed.
     *
     * @param text such as {@code mass-loss-tau-days=20..60}
     * @return the range
     * @throws SweepException if the text is not a range of a known parameter within its bounds
     */
    public static ParameterRange parse(String text) {
        String t = text.strip();
        int equals = t.indexOf('=');
        int dots = t.indexOf("..", Math.max(0, equals));
        if (equals <= 0 || dots < 0) {
            throw new SweepException(new SweepProblem(
                    "", SweepMessage.NOT_A_RANGE, List.of(SweepProblem.excerpt(t)), "as in mass-loss-tau-days=20..60"));
        }
        String name = t.substring(0, equals).strip();
        if (name.startsWith(PARAMETERS)) {
            name = name.substring(PARAMETERS.length());
        }
        Optional<Parameter> found = Parameter.fromKey(name);
        if (found.isEmpty()) {
            List<String> known =
                    Arrays.stream(Parameter.values()).map(Parameter::key).toList();
            throw new SweepException(new SweepProblem(
                    "",
                    SweepMessage.UNKNOWN_PARAMETER,
                    List.of(SweepProblem.excerpt(name)),
                    DidYouMean.closest(name, known)
                            .map(c -> "did you mean '" + c + "'?")
                            .orElse("")));
        }
        Parameter p = found.get();
        String field = p.key();
        String lowText = t.substring(equals + 1, dots);
        String highText = t.substring(dots + 2);
        BigDecimal low = TypedNumber.parse(lowText, field);
        BigDecimal high = TypedNumber.parse(highText, field);
        // Compared as the doubles the model receives: two long decimals may round to one value.
        if (low.doubleValue() >= high.doubleValue()) {
            throw new SweepException(new SweepProblem(
                    field,
                    SweepMessage.DOWNWARD_RANGE,
                    List.of(SweepProblem.excerpt(lowText.strip()), SweepProblem.excerpt(highText.strip())),
                    "LOW must be below HIGH"));
        }
        for (BigDecimal v : List.of(low, high)) {
            if (!p.accepts(v.doubleValue())) {
                throw new SweepException(new SweepProblem(
                        field, SweepMessage.OUT_OF_RANGE, List.of(p.min(), p.max(), v), "the parameter's range"));
            }
        }
        return new ParameterRange(p, low.doubleValue(), high.doubleValue());
    }
}
