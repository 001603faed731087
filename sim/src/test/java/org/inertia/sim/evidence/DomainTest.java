package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.junit.jupiter.api.Test;

/** The domain's note on training gains: said for weeks of exercise in ordinary life, untrained. */
class DomainTest {

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
}
