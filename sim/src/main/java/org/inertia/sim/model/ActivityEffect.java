package org.inertia.sim.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.SetDose;

/**
 * The activity catalogue: which muscle groups each exercise modality loads, its energy cost, and
 * how its dose is counted.
 *
 * <p>An exercise's <em>stimulus</em> on a group is {@code load(group) × s(dose)}, 0 to 1. The
 * load is 1 for every group an exercise names ({@code muscles:}) and 0 for the others; otherwise
 * it is the activity's usual loading, a judgment from its mechanics documented here (cycling loads
 * the quadriceps most and the trunk little; walking and water walking load the calf; water exercise
 * works the trunk; a resistance programme that names no muscles is a leg-centred whole-body
 * programme). The dose saturates, {@code s = 1 − exp(−ln 2 · dose / half-dose)}, so that the first
 * minutes or sets matter most and more never hurts:
 *
 * <ul>
 *   <li>aerobic activities: moderate-equivalent minutes a day, minutes per session × sessions per
 *       week / 7 × {@code (MET − 1) / (MET_moderate − 1)}, METs from the Compendium of Physical
 *       Activities (Ainsworth et al. 2011, Med Sci Sports Exerc 43:1575), half-dose {@link
 *       Parameter#AEROBIC_HALF_MINUTES_PER_DAY};
 *   <li>resistance: effective sets a week, sets × sessions per week × a load factor that is 1 at
 *       70 % of the one-repetition maximum or more and falls linearly to 0 at 20 %, half-dose
 *       {@link Parameter#RESISTANCE_HALF_SETS_PER_WEEK} for training and that times {@link
 *       Parameter#MAINTENANCE_DOSE_RATIO} for protection against disuse ({@link #protection}). A
 *       resistance exercise dosed in minutes counts one set per {@value SetDose#MINUTES_PER_SET}
 *       minutes at a load of 45, 65 or 85 % for light, moderate or vigorous effort.
 * </ul>
 *
 * <p>What a stimulus does, to muscle size and to the neural factor, is scaled by the activity's
 * fitted effect parameters ({@link #effect}).
 */
public enum ActivityEffect {
    /** Walking: the calf most, the thigh and trunk moderately. */
    WALKING(Activity.WALKING, new double[] {0.6, 1.0, 0.4, 0.3, 0.05}, new double[] {2.8, 3.5, 5.0}),
    /** Cycling: the quadriceps most, the calf less, the trunk and arms little. */
    CYCLING(Activity.CYCLING, new double[] {1.0, 0.4, 0.1, 0.1, 0.05}, new double[] {3.5, 6.8, 8.8}),
    /** Water exercise: the calf (walking against water) and trunk most, the arms too. */
    AQUATIC(Activity.AQUATIC, new double[] {0.4, 1.0, 0.7, 0.7, 0.4}, new double[] {2.5, 4.5, 5.5}),
    /** Resistance programme naming no muscles: legs first, then trunk and arms. */
    RESISTANCE(Activity.RESISTANCE, new double[] {1.0, 0.5, 0.5, 0.5, 0.5}, new double[] {3.5, 5.0, 6.0});

    private static final Map<Activity, ActivityEffect> BY_ACTIVITY = new EnumMap<>(Activity.class);

    static {
        for (ActivityEffect e : values()) {
            BY_ACTIVITY.put(e.activity, e);
        }
    }

    private final Activity activity;
    private final double[] load;
    private final double[] mets;

    ActivityEffect(Activity activity, double[] load, double[] mets) {
        this.activity = activity;
        this.load = load;
        this.mets = mets;
    }

    /**
     * {@return the catalogue entry of an activity}
     *
     * @param activity the activity
     */
    public static ActivityEffect of(Activity activity) {
        return BY_ACTIVITY.get(activity);
    }

    /** {@return the activity this entry describes} */
    public Activity activity() {
        return activity;
    }

    /**
     * {@return how much this activity usually loads a group, 0 (not at all) to 1 (fully)}
     *
     * @param group one of {@link MuscleGroup#SIMULATED}
     */
    public double usualLoad(MuscleGroup group) {
        return load[MuscleGroup.SIMULATED.indexOf(group)];
    }

    /**
     * {@return how much an exercise loads a group: 1 or 0 when it names its muscles, else the
     * activity's usual load}
     *
     * @param exercise a prescription of this activity
     * @param group one of {@link MuscleGroup#SIMULATED}
     */
    public double load(Exercise exercise, MuscleGroup group) {
        if (exercise.usualMuscles()) {
            return usualLoad(group);
        }
        return exercise.muscles().contains(group) ? 1.0 : 0.0;
    }

    /**
     * {@return the energy cost of a session at an intensity (MET); Ainsworth et al. 2011}
     *
     * @param intensity light, moderate or vigorous
     */
    public double met(Intensity intensity) {
        return mets[intensity.ordinal()];
    }

    /**
     * {@return the energy cost of a session at an intensity relative to a vigorous one, counted
     * above rest: {@code (MET − 1) / (MET_vigorous − 1)}, 1 for vigorous work}
     *
     * @param intensity light, moderate or vigorous
     */
    public double relativeIntensity(Intensity intensity) {
        return (met(intensity) - 1) / (met(Intensity.VIGOROUS) - 1);
    }

    /**
     * {@return the fitted effect of this activity on an outcome at full load and dose: the share
     * of the disuse drive it removes and the share of the training headroom it fills}
     *
     * @param parameters the model parameters
     * @param outcome mass or strength (the neural factor)
     */
    public double effect(ModelParameters parameters, Outcome outcome) {
        boolean mass = outcome == Outcome.MASS;
        return parameters.get(
                switch (this) {
                    case WALKING -> mass ? Parameter.WALKING_MASS_EFFECT : Parameter.WALKING_NEURAL_EFFECT;
                    case CYCLING -> mass ? Parameter.CYCLING_MASS_EFFECT : Parameter.CYCLING_NEURAL_EFFECT;
                    case AQUATIC -> mass ? Parameter.AQUATIC_MASS_EFFECT : Parameter.AQUATIC_NEURAL_EFFECT;
                    case RESISTANCE -> mass ? Parameter.RESISTANCE_MASS_EFFECT : Parameter.RESISTANCE_NEURAL_EFFECT;
                });
    }

    /**
     * {@return the share of an exercise's stimulus that builds beyond baseline: {@code
     * light-training-share} for an aerobic session of light intensity, else 1}
     *
     * @param parameters the model parameters
     * @param exercise a prescription of this activity
     */
    public double trainingShare(ModelParameters parameters, Exercise exercise) {
        return this != RESISTANCE && exercise.intensity() == Intensity.LIGHT
                ? parameters.get(Parameter.LIGHT_TRAINING_SHARE)
                : 1;
    }

    /**
     * {@return the saturating effect of an exercise's dose, 0 (none) to below 1}
     *
     * @param parameters the model parameters (half-doses)
     * @param exercise a prescription of this activity
     */
    public double saturation(ModelParameters parameters, Exercise exercise) {
        return saturation(parameters, exercise, Parameter.AEROBIC_HALF_MINUTES_PER_DAY);
    }

    /**
     * {@return the saturating effect of an exercise's dose, with an aerobic activity's half-dose
     * taken from a given parameter}
     *
     * @param parameters the model parameters (half-doses)
     * @param exercise a prescription of this activity
     * @param aerobicHalf the half-dose parameter of the aerobic activities (min/day)
     */
    public double saturation(ModelParameters parameters, Exercise exercise, Parameter aerobicHalf) {
        return saturation(parameters, exercise, aerobicHalf, 1);
    }

    /**
     * {@return the saturating protection of an exercise's dose against disuse: as {@link
     * #saturation(ModelParameters, Exercise)}, with a resistance exercise's half-dose times {@code
     * maintenance-dose-ratio}, since keeping muscle takes less than building it (an aerobic
     * activity's stays: the evidence set has no contrast of aerobic doses)}
     *
     * @param parameters the model parameters (half-doses, the maintenance ratio)
     * @param exercise a prescription of this activity
     */
    public double protection(ModelParameters parameters, Exercise exercise) {
        return saturation(
                parameters,
                exercise,
                Parameter.AEROBIC_HALF_MINUTES_PER_DAY,
                this == RESISTANCE ? parameters.get(Parameter.MAINTENANCE_DOSE_RATIO) : 1);
    }

    private double saturation(ModelParameters parameters, Exercise exercise, Parameter aerobicHalf, double scale) {
        double dose;
        double half;
        if (this == RESISTANCE) {
            dose = effectiveSetsPerWeek(exercise);
            half = parameters.get(Parameter.RESISTANCE_HALF_SETS_PER_WEEK);
        } else {
            double intensityFactor = (met(exercise.intensity()) - 1) / (met(Intensity.MODERATE) - 1);
            dose = exercise.minutesPerDay() * intensityFactor;
            half = parameters.get(aerobicHalf);
        }
        return 1 - Math.exp(-dose * Math.log(2) / (half * scale));
    }

    /**
     * {@return the effective sets a week of a resistance prescription: sets at 70 % of the
     * one-repetition maximum or more count fully, lighter ones less, down to none at 20 %}
     *
     * @param exercise a resistance prescription, dosed by sets or by minutes
     */
    public static double effectiveSetsPerWeek(Exercise exercise) {
        double sets;
        double loadPercent;
        if (exercise.sets().isPresent()) {
            sets = exercise.sets().get().sets();
            loadPercent = exercise.sets().get().loadPercent();
        } else {
            sets = exercise.minutesPerSession() / SetDose.MINUTES_PER_SET;
            loadPercent = switch (exercise.intensity()) {
                case LIGHT -> 45;
                case MODERATE -> 65;
                case VIGOROUS -> 85;
            };
        }
        double loadFactor = Math.max(0, Math.min(1, (loadPercent - 20) / 50));
        return sets * exercise.sessionsPerWeek() * loadFactor;
    }

    /** {@return the simulated groups, in the order of the usual loads} */
    static List<MuscleGroup> groups() {
        return MuscleGroup.SIMULATED;
    }
}
