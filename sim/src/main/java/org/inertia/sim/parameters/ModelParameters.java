package org.inertia.sim.parameters;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A complete, immutable set of model parameter values, one for every {@link Parameter}.
 * "Change one value" is {@link #with(Parameter, double)}, which returns a new set. Values are
 * held in an array indexed by the parameter's ordinal: a population run reads them millions of
 * times.
 */
public final class ModelParameters {

    private static final Parameter[] PARAMETERS = Parameter.values();

    private final double[] values;

    private ModelParameters(double[] values) {
        this.values = values;
    }

    /**
     * Builds a set from a map that names every parameter.
     *
     * @param values a value for each parameter, within its range
     * @return the parameter set
     * @throws IllegalArgumentException if a parameter is missing or out of range
     */
    public static ModelParameters of(Map<Parameter, Double> values) {
        double[] v = new double[PARAMETERS.length];
        for (Parameter p : PARAMETERS) {
            Double value = values.get(p);
            if (value == null) {
                throw new IllegalArgumentException("missing parameter " + p.key());
            }
            check(p, value);
            v[p.ordinal()] = value;
        }
        return new ModelParameters(v);
    }

    /**
     * {@return the value of {@code p}}
     *
     * @param p a parameter
     */
    public double get(Parameter p) {
        return values[p.ordinal()];
    }

    /**
     * {@return a copy with {@code p} set to {@code value}}
     *
     * @param p the parameter
     * @param value its new value, within its range
     */
    public ModelParameters with(Parameter p, double value) {
        check(p, value);
        double[] copy = values.clone();
        copy[p.ordinal()] = value;
        return new ModelParameters(copy);
    }

    /**
     * {@return a copy with several values replaced at once (one copy, for hot loops)}
     *
     * @param parameters the parameters to replace
     * @param newValues their new values, each within its parameter's range
     */
    public ModelParameters with(Parameter[] parameters, double[] newValues) {
        double[] copy = values.clone();
        for (int i = 0; i < parameters.length; i++) {
            check(parameters[i], newValues[i]);
            copy[parameters[i].ordinal()] = newValues[i];
        }
        return new ModelParameters(copy);
    }

    /**
     * {@return a copy with every value of {@code overrides} applied}
     *
     * @param overrides parameter values to replace
     */
    public ModelParameters with(Map<Parameter, Double> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        double[] copy = values.clone();
        overrides.forEach((p, v) -> {
            check(p, v);
            copy[p.ordinal()] = v;
        });
        return new ModelParameters(copy);
    }

    /** {@return every value, in declaration order} */
    public Map<Parameter, Double> asMap() {
        EnumMap<Parameter, Double> map = new EnumMap<>(Parameter.class);
        for (Parameter p : PARAMETERS) {
            map.put(p, values[p.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static void check(Parameter p, double value) {
        Objects.requireNonNull(p, "parameter");
        if (!p.accepts(value)) {
            throw new IllegalArgumentException(
                    p.key() + " must be between " + p.min() + " and " + p.max() + ", was " + value);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelParameters other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "ModelParameters" + asMap();
    }
}
