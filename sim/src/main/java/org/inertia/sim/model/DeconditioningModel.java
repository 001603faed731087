package org.inertia.sim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Fitness;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.DailyState;

/**
 * The deconditioning model: turns a subject and a phase into a {@link PhaseDrive}.
 *
 * <p>For muscle group {@code g} in a phase with unloading {@code u(g)} (1 in bed rest, times the
 * group's susceptibility), the disuse depth of each state is
 *
 * <pre>
 *   D_mass(g)   = min(1, mass-loss-depth   · u(g) · sex + C_mass)
 *   D_neural(g) = min(1, neural-loss-depth · u(g) · sex · (1 + age-neural-loss-increase · a) + C_neural(g))
 * </pre>
 *
 * (the neural depth of a leg in a cast times {@code leg-cast-neural-factor}, its neural time
 * constant divided by {@code leg-cast-loss-speed}) with {@code a = max(0,
 * age − onset)}, {@code sex} 1 for men, {@code female-loss-factor} for
 * women and the midpoint when not given, and {@code C} the whole-body terms of a condition during
 * phases that are not ordinary life (critical illness: catabolic loss of size; acute illness and
 * surgery: loss of size and neural drive; surgery also inhibits the unloaded limb). Each exercise
 * {@code e} has a stimulus {@code σ_e(g) = load_e(g) · s(dose_e)} ({@link ActivityEffect}), and a
 * protecting stimulus {@code π_e(g)}, the same with a resistance exercise's half-dose times {@code
 * maintenance-dose-ratio} (keeping muscle takes less than building it); the phase's exercise gives
 * a protection
 *
 * <pre>
 *   p_x(g) = 1 − Π_e (1 − r · effect_x(e) · π_e(g))        for x = mass, neural
 *   q_x(g) = 1 − Π_e (1 − r · effect_x(e) · σ_e(g) · l_e)  l_e: light-training-share for a light aerobic session, else 1
 *   r      = max(0, 1 − age-exercise-response-loss · a)
 *   target_x(g) = 1 − D_x(g)·(1 − p_x(g)) + H_x · h(fitness) · s_g^k · q_x(g) · b_x(g)
 *   b_x(g)      = max(0, 1 − (1 − unloaded-x-gain-share) · u_g)      for x = mass, neural
 * </pre>
 *
 * where {@code H_x} is the training headroom of an untrained adult, {@code h} 1, {@code
 * active-headroom-ratio} or {@code trained-headroom-ratio}, {@code s_g} the group's susceptibility,
 * {@code k} {@code headroom-susceptibility-exponent} and {@code u_g} the group's unloading by the
 * phase's mobility (1 in bed rest). Each state relaxes towards its target:
 * with the loss time constant while above it (the critical-illness constant for size in critical
 * illness), with the recovery time
 * constant while below it and below baseline (plus the share {@code retraining-gain-share} of the
 * training drive, {@link PhaseDrive#rate}), and with the gain time constant while below it and
 * above baseline:
 *
 * <pre>
 *   tau_recovery = tau_recovery,young · (1 + age-recovery-slowing · a) · illness / (1 + boost · p)
 * </pre>
 *
 * with {@code illness} = {@code illness-recovery-slowing} for a subject who is not healthy.
 *
 * <p>Every term only lowers a target or lengthens a recovery under more disuse, and raises a
 * target or shortens a recovery (when {@code boost} > 0) under more exercise, so more exercise never gives a lower
 * trajectory, and a phase of bed rest without exercise never raises one.
 */
final class DeconditioningModel {

    private final ModelParameters parameters;

    DeconditioningModel(ModelParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** {@return the state at baseline: every mass and neural factor at 1} */
    static double[] baseline() {
        double[] y = new double[PhaseDrive.STATES];
        Arrays.fill(y, 1.0);
        return y;
    }

    /**
     * Computes what a phase does to each state of a subject.
     *
     * @param subject the simulated person
     * @param phase the phase
     * @return targets and time constants of every state during the phase
     */
    PhaseDrive drive(Subject subject, Phase phase) {
        return drive(subject, phase, ALL_STATES);
    }

    private static final boolean[] ALL_STATES = allStates();

    private static boolean[] allStates() {
        boolean[] all = new boolean[PhaseDrive.STATES];
        Arrays.fill(all, true);
        return all;
    }

    /**
     * Computes what a phase does to some states only, for a population that reads only those; the
     * other states' entries are left at 0 and must not be used. A muscle group's two states are
     * computed together.
     *
     * @param subject the simulated person
     * @param phase the phase
     * @param states which states to compute, by index into the state vector
     * @return targets and time constants of those states during the phase
     */
    PhaseDrive drive(Subject subject, Phase phase, boolean[] states) {
        List<MuscleGroup> simulated = MuscleGroup.SIMULATED;
        int n = PhaseDrive.STATES;
        double[] target = new double[n];
        double[] lossTau = new double[n];
        double[] recoveryTau = new double[n];
        double[] gainTau = new double[n];

        double over = Math.max(0, subject.ageYears() - p(Parameter.AGE_RECOVERY_ONSET_YEARS));
        double ageRecovery = 1 + p(Parameter.AGE_RECOVERY_SLOWING) * over;
        double response = Math.max(0, 1 - p(Parameter.AGE_EXERCISE_RESPONSE_LOSS) * over);
        double neuralAge = 1 + p(Parameter.AGE_NEURAL_LOSS_INCREASE) * over;
        double sex = sexFactor(subject.sex());
        double headroom =
                switch (subject.fitness()) {
                    case UNTRAINED -> 1.0;
                    case ACTIVE -> p(Parameter.ACTIVE_HEADROOM_RATIO);
                    case TRAINED -> p(Parameter.TRAINED_HEADROOM_RATIO);
                };
        Condition condition = subject.condition();
        boolean ill = phase.mobility() != Mobility.NORMAL;
        boolean critical = ill && condition == Condition.CRITICAL_ILLNESS;
        boolean acute = ill && (condition == Condition.ACUTE_ILLNESS || condition == Condition.SURGERY);
        double extraMass =
                critical ? p(Parameter.CRITICAL_ILLNESS_DEPTH) : acute ? p(Parameter.ACUTE_ILLNESS_DEPTH) : 0;
        double extraNeural = acute ? p(Parameter.ACUTE_ILLNESS_NEURAL_DEPTH) : 0;
        double inhibition = ill && condition == Condition.SURGERY ? p(Parameter.SURGERY_NEURAL_DEPTH) : 0;
        double illness = condition == Condition.HEALTHY ? 1 : p(Parameter.ILLNESS_RECOVERY_SLOWING);
        double boost = p(Parameter.EXERCISE_RECOVERY_BOOST);
        boolean cast = phase.mobility() == Mobility.LEG_CAST;
        double castNeural = cast ? p(Parameter.LEG_CAST_NEURAL_FACTOR) : 1;
        double castSpeed = cast ? p(Parameter.LEG_CAST_LOSS_SPEED) : 1;
        double massNotBuiltUnloaded = 1 - p(Parameter.UNLOADED_MASS_GAIN_SHARE);
        double neuralNotBuiltUnloaded = 1 - p(Parameter.UNLOADED_NEURAL_GAIN_SHARE);

        for (int g = 0; g < simulated.size(); g++) {
            if (!states[2 * g] && !states[2 * g + 1]) {
                continue;
            }
            MuscleGroup group = simulated.get(g);
            boolean leg = group == MuscleGroup.KNEE_EXTENSORS || group == MuscleGroup.PLANTAR_FLEXORS;
            double base = unloading(phase.mobility(), group);
            double susceptibility = p(Parameter.susceptibility(group));
            double u = base * susceptibility;
            double massDepth = Math.min(1, p(Parameter.MASS_LOSS_DEPTH) * u * sex + extraMass);
            double neuralDepth = Math.min(
                    1,
                    p(Parameter.NEURAL_LOSS_DEPTH) * u * sex * neuralAge * (leg ? castNeural : 1)
                            + extraNeural
                            + (leg && base > 0 ? inhibition : 0));
            Shares shares = shares(phase.exercise(), group, response);
            double pMass = shares.protectedMass();
            double pNeural = shares.protectedNeural();
            double gMass = shares.trainedMass();
            double gNeural = shares.trainedNeural();
            int m = 2 * g;
            int k = m + 1;
            double room = headroom * Math.pow(susceptibility, p(Parameter.HEADROOM_SUSCEPTIBILITY_EXPONENT));
            // Exercise in bed keeps muscle protein synthesis at its level rather than raising it
            // (Ferrando et al. 1997), and keeps maximal strength rather than raising it (Schulze
            // 2002, Schneider 2016, Kramer 2017): an unloaded group builds part of each gain.
            double buildingMass = Math.max(0, 1 - massNotBuiltUnloaded * base);
            double buildingNeural = Math.max(0, 1 - neuralNotBuiltUnloaded * base);
            target[m] = 1 - massDepth * (1 - pMass) + p(Parameter.MASS_GAIN_HEADROOM) * room * gMass * buildingMass;
            target[k] = 1
                    - neuralDepth * (1 - pNeural)
                    + p(Parameter.NEURAL_GAIN_HEADROOM) * room * gNeural * buildingNeural;
            double speed = leg ? castSpeed : 1;
            lossTau[m] = critical ? p(Parameter.CRITICAL_ILLNESS_TAU_DAYS) : p(Parameter.MASS_LOSS_TAU_DAYS);
            lossTau[k] = p(Parameter.NEURAL_LOSS_TAU_DAYS) / speed;
            recoveryTau[m] = p(Parameter.MASS_RECOVERY_TAU_DAYS) * ageRecovery * illness / (1 + boost * pMass);
            recoveryTau[k] = p(Parameter.NEURAL_RECOVERY_TAU_DAYS) * ageRecovery * illness / (1 + boost * pNeural);
            gainTau[m] = p(Parameter.MASS_GAIN_TAU_DAYS);
            gainTau[k] = p(Parameter.NEURAL_GAIN_TAU_DAYS);
        }
        int v = DailyState.stateOf(Outcome.VO2MAX);
        if (states[v]) {
            aerobic(subject.fitness(), phase, headroom, boost, v, target, lossTau, recoveryTau, gainTau);
        }
        for (Outcome site : BONE_SITES) {
            int b = DailyState.stateOf(site);
            if (states[b]) {
                bone(phase, site, b, target, lossTau, recoveryTau, gainTau);
            }
        }
        return new PhaseDrive(
                target,
                lossTau,
                recoveryTau,
                gainTau,
                p(Parameter.RETRAINING_GAIN_SHARE),
                p(Parameter.VO2MAX_RETRAINING_SHARE));
    }

    private static final List<Outcome> BONE_SITES = Arrays.stream(Outcome.values())
            .filter(o -> o.family() == Family.BONE)
            .toList();

    /**
     * What a phase's exercise does to a whole-body state, every exercise's dose counted once: the
     * share of the disuse drive it removes ({@code protection}, {@code p}) and of the training
     * headroom it fills ({@code training}, {@code q}), each from the effect parameter of the
     * exercise's activity, its saturating dose (aerobic activities with the given half-dose) and
     * the share of its stimulus that builds beyond baseline.
     */
    private record WholeBodyShares(double protection, double training) {}

    private WholeBodyShares wholeBodyShares(
            List<Exercise> exercise,
            Function<Activity, Parameter> effectOf,
            Parameter aerobicHalfDose,
            ToDoubleFunction<Exercise> trainingShare) {
        double kept = 1;
        double untrained = 1;
        for (Exercise e : exercise) {
            ActivityEffect effect = ActivityEffect.of(e.activity());
            double stimulus = effect.saturation(parameters, e, aerobicHalfDose) * p(effectOf.apply(e.activity()));
            kept *= 1 - stimulus;
            untrained *= 1 - stimulus * trainingShare.applyAsDouble(e);
        }
        return new WholeBodyShares(1 - kept, 1 - untrained);
    }

    /**
     * The share of an exercise's stimulus that raises aerobic capacity beyond baseline: all of it
     * for resistance exercise and vigorous aerobic work, less for lighter work, {@code ((MET − 1) /
     * (MET_vigorous − 1))^vo2max-intensity-exponent} (at equal volume, harder cycling raised VO2max
     * more: Gormley et al. 2008).
     */
    private double aerobicTrainingShare(Exercise e) {
        if (e.activity() == Activity.RESISTANCE) {
            return 1;
        }
        return Math.pow(
                ActivityEffect.of(e.activity()).relativeIntensity(e.intensity()),
                p(Parameter.VO2MAX_INTENSITY_EXPONENT));
    }

    /**
     * Aerobic capacity: unloaded by bed rest (1) and by sedentary living ({@code
     * sedentary-severity}, as for the legs), not by a cast, a suspended leg or a brace; protected
     * and trained by the aerobic activities ({@code aerobic-vo2max-effect}) and by resistance
     * exercise ({@code resistance-vo2max-effect}) through their saturating doses (the aerobic
     * activities with {@code vo2max-half-minutes-per-day}), harder work building more ({@link
     * #aerobicTrainingShare}); fitter people lose more ({@code fitness-vo2max-loss-increase}, half of
     * it for an active subject):
     *
     * <pre>
     *   l_e = ((MET_e − 1) / (MET_vigorous − 1))^vo2max-intensity-exponent   (1 for resistance)
     *   p = 1 − Π_e (1 − effect(e) · s(dose_e)),   q = 1 − Π_e (1 − effect(e) · s(dose_e) · l_e)
     *   D = vo2max-loss-depth · (1 + fitness-vo2max-loss-increase · f),   f = 0, ½, 1
     *   target = 1 − min(1, D · u) · (1 − p) + vo2max-gain-headroom · h(fitness) · q
     * </pre>
     */
    private void aerobic(
            Fitness fitness,
            Phase phase,
            double headroom,
            double boost,
            int v,
            double[] target,
            double[] lossTau,
            double[] recoveryTau,
            double[] gainTau) {
        double u =
                switch (phase.mobility()) {
                    case BED_REST -> 1.0;
                    case SEDENTARY -> p(Parameter.SEDENTARY_SEVERITY);
                    case LEG_CAST, LIMB_SUSPENSION, LUMBAR_BRACE, NORMAL -> 0.0;
                };
        WholeBodyShares shares = wholeBodyShares(
                phase.exercise(),
                a -> a == Activity.RESISTANCE ? Parameter.RESISTANCE_VO2MAX_EFFECT : Parameter.AEROBIC_VO2MAX_EFFECT,
                Parameter.VO2MAX_HALF_MINUTES_PER_DAY,
                this::aerobicTrainingShare);
        double protection = shares.protection();
        // Exercise in bed keeps aerobic capacity but does not raise it: near-peak supine cycling an
        // hour a day held it level over 28 days (+2.6 %, Greenleaf et al. 1989), and the integrated
        // programmes of the 60- and 70-day campaigns kept most of it, none gained.
        double trained = phase.mobility() == Mobility.BED_REST ? 0 : shares.training();
        double fitter =
                switch (fitness) {
                    case UNTRAINED -> 0.0;
                    case ACTIVE -> 0.5;
                    case TRAINED -> 1.0;
                };
        double depth = p(Parameter.VO2MAX_LOSS_DEPTH) * (1 + p(Parameter.FITNESS_VO2MAX_LOSS_INCREASE) * fitter);
        target[v] =
                1 - Math.min(1, depth * u) * (1 - protection) + p(Parameter.VO2MAX_GAIN_HEADROOM) * headroom * trained;
        lossTau[v] = p(Parameter.VO2MAX_LOSS_TAU_DAYS);
        recoveryTau[v] = p(Parameter.VO2MAX_RECOVERY_TAU_DAYS) / (1 + boost * protection);
        gainTau[v] = p(Parameter.VO2MAX_GAIN_TAU_DAYS);
    }

    /**
     * Bone mineral density of a site: unloaded as the muscles around it are ({@link #unloading}
     * before susceptibility: the calcaneus with the calf, the hip with the thigh, the spine with the
     * back), protected and built by resistance exercise, walking, and little by cycling and water
     * exercise; gains and recovery at the pace of remodelling ({@code bone-recovery-tau-days}):
     *
     * <pre>
     *   target = 1 − bone-loss-depth(site) · u · (1 − p) + bone-gain-headroom · q
     * </pre>
     */
    private void bone(
            Phase phase,
            Outcome site,
            int b,
            double[] target,
            double[] lossTau,
            double[] recoveryTau,
            double[] gainTau) {
        MuscleGroup around =
                switch (site) {
                    case BMD_LUMBAR_SPINE -> MuscleGroup.TRUNK_EXTENSORS;
                    case BMD_TOTAL_HIP -> MuscleGroup.KNEE_EXTENSORS;
                    case BMD_CALCANEUS -> MuscleGroup.PLANTAR_FLEXORS;
                    default -> throw new IllegalArgumentException(site.key() + " is not a bone site");
                };
        double u = unloading(phase.mobility(), around);
        WholeBodyShares shares = wholeBodyShares(
                phase.exercise(),
                a -> switch (a) {
                    case RESISTANCE -> Parameter.RESISTANCE_BONE_EFFECT;
                    case WALKING -> Parameter.WALKING_BONE_EFFECT;
                    case CYCLING, AQUATIC -> Parameter.NONIMPACT_BONE_EFFECT;
                },
                Parameter.AEROBIC_HALF_MINUTES_PER_DAY,
                e -> ActivityEffect.of(e.activity()).trainingShare(parameters, e));
        target[b] = 1
                - Math.min(1, p(Parameter.lossDepth(site)) * u) * (1 - shares.protection())
                + p(Parameter.BONE_GAIN_HEADROOM) * shares.training();
        lossTau[b] = p(Parameter.BONE_LOSS_TAU_DAYS);
        recoveryTau[b] = p(Parameter.BONE_RECOVERY_TAU_DAYS);
        gainTau[b] = p(Parameter.BONE_RECOVERY_TAU_DAYS);
    }

    private double p(Parameter parameter) {
        return parameters.get(parameter);
    }

    /** Women's loss relative to men's; the midpoint when the scenario does not say. */
    private double sexFactor(Sex sex) {
        double female = p(Parameter.FEMALE_LOSS_FACTOR);
        if (sex == null) {
            return (1 + female) / 2;
        }
        return sex == Sex.FEMALE ? female : 1.0;
    }

    /**
     * {@return the unloading of a group under a mobility, relative to whole-body bed rest, before
     * the group's susceptibility}
     *
     * @param mobility the mobility of the phase
     * @param group one of {@link MuscleGroup#SIMULATED}
     */
    double unloading(Mobility mobility, MuscleGroup group) {
        boolean leg = group == MuscleGroup.KNEE_EXTENSORS || group == MuscleGroup.PLANTAR_FLEXORS;
        boolean trunk = group == MuscleGroup.TRUNK_EXTENSORS || group == MuscleGroup.TRUNK_FLEXORS;
        return switch (mobility) {
            case BED_REST -> 1.0;
                // The immobilized leg only: the trunk and arms stay in use (on crutches, more so).
            case LEG_CAST -> leg ? p(Parameter.LEG_CAST_SEVERITY) : 0.0;
            case LIMB_SUSPENSION -> leg ? p(Parameter.LIMB_SUSPENSION_SEVERITY) : 0.0;
            case LUMBAR_BRACE -> trunk ? p(Parameter.LUMBAR_BRACE_SEVERITY) : 0.0;
                // Sitting most of the day: legs as measured by Breen 2013, the trunk at half that.
            case SEDENTARY -> p(Parameter.SEDENTARY_SEVERITY) * (leg ? 1.0 : trunk ? 0.5 : 0.0);
            case NORMAL -> 0.0;
        };
    }

    /**
     * What the phase's exercise does to one group: the share of each state's disuse drive it
     * removes ({@code p}) and of its training headroom it fills ({@code q}), each 0 to below 1.
     */
    private record Shares(double protectedMass, double protectedNeural, double trainedMass, double trainedNeural) {}

    /** The {@link Shares} of a group, every exercise's dose counted once; {@code response} is the age factor. */
    private Shares shares(List<Exercise> exercise, MuscleGroup group, double response) {
        double keptMass = 1;
        double keptNeural = 1;
        double untrainedMass = 1;
        double untrainedNeural = 1;
        for (Exercise e : exercise) {
            ActivityEffect effect = ActivityEffect.of(e.activity());
            double load = effect.load(e, group);
            double protecting = load * effect.protection(parameters, e);
            double training = load * effect.saturation(parameters, e) * effect.trainingShare(parameters, e);
            double mass = response * effect.effect(parameters, Outcome.MASS);
            double neural = response * effect.effect(parameters, Outcome.STRENGTH);
            keptMass *= 1 - mass * protecting;
            keptNeural *= 1 - neural * protecting;
            untrainedMass *= 1 - mass * training;
            untrainedNeural *= 1 - neural * training;
        }
        return new Shares(1 - keptMass, 1 - keptNeural, 1 - untrainedMass, 1 - untrainedNeural);
    }
}
