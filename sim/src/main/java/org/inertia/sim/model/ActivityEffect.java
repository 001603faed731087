package org.inertia.sim.model;

import java.util.EnumMap;
import java.util.Map;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Intensity;

/**
 * The activity catalogue: what each exercise modality does to each muscle group.
 *
 * <p>An exercise's <em>dose</em> is its moderate-equivalent minutes per day: minutes per session
 * × sessions per week / 7 × an intensity factor {@code (MET − 1) / (MET_moderate − 1)}, with METs
 * from the Compendium of Physical Activities (Ainsworth et al. 2011, Med Sci Sports Exerc
 * 43:1575). The dose saturates: {@code s = 1 − exp(−dose / halfDose·ln 2)}, so the first
 * minutes matter most and more never hurts. The activity then removes a fraction {@code
 * load(group) × effect(outcome) × s} of the disuse drive on that group, and can raise the
 * target a little above baseline ({@code gain(outcome) × load × s}, combined across activities so
 * that the total never exceeds {@link #MAX_MASS_GAIN} and {@link #MAX_NEURAL_GAIN}).
 *
 * <p>Loads are judgments from the activities' mechanics (cycling loads the quadriceps most and
 * the trunk little; walking loads the calf; water exercise unloads the joints but works the
 * trunk), documented as such. Effects follow the countermeasure studies: aerobic exercise keeps
 * mass better than strength (Vigelsø et al. 2015: cycling restored lean mass, not full strength;
 * Kashihara et al. 1994); resistance loading protects strength (Mulder et al. 2006: maximal torque
 * kept with resistive vibration exercise; Alkner and Tesch 2004: knee-extensor atrophy prevented
 * by flywheel training every third day).
 */
public enum ActivityEffect {
    /** Walking. */
    WALKING(Activity.WALKING, 30, new double[] {0.5, 0.8, 0.4, 0.3, 0.05}, 0.9, 0.4, 0.01, 0.01, new double[] {
        2.8, 3.5, 5.0
    }),
    /** Cycling. */
    CYCLING(Activity.CYCLING, 30, new double[] {0.8, 0.4, 0.1, 0.1, 0.05}, 0.9, 0.4, 0.01, 0.01, new double[] {
        3.5, 6.8, 8.8
    }),
    /** Exercise in water. */
    AQUATIC(Activity.AQUATIC, 30, new double[] {0.4, 0.3, 0.6, 0.6, 0.4}, 0.9, 0.4, 0.01, 0.01, new double[] {
        2.5, 4.5, 5.5
    }),
    /** Resistance training. */
    RESISTANCE(Activity.RESISTANCE, 5, new double[] {0.95, 0.8, 0.7, 0.7, 0.8}, 1.0, 1.0, 0.03, 0.05, new double[] {
        3.5, 5.0, 6.0
    });

    /** Ceiling of the training gain in mass from any combination of activities (fraction). */
    public static final double MAX_MASS_GAIN = 0.03;

    /** Ceiling of the training gain in the neural factor from any combination (fraction). */
    public static final double MAX_NEURAL_GAIN = 0.05;

    private static final Map<Activity, ActivityEffect> BY_ACTIVITY = new EnumMap<>(Activity.class);

    static {
        for (ActivityEffect e : values()) {
            BY_ACTIVITY.put(e.activity, e);
        }
    }

    private final Activity activity;
    private final double halfDoseMinutesPerDay;
    private final double[] load;
    private final double massEffect;
    private final double neuralEffect;
    private final double massGain;
    private final double neuralGain;
    private final double[] mets;

    ActivityEffect(
            Activity activity,
            double halfDoseMinutesPerDay,
            double[] load,
            double massEffect,
            double neuralEffect,
            double massGain,
            double neuralGain,
            double[] mets) {
        this.activity = activity;
        this.halfDoseMinutesPerDay = halfDoseMinutesPerDay;
        this.load = load;
        this.massEffect = massEffect;
        this.neuralEffect = neuralEffect;
        this.massGain = massGain;
        this.neuralGain = neuralGain;
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

    /** {@return moderate-equivalent minutes per day that give half the maximal effect (min/day)} */
    public double halfDoseMinutesPerDay() {
        return halfDoseMinutesPerDay;
    }

    /**
     * {@return how much this activity loads a group, 0 (not at all) to 1 (fully)}
     *
     * @param group one of {@link MuscleGroup#SIMULATED}
     */
    public double load(MuscleGroup group) {
        return load[MuscleGroup.SIMULATED.indexOf(group)];
    }

    /**
     * {@return the share of the disuse drive on an outcome removed at full load and saturation}
     *
     * @param outcome mass or strength (the neural factor)
     */
    public double effect(Outcome outcome) {
        return outcome == Outcome.MASS ? massEffect : neuralEffect;
    }

    /**
     * {@return the ceiling of the training gain of an outcome, whatever the activities}
     *
     * @param outcome mass or strength (the neural factor)
     */
    public static double maxGain(Outcome outcome) {
        return outcome == Outcome.MASS ? MAX_MASS_GAIN : MAX_NEURAL_GAIN;
    }

    /**
     * {@return the training gain above baseline at full load and saturation (fraction)}
     *
     * @param outcome mass or strength (the neural factor)
     */
    public double gain(Outcome outcome) {
        return outcome == Outcome.MASS ? massGain : neuralGain;
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
     * {@return the saturating effect of an exercise prescription, 0 (none) to below 1}
     *
     * @param exercise a prescription of this activity
     */
    public double saturation(Exercise exercise) {
        double intensityFactor = (met(exercise.intensity()) - 1) / (met(Intensity.MODERATE) - 1);
        double dose = exercise.minutesPerDay() * intensityFactor;
        return 1 - Math.exp(-dose * Math.log(2) / halfDoseMinutesPerDay);
    }
}
