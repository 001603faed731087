package org.inertia.sim.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.DefaultCalibration;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.population.CalibrationUncertainty;
import org.inertia.sim.scenario.Scenario;

/**
 * One-at-a-time sensitivity: each model parameter is moved down and up by a relative step
 * (within its range) while the others stay at the scenario's values, and the change of an
 * outcome is recorded. Sorted by swing, largest first: the assumptions that drive the answer. A
 * parameter whose value is 0 (the fit put an effect of age or illness at nothing) has no share to
 * move by: it moves from 0 up to the calibration's standard error, how far the evidence allows.
 */
public final class Sensitivity {

    /**
     * The effect of one parameter.
     *
     * @param parameter the parameter
     * @param base its value in the scenario
     * @param low the lowered value
     * @param high the raised value
     * @param outcomeAtLow the outcome with the lowered value
     * @param outcomeAtHigh the outcome with the raised value
     * @param outcomeAtBase the outcome with every parameter at the scenario's value
     */
    public record Effect(
            Parameter parameter,
            double base,
            double low,
            double high,
            double outcomeAtLow,
            double outcomeAtHigh,
            double outcomeAtBase) {

        /** {@return the spread of the outcome between low and high (absolute)} */
        public double swing() {
            double s = Math.abs(outcomeAtHigh - outcomeAtLow);
            return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s;
        }
    }

    private Sensitivity() {}

    /**
     * Reads a step typed in percent, such as {@code 10} for ±10 %.
     *
     * @param text the text, in the grammar of {@link org.inertia.sim.scenario.io.Decimal}
     * @return the step (%), more than 0 and below 100
     * @throws SweepException if the text is not such a number
     */
    public static double parseStepPercent(String text) {
        BigDecimal v = TypedNumber.parse(text, "");
        if (v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new SweepException(new SweepProblem(
                    "",
                    SweepMessage.STEP_PERCENT_OUT_OF_RANGE,
                    List.of(SweepProblem.excerpt(text.strip())),
                    "a parameter moved by 100 % or more would reach 0"));
        }
        return v.doubleValue();
    }

    /**
     * Moves each parameter by ±{@code relativeStep} and records the outcome.
     *
     * @param scenario the scenario
     * @param outcome what to read off each run
     * @param relativeStep the relative change, such as 0.1 for ±10 %
     * @param simulator the engine
     * @return one effect per parameter, largest swing first; a parameter at 0 moves up by the
     *     calibration's standard error instead (from 0 to one standard error), and one at 0 without
     *     a standard error (a fixed value, or any value of a preset other than the calibrated
     *     default) is left out
     * @throws IllegalArgumentException if the step is not more than 0 and below 1
     */
    public static List<Effect> oneAtATime(
            Scenario scenario, Readout outcome, double relativeStep, Simulator simulator) {
        if (!(relativeStep > 0 && relativeStep < 1)) {
            throw new IllegalArgumentException("relative step must be more than 0 and below 1, was " + relativeStep);
        }
        ModelParameters base = scenario.modelParameters();
        double atBase = outcome.of(simulator.simulate(scenario));
        List<Effect> effects = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            double v = base.get(p);
            double low;
            double high;
            if (v == 0) {
                // No share of 0 moves it: up by the calibration's standard error, where there is one.
                // Another preset's values have no standard error (nor an --uncertainty band).
                java.util.OptionalDouble se = CalibrationUncertainty.appliesTo(scenario)
                        ? DefaultCalibration.stored().standardError(p)
                        : java.util.OptionalDouble.empty();
                if (se.isEmpty() || !(se.getAsDouble() > 0)) {
                    continue;
                }
                low = 0;
                high = Math.min(p.max(), se.getAsDouble());
            } else {
                low = Math.max(p.min(), v * (1 - relativeStep));
                high = Math.min(p.max(), v * (1 + relativeStep));
            }
            double atLow = outcome.of(simulator.simulate(scenario, base.with(p, low)));
            double atHigh = outcome.of(simulator.simulate(scenario, base.with(p, high)));
            effects.add(new Effect(p, v, low, high, atLow, atHigh, atBase));
        }
        effects.sort(Comparator.comparingDouble(Effect::swing).reversed());
        return effects;
    }
}
