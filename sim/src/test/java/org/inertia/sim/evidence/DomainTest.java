package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
import org.inertia.sim.scenario.io.ScenarioReader;
import org.junit.jupiter.api.Test;

/** The domain: stored as its evidence set gives it, and its note on training gains. */
class DomainTest {

    @Test
    void theStoredDomainIsTheOneTheEvidenceSetGives() {
        Domain derived = Domain.of(EvidenceSet.builtIn());
        assertThat(EvidenceSet.resource(Domain.RESOURCE))
                .as("%s is stale: rewrite it with CalibrationUpdate (docs/testing.md)", Domain.RESOURCE)
                .isEqualTo(derived.csv());
        assertThat(Domain.builtIn().csv()).isEqualTo(derived.csv());
    }

    @Test
    void theStoredDomainWarnsAsTheEvidenceSetDoesOnEveryExample() throws Exception {
        Domain derived = Domain.of(EvidenceSet.builtIn());
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("../scenarios"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        int warned = 0;
        for (Path file : files) {
            Scenario s = ScenarioReader.read(file);
            assertThat(Domain.builtIn().check(s)).as(file.toString()).isEqualTo(derived.check(s));
            warned += derived.check(s).isEmpty() ? 0 : 1;
        }
        assertThat(warned)
                .as("examples outside the domain, so that the comparison means something")
                .isPositive();
    }

    @Test
    void aDamagedStoredDomainIsRefusedWithItsLine() {
        assertThatThrownBy(() -> Domain.parse("fact,key,value\nyoungest_age,,18\nactivity_studies,flying,2\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("flying");
        assertThatThrownBy(() -> Domain.parse("fact,key,value\nyoungest_age,,18\n"))
                .hasMessageContaining("oldest_age");
    }

    private static final Exercise WALK = new Exercise(Activity.WALKING, 20, 7, Intensity.MODERATE);

    private static List<Domain.Message> messages(Fitness fitness, Phase... phases) {
        Scenario s = Scenario.of("s", new Subject(60, Sex.FEMALE, Condition.HEALTHY, fitness), List.of(phases));
        return Domain.builtIn().check(s).stream().map(Domain.Warning::message).toList();
    }

    @Test
    void weeksOfExerciseInOrdinaryLifeForAnUntrainedPersonAreNotedOnce() {
        Phase bed = new Phase("Bed rest", 7, Mobility.BED_REST, List.of());
        Phase walking = new Phase("Walking", 42, Mobility.NORMAL, List.of(WALK));
        assertThat(messages(Fitness.UNTRAINED, bed, walking, walking)).containsOnlyOnce(Domain.Message.UNTRAINED_GAINS);
        assertThat(messages(Fitness.ACTIVE, bed, walking)).doesNotContain(Domain.Message.UNTRAINED_GAINS);
        // Too short to build much, or exercise in bed (protection, not training in ordinary life).
        Phase twoWeeks = new Phase("Walking", Domain.TRAINING_DAYS - 1, Mobility.NORMAL, List.of(WALK));
        Phase exerciseInBed = new Phase("Bed rest", 42, Mobility.BED_REST, List.of(WALK));
        assertThat(messages(Fitness.UNTRAINED, bed, twoWeeks)).doesNotContain(Domain.Message.UNTRAINED_GAINS);
        assertThat(messages(Fitness.UNTRAINED, exerciseInBed)).doesNotContain(Domain.Message.UNTRAINED_GAINS);
    }

    @Test
    void projectingFurtherAfterDisuseThanAnyStudyFollowedIsSaidWithTheLongestFollowUp() {
        // Bone: LeBlanc et al. 1990 measured the heel six months (180 days) after 17 weeks of bed rest.
        Domain bone = Domain.builtIn(org.inertia.sim.measure.Family.BONE);
        Phase bed = new Phase("Bed rest", 119, Mobility.BED_REST, List.of());
        Subject man = new Subject(35, Sex.MALE, Condition.HEALTHY);
        List<Domain.Warning> twoYears = bone.check(
                Scenario.of("two years", man, List.of(bed, new Phase("Up", 730, Mobility.NORMAL, List.of()))));
        assertThat(twoYears)
                .filteredOn(w -> w.message() == Domain.Message.FOLLOW_UP_LONGER)
                .singleElement()
                .satisfies(w -> assertThat(w.arguments()).containsExactly(730, 180));
        List<Domain.Warning> sixMonths = bone.check(
                Scenario.of("six months", man, List.of(bed, new Phase("Up", 180, Mobility.NORMAL, List.of()))));
        assertThat(sixMonths).noneMatch(w -> w.message() == Domain.Message.FOLLOW_UP_LONGER);
        // Training without disuse has no follow-up to exceed.
        List<Domain.Warning> training = bone.check(
                Scenario.of("training", man, List.of(new Phase("Walking", 730, Mobility.NORMAL, List.of(WALK)))));
        assertThat(training).noneMatch(w -> w.message() == Domain.Message.FOLLOW_UP_LONGER);
    }

    @Test
    void fitPeopleInBedLongerThanAnyStudyOfFitPeopleAreWarnedAbout() {
        // Aerobic capacity: the only trained people in the studies are Smorawinski 2001's athletes, 3 days in bed.
        Domain aerobic = Domain.builtIn(org.inertia.sim.measure.Family.AEROBIC);
        Subject athlete = new Subject(23, Sex.MALE, Condition.HEALTHY, Fitness.TRAINED);
        List<Domain.Warning> month = aerobic.check(
                Scenario.of("athlete", athlete, List.of(new Phase("Bed rest", 30, Mobility.BED_REST, List.of()))));
        assertThat(month)
                .filteredOn(w -> w.message() == Domain.Message.FITNESS_DISUSE_LONGER)
                .singleElement()
                .satisfies(w -> assertThat(w.arguments()).containsExactly("trained", 30, 3));
        List<Domain.Warning> threeDays = aerobic.check(
                Scenario.of("athlete", athlete, List.of(new Phase("Bed rest", 3, Mobility.BED_REST, List.of()))));
        assertThat(threeDays).noneMatch(w -> w.message() == Domain.Message.FITNESS_DISUSE_LONGER);
        // The default, untrained, is what the studies mostly are: its limits are the mobility's own.
        Subject untrained = new Subject(23, Sex.MALE, Condition.HEALTHY);
        assertThat(aerobic.check(
                        Scenario.of("u", untrained, List.of(new Phase("Bed rest", 30, Mobility.BED_REST, List.of())))))
                .noneMatch(w -> w.message() == Domain.Message.FITNESS_DISUSE_LONGER);
    }
}
