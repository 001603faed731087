package org.inertia.sim.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Fitness;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * Which period a finding is about: episodes of disuse, the one where strength is lowest, the
 * regime over a period, the groups weaker on the day described, and whether scenarios are of one
 * person.
 */
class EpisodesTest {

    private static final Subject MAN_40 = new Subject(40, Sex.MALE, Condition.HEALTHY);
    private static final Exercise LIFTING = new Exercise(Activity.RESISTANCE, 45, 3, Intensity.VIGOROUS);
    private static final Exercise WALK = new Exercise(Activity.WALKING, 30, 7, Intensity.MODERATE);

    /** Training, a 14-day cast, 14 days at home, 5 days in bed, 30 days at home (days 28-42 and 56-61). */
    private static final Scenario CAST_THEN_BED = Scenario.of(
            "Two episodes",
            MAN_40,
            List.of(
                    new Phase("Training", 28, Mobility.NORMAL, List.of(LIFTING)),
                    new Phase("Cast", 14, Mobility.LEG_CAST, List.of()),
                    new Phase("Home", 14, Mobility.NORMAL, List.of()),
                    new Phase("Bed", 10, Mobility.BED_REST, List.of()),
                    new Phase("Home again", 30, Mobility.NORMAL, List.of())));

    @Test
    void consecutivePhasesOfDisuseAreOneEpisodeAndNormalLifeSeparatesThem() {
        Scenario icu = Scenario.of(
                "ICU",
                MAN_40,
                List.of(
                        new Phase("ICU", 7, Mobility.BED_REST, List.of()),
                        new Phase("Ward", 7, Mobility.SEDENTARY, List.of()),
                        new Phase("Home", 28, Mobility.NORMAL, List.of(WALK))));

        assertThat(PhaseRoles.episodes(icu)).containsExactly(0);
        assertThat(PhaseRoles.episodes(CAST_THEN_BED)).containsExactly(1, 3);
    }

    @Test
    void theEpisodeDescribedIsTheOneWhereOverallStrengthIsLowest() {
        Trajectory t = Simulator.exact().simulate(CAST_THEN_BED);
        ScenarioFindings f = ScenarioFindings.of(t);

        assertThat(t.summary(org.inertia.sim.measure.Measure.OVERALL_STRENGTH).lowestDay())
                .isEqualTo(66);
        assertThat(f.disusePhase()).hasValue(3);
        assertThat(f.referenceDay()).isEqualTo(66);
        assertThat(f.recoveryPhase()).hasValue(4);
        assertThat(f.earlierEpisodes()).containsExactly(1);
        // Counted from this episode's own low, not from the cast's.
        assertThat(f.daysBackAfterDisuse()).isPresent();
        assertThat(t.percent(
                        ScenarioFindings.LEG_STRENGTH,
                        66 + f.daysBackAfterDisuse().getAsInt()))
                .isGreaterThanOrEqualTo(94.95);
        assertThat(t.percent(
                        ScenarioFindings.LEG_STRENGTH,
                        66 + f.daysBackAfterDisuse().getAsInt() - 1))
                .isLessThan(94.95);
    }

    @Test
    void theRegimeOfAPeriodIsNamedOnlyWhenItHoldsThroughout() {
        Scenario s = Scenario.of(
                "ICU",
                MAN_40,
                List.of(
                        new Phase("ICU", 7, Mobility.BED_REST, List.of()),
                        new Phase("Ward", 7, Mobility.SEDENTARY, List.of()),
                        new Phase("Home", 14, Mobility.NORMAL, List.of(WALK)),
                        new Phase("More home", 14, Mobility.NORMAL, List.of(WALK))));

        assertThat(PhaseRoles.regime(s, 7, 14)).hasValue(1);
        assertThat(PhaseRoles.regime(s, 7, 42)).isEmpty();
        assertThat(PhaseRoles.regime(s, 14, 42)).hasValue(2);
        assertThat(PhaseRoles.during(s, 7, 15)).containsExactly(1, 2);
    }

    @Test
    void theGroupsWeakerOnTheDayDescribedLeaveOutThoseAboveBaselineThen() {
        Trajectory t = Simulator.exact()
                .simulate(Scenario.of(
                        "Cast",
                        MAN_40,
                        List.of(
                                new Phase("Training", 28, Mobility.NORMAL, List.of(LIFTING)),
                                new Phase("Cast", 14, Mobility.LEG_CAST, List.of()),
                                new Phase("Home", 28, Mobility.NORMAL, List.of()))));
        ScenarioFindings f = ScenarioFindings.of(t);

        assertThat(f.strengthOnReferenceDay()).hasSize(5).allMatch(g -> g.lowestDay() == 42);
        assertThat(f.groupsDownOnReferenceDay())
                .allMatch(g -> t.percent(g.measure(), 42) <= 100 - ScenarioFindings.NOTICEABLE_LOSS_POINTS)
                .hasSizeLessThan(5);
    }

    @Test
    void scenariosAreOfOnePersonOnlyWhenAgeSexConditionAndFitnessAllAgree() {
        Phase bed = new Phase("Bed", 7, Mobility.BED_REST, List.of());
        Scenario a = Scenario.of("A", MAN_40, List.of(bed));
        Scenario b = Scenario.of("B", MAN_40, List.of(bed));
        Scenario older = Scenario.of("C", new Subject(75, Sex.FEMALE, Condition.HEALTHY), List.of(bed));
        Scenario fit = Scenario.of("D", new Subject(40, Sex.MALE, Condition.HEALTHY, Fitness.TRAINED), List.of(bed));

        assertThat(People.of(List.of(a, b)).samePerson()).isTrue();
        assertThat(People.of(List.of(a, older)).differing()).containsExactly(People.Trait.AGE, People.Trait.SEX);
        assertThat(People.of(List.of(a, fit)).differing()).containsExactly(People.Trait.FITNESS);
    }
}
