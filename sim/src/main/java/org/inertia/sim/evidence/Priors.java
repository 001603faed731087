package org.inertia.sim.evidence;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.inertia.sim.parameters.Parameter;

/**
 * Weakly informative priors of the calibration: for each fitted parameter a normal distribution
 * that says what physiology allows before the evidence set is looked at. Where the data are rich
 * the fit moves far from the prior; where they are thin (few studies of an activity or a
 * condition) the prior keeps the value plausible instead of letting it run to a bound, and its
 * width becomes the parameter's uncertainty. The calibration reports which parameters the data
 * identify and which only their prior does ({@link Calibration.Identification}).
 */
public final class Priors {

    /**
     * A normal prior.
     *
     * @param mean the prior mean, in the parameter's unit
     * @param sd the prior standard deviation, positive
     * @param basis why, in a few words
     */
    public record Prior(double mean, double sd, String basis) {

        /**
         * Checks that the spread is positive.
         *
         * @param mean the prior mean
         * @param sd the prior standard deviation
         * @param basis why
         */
        public Prior {
            if (!(sd > 0)) {
                throw new IllegalArgumentException("a prior needs a positive spread, was " + sd);
            }
        }
    }

    private static final Map<Parameter, Prior> PRIORS = build();

    private Priors() {}

    /**
     * {@return the prior of a parameter, if it has one}
     *
     * @param parameter a parameter
     */
    public static Optional<Prior> of(Parameter parameter) {
        return Optional.ofNullable(PRIORS.get(parameter));
    }

    /** {@return every prior} */
    public static Map<Parameter, Prior> all() {
        return PRIORS;
    }

    private static Map<Parameter, Prior> build() {
        EnumMap<Parameter, Prior> p = new EnumMap<>(Parameter.class);
        String disuse = "bed-rest losses of 10-30 % over weeks to months";
        p.put(Parameter.MASS_LOSS_DEPTH, new Prior(0.2, 0.1, disuse));
        p.put(Parameter.MASS_LOSS_TAU_DAYS, new Prior(50, 30, disuse));
        p.put(Parameter.NEURAL_LOSS_DEPTH, new Prior(0.1, 0.08, "strength falls 2-4 times faster than size early"));
        p.put(Parameter.NEURAL_LOSS_TAU_DAYS, new Prior(7, 5, "strength falls 2-4 times faster than size early"));
        p.put(Parameter.MASS_RECOVERY_TAU_DAYS, new Prior(20, 15, "size back within weeks to two months"));
        p.put(Parameter.NEURAL_RECOVERY_TAU_DAYS, new Prior(7, 6, "strength back within one to several weeks"));
        p.put(Parameter.AGE_RECOVERY_SLOWING, new Prior(0.03, 0.03, "older adults recover more slowly"));
        p.put(Parameter.AGE_EXERCISE_RESPONSE_LOSS, new Prior(0.005, 0.005, "older muscle answers training less"));
        p.put(Parameter.LEG_CAST_SEVERITY, new Prior(1.5, 0.5, "a cast unloads the leg more than bed rest"));
        p.put(Parameter.SEDENTARY_SEVERITY, new Prior(0.5, 0.3, "step reduction unloads the legs less than bed rest"));
        p.put(Parameter.LUMBAR_BRACE_SEVERITY, new Prior(0.5, 0.25, "a brace partly unloads the trunk"));
        p.put(Parameter.SUSCEPTIBILITY_PLANTAR_FLEXORS, new Prior(1.4, 0.4, "the calf loses most in bed rest"));
        p.put(Parameter.SUSCEPTIBILITY_TRUNK_EXTENSORS, new Prior(0.6, 0.3, "the back loses less than the thigh"));
        p.put(Parameter.SUSCEPTIBILITY_TRUNK_FLEXORS, new Prior(0.5, 0.3, "the abdominals lose less than the thigh"));
        p.put(Parameter.SUSCEPTIBILITY_HANDGRIP, new Prior(0.3, 0.2, "the arms stay in use in bed"));
        p.put(Parameter.CRITICAL_ILLNESS_DEPTH, new Prior(0.4, 0.2, "about 2 %/day of size in the first ICU week"));
        p.put(Parameter.CRITICAL_ILLNESS_TAU_DAYS, new Prior(30, 20, "about 2 %/day of size in the first ICU week"));
        p.put(Parameter.LEG_CAST_NEURAL_FACTOR, new Prior(1.3, 0.5, "a joint held still loses voluntary drive"));
        p.put(Parameter.LEG_CAST_LOSS_SPEED, new Prior(1.0, 0.5, "a cast unloads about as fast as bed rest"));
        p.put(Parameter.LIMB_SUSPENSION_SEVERITY, new Prior(1.0, 0.5, "about bed rest's rate for the suspended leg"));
        p.put(Parameter.FEMALE_LOSS_FACTOR, new Prior(1.0, 0.3, "no sex difference, unless the data say"));
        p.put(Parameter.AGE_NEURAL_LOSS_INCREASE, new Prior(0.0, 0.02, "no age effect on loss, unless the data say"));
        p.put(Parameter.MASS_GAIN_HEADROOM, new Prior(0.10, 0.06, "training adds 5-15 % muscle size"));
        p.put(Parameter.NEURAL_GAIN_HEADROOM, new Prior(0.20, 0.12, "training adds 10-30 % strength beyond size"));
        p.put(
                Parameter.MASS_GAIN_TAU_DAYS,
                new Prior(60, 20, "hypertrophy builds over 2-4 months; early size gains are partly oedema"));
        p.put(Parameter.LIGHT_TRAINING_SHARE, new Prior(0.25, 0.25, "light activity is the loading of ordinary life"));
        p.put(Parameter.RETRAINING_GAIN_SHARE, new Prior(0.5, 0.35, "lost muscle is regained before new is built"));
        p.put(Parameter.ACTIVE_HEADROOM_RATIO, new Prior(0.5, 0.2, "assumption: half the room of an untrained adult"));
        p.put(Parameter.TRAINED_HEADROOM_RATIO, new Prior(0.15, 0.1, "assumption: little room left in athletes"));
        String aerobic = "aerobic exercise protects and builds size more than strength";
        p.put(Parameter.WALKING_MASS_EFFECT, new Prior(0.5, 0.3, aerobic));
        p.put(Parameter.WALKING_NEURAL_EFFECT, new Prior(0.4, 0.3, aerobic));
        p.put(Parameter.CYCLING_MASS_EFFECT, new Prior(0.5, 0.3, aerobic));
        p.put(Parameter.CYCLING_NEURAL_EFFECT, new Prior(0.4, 0.3, aerobic));
        p.put(Parameter.AQUATIC_MASS_EFFECT, new Prior(0.4, 0.3, aerobic));
        p.put(Parameter.AQUATIC_NEURAL_EFFECT, new Prior(0.4, 0.3, aerobic));
        String resistance = "resistance exercise protects and builds both";
        p.put(Parameter.RESISTANCE_MASS_EFFECT, new Prior(0.8, 0.2, resistance));
        p.put(Parameter.RESISTANCE_NEURAL_EFFECT, new Prior(0.8, 0.2, resistance));
        p.put(Parameter.RESISTANCE_HALF_SETS_PER_WEEK, new Prior(4, 3, "a few sets a week build and maintain muscle"));
        p.put(
                Parameter.MAINTENANCE_DOSE_RATIO,
                new Prior(0.35, 0.25, "in the young a third of a programme's dose kept its size gains"));
        String illness = "acute illness and surgery cost several % in a week";
        p.put(Parameter.ACUTE_ILLNESS_DEPTH, new Prior(0.05, 0.05, illness));
        p.put(Parameter.ACUTE_ILLNESS_NEURAL_DEPTH, new Prior(0.05, 0.05, illness));
        p.put(Parameter.SURGERY_NEURAL_DEPTH, new Prior(0.15, 0.15, "joint surgery inhibits the limb's muscles"));
        p.put(Parameter.ILLNESS_RECOVERY_SLOWING, new Prior(2, 1.5, "patients recover more slowly than volunteers"));
        String vo2 = "bed rest costs 10-25 % of VO2max in two to eight weeks";
        p.put(Parameter.VO2MAX_LOSS_DEPTH, new Prior(0.25, 0.1, vo2));
        p.put(Parameter.VO2MAX_LOSS_TAU_DAYS, new Prior(20, 15, vo2));
        p.put(Parameter.VO2MAX_RECOVERY_TAU_DAYS, new Prior(15, 10, "VO2max back within weeks of ordinary life"));
        p.put(Parameter.VO2MAX_GAIN_HEADROOM, new Prior(0.2, 0.1, "endurance training adds 10-30 % to VO2max"));
        p.put(Parameter.VO2MAX_GAIN_TAU_DAYS, new Prior(60, 40, "training gains of VO2max build over months"));
        p.put(Parameter.AEROBIC_VO2MAX_EFFECT, new Prior(0.7, 0.25, "aerobic exercise is what keeps VO2max"));
        p.put(Parameter.RESISTANCE_VO2MAX_EFFECT, new Prior(0.3, 0.25, "resistance exercise keeps VO2max a little"));
        p.put(
                Parameter.VO2MAX_HALF_MINUTES_PER_DAY,
                new Prior(20, 15, "assumption: 150 min a week of moderate exercise gives most of the gain"));
        p.put(
                Parameter.VO2MAX_INTENSITY_EXPONENT,
                new Prior(1, 1, "assumption: gains grow with intensity, in proportion to the energy cost or faster"));
        p.put(
                Parameter.VO2MAX_RETRAINING_SHARE,
                new Prior(
                        0.03,
                        0.05,
                        "as the muscle's retraining-gain-share: training builds while recovery is under way"));
        p.put(
                Parameter.FITNESS_VO2MAX_LOSS_INCREASE,
                new Prior(0.5, 0.5, "fitter people lose more VO2max in bed rest"));
        String bone = "bed rest costs about 1 %/month at the hip, more at the heel, less at the spine";
        p.put(Parameter.BONE_LOSS_DEPTH_LUMBAR_SPINE, new Prior(0.1, 0.1, bone));
        p.put(Parameter.BONE_LOSS_DEPTH_TOTAL_HIP, new Prior(0.2, 0.1, bone));
        p.put(Parameter.BONE_LOSS_DEPTH_CALCANEUS, new Prior(0.4, 0.2, bone));
        p.put(
                Parameter.BONE_LOSS_TAU_DAYS,
                new Prior(500, 250, "after paralysis bone reaches a new steady state in 3-4 years"));
        p.put(Parameter.BONE_RECOVERY_TAU_DAYS, new Prior(300, 200, "bone comes back over months to years"));
        p.put(Parameter.BONE_GAIN_HEADROOM, new Prior(0.05, 0.03, "loading adds a few % of bone density"));
        p.put(Parameter.RESISTANCE_BONE_EFFECT, new Prior(0.7, 0.25, "resistance and impact loading protect bone"));
        p.put(Parameter.WALKING_BONE_EFFECT, new Prior(0.4, 0.25, "walking loads bone moderately"));
        p.put(Parameter.NONIMPACT_BONE_EFFECT, new Prior(0.1, 0.1, "cycling and swimming load bone little"));
        return Collections.unmodifiableMap(p);
    }
}
