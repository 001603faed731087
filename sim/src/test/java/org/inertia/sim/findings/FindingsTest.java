package org.inertia.sim.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/** The findings the report, the page and the terminal word: computed here, worded in the cli. */
class FindingsTest {

    private static final Subject ADULT = new Subject(45, null, Condition.HEALTHY);
    private static final Phase WARM_UP = new Phase("Ordinary life", 3, Mobility.NORMAL, List.of());
    private static final Phase BED_14 = new Phase("Bed rest", 14, Mobility.BED_REST, List.of());
    private static final Phase HOME_60 = new Phase("Home", 60, Mobility.NORMAL, List.of());

    private static Trajectory run(String name, Phase... phases) {
        return Simulator.exact().simulate(Scenario.of(name, ADULT, List.of(phases)));
    }

    @Test
    void theDisuseIsTheFirstPhaseThatIsNotOrdinaryLifeAndRecoveryTheOneAfter() {
        Scenario s = Scenario.of("s", ADULT, List.of(WARM_UP, BED_14, HOME_60));

        assertThat(PhaseRoles.disuse(s)).hasValue(1);
        assertThat(PhaseRoles.recovery(s)).hasValue(2);
        assertThat(PhaseRoles.disuseEndDay(s)).isEqualTo(3 + 14);
    }

    @Test
    void withoutDisuseTheReferenceIsTheLastDayAndRecoveryTheSecondPhase() {
        Scenario s = Scenario.of("s", ADULT, List.of(WARM_UP, HOME_60));

        assertThat(PhaseRoles.disuse(s)).isEmpty();
        assertThat(PhaseRoles.recovery(s)).hasValue(1);
        assertThat(PhaseRoles.disuseEndDay(s)).isEqualTo(63);
        assertThat(PhaseRoles.recovery(Scenario.of("one", ADULT, List.of(HOME_60))))
                .isEmpty();
    }

    @Test
    void bedRestCostsTheCalfMostAndTheGripLeast() {
        // Calf loses most, handgrip least in bed rest: Alkner & Tesch 2004 (calf -29 % vs thigh
        // -18 % volume at 90 d), Gogia 1988 (upper limb -7 % vs knee extension -19 % at 35 d).
        ScenarioFindings f = ScenarioFindings.of(run("bed rest", BED_14, HOME_60));

        assertThat(f.mostLoss().measure().group()).isEqualTo(MuscleGroup.PLANTAR_FLEXORS);
        assertThat(f.leastLoss().measure().group()).isEqualTo(MuscleGroup.HANDGRIP);
        assertThat(f.strengthByGroup()).hasSize(5);
        assertThat(f.strengthByGroup())
                .isSortedAccordingTo((a, b) -> Double.compare(a.lowestPercent(), b.lowestPercent()));
    }

    @Test
    void afterTwoWeeksInBedStrengthHasFallenFurtherThanSize() {
        // Marusic et al. 2021: strength loss over atrophy is 2.4 on day 14 of bed rest.
        ScenarioFindings f = ScenarioFindings.of(run("bed rest", BED_14, HOME_60));

        assertThat(f.referenceDay()).isEqualTo(14);
        assertThat(f.legChangePercent()).isNegative();
        assertThat(f.strengthOutpacesSize()).isPresent();
        assertThat(f.strengthOutpacesSize().getAsDouble()).isBetween(1.5, 4.5);
        assertThat(f.daysBackAfterDisuse()).isPresent();
        assertThat(f.daysBackAfterDisuse().getAsInt()).isBetween(1, 60);
    }

    @Test
    void ordinaryLifeChangesNothing() {
        ScenarioFindings f = ScenarioFindings.of(run("home", HOME_60));

        assertThat(f.legChangePercent()).isEqualTo(0.0);
        assertThat(f.legStrength().fellBelowThreshold()).isFalse();
        assertThat(f.daysBackAfterDisuse()).isEmpty();
        assertThat(f.strengthOutpacesSize()).isEmpty();
        assertThat(f.mostLoss().lossPoints()).isEqualTo(0.0);
    }

    @Test
    void identicalScenariosTieAndAMoreSevereOneGoesLowest() {
        Trajectory a = run("a", BED_14, HOME_60);
        Trajectory b = run("b", BED_14, HOME_60);
        Trajectory longer = run("longer", new Phase("Bed rest", 28, Mobility.BED_REST, List.of()), HOME_60);

        Comparison tie = Comparison.of(List.of(a, b), Measure.OVERALL_STRENGTH);
        assertThat(tie.lowest()).containsExactly(0, 1);
        assertThat(tie.highestEnd()).containsExactly(0, 1);

        Comparison c = Comparison.of(List.of(a, longer), Measure.OVERALL_STRENGTH);
        assertThat(c.lowest()).containsExactly(1);
        assertThat(c.highestEnd()).containsExactly(0);
        assertThat(c.soonest()).containsExactly(0);
        assertThat(c.lowestPercent())
                .isLessThan(a.summary(Measure.OVERALL_STRENGTH).lowestPercent());
    }

    @Test
    void walkingAfterBedRestBringsStrengthBackNoLaterThanRest() {
        Phase walking = new Phase(
                "Walking", 60, Mobility.NORMAL, List.of(new Exercise(Activity.WALKING, 30, 7, Intensity.MODERATE)));
        Comparison c = Comparison.of(
                List.of(run("rest", BED_14, HOME_60), run("walk", BED_14, walking)), ScenarioFindings.LEG_STRENGTH);

        assertThat(c.soonest()).contains(1);
    }

    @Test
    void nothingToCompareIsAProgrammingError() {
        assertThatThrownBy(() -> Comparison.of(List.of(), Measure.OVERALL_STRENGTH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
