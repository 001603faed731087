package org.inertia.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inertia.sim.Protocols.change;
import static org.inertia.sim.Protocols.exercise;
import static org.inertia.sim.Protocols.healthy;
import static org.inertia.sim.Protocols.phase;
import static org.inertia.sim.Protocols.run;
import static org.inertia.sim.Protocols.scenario;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Fitness;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.SetDose;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * The behaviours issue 11 added, each against a published figure or an invariant: training
 * gains that depend on training status and saturate, exercise that names the muscles it loads,
 * resistance dosed by sets, sex, kinds of unloading, and conditions that act on the whole body.
 */
class ModelTwoTest {

    private static Exercise sets(int sets, int reps, double load, int perWeek, MuscleGroup... muscles) {
        return Exercise.resistance(new SetDose(sets, reps, load), perWeek, List.of(muscles));
    }

    /**
     * Tesch et al. 2004 (J Appl Physiol): 5 weeks of unilateral limb suspension; knee-extension
     * flywheel training, 4 sets of 7 maximal actions 2-3 times a week, kept (and grew) the
     * quadriceps, while the calf lost as much as without exercise (-11.1 % against -10.5 %).
     */
    @Test
    void kneeExtensionTrainingKeepsTheQuadricepsAndLeavesTheCalfAsInDisuseTesch2004() {
        Subject men = new Subject(43, Sex.MALE, Condition.HEALTHY);
        Trajectory control = run(men, phase(35, Mobility.LIMB_SUSPENSION));
        Trajectory trained = run(
                men,
                new Phase(
                        "ULLS with flywheel",
                        35,
                        Mobility.LIMB_SUSPENSION,
                        List.of(sets(4, 7, 100, 3, MuscleGroup.KNEE_EXTENSORS))));
        assertThat(change(trained, "mass.knee_extensors", 35))
                .isGreaterThan(change(control, "mass.knee_extensors", 35) + 5);
        // The untargeted group is exactly as in disuse: not one bit of protection leaks to it.
        for (int d = 0; d <= 35; d++) {
            assertThat(trained.percent(Measure.parse("mass.plantar_flexors").orElseThrow(), d))
                    .isEqualTo(control.percent(
                            Measure.parse("mass.plantar_flexors").orElseThrow(), d));
            assertThat(trained.percent(Measure.parse("strength.handgrip").orElseThrow(), d))
                    .isEqualTo(
                            control.percent(Measure.parse("strength.handgrip").orElseThrow(), d));
        }
    }

    /**
     * Exercise in bed keeps strength rather than raising it. Kramer et al. 2017 (Sci Rep 7:13177):
     * sledge jumps (4 × 10 countermovement jumps and 2 × 10 hops, 5-6 sessions a week) through 60
     * days of head-down bed rest left maximal leg strength unchanged in 12 men. Schneider et al.
     * 2016 (Physiol Rep 4:e12892): 40 minutes of treadmill walking in lower-body negative
     * pressure six days a week through 30 days of bed rest kept ankle-extensor strength in 8 men.
     * Each within two of its calibration uncertainties (σ² = 3² + 8²/n pp²: 2σ = 7.6 and 8.3 pp);
     * before an unloaded group built half the neural gain the model put them at +8 and +11 %.
     */
    @Test
    void exerciseInBedKeepsStrengthRatherThanRaisingItKramer2017Schneider2016() {
        Trajectory jumps = run(
                new Subject(29, Sex.MALE, Condition.HEALTHY),
                new Phase(
                        "Bed rest with jump training",
                        60,
                        Mobility.BED_REST,
                        List.of(sets(6, 10, 100, 5, MuscleGroup.KNEE_EXTENSORS, MuscleGroup.PLANTAR_FLEXORS))));
        assertThat(change(jumps, "strength.knee_extensors", 60)).isCloseTo(0, within(7.6));
        Scenario treadmillProtocol = scenario(
                new Subject(30, Sex.MALE, Condition.HEALTHY),
                phase(30, Mobility.BED_REST, exercise(Activity.WALKING, 40, 6, Intensity.MODERATE)));
        Trajectory treadmill = run(treadmillProtocol);
        assertThat(change(treadmill, "strength.plantar_flexors", 30)).isCloseTo(0, within(8.3));
        // Were the whole neural gain built in bed, the calf would gain strength beyond the figure.
        Trajectory wholeGain = Simulator.exact()
                .simulate(
                        treadmillProtocol,
                        treadmillProtocol.modelParameters().with(Parameter.UNLOADED_NEURAL_GAIN_SHARE, 1.0));
        assertThat(change(wholeGain, "strength.plantar_flexors", 30)).isGreaterThan(8.3);
    }

    /**
     * Keeping muscle takes a fraction of the exercise that builds it: in the young, a third and
     * even a ninth of a resistance programme's dose kept its size gains for 32 weeks (Bickel et
     * al., Med Sci Sports Exerc 2011), and four sets of seven maximal flywheel squats every third
     * day kept the quadriceps through 90 days of bed rest (Alkner and Tesch 2004, Eur J Appl
     * Physiol 93:294), which the calibration with one half-dose for both put at −4 % (held out
     * −4.4 %). Within the between-study spread of 3 pp of baseline; and one set a week keeps a
     * larger share of what ten sets keep in bed than it builds of what ten build in ordinary life
     * (by half as much again: the contrast holds for a maintenance ratio up to about a third, and
     * vanishes at 1).
     */
    @Test
    void keepingMuscleTakesAFractionOfTheDoseThatBuildsItAlknerTesch2004() {
        Subject men = new Subject(33, Sex.MALE, Condition.HEALTHY);
        ToDoubleFunction<Phase> quadriceps = protocol -> change(run(men, protocol), "mass.knee_extensors", 90);
        assertThat(quadriceps.applyAsDouble(
                        phase(90, Mobility.BED_REST, sets(4, 7, 100, 2, MuscleGroup.KNEE_EXTENSORS))))
                .isCloseTo(0, within(3.0));

        Exercise oneSet = sets(1, 8, 80, 1, MuscleGroup.KNEE_EXTENSORS);
        Exercise tenSets = sets(5, 8, 80, 2, MuscleGroup.KNEE_EXTENSORS);
        double none = quadriceps.applyAsDouble(phase(90, Mobility.BED_REST));
        double kept1 = quadriceps.applyAsDouble(phase(90, Mobility.BED_REST, oneSet)) - none;
        double kept10 = quadriceps.applyAsDouble(phase(90, Mobility.BED_REST, tenSets)) - none;
        double built1 = quadriceps.applyAsDouble(phase(90, Mobility.NORMAL, oneSet));
        double built10 = quadriceps.applyAsDouble(phase(90, Mobility.NORMAL, tenSets));
        // One set a week keeps a larger share of what ten keep than it builds of what ten build.
        assertThat(kept1 / kept10).isGreaterThan(1.5 * built1 / built10);
    }

    @Test
    void moreSetsHeavierLoadsAndMoreSessionsNeverGiveLess() {
        Subject s = healthy(30);
        Trajectory previous = null;
        for (int n = 1; n <= 20; n++) {
            Trajectory t = run(s, new Phase("Bed rest", 30, Mobility.BED_REST, List.of(sets(n, 8, 80, 3))));
            if (previous != null) {
                assertAtLeast(t, previous);
            }
            previous = t;
        }
        previous = null;
        for (double load = 20; load <= 100; load += 5) {
            Trajectory t = run(s, new Phase("Bed rest", 30, Mobility.BED_REST, List.of(sets(3, 8, load, 3))));
            if (previous != null) {
                assertAtLeast(t, previous);
            }
            previous = t;
        }
    }

    private static void assertAtLeast(Trajectory more, Trajectory less) {
        for (Measure m : Trajectory.measures()) {
            for (int d = 0; d <= more.lastDay(); d++) {
                assertThat(more.percent(m, d)).as("%s day %d", m, d).isGreaterThanOrEqualTo(less.percent(m, d) - 1e-12);
            }
        }
    }

    /**
     * Harber et al. 2012 (J Appl Physiol 113:1495): 12 weeks of cycle-ergometer training grew the
     * quadriceps of older men by 6 ± 1 % (MRI). Gains saturate: twice the weeks give less than
     * twice the gain, and nothing passes the headroom.
     */
    @Test
    void cyclingBuildsTheQuadricepsOfOlderMenAndTheGainSaturatesHarber2012() {
        Subject older = new Subject(74, Sex.MALE, Condition.HEALTHY);
        Exercise cycling = exercise(Activity.CYCLING, 40, 3, Intensity.VIGOROUS);
        Trajectory t = run(older, phase(168, Mobility.NORMAL, cycling));
        double twelveWeeks = change(t, "mass.knee_extensors", 84);
        assertThat(twelveWeeks).isCloseTo(6.0, within(4.0));
        assertThat(change(t, "mass.knee_extensors", 168))
                .isGreaterThan(twelveWeeks)
                .isLessThan(2 * twelveWeeks);
    }

    @Test
    void untrainedPeopleGainMoreThanActiveAndActiveMoreThanTrained() {
        Exercise walking = exercise(Activity.WALKING, 45, 5, Intensity.MODERATE);
        double untrained = change(
                run(new Subject(60, null, Condition.HEALTHY, Fitness.UNTRAINED), phase(84, Mobility.NORMAL, walking)),
                "strength.knee_extensors",
                84);
        double active = change(
                run(new Subject(60, null, Condition.HEALTHY, Fitness.ACTIVE), phase(84, Mobility.NORMAL, walking)),
                "strength.knee_extensors",
                84);
        double trained = change(
                run(new Subject(60, null, Condition.HEALTHY, Fitness.TRAINED), phase(84, Mobility.NORMAL, walking)),
                "strength.knee_extensors",
                84);
        assertThat(untrained).isGreaterThan(active);
        assertThat(active).isGreaterThan(trained);
        assertThat(trained).isPositive();
    }

    /** Regaining lost muscle is faster than building new: back to baseline before the first gain. */
    @Test
    void regainingIsFasterThanBuildingBeyondBaseline() {
        Exercise cycling = exercise(Activity.CYCLING, 45, 3, Intensity.VIGOROUS);
        Trajectory t = run(healthy(30), phase(14, Mobility.LEG_CAST), phase(120, Mobility.NORMAL, cycling));
        double lost = 100
                - t.summary(Measure.parse("mass.knee_extensors").orElseThrow()).lowestPercent();
        int back = t.summary(Measure.parse("mass.knee_extensors").orElseThrow())
                        .recoveryDay()
                        .orElseThrow()
                - 14;
        // The same amount again above baseline takes longer than getting it back (or is not
        // reached at all within the 120 days: the training headroom is smaller than a cast's loss).
        int gained = Integer.MAX_VALUE;
        for (int d = 14; d <= t.lastDay(); d++) {
            if (change(t, "mass.knee_extensors", d) >= lost * 0.5) {
                gained = d - 14;
                break;
            }
        }
        assertThat(gained).isGreaterThan(back);
    }

    /**
     * Trappe et al. 2007 (WISE-2005, Acta Physiol): women lost -21 % quadriceps volume in 60 days
     * of bed rest, against about -14 % in men over 56 days (Mulder et al. 2006): women lose more.
     */
    @Test
    void womenLoseMoreThanMenTrappe2007() {
        double women = change(
                run(new Subject(33, Sex.FEMALE, Condition.HEALTHY), phase(60, Mobility.BED_REST)),
                "mass.knee_extensors",
                60);
        double men = change(
                run(new Subject(33, Sex.MALE, Condition.HEALTHY), phase(60, Mobility.BED_REST)),
                "mass.knee_extensors",
                60);
        double unstated = change(
                run(new Subject(33, null, Condition.HEALTHY), phase(60, Mobility.BED_REST)), "mass.knee_extensors", 60);
        assertThat(women).isLessThan(men).isCloseTo(-21, within(4.0));
        assertThat(unstated).isBetween(women, men);
    }

    /** A suspended leg on crutches loses less per day than a leg in a rigid cast. */
    @Test
    void aCastCostsMoreStrengthThanLimbSuspensionOverWeeks() {
        double cast = change(run(healthy(25), phase(28, Mobility.LEG_CAST)), "strength.knee_extensors", 28);
        double suspension =
                change(run(healthy(25), phase(28, Mobility.LIMB_SUSPENSION)), "strength.knee_extensors", 28);
        assertThat(cast).isLessThan(suspension);
    }

    /**
     * Hospitalised older patients lose grip strength although their arms stay in use (acute
     * hospitalisation cohort, -3.7 % in 8 days): an acute illness acts on the whole body, and its
     * recovery is slower than after healthy bed rest.
     */
    @Test
    void anAcuteIllnessActsOnTheWholeBodyAndSlowsRecovery() {
        Phase ward = phase(8, Mobility.BED_REST);
        Phase home = phase(60, Mobility.NORMAL);
        Trajectory ill = run(new Subject(83, null, Condition.ACUTE_ILLNESS), ward, home);
        Trajectory healthy = run(new Subject(83, null, Condition.HEALTHY), ward, home);
        assertThat(change(ill, "strength.handgrip", 8)).isLessThanOrEqualTo(change(healthy, "strength.handgrip", 8));
        assertThat(change(ill, "strength.handgrip", 8)).isNegative();
        assertThat(change(ill, "strength.knee_extensors", 40))
                .isLessThan(change(healthy, "strength.knee_extensors", 40));
    }

    @Test
    void resistanceGivenInMinutesStillCountsAsSets() {
        // Old scenario files dose resistance in minutes: 20 minutes, 3 times a week, vigorous, is 8
        // sets at 85 % of 1RM, 24 effective sets a week.
        Exercise minutes = exercise(Activity.RESISTANCE, 20, 3, Intensity.VIGOROUS);
        assertThat(ActivityEffect.effectiveSetsPerWeek(minutes)).isCloseTo(24, within(1e-9));
        assertThat(ActivityEffect.effectiveSetsPerWeek(sets(8, 8, 85, 3))).isCloseTo(24, within(1e-9));
    }

    /**
     * Suetta et al. 2009 (J Appl Physiol 107:1172): after two weeks with one leg in a cast, four
     * weeks of resistance retraining brought the quadriceps' strength of young and older men back
     * to baseline, not beyond. The same four weeks of training in a muscle that lost nothing build
     * beyond baseline: a deconditioned muscle is regained first.
     */
    @Test
    void retrainingAfterACastRegainsBeforeItBuildsSuetta2009() {
        Exercise retraining = exercise(Activity.RESISTANCE, 30, 3, Intensity.VIGOROUS);
        Subject young = new Subject(24, Sex.MALE, Condition.HEALTHY);
        Trajectory afterCast = run(young, phase(14, Mobility.LEG_CAST), phase(28, Mobility.NORMAL, retraining));
        Trajectory fresh = run(young, phase(14, Mobility.NORMAL), phase(28, Mobility.NORMAL, retraining));
        double published = 0.0;
        assertThat(change(afterCast, "strength.knee_extensors", 42)).isCloseTo(published, within(5.0));
        assertThat(change(fresh, "strength.knee_extensors", 42)).isGreaterThan(5.0);
        // Below baseline the training drive adds (almost) nothing: never above baseline until back.
        assertThat(change(afterCast, "strength.knee_extensors", 42))
                .isLessThan(change(fresh, "strength.knee_extensors", 42) - 5.0);
    }

    /**
     * Light activity protects but trains little: the same minutes of walking build more at a
     * moderate than at a light pace, and a light pace still builds something and still protects
     * a leg from part of the loss of bed rest.
     */
    @Test
    void lightWalkingProtectsButBuildsLessThanModerateWalking() {
        Subject older = healthy(68);
        Trajectory light = run(older, phase(84, Mobility.NORMAL, exercise(Activity.WALKING, 30, 5, Intensity.LIGHT)));
        Trajectory moderate =
                run(older, phase(84, Mobility.NORMAL, exercise(Activity.WALKING, 30, 5, Intensity.MODERATE)));
        double lightGain = change(light, "strength.knee_extensors", 84);
        double moderateGain = change(moderate, "strength.knee_extensors", 84);
        assertThat(lightGain).isPositive();
        assertThat(moderateGain).isGreaterThan(lightGain * 1.3);
        Trajectory bed = run(older, phase(14, Mobility.BED_REST));
        Trajectory bedLight =
                run(older, phase(14, Mobility.BED_REST, exercise(Activity.WALKING, 30, 7, Intensity.LIGHT)));
        assertThat(change(bedLight, "strength.knee_extensors", 14))
                .isGreaterThan(change(bed, "strength.knee_extensors", 14) + 2);
    }

    /**
     * Light cycling builds little in young men: 45 minutes three times a week at 40 % of VO2max
     * for 8 weeks changed neither quadriceps size (+0.6 %) nor strength (+1.4 %) (Abe et al. 2010,
     * J Sports Sci Med 9:452, the arm without blood-flow restriction; rows E144-E145, which the
     * model predicted within 1.2 pp before it was fitted to them), while the same minutes at a
     * moderate pace build more.
     */
    @Test
    void lightCyclingBuildsLittleInYoungMenAbe2010() {
        Subject young = new Subject(23, Sex.MALE, Condition.HEALTHY);
        Trajectory light = run(young, phase(56, Mobility.NORMAL, exercise(Activity.CYCLING, 45, 3, Intensity.LIGHT)));
        Trajectory moderate =
                run(young, phase(56, Mobility.NORMAL, exercise(Activity.CYCLING, 45, 3, Intensity.MODERATE)));
        assertThat(change(light, "mass.knee_extensors", 56)).isCloseTo(0.6, within(2.0));
        assertThat(change(light, "strength.knee_extensors", 56)).isCloseTo(1.4, within(3.0));
        assertThat(change(moderate, "mass.knee_extensors", 56)).isGreaterThan(change(light, "mass.knee_extensors", 56));
    }
}
