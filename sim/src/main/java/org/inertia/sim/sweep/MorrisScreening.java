package org.inertia.sim.sweep;

import java.util.Comparator;
import java.util.List;

/**
 * The result of Morris's elementary-effects screening (Morris 1991, Technometrics 33:161): for each
 * input, the mean of the absolute elementary effects μ* (Campolongo, Cariboni and Saltelli 2007,
 * Environ Model Softw 22:1509), which ranks inputs by overall influence, and their standard
 * deviation σ, large when an input's effect depends on the others (interactions) or on where it is
 * (non-linearity). An elementary effect is the change of the outcome when one input moves by Δ, a
 * fixed share of its span (the unit interval of the design), divided by Δ: it is in the outcome's
 * unit per the input's whole span (its range when uniform, its central 99 % when normal).
 *
 * @param effects one per input, in the order the inputs were given
 * @param trajectories the trajectories r
 * @param levels the levels p of the grid
 * @param runs the model runs made, r(d + 1) for d inputs
 * @param resamples bootstrap resamples behind each interval of μ*
 * @param confidencePercent the intervals' confidence level (%)
 * @param seed the seed of the trajectories and the bootstrap
 */
public record MorrisScreening(
        List<Effect> effects,
        int trajectories,
        int levels,
        long runs,
        int resamples,
        double confidencePercent,
        long seed) {

    /**
     * Copies the list.
     *
     * @param effects one per input
     * @param trajectories the trajectories
     * @param levels the levels
     * @param runs the model runs
     * @param resamples bootstrap resamples
     * @param confidencePercent the intervals' confidence level (%)
     * @param seed the seed
     */
    public MorrisScreening {
        effects = List.copyOf(effects);
    }

    /** {@return the effects, largest μ* first (ties keep the inputs' order)} */
    public List<Effect> byMuStar() {
        return effects.stream()
                .sorted(Comparator.comparingDouble(Effect::muStar).reversed())
                .toList();
    }

    /**
     * The elementary effects of one input.
     *
     * @param input the input
     * @param muStar μ*: the mean absolute elementary effect (outcome unit per the input's span)
     * @param muStarLower lower end of its bootstrap interval (resampling trajectories)
     * @param muStarUpper upper end
     * @param mu μ: the mean elementary effect, signed
     * @param sigma σ: the standard deviation of the elementary effects (n − 1 in the denominator)
     * @param noEffect whether moving this input never changed the outcome
     */
    public record Effect(
            SensitivityInput input,
            double muStar,
            double muStarLower,
            double muStarUpper,
            double mu,
            double sigma,
            boolean noEffect) {}
}
