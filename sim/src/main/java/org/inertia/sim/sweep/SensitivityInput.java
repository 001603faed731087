package org.inertia.sim.sweep;

import java.util.Objects;
import org.inertia.sim.parameters.Parameter;

/**
 * One input of a global sensitivity analysis: a name, its unit, and how it varies. For the model,
 * the name is a {@link Parameter#key()} and the unit the parameter's; for a test function any
 * name will do.
 *
 * @param name the input's name, such as {@code mass-loss-depth} or {@code x1}
 * @param unit its unit, such as {@code d}; may be empty
 * @param distribution how it varies, independently of every other input
 */
public record SensitivityInput(String name, String unit, InputDistribution distribution) {

    /**
     * Checks for nulls.
     *
     * @param name the input's name
     * @param unit its unit; may be empty
     * @param distribution how it varies
     */
    public SensitivityInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(distribution, "distribution");
    }

    /**
     * {@return a model parameter as an input}
     *
     * @param parameter the parameter
     * @param distribution how it varies, within the parameter's range
     * @throws IllegalArgumentException if the distribution leaves the parameter's range
     */
    public static SensitivityInput of(Parameter parameter, InputDistribution distribution) {
        if (!parameter.accepts(distribution.low()) || !parameter.accepts(distribution.high())) {
            throw new IllegalArgumentException(parameter.key() + " takes values from " + parameter.min() + " to "
                    + parameter.max() + ", not " + distribution.low() + " to " + distribution.high());
        }
        return new SensitivityInput(parameter.key(), parameter.unit(), distribution);
    }
}
