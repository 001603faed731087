package org.inertia.cli.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plain-language sentence under each chart (issue 7). The figures in it are checked against the
 * simulation, not pinned, so that a recalibrated model changes the numbers but not these tests.
 */
class FindingWordsTest {

    private static final Measure LEG = new Measure(Outcome.STRENGTH, MuscleGroup.KNEE_EXTENSORS);
    private static final Subject HEALTHY_45 = new Subject(45, null, Condition.HEALTHY);
    private static final Exercise WALK_30 = new Exercise(Activity.WALKING, 30, 7, Intensity.MODERATE);

    @Test
    void bedRestThenWalkingSaysTheLossAndWhenLegStrengthIsBack() {
        Trajectory t = simulate(List.of(
                new Phase("Bed rest", 7, Mobility.BED_REST, List.of()),
                new Phase("Walking", 28, Mobility.NORMAL, List.of(WALK_30))));
        MeasureSummary leg = t.summary(LEG);

        String expected = "After 7 days in bed, leg strength is about " + lossOnDay(t, LEG, 7)
                + "% lower (overall strength about "
                + lossOnDay(t, Measure.OVERALL_STRENGTH, 7)
                + "% lower); with 30 minutes of moderate walking a day it is back within"
                + " 5% of baseline after " + Words.duration(leg.recoveryDay().getAsInt() - 7) + ".";
        assertThat(FindingWords.reading(t)).isEqualTo(expected);
        assertThat(lossOnDay(t, LEG, 7)).isBetween(3L, 20L);
    }

    @Test
    void whenLegStrengthIsNotBackTheSentenceSaysHowFarBelowItStillIs() {
        Trajectory t = simulate(List.of(
                new Phase("Bed rest", 21, Mobility.BED_REST, List.of()),
                new Phase("Home", 3, Mobility.NORMAL, List.of())));

        assertThat(t.summary(LEG).recoveryDay()).isEmpty();
        assertThat(FindingWords.reading(t))
                .startsWith("After 3 weeks in bed, leg strength is about ")
                .endsWith("; with ordinary daily activity it is still about "
                        + Math.round(100 - t.summary(LEG).endPercent()) + "% lower 3 days later.");
    }

    @Test
    void aShortStaySaysLegStrengthNeverFallsFarBelowBaseline() {
        Trajectory t = simulate(List.of(
                new Phase("Bed rest", 1, Mobility.BED_REST, List.of()),
                new Phase("Home", 14, Mobility.NORMAL, List.of())));

        assertThat(t.summary(LEG).fellBelowThreshold()).isFalse();
        assertThat(FindingWords.reading(t))
                .startsWith("After 1 day in bed, leg strength ")
                .endsWith("; it never falls more than 5% below baseline.");
    }

    @Test
    void intensiveCareIsNamedAndALumbarBraceLeadsWithTheTrunkItCostsNotTheLegsItSparesIssue13() {
        Trajectory icu = Simulator.exact()
                .simulate(Scenario.of(
                        "ICU",
                        new Subject(60, null, Condition.CRITICAL_ILLNESS),
                        List.of(
                                new Phase("ICU", 7, Mobility.BED_REST, List.of()),
                                new Phase("Ward", 14, Mobility.NORMAL, List.of()))));
        assertThat(FindingWords.reading(icu))
                .startsWith("After 7 days in bed in intensive care, leg strength is about ");

        Trajectory brace = simulate(List.of(
                new Phase("Brace", 28, Mobility.LUMBAR_BRACE, List.of()),
                new Phase("Off", 28, Mobility.NORMAL, List.of())));
        // The brace unloads both trunk groups; the sentence leads with the one that loses more
        // (which one is within the calibration's uncertainty).
        Measure back = new Measure(Outcome.STRENGTH, MuscleGroup.TRUNK_EXTENSORS);
        Measure abdominals = new Measure(Outcome.STRENGTH, MuscleGroup.TRUNK_FLEXORS);
        boolean backLeads =
                brace.summary(back).lowestPercent() <= brace.summary(abdominals).lowestPercent();
        Measure lead = backLeads ? back : abdominals;
        assertThat(lossOnDay(brace, lead, 28)).isGreaterThanOrEqualTo(1L);
        assertThat(FindingWords.reading(brace))
                .startsWith("After 4 weeks in a lumbar brace, "
                        + (backLeads ? "back strength (trunk extensors)" : "abdominal strength (trunk flexors)")
                        + " is about " + lossOnDay(brace, lead, 28)
                        + "% lower (leg strength has hardly changed, overall strength ");
    }

    @Test
    void withoutDisuseTheSentenceCoversTheWholeScenario() {
        Trajectory t = simulate(List.of(new Phase("Active", 28, Mobility.NORMAL, List.of(WALK_30))));

        assertThat(FindingWords.reading(t))
                .startsWith("Over 4 weeks of ordinary activity, leg strength ")
                .endsWith(".");
    }

    @ParameterizedTest
    @CsvSource({
        "1,1 day",
        "2,2 days",
        "13,13 days",
        "14,2 weeks",
        "17,17 days",
        "28,4 weeks",
        "30,about 4 weeks",
        "98,14 weeks",
        "100,about 14 weeks",
        "351,about 12 months",
        "3650,about 10 years"
    })
    void durationsAreSaidAsAPersonWouldSayThem(int days, String words) {
        assertThat(Words.duration(days)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({
        "WALKING,30,7,MODERATE,30 minutes of moderate walking a day",
        "AQUATIC,45,3,MODERATE,45 minutes of moderate aquatic exercise 3 times a week",
        "WALKING,15,14,LIGHT,15 minutes of light walking twice a day",
        "RESISTANCE,1,1,VIGOROUS,1 minute of vigorous resistance training once a week",
        "CYCLING,12.5,5,LIGHT,12.5 minutes of light cycling 5 times a week"
    })
    void exerciseIsSaidInWords(Activity activity, double minutes, int perWeek, Intensity intensity, String words) {
        assertThat(Words.exercise(new Exercise(activity, minutes, perWeek, intensity)))
                .isEqualTo(words);
    }

    @Test
    void disuseIsSaidInWords() {
        assertThat(Words.disuse(14, Mobility.LEG_CAST)).isEqualTo("2 weeks in a leg cast");
        assertThat(Words.disuse(10, Mobility.SEDENTARY)).isEqualTo("10 days of very little walking");
    }

    private static Trajectory simulate(List<Phase> phases) {
        return Simulator.exact().simulate(Scenario.of("test", HEALTHY_45, phases));
    }

    private static long lossOnDay(Trajectory t, Measure m, int day) {
        return Math.round(100 - t.percent(m, day));
    }
}
