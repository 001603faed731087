package org.inertia.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inertia.sim.Protocols.change;
import static org.inertia.sim.Protocols.exercise;
import static org.inertia.sim.Protocols.healthy;
import static org.inertia.sim.Protocols.phase;
import static org.inertia.sim.Protocols.run;

import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * Published study protocols run as scenarios with the default model, compared with the published
 * mean change. Tolerances are stated per study: about the between-study spread for the same
 * protocol (for example −4.1 % and −8.6 % knee-extensor strength after 5 days of bed rest in two
 * studies), so a failure means the model moved away from the evidence, not noise. Figures were
 * checked in the papers' abstracts or tables (docs/evidence-notes.md).
 */
class PublishedStudiesTest {

    /** Marusic et al. 2021 J Appl Physiol 131:194, Table 1: 5 d bed rest, MVIC −8.6 % (Mulder) and −4.1 % (Rittweger). */
    @Test
    void fiveDaysOfBedRestCostsFourToNinePercentKneeExtensorStrength() {
        Trajectory t = run(healthy(32), phase(5, Mobility.BED_REST));
        assertThat(change(t, "strength.knee_extensors", 5)).isBetween(-10.0, -4.0);
        // Mulder: quadriceps CSA −2.2 % at 5 d.
        assertThat(change(t, "mass.knee_extensors", 5)).isCloseTo(-2.2, within(1.0));
    }

    /** Dirks et al. 2016 Diabetes 65:2862: 7 d bed rest, young men, quadriceps CSA −3.2 %, 1RM −6.9 %. */
    @Test
    void sevenDaysOfBedRestDirks2016() {
        Trajectory t = run(healthy(23), phase(7, Mobility.BED_REST));
        assertThat(change(t, "mass.knee_extensors", 7)).isCloseTo(-3.2, within(1.0));
        assertThat(change(t, "strength.knee_extensors", 7)).isCloseTo(-6.9, within(4.0));
    }

    /** Marusic 2021 Table 1: McDonnell 10 d (CSA −3.6 %, MVIC −14.5 %), Bamman 14 d (MVIC −14.5 %). */
    @Test
    void tenAndFourteenDaysOfBedRest() {
        Trajectory t = run(healthy(27), phase(14, Mobility.BED_REST));
        assertThat(change(t, "mass.knee_extensors", 10)).isCloseTo(-3.6, within(1.0));
        assertThat(change(t, "strength.knee_extensors", 10)).isCloseTo(-14.5, within(4.0));
        assertThat(change(t, "strength.knee_extensors", 14)).isCloseTo(-14.5, within(4.0));
    }

    /** Mulder et al. 2006 Eur J Appl Physiol 97:706: 56 d horizontal bed rest, quadriceps CSA −14.1 %, torque −16.8 % to −20.5 %. */
    @Test
    void eightWeeksOfBedRestMulder2006() {
        Trajectory t = run(healthy(30), phase(56, Mobility.BED_REST));
        assertThat(change(t, "mass.knee_extensors", 56)).isCloseTo(-14.1, within(2.5));
        assertThat(change(t, "strength.knee_extensors", 56)).isBetween(-25.0, -16.0);
    }

    /**
     * Alkner and Tesch 2004 Eur J Appl Physiol 93:294: 90 d bed rest, knee-extensor volume −18 %,
     * plantar flexors −29 %. The fitted plantar-flexor susceptibility balances this volume loss
     * against the smaller plantar-flexor strength losses of Muir 2011 (−27 %) and Gogia 1988
     * (−26 % at 35 d), and lands at about −22 %: hence the wide tolerance (docs/model.md, known
     * weaknesses).
     */
    @Test
    void ninetyDaysOfBedRestAlknerTesch2004() {
        Trajectory t = run(healthy(33), phase(90, Mobility.BED_REST));
        assertThat(change(t, "mass.knee_extensors", 90)).isCloseTo(-18, within(3.0));
        // The calf at 90 days is the model's known shortfall (docs/model.md, "What the model cannot
        // do"): the joint fit trades it against the 56-70 d calf figures, within 9 pp.
        assertThat(change(t, "mass.plantar_flexors", 90)).isCloseTo(-29, within(9.0));
        // Torque and power fell 31-60 % (knee) and 37-56 % (ankle): the model sits at the gentle end.
        assertThat(change(t, "strength.plantar_flexors", 90)).isLessThan(change(t, "strength.knee_extensors", 90));
    }

    /** Muir et al. 2011 Gait Posture 33:429, Table 3: 90 d bed rest, trunk extension ≈ −12 %, flexion ≈ −10 %, knee extension ≈ −26 %. */
    @Test
    void trunkLosesAboutHalfAsMuchAsTheLegsMuir2011() {
        Trajectory t = run(healthy(33), phase(90, Mobility.BED_REST));
        assertThat(change(t, "strength.trunk_extensors", 90)).isCloseTo(-12, within(3.0));
        assertThat(change(t, "strength.trunk_flexors", 90)).isCloseTo(-10, within(3.0));
        assertThat(change(t, "strength.knee_extensors", 90)).isCloseTo(-26, within(4.0));
    }

    /** Gogia et al. 1988 Arch Phys Med Rehabil 69:1030: 35 d bed rest, knee extensors −19 %, elbow flexors −7 % (upper-limb proxy for handgrip). */
    @Test
    void fiveWeeksOfBedRestGogia1988() {
        Trajectory t = run(healthy(35), phase(35, Mobility.BED_REST));
        assertThat(change(t, "strength.knee_extensors", 35)).isCloseTo(-19, within(3.0));
        assertThat(change(t, "strength.handgrip", 35)).isCloseTo(-7, within(3.0));
    }

    /** Vigelsø et al. 2015 J Rehabil Med 47:552: 14 d one-leg immobilization, knee-extensor MVC −28 % (young), −23 % (older). */
    @Test
    void twoWeeksOfLegImmobilizationVigelso2015() {
        double young = change(run(healthy(23), phase(14, Mobility.LEG_CAST)), "strength.knee_extensors", 14);
        double older = change(run(healthy(68), phase(14, Mobility.LEG_CAST)), "strength.knee_extensors", 14);
        assertThat(young).isCloseTo(-28, within(7.0));
        assertThat(older).isCloseTo(-23, within(7.0));
    }

    /** Kilroe et al. 2020 Am J Physiol Endocrinol Metab 318:E117: knee brace, quadriceps volume −1.7 % (2 d), −6.7 % (7 d). */
    @Test
    void kneeBraceKilroe2020() {
        Trajectory t = run(healthy(20), phase(7, Mobility.LEG_CAST));
        assertThat(change(t, "mass.knee_extensors", 2)).isCloseTo(-1.7, within(1.0));
        assertThat(change(t, "mass.knee_extensors", 7)).isCloseTo(-6.7, within(2.5));
    }

    /**
     * Hvid et al. 2014 Exp Gerontol 52:1: 4 d of disuse cost about 9 % isometric strength in young
     * and old; after 7 d of recovery the old were still about 8 % down while the young had recovered.
     */
    @Test
    void fourDaysOfDisuseAndAWeekOfRecoveryHvid2014() {
        Trajectory young = run(healthy(24), phase(4, Mobility.LEG_CAST), phase(7, Mobility.NORMAL));
        Trajectory old = run(healthy(67), phase(4, Mobility.LEG_CAST), phase(7, Mobility.NORMAL));
        assertThat(change(young, "strength.knee_extensors", 4)).isCloseTo(-9, within(4.0));
        assertThat(change(old, "strength.knee_extensors", 11)).isCloseTo(-8, within(3.0));
        assertThat(change(young, "strength.knee_extensors", 11)).isGreaterThan(-5.0);
    }

    /** Kortebein et al. 2008 J Gerontol A 63:1076: older adults, 10 d bed rest, knee-extensor strength −13.2 %. */
    @Test
    void olderAdultsTenDaysOfBedRestKortebein2008() {
        Trajectory t = run(healthy(67), phase(10, Mobility.BED_REST));
        assertThat(change(t, "strength.knee_extensors", 10)).isCloseTo(-13.2, within(3.0));
    }

    /** Breen et al. 2013 J Clin Endocrinol Metab 98:2604: 14 d at about 1,400 steps a day, older adults, leg lean mass −3.9 %. */
    @Test
    void twoWeeksOfStepReductionBreen2013() {
        Trajectory t = run(healthy(72), phase(14, Mobility.SEDENTARY));
        assertThat(change(t, "mass.knee_extensors", 14)).isCloseTo(-3.9, within(1.5));
    }

    /**
     * Critical illness: rectus femoris CSA −2.1 %/day in the first week (Fazzini et al. 2023 Crit
     * Care 27:2) and −17.7 % by day 10 (Puthucheary et al. 2013 JAMA 310:1591).
     */
    @Test
    void criticalIllnessPuthucheary2013Fazzini2023() {
        Subject patient = new Subject(55, Sex.MALE, Condition.CRITICAL_ILLNESS);
        Trajectory t = run(patient, phase(10, Mobility.BED_REST));
        assertThat(change(t, "mass.knee_extensors", 7) / 7).isCloseTo(-2.1, within(0.4));
        assertThat(change(t, "mass.knee_extensors", 10)).isCloseTo(-17.7, within(2.5));
    }

    /**
     * Resistance exercise in bed protects strength: with resistive vibration exercise maximal
     * torque was kept over 56 days and CSA fell −3.5 % against −14.1 % (Mulder et al. 2006); with
     * flywheel exercise every third day knee-extensor atrophy was prevented (Alkner and Tesch 2004).
     */
    @Test
    void resistanceExerciseInBedProtectsStrengthMulder2006() {
        Trajectory control = run(healthy(30), phase(56, Mobility.BED_REST));
        Trajectory trained = run(
                healthy(30), phase(56, Mobility.BED_REST, exercise(Activity.RESISTANCE, 20, 3, Intensity.VIGOROUS)));
        double controlLoss = change(control, "strength.knee_extensors", 56);
        double trainedLoss = change(trained, "strength.knee_extensors", 56);
        assertThat(trainedLoss).isGreaterThan(controlLoss / 3);
        // Within two of the figure's calibration uncertainties (σ = 3.3 pp: the between-study
        // 3 pp and the SD of 4.2 over 3 subjects' root): the model keeps size a little better.
        assertThat(change(trained, "mass.knee_extensors", 56)).isCloseTo(-3.5, within(6.6));
    }
}
