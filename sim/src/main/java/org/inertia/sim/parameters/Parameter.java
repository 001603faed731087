package org.inertia.sim.parameters;

import java.util.Optional;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;

/**
 * A named, bounded parameter of the deconditioning model. Scenario files override parameters by
 * {@link #key()} in their {@code parameters:} block; the values of each preset are in {@link
 * Preset}. Units: fractions are of the subject's own baseline (0.25 = 25 %), times are days.
 */
public enum Parameter {
    /**
     * Plateau of knee-extensor mass loss in whole-body bed rest (fraction). With {@link
     * #MASS_LOSS_TAU_DAYS} it gives −2.0 % at 5 d, −3.8 % at 10 d, −15 % at 56 d and −19 % at
     * 90 d, against −2.2 % (Mulder, 5 d), −3.6 % (McDonnell, 10 d), −14.1 % (Mulder et al. 2006,
     * Eur J Appl Physiol 97:706, 56 d) and −18 % (Alkner and Tesch 2004, Eur J Appl Physiol 93:294,
     * 90 d).
     */
    MASS_LOSS_DEPTH(
            "mass-loss-depth",
            "fraction",
            0,
            1,
            "plateau of knee-extensor mass loss in whole-body bed rest",
            "fitted to Marusic 2021 Table 1 (Mulder, McDonnell), Mulder 2006, Alkner & Tesch 2004"),
    /** Time constant of mass loss in disuse (d); same sources as {@link #MASS_LOSS_DEPTH}. */
    MASS_LOSS_TAU_DAYS(
            "mass-loss-tau-days",
            "d",
            1,
            2000,
            "time constant of mass loss in disuse",
            "fitted to Marusic 2021 Table 1, Mulder 2006, Alkner & Tesch 2004"),
    /**
     * Plateau of the neural part of knee-extensor strength loss in bed rest (fraction): chosen
     * with {@link #NEURAL_LOSS_TAU_DAYS} so that strength loss over mass loss is about 4 at day 5,
     * 2.5 at day 14 and 1.8 at day 35, against 4.2, 2.4 and 1.9 (Marusic et al. 2021, J Appl
     * Physiol 131:194).
     */
    NEURAL_LOSS_DEPTH(
            "neural-loss-depth",
            "fraction",
            0,
            1,
            "plateau of the neural (non-atrophic) part of strength loss in bed rest",
            "Marusic 2021 J Appl Physiol 131:194, strength-loss/atrophy ratios"),
    /** Time constant of the neural loss (d); Marusic et al. 2021. */
    NEURAL_LOSS_TAU_DAYS(
            "neural-loss-tau-days",
            "d",
            0.5,
            365,
            "time constant of the neural part of strength loss",
            "Marusic 2021 J Appl Physiol 131:194"),
    /**
     * Time constant of mass recovery under normal activity, young adult (d): losses after
     * spaceflight reversed within 30–60 days (LeBlanc et al. 2000, J Appl Physiol 89:2158).
     */
    MASS_RECOVERY_TAU_DAYS(
            "mass-recovery-tau-days",
            "d",
            1,
            2000,
            "time constant of mass recovery under normal activity (young adult)",
            "LeBlanc 2000 J Appl Physiol 89:2158 (reversal within 30-60 d)"),
    /**
     * Time constant of neural recovery, young adult (d): young men back to baseline strength
     * within 7 days of activity after 4 days of disuse (Hvid et al. 2014, Exp Gerontol 52:1).
     */
    NEURAL_RECOVERY_TAU_DAYS(
            "neural-recovery-tau-days",
            "d",
            0.5,
            365,
            "time constant of neural recovery (young adult)",
            "Hvid 2014 Exp Gerontol 52:1 (young restored in 7 d)"),
    /** Age from which recovery slows (years). */
    AGE_RECOVERY_ONSET_YEARS(
            "age-recovery-onset-years",
            "years",
            18,
            100,
            "age from which recovery slows",
            "assumption; between the young (20-30 y) and older (60-75 y) groups of the studies"),
    /**
     * Lengthening of the recovery time constants per year of age above the onset (1/year):
     * older men were still 8 % below baseline 7 days after 4 days of disuse while young men had
     * recovered (Hvid et al. 2014); older adults regained less strength in 6 weeks of retraining
     * (Vigelsø et al. 2015, J Rehabil Med 47:552).
     */
    AGE_RECOVERY_SLOWING(
            "age-recovery-slowing",
            "1/year",
            0,
            1,
            "lengthening of the recovery time constants per year above the onset age",
            "Hvid 2014 Exp Gerontol 52:1; Vigelso 2015 J Rehabil Med 47:552"),
    /**
     * Loss of the response to exercise per year of age above the onset (1/year): older muscle
     * answers training less ("anabolic resistance"): after 2 weeks of immobilization, 6 weeks of
     * cycling regained +17 % of strength in older men against +34 % in young men (Vigelsø et al.
     * 2015); older adults gained less quadriceps volume in 4 weeks of retraining (Suetta et al.
     * 2009); 2 weeks of step reduction induced anabolic resistance in older adults (Breen et al.
     * 2013). Scales every exercise effect and gain by {@code 1 − value·max(0, age − onset)}.
     */
    AGE_EXERCISE_RESPONSE_LOSS(
            "age-exercise-response-loss",
            "1/year",
            0,
            0.05,
            "loss of the response to exercise per year of age above the onset (anabolic resistance)",
            "Vigelso 2015 J Rehabil Med 47:552; Suetta 2009 J Appl Physiol 107:1172; Breen 2013"),
    /**
     * Severity of a leg cast or locked knee brace relative to bed rest, for the immobilized leg:
     * 14 days of brace cost −28 % (young) and −23 % (older) knee-extensor strength (Vigelsø et al.
     * 2015) against about −14.5 % in 14 days of bed rest; 7 days of brace −6.7 % quadriceps volume
     * (Kilroe et al. 2020, Am J Physiol Endocrinol Metab 318:E117) against −3.2 % in bed rest.
     */
    LEG_CAST_SEVERITY(
            "leg-cast-severity",
            "ratio",
            0,
            5,
            "unloading of the immobilized leg relative to whole-body bed rest",
            "Vigelso 2015; Kilroe 2020 AJP Endo 318:E117; Hvid 2014"),
    /**
     * Severity of step reduction relative to bed rest, for the legs: 14 days at about 1,400 steps
     * a day cost older adults −3.9 % leg lean mass (Breen et al. 2013, J Clin Endocrinol Metab
     * 98:2604).
     */
    SEDENTARY_SEVERITY(
            "sedentary-severity",
            "ratio",
            0,
            1,
            "unloading of the legs by step reduction relative to bed rest",
            "Breen 2013 J Clin Endocrinol Metab 98:2604"),
    /**
     * Severity of a lumbar brace worn through the day for the trunk muscles, relative to bed
     * rest. Weak evidence: smaller lateral abdominal and multifidus size after 8 weeks of belt
     * wear, without a % figure (Rostami et al. 2014, PM&amp;R 6:302); no loss after 3 weeks of 3 h a
     * day (Cholewicki et al. 2010, BMC Musculoskelet Disord 11:154).
     */
    LUMBAR_BRACE_SEVERITY(
            "lumbar-brace-severity",
            "ratio",
            0,
            2,
            "unloading of the trunk muscles by a lumbar brace relative to bed rest",
            "assumption bounded by Rostami 2014 PM&R 6:302 and Cholewicki 2010 BMC MSD 11:154"),
    /** Susceptibility of the knee extensors to disuse: the reference group, 1 by definition. */
    SUSCEPTIBILITY_KNEE_EXTENSORS(
            "susceptibility.knee_extensors",
            "ratio",
            0,
            3,
            "depth of disuse loss of the knee extensors relative to the reference",
            "reference group of the bed-rest studies"),
    /**
     * Susceptibility of the plantar flexors: −29 % against −18 % knee-extensor volume after 90
     * days of bed rest (Alkner and Tesch 2004); calf −15 % against thigh −7 % after 35 days
     * (Heinicke et al. 2008 abstract).
     */
    SUSCEPTIBILITY_PLANTAR_FLEXORS(
            "susceptibility.plantar_flexors",
            "ratio",
            0,
            3,
            "depth of disuse loss of the plantar flexors relative to the knee extensors",
            "Alkner & Tesch 2004 Eur J Appl Physiol 93:294 (29 % vs 18 % at 90 d)"),
    /**
     * Susceptibility of the trunk extensors: after 90 days of bed rest trunk extension strength fell
     * about 12 % against about 26 % for the knee extensors (Muir et al. 2011, table means); the
     * lumbar multifidus atrophies most at L4–L5 (Belavý et al. 2011, Spine 36:137).
     */
    SUSCEPTIBILITY_TRUNK_EXTENSORS(
            "susceptibility.trunk_extensors",
            "ratio",
            0,
            3,
            "depth of disuse loss of the back muscles relative to the knee extensors",
            "Muir 2011 (90 d: trunk extension -12 % vs knee extension -26 %); Belavy 2011 Spine 36:137"),
    /**
     * Susceptibility of the trunk flexors: after 90 days of bed rest trunk flexion strength fell
     * about 10 % against about 26 % for the knee extensors (Muir et al. 2011); psoas can even grow
     * (Belavý et al. 2011).
     */
    SUSCEPTIBILITY_TRUNK_FLEXORS(
            "susceptibility.trunk_flexors",
            "ratio",
            0,
            3,
            "depth of disuse loss of the abdominal and core muscles relative to the knee extensors",
            "Muir 2011 (90 d: trunk flexion -10 % vs knee extension -26 %)"),
    /**
     * Susceptibility of handgrip: the arms stay in use in bed, so the loss is smallest. No
     * handgrip figure from healthy bed rest was found; the upper-limb proxy is elbow flexion,
     * −7 % against −19 % knee extension after 5 weeks (Gogia et al. 1988, Arch Phys Med Rehabil
     * 69:1030); handgrip is set a little below that ratio.
     */
    SUSCEPTIBILITY_HANDGRIP(
            "susceptibility.handgrip",
            "ratio",
            0,
            3,
            "depth of disuse loss of handgrip relative to the knee extensors",
            "Gogia 1988 Arch Phys Med Rehabil 69:1030 (elbow flexors -7 % vs knee extensors -19 % at 35 d)"),
    /**
     * Extra catabolic mass loss of critical illness during bed rest (fraction of baseline, plateau):
     * with {@link #CRITICAL_ILLNESS_TAU_DAYS} about −2 %/day in the first week and −17 to −18 % by
     * day 10 (Puthucheary et al. 2013, JAMA 310:1591; Fazzini et al. 2023, Crit Care 27:2).
     */
    CRITICAL_ILLNESS_DEPTH(
            "critical-illness-depth",
            "fraction",
            0,
            1,
            "extra catabolic mass loss of critical illness (plateau)",
            "Puthucheary 2013 JAMA 310:1591; Fazzini 2023 Crit Care 27:2"),
    /** Time constant of mass loss in critical illness (d); same sources. */
    CRITICAL_ILLNESS_TAU_DAYS(
            "critical-illness-tau-days",
            "d",
            1,
            2000,
            "time constant of mass loss in critical illness",
            "Puthucheary 2013; Fazzini 2023"),
    /**
     * How much exercise shortens the recovery time constants at full effect: {@code tau / (1 +
     * boost·p)} for an exercise protection {@code p}. Fixed at 0 by default: no study in the evidence
     * set contrasts retraining with ordinary activity after the same disuse, and a fitted boost made
     * held-out retraining studies (Suetta et al. 2009, J Appl Physiol 107:1172; Vigelsø et al. 2015)
     * recover too fast; a scenario may still set it.
     */
    EXERCISE_RECOVERY_BOOST(
            "exercise-recovery-boost",
            "ratio",
            0,
            20,
            "shortening of recovery time constants by exercise at full effect",
            "fixed at 0: fitted, it was not identified (1.0 +/- 1.0) and made held-out recovery faster than"
                    + " published (Suetta 2009, Vigelso 2015, Stevens 2004); after disuse, exercise then brings"
                    + " a muscle back hardly faster than ordinary activity"),
    /**
     * Neural loss in a rigid cast or locked brace relative to its loss of size, beyond bed rest's
     * ratio: a joint held still loses voluntary drive faster (14 d of cast: −23 to −28 % strength
     * against −4 to −8 % quadriceps size; Wall et al. 2013; Mitchell et al. 2018; Vigelsø et al.
     * 2015), multiplying the neural depth of the cast leg.
     */
    LEG_CAST_NEURAL_FACTOR(
            "leg-cast-neural-factor",
            "ratio",
            0.2,
            5,
            "extra neural loss of a leg in a cast, relative to its loss of size",
            "fitted: casts 5-28 d (Wall 2013/2014, Mitchell 2018, Vigelso 2015, Backx 2018, Veldhuizen 1993)"),
    /**
     * Speed of the neural loss in a rigid cast or locked brace relative to bed rest (divides the
     * neural loss time constant of the cast leg): strength in a cast falls steadily for weeks (−5
     * to −9 % at 5–7 d, −23 to −28 % at 14 d, −53 % at 28 d; Wall et al. 2014; Backx et al. 2018;
     * Vigelsø et al. 2015; Veldhuizen et al. 1993) rather than levelling off within days as in bed
     * rest, while muscle size falls about as early as in bed rest.
     */
    LEG_CAST_LOSS_SPEED(
            "leg-cast-loss-speed",
            "ratio",
            0.1,
            5,
            "speed of the neural loss in a cast relative to bed rest (divides its time constant)",
            "fitted: casts 5-49 d (Wall 2014, Backx 2018, Vigelso 2015, Veldhuizen 1993, Stevens 2004)"),
    /**
     * Severity of unilateral limb suspension or non-weight-bearing on crutches relative to bed
     * rest, for the unloaded leg: about −0.4 % quadriceps size a day (Tesch et al. 2004, −8.8 % in
     * 35 d; Hather et al. 1992, −16 % in 42 d).
     */
    LIMB_SUSPENSION_SEVERITY(
            "limb-suspension-severity",
            "ratio",
            0,
            5,
            "unloading of a suspended leg (crutches, no cast) relative to whole-body bed rest",
            "fitted: ULLS 16-42 d (Adams 1994, Schulze 2002, Tesch 2004, de Boer 2007, Hather 1992)"),
    /**
     * Disuse loss of women relative to men (multiplies both loss depths; a scenario that does not
     * say uses the midpoint): in 60 days of bed rest women lost −21 % quadriceps and −29 % calf
     * volume (Trappe et al. 2007, Acta Physiol, doi:10.1111/j.1748-1716.2007.01728.x) against −14 % (quadriceps, 56 d) in men.
     */
    FEMALE_LOSS_FACTOR(
            "female-loss-factor",
            "ratio",
            0.5,
            2,
            "disuse loss of women relative to men",
            "fitted: WISE 2005 (Trappe 2007), Yasuda 2005, McGlory 2019"),
    /**
     * Increase of the neural part of disuse loss per year of age above the onset (1/year): older
     * adults lost −20 % knee-extensor torque in 7 days of bed rest (Arentson-Lantz et al. 2016)
     * against −4 to −9 % in young adults in 5 days; prior centred on no effect.
     */
    AGE_NEURAL_LOSS_INCREASE(
            "age-neural-loss-increase",
            "1/year",
            0,
            0.1,
            "increase of the neural disuse loss per year of age above the onset",
            "fitted: Kortebein 2008, Arentson-Lantz 2016, Hvid 2014, English 2016"),
    /**
     * Most muscle size an untrained adult can add by training, as a fraction of baseline: 12
     * weeks of cycling added 6 % (older men) to 12 % (older women) quadriceps volume (Harber et
     * al. 2012; 2009), resistance training 4–11 % in 10–16 weeks.
     */
    MASS_GAIN_HEADROOM(
            "mass-gain-headroom",
            "fraction",
            0,
            0.5,
            "most muscle size training can add above baseline (untrained adult)",
            "fitted: Harber 2009/2012, Walts 2008, Izquierdo 2004, McCartney 1995"),
    /**
     * Most neural (non-size) strength an untrained adult can add by training, as a fraction of
     * baseline: isometric strength rose 13–18 % with walking or cycling programmes and up to 35 %
     * in the calf with water walking (Nemoto 2007; Lovell 2010; Katsura 2010).
     */
    NEURAL_GAIN_HEADROOM(
            "neural-gain-headroom",
            "fraction",
            0,
            1,
            "most neural strength training can add above baseline (untrained adult)",
            "fitted: training studies of the evidence set"),
    /** Time constant of training gains in muscle size above baseline (d). */
    MASS_GAIN_TAU_DAYS(
            "mass-gain-tau-days",
            "d",
            5,
            2000,
            "time constant of gains in muscle size above baseline",
            "fitted: training studies of 8-42 weeks"),
    /**
     * Time constant of neural training gains above baseline (d), held fixed: the neural part of a
     * training gain comes in the first weeks. Left free, the fit sends it to a few days on two
     * studies of gains within a week (learning the test: Mulder 2015, Saez de Asteasu 2020) and
     * then predicts held-out recovery studies worse (leave-one-study-out RMSE of recovery 6.2 pp
     * at 14 d, 7.8 pp when fitted).
     */
    NEURAL_GAIN_TAU_DAYS(
            "neural-gain-tau-days",
            "d",
            2,
            1000,
            "time constant of neural strength gains above baseline",
            "fixed: neural gains come in the first weeks of training; fitted it falls to days and generalises worse"),
    /**
     * Share of an aerobic activity's training effect (its gain above baseline) that a session of
     * light intensity gives, relative to moderate or vigorous: light walking, cycling or water
     * exercise (below 3 MET) is the loading of ordinary life, which keeps muscle but overloads it
     * little. It protects in disuse as much as its dose says.
     */
    LIGHT_TRAINING_SHARE(
            "light-training-share",
            "ratio",
            0,
            1,
            "share of the training gain of an aerobic activity at light intensity",
            "fitted: Biogerontology 2013 (downhill walking), Saez de Asteasu 2020; prior: light activity is ordinary life"),
    /**
     * Share of the training drive that acts while a deconditioned muscle is still below its
     * baseline: 1 when retraining builds beyond baseline as fast as training a muscle that lost
     * nothing, near 0 when lost muscle is regained first and gains above baseline come only after.
     * Four weeks of resistance retraining after two weeks in a cast brought young and older men
     * back to, not beyond, baseline (Suetta et al. 2009), six weeks of cycling left them below it
     * (Vigelsø et al. 2015).
     */
    RETRAINING_GAIN_SHARE(
            "retraining-gain-share",
            "ratio",
            0,
            1,
            "share of the training drive that acts while a muscle is still below its baseline",
            "fitted: Suetta 2009, Vigelso 2015, Suetta 2004, Stevens 2004"),
    /**
     * Headroom of a regularly active adult relative to an untrained one: regular exercise has
     * already taken part of the gain. An assumption, with a wide prior.
     */
    ACTIVE_HEADROOM_RATIO(
            "active-headroom-ratio",
            "ratio",
            0,
            1,
            "training headroom of an active adult relative to an untrained one",
            "assumption (no study in the evidence set contrasts training status)"),
    /** Headroom of a trained athlete relative to an untrained adult; an assumption. */
    TRAINED_HEADROOM_RATIO(
            "trained-headroom-ratio",
            "ratio",
            0,
            1,
            "training headroom of a trained athlete relative to an untrained adult",
            "assumption (no study in the evidence set contrasts training status)"),
    /**
     * How a group's training headroom follows its disuse susceptibility: the headroom of a group is
     * scaled by {@code susceptibility^exponent}, so that the muscles that change most when unloaded
     * also have most room to change when loaded; fixed, chosen by leave-one-study-out error.
     */
    HEADROOM_SUSCEPTIBILITY_EXPONENT(
            "headroom-susceptibility-exponent",
            "exponent",
            0,
            1,
            "how a group's training headroom follows its disuse susceptibility (headroom x susceptibility^exponent)",
            "fixed: chosen by leave-one-study-out error among 0, 0.5 and 1 (docs/model.md)"),
    /**
     * Share of training's gain in muscle size above baseline that exercise builds in a group
     * unloaded for the rest of the day (bed rest): resistance exercise in bed keeps muscle protein
     * synthesis at its level rather than raising it.
     */
    UNLOADED_MASS_GAIN_SHARE(
            "unloaded-mass-gain-share",
            "fraction",
            0,
            1,
            "share of training's gain in muscle size above baseline built while the group is unloaded the rest of"
                    + " the day (bed rest)",
            "fixed: chosen by leave-one-study-out error among 1, 0.5 and 0 (docs/model.md); Ferrando et al. 1997,"
                    + " J Appl Physiol 82:807"),
    /**
     * Share of training's gain in the neural factor above baseline that exercise builds in a group
     * unloaded for the rest of the day as in bed rest (scaled by the group's unloading: a cast,
     * which unloads the leg more, builds less; limb suspension more): exercise in bed keeps maximal
     * strength rather than raising it.
     */
    UNLOADED_NEURAL_GAIN_SHARE(
            "unloaded-neural-gain-share",
            "fraction",
            0,
            1,
            "share of training's gain in the neural factor above baseline built while the group is unloaded the"
                    + " rest of the day (bed rest)",
            "fixed: chosen by leave-one-study-out error among 1, 0.5 and 0 (docs/model.md); Schulze et al. 2002,"
                    + " Med Sci Sports Exerc 34:303; Schneider et al. 2016, Physiol Rep 4:e12892; Kramer et al. 2017,"
                    + " Sci Rep 7:13177"),
    /** Effect of walking on muscle size at full load and dose: share of disuse removed, share of headroom gained. */
    WALKING_MASS_EFFECT("walking-mass-effect", "fraction", 0, 1, "effect of walking on muscle size", "fitted"),
    /** Effect of walking on the neural factor at full load and dose. */
    WALKING_NEURAL_EFFECT("walking-neural-effect", "fraction", 0, 1, "effect of walking on neural strength", "fitted"),
    /** Effect of cycling on muscle size at full load and dose. */
    CYCLING_MASS_EFFECT("cycling-mass-effect", "fraction", 0, 1, "effect of cycling on muscle size", "fitted"),
    /** Effect of cycling on the neural factor at full load and dose. */
    CYCLING_NEURAL_EFFECT("cycling-neural-effect", "fraction", 0, 1, "effect of cycling on neural strength", "fitted"),
    /** Effect of water exercise on muscle size at full load and dose. */
    AQUATIC_MASS_EFFECT("aquatic-mass-effect", "fraction", 0, 1, "effect of water exercise on muscle size", "fitted"),
    /** Effect of water exercise on the neural factor at full load and dose. */
    AQUATIC_NEURAL_EFFECT(
            "aquatic-neural-effect", "fraction", 0, 1, "effect of water exercise on neural strength", "fitted"),
    /** Effect of resistance exercise on muscle size at full load and dose. */
    RESISTANCE_MASS_EFFECT(
            "resistance-mass-effect", "fraction", 0, 1, "effect of resistance exercise on muscle size", "fitted"),
    /** Effect of resistance exercise on the neural factor at full load and dose. */
    RESISTANCE_NEURAL_EFFECT(
            "resistance-neural-effect", "fraction", 0, 1, "effect of resistance exercise on neural strength", "fitted"),
    /**
     * Weekly sets (at 70 % of the one-repetition maximum or more) that give half the maximal
     * effect of resistance exercise: half its training effect (one against three sets, Galvão and
     * Taaffe 2005), and half its protection of aerobic capacity and bone; protecting muscle takes
     * a fraction of it ({@link #MAINTENANCE_DOSE_RATIO}).
     */
    RESISTANCE_HALF_SETS_PER_WEEK(
            "resistance-half-sets-per-week",
            "sets/week",
            0.5,
            100,
            "weekly sets that give half the maximal effect of resistance exercise",
            "fitted: Tesch 2004, Kawakami 2001, Alkner 2004, Shackelford 2004, Trappe 2007"),
    /**
     * The dose of resistance exercise that keeps a muscle against disuse, as a share of the dose
     * that builds it: its half-dose for protecting muscle is this times its half-dose for
     * training (aerobic capacity and bone keep the training half-dose). In the young, a third and
     * even a ninth of a programme's dose kept its size gains for 32 weeks; in adults of 60-75
     * neither did (Bickel et al., Med Sci Sports Exerc 2011).
     */
    MAINTENANCE_DOSE_RATIO(
            "maintenance-dose-ratio",
            "ratio",
            0.05,
            1,
            "half-dose of resistance exercise's protection of muscle against disuse as a share of its half-dose"
                    + " for training",
            "fitted, prior from Bickel et al., Med Sci Sports Exerc 2011 (in the young a third of the dose kept"
                    + " training's size gains)"),
    /**
     * Moderate-equivalent minutes a day of an aerobic activity that give half its maximal effect;
     * the dose is minutes per day times an intensity factor from the Compendium of Physical
     * Activities (Ainsworth et al. 2011). Held fixed at 10: the evidence set has no contrast of
     * aerobic doses, and left free the value runs to its lower bound (every dose the full effect).
     * At 10, the 150 minutes a week of moderate activity that guidelines recommend (about 21 a
     * day) give three quarters of the maximal effect, 10 minutes a day half of it.
     */
    AEROBIC_HALF_MINUTES_PER_DAY(
            "aerobic-half-minutes-per-day",
            "min/day",
            1,
            480,
            "moderate-equivalent minutes a day that give half an aerobic activity's maximal effect",
            "fixed: no dose contrast in the evidence set (fitted, it runs to its bound); 150 min/week gives 3/4 of the effect"),
    /**
     * Whole-body catabolic loss of muscle size during an acute illness in hospital (plateau,
     * fraction), on every group, the grip included.
     */
    ACUTE_ILLNESS_DEPTH(
            "acute-illness-depth",
            "fraction",
            0,
            1,
            "whole-body loss of muscle size during an acute illness or after surgery (plateau)",
            "fitted: Kouw 2019, Welch 2019, hospitalised older adults"),
    /**
     * Whole-body neural loss (malaise, inflammation) during an acute illness in hospital
     * (plateau, fraction): older inpatients lost −11 % knee-extensor strength in about a week
     * (Hartley et al. 2021) and handgrip fell although the arms stay in use.
     */
    ACUTE_ILLNESS_NEURAL_DEPTH(
            "acute-illness-neural-depth",
            "fraction",
            0,
            1,
            "whole-body neural strength loss during an acute illness or after surgery (plateau)",
            "fitted: Hartley 2021, hospitalised older adults (handgrip), Saez de Asteasu 2020"),
    /**
     * Extra neural inhibition of the unloaded limb's muscles after surgery or a fracture
     * (plateau, fraction): knee-extensor strength −40 % some weeks after hip-fracture surgery
     * (Overgaard and Kristensen 2013).
     */
    SURGERY_NEURAL_DEPTH(
            "surgery-neural-depth",
            "fraction",
            0,
            1,
            "extra neural inhibition of the unloaded limb after surgery or a fracture (plateau)",
            "fitted: Overgaard 2013, Stevens 2004, Vuorenmaa 2008"),
    /**
     * How much slower recovery is, for the rest of the scenario, after an illness, surgery or
     * critical illness (multiplies the recovery time constants): older patients were not back to
     * their admission strength weeks after discharge.
     */
    ILLNESS_RECOVERY_SLOWING(
            "illness-recovery-slowing",
            "ratio",
            1,
            20,
            "lengthening of recovery after an illness, surgery or critical illness",
            "fitted: Stevens 2004, Overgaard 2013, hospitalised older adults"),
    /**
     * Plateau of the loss of aerobic capacity (VO2max) in whole-body bed rest (fraction): about
     * −10 % in 10–14 days and −15 to −25 % in 20–60 days (docs/model.md, "Aerobic capacity").
     */
    VO2MAX_LOSS_DEPTH(
            "vo2max-loss-depth",
            "fraction",
            0,
            1,
            "plateau of the loss of aerobic capacity (VO2max) in whole-body bed rest",
            "fitted: Saltin 1968, Convertino 1982/1986, Stremel 1976, Kashihara 1994, 60-70 d campaigns",
            Family.AEROBIC),
    /** Time constant of the loss of aerobic capacity in disuse (d); same sources. */
    VO2MAX_LOSS_TAU_DAYS(
            "vo2max-loss-tau-days",
            "d",
            1,
            2000,
            "time constant of the loss of aerobic capacity in disuse",
            "fitted: bed-rest studies of 7 to 90 days",
            Family.AEROBIC),
    /** Time constant of the recovery of aerobic capacity in ordinary life after disuse (d). */
    VO2MAX_RECOVERY_TAU_DAYS(
            "vo2max-recovery-tau-days",
            "d",
            1,
            2000,
            "time constant of the recovery of aerobic capacity after disuse",
            "fitted: recovery after bed rest (docs/model.md)",
            Family.AEROBIC),
    /** Training headroom of aerobic capacity in an untrained adult (fraction above baseline). */
    VO2MAX_GAIN_HEADROOM(
            "vo2max-gain-headroom",
            "fraction",
            0,
            1,
            "how far endurance training can raise the aerobic capacity of an untrained adult",
            "fitted: training studies in older adults (docs/model.md)",
            Family.AEROBIC),
    /** Time constant of training gains of aerobic capacity (d). */
    VO2MAX_GAIN_TAU_DAYS(
            "vo2max-gain-tau-days",
            "d",
            1,
            2000,
            "time constant of training gains of aerobic capacity",
            "fitted: training studies of 12 weeks to a year",
            Family.AEROBIC),
    /**
     * Effect of an aerobic activity (walking, cycling, water exercise) on aerobic capacity at full
     * dose: the share of the disuse drive it removes and of the headroom it fills.
     */
    AEROBIC_VO2MAX_EFFECT(
            "aerobic-vo2max-effect",
            "fraction",
            0,
            1,
            "effect of walking, cycling and water exercise on aerobic capacity",
            "fitted: in-bed cycling and treadmill, training studies",
            Family.AEROBIC),
    /** Effect of resistance exercise on aerobic capacity at full dose. */
    RESISTANCE_VO2MAX_EFFECT(
            "resistance-vo2max-effect",
            "fraction",
            0,
            1,
            "effect of resistance exercise on aerobic capacity",
            "fitted: Stremel 1976 (isometric in bed); Vincent 2002, Lovell 2011, Hepple 1997, Ades 1996 (older adults)",
            Family.AEROBIC),
    /**
     * Moderate-equivalent minutes a day of aerobic exercise that give half its maximal effect on
     * aerobic capacity: VO2max gains grew with the minutes of a dose-response trial (+4.2, +6.0 and
     * +8.2 % for 72, 136 and 192 minutes a week, Church et al. 2007), where the muscle's half-dose
     * is 10 minutes a day.
     */
    VO2MAX_HALF_MINUTES_PER_DAY(
            "vo2max-half-minutes-per-day",
            "min/day",
            1,
            480,
            "moderate-equivalent minutes a day that give half the maximal effect on aerobic capacity",
            "fitted: Church 2007 (DREW dose-response), training and in-bed exercise studies",
            Family.AEROBIC),
    /**
     * How much more of an aerobic session's stimulus raises aerobic capacity above baseline as its
     * intensity grows: the training share is {@code ((MET − 1)/(MET_vigorous − 1))^k}, 1 for vigorous
     * work (at equal volume, cycling at 50, 75 and 95 % of VO2 reserve raised VO2max by 10, 14 and
     * 21 %, Gormley et al. 2008).
     */
    VO2MAX_INTENSITY_EXPONENT(
            "vo2max-intensity-exponent",
            "exponent",
            0,
            6,
            "how much more intense aerobic work raises aerobic capacity",
            "fitted: Gormley 2008 (volume-matched intensities), Murias 2010, Church 2007",
            Family.AEROBIC),
    /**
     * Share of aerobic training's drive that already builds while aerobic capacity is still below
     * baseline after disuse ({@code φ} of the muscle's dynamics, for aerobic capacity).
     */
    VO2MAX_RETRAINING_SHARE(
            "vo2max-retraining-share",
            "fraction",
            0,
            1,
            "share of aerobic training that already builds aerobic capacity while it is still below baseline",
            "fitted: Saltin 1968 (training after 20 days of bed rest)",
            Family.AEROBIC),
    /**
     * Extra loss of aerobic capacity in disuse of a trained subject, relative to an untrained one
     * (half of it for an active subject): fitter people lose more.
     */
    FITNESS_VO2MAX_LOSS_INCREASE(
            "fitness-vo2max-loss-increase",
            "ratio",
            0,
            5,
            "extra loss of aerobic capacity of a trained person in disuse",
            "fitted: Smorawinski 2001; Convertino 1997, Ried-Larsen 2017 (direction)",
            Family.AEROBIC),
    /**
     * Plateau of the loss of bone mineral density of the lumbar spine in whole-body bed rest
     * (fraction); with {@link #BONE_LOSS_TAU_DAYS} the slow, near-linear loss of months.
     */
    BONE_LOSS_DEPTH_LUMBAR_SPINE(
            "bone-loss-depth-lumbar-spine",
            "fraction",
            0,
            1,
            "plateau of lumbar-spine bone density loss in whole-body bed rest",
            "fitted: LeBlanc 1987/1990, Zerwekh 1998, Shackelford 2004",
            Family.BONE),
    /** Plateau of the loss of total-hip bone mineral density in whole-body bed rest (fraction). */
    BONE_LOSS_DEPTH_TOTAL_HIP(
            "bone-loss-depth-total-hip",
            "fraction",
            0,
            1,
            "plateau of total-hip bone density loss in whole-body bed rest",
            "fitted: LeBlanc 1990, Zerwekh 1998, Shackelford 2004",
            Family.BONE),
    /** Plateau of the loss of calcaneal bone mineral density in whole-body bed rest (fraction). */
    BONE_LOSS_DEPTH_CALCANEUS(
            "bone-loss-depth-calcaneus",
            "fraction",
            0,
            1,
            "plateau of calcaneus bone density loss in whole-body bed rest",
            "fitted: LeBlanc 1990, Shackelford 2004",
            Family.BONE),
    /** Time constant of bone loss under unloading (d): a new steady state after years. */
    BONE_LOSS_TAU_DAYS(
            "bone-loss-tau-days",
            "d",
            30,
            5000,
            "time constant of bone loss under unloading",
            "prior from the years bone takes to reach a new steady state after paralysis (docs/model.md)",
            Family.BONE),
    /** Time constant of bone recovery, and of bone gains from loading (d): months to years. */
    BONE_RECOVERY_TAU_DAYS(
            "bone-recovery-tau-days",
            "d",
            30,
            5000,
            "time constant of bone recovery after unloading, and of gains from loading",
            "recovery after bed rest and spaceflight (docs/model.md)",
            Family.BONE),
    /** How far loading exercise can raise bone density above baseline (fraction). */
    BONE_GAIN_HEADROOM(
            "bone-gain-headroom",
            "fraction",
            0,
            0.5,
            "how far resistance and impact loading can raise bone density above baseline",
            "fitted: Shackelford 2004 (resistance in bed), Watson 2018 (LIFTMOR)",
            Family.BONE),
    /** Effect of resistance exercise on bone at full dose. */
    RESISTANCE_BONE_EFFECT(
            "resistance-bone-effect",
            "fraction",
            0,
            1,
            "effect of resistance exercise on bone density",
            "fitted: Shackelford 2004, Watson 2018",
            Family.BONE),
    /** Effect of walking (impact) on bone at full dose. */
    WALKING_BONE_EFFECT(
            "walking-bone-effect",
            "fraction",
            0,
            1,
            "effect of walking and running on bone density",
            "fitted: treadmill exercise in bed rest, walking trials",
            Family.BONE),
    /** Effect of the non-impact aerobic activities (cycling, water exercise) on bone at full dose. */
    NONIMPACT_BONE_EFFECT(
            "nonimpact-bone-effect",
            "fraction",
            0,
            1,
            "effect of cycling and water exercise on bone density",
            "prior: non-impact exercise protects bone little (docs/model.md)",
            Family.BONE);

    private final String key;
    private final String unit;
    private final double min;
    private final double max;
    private final String description;
    private final String source;
    private final Family family;

    Parameter(String key, String unit, double min, double max, String description, String source) {
        this(key, unit, min, max, description, source, Family.MUSCLE);
    }

    Parameter(String key, String unit, double min, double max, String description, String source, Family family) {
        this.family = family;
        this.key = key;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.description = description;
        this.source = source;
    }

    /** {@return the name used in scenario files' {@code parameters:} block} */
    public String key() {
        return key;
    }

    /** {@return the unit: fraction, ratio, d, years or 1/year} */
    public String unit() {
        return unit;
    }

    /** {@return the smallest accepted value} */
    public double min() {
        return min;
    }

    /** {@return the largest accepted value} */
    public double max() {
        return max;
    }

    /** {@return a one-line description} */
    public String description() {
        return description;
    }

    /**
     * {@return the family whose states the parameter drives: muscle (most, including the activity
     * doses and the mobility severities the whole-body states share), aerobic or bone; the
     * calibration fits each family to its own evidence}
     */
    public Family family() {
        return family;
    }

    /** {@return the short citation behind the default value} */
    public String source() {
        return source;
    }

    /**
     * {@return whether {@code value} is within this parameter's range}
     *
     * @param value a candidate value
     */
    public boolean accepts(double value) {
        return value >= min && value <= max;
    }

    /**
     * {@return the parameter named {@code key}, if any}
     *
     * @param key a name such as {@code mass-loss-tau-days}
     */
    public static Optional<Parameter> fromKey(String key) {
        for (Parameter p : values()) {
            if (p.key.equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the loss-depth parameter of a whole-body outcome: the plateau of its loss in
     * whole-body bed rest}
     *
     * @param outcome aerobic capacity or a bone site
     * @throws IllegalArgumentException for strength or mass, whose depths are shared by the groups
     */
    public static Parameter lossDepth(Outcome outcome) {
        return switch (outcome) {
            case VO2MAX -> VO2MAX_LOSS_DEPTH;
            case BMD_LUMBAR_SPINE -> BONE_LOSS_DEPTH_LUMBAR_SPINE;
            case BMD_TOTAL_HIP -> BONE_LOSS_DEPTH_TOTAL_HIP;
            case BMD_CALCANEUS -> BONE_LOSS_DEPTH_CALCANEUS;
            case STRENGTH, MASS -> throw new IllegalArgumentException(
                    outcome.key() + " has mass-loss-depth and neural-loss-depth, times each group's susceptibility");
        };
    }

    /**
     * {@return the susceptibility parameter of a simulated group}
     *
     * @param group one of {@link MuscleGroup#SIMULATED}
     */
    public static Parameter susceptibility(MuscleGroup group) {
        return switch (group) {
            case KNEE_EXTENSORS -> SUSCEPTIBILITY_KNEE_EXTENSORS;
            case PLANTAR_FLEXORS -> SUSCEPTIBILITY_PLANTAR_FLEXORS;
            case TRUNK_EXTENSORS -> SUSCEPTIBILITY_TRUNK_EXTENSORS;
            case TRUNK_FLEXORS -> SUSCEPTIBILITY_TRUNK_FLEXORS;
            case HANDGRIP -> SUSCEPTIBILITY_HANDGRIP;
            case OVERALL -> throw new IllegalArgumentException("overall is a composite, not a simulated group");
        };
    }
}
