package org.inertia.cli.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.inertia.sim.findings.ScenarioFindings;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Exercise;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Sex;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * A sentence says what happens over the period it describes: the exercise named is the one done
 * over that period, the episode of disuse described is the one where strength is lowest, the
 * muscles said to be weaker are weaker on the day described, scenarios of different people are
 * said to be so, and options that tie are said to tie.
 */
class PeriodWordsTest {

    private static final Subject MAN_40 = new Subject(40, Sex.MALE, Condition.HEALTHY);
    private static final Exercise LIFTING = new Exercise(Activity.RESISTANCE, 45, 3, Intensity.VIGOROUS);

    private static Trajectory shipped(String file) throws Exception {
        return Simulator.exact().simulate(ScenarioReader.read(Path.of("..", "scenarios", file)));
    }

    private static Trajectory fixture(String file) throws Exception {
        return Simulator.exact().simulate(ScenarioReader.read(Path.of("src", "test", "resources", "scenarios", file)));
    }

    @Test
    void aWeekInIntensiveCareDoesNotCreditTheWardWalkingWithTheMonthAfterIt() throws Exception {
        Trajectory icu = shipped("icu-week.yaml");
        // Outside the code: strength keeps falling through the ward week (day 14), and the four weeks
        // after it are walking and resistance training at home, not the ward's short walks.
        assertThat(icu.summary(Measure.OVERALL_STRENGTH).lowestDay()).isEqualTo(14);

        String reading = FindingWords.reading(icu);

        assertThat(reading)
                .doesNotContain("10 minutes of light walking twice a day it is")
                .contains("it keeps falling for another 7 days")
                .contains("then with 30 minutes of moderate walking a day (and more exercise) it is still about")
                .endsWith("4 weeks after that.");
    }

    @Test
    void ofTwoEpisodesTheOneWhereStrengthIsLowestIsDescribed() throws Exception {
        Trajectory t = fixture("cast-then-bed-rest.yaml");
        assertThat(t.summary(Measure.OVERALL_STRENGTH).lowestDay()).isEqualTo(66);

        String patient = FindingWords.forPatient(ScenarioFindings.of(t));
        String reading = FindingWords.reading(t);

        assertThat(patient)
                .startsWith("After 2 weeks in a leg cast and, later, 10 days in bed, your leg muscles are about ");
        assertThat(reading)
                .startsWith("After 2 weeks in a leg cast and, later, 10 days in bed, leg strength is about ");
    }

    @Test
    void allMusclesGetWeakerOnlyWhenTheyAreWeakerOnTheDayDescribed() {
        // Training, a cast (the lowest point), then four days in bed a month later that cost the trunk
        // and grip a little: at the end of the cast, training still has the trunk and grip at or above
        // baseline, so "all muscles get weaker" would be false of the cast.
        Trajectory t = Simulator.exact()
                .simulate(Scenario.of(
                        "Cast",
                        MAN_40,
                        List.of(
                                new Phase("Training", 28, Mobility.NORMAL, List.of(LIFTING)),
                                new Phase("Cast", 14, Mobility.LEG_CAST, List.of()),
                                new Phase("Home", 28, Mobility.NORMAL, List.of()),
                                new Phase("Bed", 4, Mobility.BED_REST, List.of()),
                                new Phase("Home again", 30, Mobility.NORMAL, List.of()))));
        Measure grip = new Measure(Outcome.STRENGTH, MuscleGroup.HANDGRIP);
        ScenarioFindings f = ScenarioFindings.of(t);
        assertThat(f.referenceDay()).as("the cast is the episode described").isEqualTo(42);
        assertThat(f.groupsThatLose())
                .as("over the whole scenario, every group loses")
                .hasSize(5);
        assertThat(t.percent(grip, 42)).as("grip at the end of the cast").isGreaterThan(99.5);

        assertThat(FindingWords.forPatient(f))
                .startsWith("After 2 weeks in a leg cast,")
                .doesNotContain("All muscles");
    }

    @Test
    void scenariosOfDifferentPeopleAreSaidToBeSoInTheClinicianReport() throws Exception {
        List<Trajectory> t = List.of(
                shipped("older-patient-grip-kg.yaml"),
                shipped("bed-rest-7d-then-walking.yaml"),
                shipped("icu-week.yaml"));

        List<String> lines = FindingWords.meaning(t);

        assertThat(lines)
                .contains("These scenarios are of different people (aged 45 to 75; women and a man; healthy, critically"
                        + " ill (in intensive care)): they compare situations, not choices for one patient.");
        assertThat(FindingWords.meaning(
                        List.of(shipped("bed-rest-7d-then-walking.yaml"), shipped("bed-rest-7d-no-rehab.yaml"))))
                .noneMatch(l -> l.contains("different people"));
    }

    @Test
    void optionsThatAllTieAreSaidToTiePlainly() {
        Phase bed = new Phase("Bed rest", 7, Mobility.BED_REST, List.of());
        Phase home = new Phase("Home", 28, Mobility.NORMAL, List.of());
        List<Trajectory> same = List.of(
                Simulator.exact().simulate(Scenario.of("A", MAN_40, List.of(bed, home))),
                Simulator.exact().simulate(Scenario.of("B", MAN_40, List.of(bed, home))));
        double low = same.get(0).summary(Measure.OVERALL_STRENGTH).lowestPercent();
        double end = same.get(0).summary(Measure.OVERALL_STRENGTH).endPercent();

        List<String> lines = FindingWords.meaning(same);

        assertThat(lines)
                .contains("Overall strength: every scenario goes down to "
                        + org.inertia.cli.output.NumberText.percent(low) + " % of baseline at the lowest; all end at "
                        + org.inertia.cli.output.NumberText.percent(end) + " %.")
                .noneMatch(l -> l.contains("lowest in every scenario")
                        || l.contains("highest in every scenario")
                        || l.contains("soonest in every scenario"))
                .anyMatch(l -> l.startsWith("Overall strength is back to 95 % of baseline ")
                        && l.endsWith(" after the lowest point in every scenario alike."));
    }
}
