package org.inertia.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inertia.sim.measure.Measure;
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
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;

/** "What this means": points made from the numbers, said once where scenarios agree (issue 7). */
class HtmlReportTest {

    private static final Subject WOMAN_45 = new Subject(45, Sex.FEMALE, Condition.HEALTHY);
    private static final Phase WEEK_IN_BED = new Phase("Bed rest", 7, Mobility.BED_REST, List.of());

    private static Trajectory simulate(String name, Phase... phases) {
        return Simulator.exact().simulate(Scenario.of(name, WOMAN_45, List.of(phases)));
    }

    @Test
    void oneScenarioGetsItsReadingTheGroupsThatLoseMostAndLeastAndTheCaveat() {
        Trajectory t = simulate("Rest", WEEK_IN_BED, new Phase("Home", 28, Mobility.NORMAL, List.of()));

        List<String> lines = HtmlReport.meaningOf(List.of(t));

        assertThat(lines.get(0)).startsWith("After 7 days in bed, leg strength is about ");
        assertThat(lines.get(1))
                .matches("The calf muscles \\(plantar flexors\\) lose most strength \\(down \\d+ % at the lowest\\);"
                        + " the grip \\(forearm\\) least \\((hardly any|down \\d+ %)\\)\\.");
        assertThat(lines.get(2)).startsWith("Strength falls further than muscle size (thigh: strength down ");
        assertThat(lines.get(lines.size() - 1)).startsWith("These are estimates for an average adult");
    }

    /** A week in bed, then four weeks at home ("Rest") or of 30 minutes' moderate walking a day ("Walk"). */
    private static List<Trajectory> restAndWalk() {
        return List.of(
                simulate("Rest", WEEK_IN_BED, new Phase("Home", 28, Mobility.NORMAL, List.of())),
                simulate(
                        "Walk",
                        WEEK_IN_BED,
                        new Phase(
                                "Walking",
                                28,
                                Mobility.NORMAL,
                                List.of(new Exercise(Activity.WALKING, 30, 7, Intensity.MODERATE)))));
    }

    @Test
    void scenariosThatAgreeAreSummedUpInOneLineAndTiesNamedTogether() {
        List<Trajectory> restAndWalk = restAndWalk();
        Trajectory rest = restAndWalk.get(0);
        Trajectory walk = restAndWalk.get(1);

        List<String> lines = HtmlReport.meaningOf(restAndWalk);

        assertThat(lines.get(0)).startsWith("Rest: After 7 days in bed");
        assertThat(lines.get(1)).startsWith("Walk: After 7 days in bed");
        assertThat(lines)
                .filteredOn(l -> l.contains("lose most strength"))
                .singleElement()
                .satisfies(l -> assertThat(l).contains("in every scenario"));
        // The same week in bed: equally low in both, said as a tie. Walking ends at least as high
        // (more exercise never gives less), but only a little higher: regaining comes before
        // building, and exercise does not hasten the regaining (docs/model.md), so the ends are
        // said to be alike within the model's uncertainty.
        Measure overall = Measure.OVERALL_STRENGTH;
        assertThat(walk.summary(overall).endPercent())
                .isGreaterThanOrEqualTo(rest.summary(overall).endPercent());
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith("Overall strength: every scenario goes down to ")
                .contains("(alike within the model's uncertainty)"));
    }

    @Test
    void everyGroupTableCarriesEveryRequestedRecoveryThreshold() throws Exception {
        List<Trajectory> restAndWalk = restAndWalk();

        String html = HtmlReport.of(
                "T",
                restAndWalk,
                List.of(),
                org.inertia.sim.measure.Measure.OVERALL_STRENGTH,
                List.of(95.0, 100.0),
                org.inertia.sim.evidence.EvidenceSet.builtIn(),
                "1.0");

        // One comparison table, and per scenario a muscle-group table and a fitness-and-bone table, each
        // with both columns.
        assertThat(html.split("<th>Back to 95 %</th>", -1)).hasSize(6);
        assertThat(html.split("<th>Back to 100 %</th>", -1)).hasSize(6);
    }

    @Test
    void fitnessAndBoneAreComparedInWordsLongerBedRestCostingMoreAerobicCapacity() {
        Trajectory week = simulate("Week", WEEK_IN_BED, new Phase("Home", 28, Mobility.NORMAL, List.of()));
        Trajectory month = simulate(
                "Month",
                new Phase("Bed rest", 28, Mobility.BED_REST, List.of()),
                new Phase("Home", 7, Mobility.NORMAL, List.of()));
        Measure vo2max = Measure.VO2MAX;

        List<String> lines = org.inertia.cli.words.FindingWords.wholeBody(List.of(week, month), List.of(vo2max));

        // A month in bed takes aerobic capacity far lower than a week, beyond the model's uncertainty.
        assertThat(month.summary(vo2max).lowestPercent())
                .isLessThan(week.summary(vo2max).lowestPercent() - 5);
        assertThat(lines.get(0)).startsWith("Aerobic capacity (VO2max) goes lowest in \u201cMonth\u201d (");
        assertThat(lines.get(0)).doesNotContain("alike");

        List<String> one = org.inertia.cli.words.FindingWords.wholeBody(List.of(week), List.of(vo2max));
        assertThat(one).singleElement().satisfies(l -> assertThat(l)
                .startsWith("Aerobic capacity (VO2max) is lowest on day 7 (")
                .contains("back to 95 % of baseline on day"));
    }

    @Test
    void theStudiesBehindFitnessAndBoneAreListedWithTheMuscleOnes() throws Exception {
        String html = HtmlReport.of(
                "T",
                List.of(simulate("Rest", WEEK_IN_BED)),
                List.of(),
                Measure.OVERALL_STRENGTH,
                null,
                org.inertia.sim.evidence.EvidenceSet.builtIn(),
                "1.0");
        var aerobic = org.inertia.sim.evidence.EvidenceSet.builtIn(org.inertia.sim.measure.Family.AEROBIC);
        assertThat(html)
                .contains("The fitness and bone section rests on its own studies, listed with these: "
                        + aerobic.rows().size() + " figures from "
                        + aerobic.studies().size()
                        + " studies for aerobic capacity and ")
                // One aerobic study and one bone study, by their references.
                .contains("JAMA 2007;297(19):2081 (DREW)")
                .contains("J Bone Miner Res 1990;5:843");
    }
}
