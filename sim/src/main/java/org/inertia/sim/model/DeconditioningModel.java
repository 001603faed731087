package org.inertia.sim.model;

import java.util.List;
import java.util.Objects;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Subject;

/**
 * The deconditioning model: turns a subject and a phase into a {@link PhaseDrive}.
 *
 * <p>For muscle group {@code g} in a phase with unloading {@code u(g)} (1 in bed rest), the
 * disuse depth of each state is
 *
 * <pre>
 *   D_mass(g)   = min(1, mass-loss-depth   · susceptibility(g) · u(g) [+ critical-illness-depth])
 *   D_neural(g) = min(1, neural-loss-depth · susceptibility(g) · u(g))
 * </pre>
 *
 * and exercise removes a share {@code p} of it and may add a small training gain {@code G}:
 *
 * <pre>
 *   p = 1 − Π_activities (1 − effect · load(g) · s(dose))
 *   G = G_max · (1 − Π_activities (1 − gain / G_max · load(g) · s(dose)))
 *   target = 1 − D·(1 − p) + G
 *   (each effect and gain scaled by r = 1 − age-exercise-response-loss · max(0, age − onset))
 * </pre>
 *
 * Each state relaxes towards its target with the loss time constant while above it and with the
 * recovery time constant while below it; recovery slows with age and speeds up with exercise:
 *
 * <pre>
 *   tau_recovery = tau_recovery,young · (1 + age-recovery-slowing · max(0, age − onset)) / (1 + boost · p)
 * </pre>
 *
 * <p>Every term only lowers the target or lengthens a loss under more disuse, and raises it under
 * more exercise, so more exercise never gives a lower trajectory, and a phase of bed rest without
 * exercise never raises one.
 */
final class DeconditioningModel {

    private final ModelParameters parameters;

    /**
     * A model with the given parameter values.
     *
     * @param parameters a complete parameter set
     */
    public DeconditioningModel(ModelParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** {@return the parameter values of this model} */
    public ModelParameters parameters() {
        return parameters;
    }

    /**
     * {@return the state at baseline: every mass and neural factor at 1}
     */
    public static double[] baseline() {
        double[] y = new double[PhaseDrive.STATES];
        java.util.Arrays.fill(y, 1.0);
        return y;
    }

    /**
     * Computes what a phase does to each state of a subject.
     *
     * @param subject the simulated person
     * @param phase the phase
     * @return targets and time constants of every state during the phase
     */
    public PhaseDrive drive(Subject subject, Phase phase) {
        List<MuscleGroup> groups = MuscleGroup.SIMULATED;
        double[] target = new double[PhaseDrive.STATES];
        double[] lossTau = new double[PhaseDrive.STATES];
        double[] recoveryTau = new double[PhaseDrive.STATES];
        boolean catabolic = subject.condition() == Condition.CRITICAL_ILLNESS && phase.mobility() == Mobility.BED_REST;
        double ageFactor = 1
                + parameters.get(Parameter.AGE_RECOVERY_SLOWING)
                        * Math.max(0, subject.ageYears() - parameters.get(Parameter.AGE_RECOVERY_ONSET_YEARS));
        double boost = parameters.get(Parameter.EXERCISE_RECOVERY_BOOST);
        double response = Math.max(
                0,
                1
                        - parameters.get(Parameter.AGE_EXERCISE_RESPONSE_LOSS)
                                * Math.max(0, subject.ageYears() - parameters.get(Parameter.AGE_RECOVERY_ONSET_YEARS)));

        for (int g = 0; g < groups.size(); g++) {
            MuscleGroup group = groups.get(g);
            double unloading = unloading(phase.mobility(), group) * parameters.get(Parameter.susceptibility(group));
            double massDepth = parameters.get(Parameter.MASS_LOSS_DEPTH) * unloading
                    + (catabolic ? parameters.get(Parameter.CRITICAL_ILLNESS_DEPTH) : 0);
            double neuralDepth = parameters.get(Parameter.NEURAL_LOSS_DEPTH) * unloading;

            int m = 2 * g;
            int n = m + 1;
            double pMass = protection(phase.exercise(), group, Outcome.MASS, response);
            double pNeural = protection(phase.exercise(), group, Outcome.STRENGTH, response);
            target[m] =
                    1 - Math.min(1, massDepth) * (1 - pMass) + gain(phase.exercise(), group, Outcome.MASS, response);
            target[n] = 1
                    - Math.min(1, neuralDepth) * (1 - pNeural)
                    + gain(phase.exercise(), group, Outcome.STRENGTH, response);
            lossTau[m] = catabolic
                    ? parameters.get(Parameter.CRITICAL_ILLNESS_TAU_DAYS)
                    : parameters.get(Parameter.MASS_LOSS_TAU_DAYS);
            lossTau[n] = parameters.get(Parameter.NEURAL_LOSS_TAU_DAYS);
            recoveryTau[m] = parameters.get(Parameter.MASS_RECOVERY_TAU_DAYS) * ageFactor / (1 + boost * pMass);
            recoveryTau[n] = parameters.get(Parameter.NEURAL_RECOVERY_TAU_DAYS) * ageFactor / (1 + boost * pNeural);
        }
        return new PhaseDrive(target, lossTau, recoveryTau);
    }

    /**
     * {@return the unloading of a group under a mobility, relative to whole-body bed rest}
     *
     * @param mobility the mobility of the phase
     * @param group one of {@link MuscleGroup#SIMULATED}
     */
    public double unloading(Mobility mobility, MuscleGroup group) {
        boolean leg = group == MuscleGroup.KNEE_EXTENSORS || group == MuscleGroup.PLANTAR_FLEXORS;
        boolean trunk = group == MuscleGroup.TRUNK_EXTENSORS || group == MuscleGroup.TRUNK_FLEXORS;
        return switch (mobility) {
            case BED_REST -> 1.0;
                // The immobilized leg only: the trunk and arms stay in use (on crutches, more so).
            case LEG_CAST -> leg ? parameters.get(Parameter.LEG_CAST_SEVERITY) : 0.0;
            case LUMBAR_BRACE -> trunk ? parameters.get(Parameter.LUMBAR_BRACE_SEVERITY) : 0.0;
                // Sitting most of the day: legs as measured by Breen 2013, the trunk at half that.
            case SEDENTARY -> parameters.get(Parameter.SEDENTARY_SEVERITY) * (leg ? 1.0 : trunk ? 0.5 : 0.0);
            case NORMAL -> 0.0;
        };
    }

    /** Share of the disuse drive removed by the phase's exercise, 0 to below 1; {@code response} is the age factor. */
    private static double protection(List<Exercise> exercise, MuscleGroup group, Outcome outcome, double response) {
        double remaining = 1;
        for (Exercise e : exercise) {
            ActivityEffect effect = ActivityEffect.of(e.activity());
            remaining *= 1 - response * effect.effect(outcome) * effect.load(group) * effect.saturation(e);
        }
        return 1 - remaining;
    }

    /**
     * Training gain above baseline from the phase's exercise (fraction): each activity fills a
     * share of the common ceiling, so activities add up but never past it.
     */
    private static double gain(List<Exercise> exercise, MuscleGroup group, Outcome outcome, double response) {
        double ceiling = ActivityEffect.maxGain(outcome);
        double remaining = 1;
        for (Exercise e : exercise) {
            ActivityEffect effect = ActivityEffect.of(e.activity());
            remaining *= 1 - response * effect.gain(outcome) / ceiling * effect.load(group) * effect.saturation(e);
        }
        return ceiling * (1 - remaining);
    }
}
