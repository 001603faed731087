package org.inertia.sim.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.io.ScenarioReader;
import org.inertia.sim.trajectory.Trajectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three ways of managing low back pain shipped in {@code scenarios/} (two weeks of bed rest,
 * four weeks in a lumbar brace, four weeks of staying active), compared as a clinician would:
 * which muscles each one costs, and which costs the trunk more (issue 13: the report ranked them by
 * the mean of all groups and called bed rest "back to 95 % soonest" when the others never fell
 * below 95 %).
 *
 * <p>Expectations from outside the code: bed rest unloads every antigravity muscle, the calf most
 * and the grip least (Alkner &amp; Tesch 2004; Gogia 1988), and the back extensors at about half
 * the knee extensors' loss (Muir 2011: trunk extension -12 % against knee extension -26 % after 90
 * days), so 3 to 12 % after two weeks in which the thigh loses 10 to 20 %; a lumbar brace unloads
 * the trunk muscles only (docs/model.md, mobility table); walking every day unloads nothing. How
 * much a brace unloads the trunk is an assumption (lumbar-brace-severity 0.5 &plusmn; 0.3 of bed
 * rest's unloading, docs/model.md), so the model cannot tell whether two weeks in bed or four
 * weeks in a brace costs the trunk more: the 90 % interval of their difference spans zero. Which
 * trunk group a brace costs more is within the calibration's uncertainty too (susceptibility of
 * the abdominals 0.47 &plusmn; 0.14, of the back extensors 0.43 &plusmn; 0.08): the current
 * calibration says the abdominals, and the tests pin that, so that a recalibration that turns it
 * round is noticed and the docs (docs/model.md, README) are updated with it.
 */
class BackPainOptionsTest {

    private static final int BED_REST = 0;
    private static final int BRACE = 1;
    private static final int ACTIVE = 2;
    private static final Measure BACK = new Measure(Outcome.STRENGTH, MuscleGroup.TRUNK_EXTENSORS);
    private static final Measure CALF = new Measure(Outcome.STRENGTH, MuscleGroup.PLANTAR_FLEXORS);

    private static List<Trajectory> options;
    private static OptionFindings findings;

    @BeforeAll
    static void simulate() throws Exception {
        options = List.of(
                run("back-pain-bed-rest-2w.yaml"),
                run("lumbar-brace-4w.yaml"),
                run("back-pain-staying-active-4w.yaml"));
        findings = OptionFindings.of(options, Measure.OVERALL_STRENGTH);
    }

    private static Trajectory run(String file) throws Exception {
        return Simulator.exact().simulate(ScenarioReader.read(Path.of("../scenarios", file)));
    }

    private static List<MuscleGroup> groups(ScenarioFindings f) {
        return f.groupsThatLose().stream().map(g -> g.measure().group()).toList();
    }

    @Test
    void bedRestCostsEveryGroupTheCalfMostAndTheBackAboutHalfTheThigh() {
        ScenarioFindings bed = findings.options().get(BED_REST);

        assertThat(groups(bed)).hasSize(5);
        assertThat(bed.mostLoss().measure().group()).isEqualTo(MuscleGroup.PLANTAR_FLEXORS);
        assertThat(bed.leastLoss().measure().group()).isEqualTo(MuscleGroup.HANDGRIP);
        assertThat(bed.thighStrengthLossPoints()).isBetween(10.0, 20.0);
        double back = 100 - options.get(BED_REST).summary(BACK).lowestPercent();
        assertThat(back).isBetween(3.0, 12.0);
        assertThat(back / bed.thighStrengthLossPoints()).isBetween(0.3, 0.7);
        assertThat(bed.lead()).isEqualTo(ScenarioFindings.LEG_STRENGTH);
    }

    @Test
    void theBraceCostsTheTrunkOnlyAndItsSentenceLeadsWithTheBack() {
        ScenarioFindings brace = findings.options().get(BRACE);

        assertThat(groups(brace)).containsExactlyInAnyOrder(MuscleGroup.TRUNK_EXTENSORS, MuscleGroup.TRUNK_FLEXORS);
        assertThat(brace.thighStrengthLossPoints()).isLessThan(ScenarioFindings.NOTICEABLE_LOSS_POINTS);
        assertThat(brace.lead().group()).isIn(MuscleGroup.TRUNK_EXTENSORS, MuscleGroup.TRUNK_FLEXORS);
        assertThat(brace.leadChangePercent()).isLessThan(-ScenarioFindings.NOTICEABLE_LOSS_POINTS);
    }

    @Test
    void stayingActiveCostsNothing() {
        ScenarioFindings active = findings.options().get(ACTIVE);

        assertThat(active.costsNothing()).isTrue();
        assertThat(active.groupsThatLose()).isEmpty();
        assertThat(active.lead()).isEqualTo(ScenarioFindings.LEG_STRENGTH);
    }

    @Test
    void theGroupsComparedAreTheCalfForBedRestAndTheTrunkForTheBrace() {
        // Which trunk group a brace costs more is within the calibration's uncertainty (the back
        // extensors' and the abdominals' susceptibilities differ by less than their standard
        // errors, docs/model.md); the current calibration says the abdominals.
        assertThat(findings.groups()).hasSize(2);
        assertThat(findings.groups().get(0).measure().group()).isEqualTo(MuscleGroup.PLANTAR_FLEXORS);
        assertThat(findings.groups().get(1).measure().group()).isEqualTo(MuscleGroup.TRUNK_FLEXORS);

        GroupComparison calf = findings.groups().get(0);
        assertThat(calf.measure()).isEqualTo(CALF);
        assertThat(calf.tiers()).containsExactly(List.of(BED_REST));
        assertThat(calf.spared()).containsExactly(BRACE, ACTIVE);
        assertThat(calf.mostLoss()).containsExactly(BED_REST);
    }

    @Test
    void onTheBackBedRestAndTheBraceAreWithinTheModelsUncertaintyAndStayingActiveIsSpared() {
        GroupComparison back = findings.groups().get(1);

        // Bed rest goes lower on the default parameters, but by less than the brace's assumed
        // unloading can be off: both share the first place.
        assertThat(back.lowestPercent().get(BED_REST))
                .isLessThan(back.lowestPercent().get(BRACE));
        assertThat(back.tiers()).containsExactly(List.of(BED_REST, BRACE));
        assertThat(back.spared()).containsExactly(ACTIVE);
        Difference d = back.differences().get(0);
        assertThat(d.points()).isNegative();
        assertThat(d.lowerPoints()).isNegative();
        assertThat(d.upperPoints()).isPositive();
        assertThat(d.withinUncertainty()).isTrue();
        // Most draws still put bed rest lower: the report may say "probably", never "more".
        assertThat(d.agreement()).isBetween(Difference.PROBABLE_AGREEMENT, 0.95);
        assertThat(d.probable()).isTrue();

        // Without the uncertainty the default parameters alone would rank them: the tie is the model's doubt.
        GroupComparison exact = GroupComparison.of(PairedDraws.none(options), BACK);
        assertThat(exact.tiers()).containsExactly(List.of(BED_REST), List.of(BRACE));
    }

    @Test
    void bedRestAndTheBraceBothCostTheBackMoreThanStayingActiveBeyondTheUncertainty() {
        PairedDraws draws = PairedDraws.of(options);

        assertThat(draws.lowest(BACK, BED_REST, ACTIVE).withinUncertainty()).isFalse();
        assertThat(draws.lowest(BACK, BED_REST, ACTIVE).upperPoints()).isNegative();
        assertThat(draws.lowest(BACK, BRACE, ACTIVE).upperPoints()).isNegative();
        // An option against itself: no difference at all.
        Difference self = draws.lowest(BACK, BRACE, BRACE);
        assertThat(self.points()).isZero();
        assertThat(self.withinUncertainty()).isTrue();
        assertThat(self.probable()).as("no difference is not a probable one").isFalse();
        // Beyond the uncertainty a difference is simply ranked, not "probable".
        assertThat(draws.lowest(BACK, BED_REST, ACTIVE).probable()).isFalse();
        assertThat(draws.lowest(BACK, BED_REST, ACTIVE).agreement()).isEqualTo(1.0);
    }

    @Test
    void onlyBedRestFallsBelow95PercentSoNoneIsBackThereSoonestAmongSeveral() {
        Comparison overall = findings.chosen();

        assertThat(overall.fellBelow()).containsExactly(BED_REST);
        assertThat(overall.lowest()).containsExactly(BED_REST);
        assertThat(overall.soonest()).containsExactly(BED_REST);
    }

    @Test
    void theMeasureToShowAloneIsTheTrunkWhichBedRestAndTheBraceBothCostIssue13() {
        // The calf loses most and the legs lead bed rest's sentence, but only bed rest costs them;
        // the trunk muscles lose with two options.
        assertThat(findings.groups().get(0).measure()).isEqualTo(CALF);

        assertThat(findings.toShow().outcome()).isEqualTo(Outcome.STRENGTH);
        assertThat(findings.toShow().group()).isEqualTo(MuscleGroup.TRUNK_FLEXORS);
        assertThat(findings.toShow()).isEqualTo(findings.groups().get(1).measure());
    }

    @Test
    void optionsThatCostNothingShowTheLegs() {
        OptionFindings active = OptionFindings.of(PairedDraws.none(List.of(options.get(ACTIVE))), BACK);

        assertThat(active.toShow()).isEqualTo(ScenarioFindings.LEG_STRENGTH);
    }

    @Test
    void oneOptionShowsWhatItsSentenceLeadsWith() {
        OptionFindings bed = OptionFindings.of(PairedDraws.none(List.of(options.get(BED_REST))), BACK);
        OptionFindings brace = OptionFindings.of(PairedDraws.none(List.of(options.get(BRACE))), BACK);

        // Bed rest alone costs the calf most, but its sentence speaks of the legs (the thigh).
        assertThat(bed.toShow()).isEqualTo(ScenarioFindings.LEG_STRENGTH);
        assertThat(brace.toShow().group()).isIn(MuscleGroup.TRUNK_EXTENSORS, MuscleGroup.TRUNK_FLEXORS);
    }
}
