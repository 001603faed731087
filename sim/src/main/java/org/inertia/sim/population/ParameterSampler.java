package org.inertia.sim.population;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.commons.math3.random.RandomGenerator;
import org.inertia.sim.parameters.ModelParameters;

/**
 * Draws model parameters around a centre: the between-person spread of a population ({@link
 * Variability}), the uncertainty of the calibration for the average person ({@link
 * CalibrationUncertainty}), or both one after the other ({@link #andThen}). A draw uses only the
 * generator it is given, so that a run is reproducible whatever the number of threads.
 */
@FunctionalInterface
public interface ParameterSampler {

    /** The sampler that always returns the centre: no spread at all. */
    ParameterSampler NONE = (centre, random) -> centre;

    /**
     * Draws one parameter set.
     *
     * @param centre the parameters to draw around
     * @param random the draw's random generator
     * @return the drawn parameters, each within its range
     */
    ModelParameters draw(ModelParameters centre, RandomGenerator random);

    /**
     * {@return a sampler for many draws around one centre; implementations compute their constants
     * once here}
     *
     * @param centre the parameters to draw around
     */
    default Function<RandomGenerator, ModelParameters> sampler(ModelParameters centre) {
        return random -> draw(centre, random);
    }

    /**
     * {@return a drawer for many draws around centres that change from draw to draw (as the
     * second of {@link #andThen}); implementations compute what does not depend on the centre
     * once here. Each call draws as {@link #draw} does.}
     */
    default BiFunction<ModelParameters, RandomGenerator, ModelParameters> drawer() {
        return this::draw;
    }

    /**
     * {@return a sampler that draws with this one, then with {@code next} around that draw: the
     * uncertainty of the average person, then a person around it}
     *
     * @param next the sampler applied second
     */
    default ParameterSampler andThen(ParameterSampler next) {
        ParameterSampler first = this;
        return new ParameterSampler() {
            @Override
            public ModelParameters draw(ModelParameters centre, RandomGenerator random) {
                return next.draw(first.draw(centre, random), random);
            }

            @Override
            public Function<RandomGenerator, ModelParameters> sampler(ModelParameters centre) {
                Function<RandomGenerator, ModelParameters> a = first.sampler(centre);
                BiFunction<ModelParameters, RandomGenerator, ModelParameters> b = next.drawer();
                return random -> b.apply(a.apply(random), random);
            }
        };
    }
}
