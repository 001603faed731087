package org.inertia.sim.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A complete, immutable set of model parameter values, one for every {@link Parameter}.
 * "Change one value" is {@link #with(Parameter, double)}, which returns a new set.
 */
public final class ModelParameters {

    private final EnumMap<Parameter, Double> values;

    private ModelParameters(EnumMap<Parameter, Double> values) {
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
        EnumMap<Parameter, Double> copy = new EnumMap<>(Parameter.class);
        copy.putAll(values);
        for (Parameter p : Parameter.values()) {
            Double v = copy.get(p);
            if (v == null) {
                throw new IllegalArgumentException("missing parameter " + p.key());
            }
            check(p, v);
        }
        return new ModelParameters(copy);
    }

    /**
     * {@return the value of {@code p}}
     *
     * @param p a parameter
     */
    public double get(Parameter p) {
        return values.get(p);
    }

    /**
     * {@return a copy with {@code p} set to {@code value}}
     *
     * @param p the parameter
     * @param value its new value, within its range
     */
    public ModelParameters with(Parameter p, double value) {
        check(p, value);
        EnumMap<Parameter, Double> copy = new EnumMap<>(values);
        copy.put(p, value);
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
        EnumMap<Parameter, Double> copy = new EnumMap<>(values);
        overrides.forEach((p, v) -> {
            check(p, v);
            copy.put(p, v);
        });
        return new ModelParameters(copy);
    }

    /** {@return every value, in declaration order} */
    public Map<Parameter, Double> asMap() {
        return Collections.unmodifiableMap(values);
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
        return o instanceof ModelParameters other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ModelParameters" + values;
    }
}
