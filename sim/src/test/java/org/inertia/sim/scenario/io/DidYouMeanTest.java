package org.inertia.sim.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> WORDS =
            List.of("strength.knee_extensors", "mass.knee_extensors", "strength.overall");

    @Test
    void findsTheClosestWordWithinASmallDistance() {
        assertThat(DidYouMean.closest("strength.kne_extensors", WORDS)).contains("strength.knee_extensors");
        assertThat(DidYouMean.closest("Strength.Overall", WORDS)).contains("strength.overall");
        assertThat(DidYouMean.closest("overall", WORDS)).contains("strength.overall");
    }

    @Test
    void farWordsHaveNoSuggestionButTheHintListsTheAllowedOnes() {
        assertThat(DidYouMean.closest("banana", WORDS)).isEmpty();
        assertThat(DidYouMean.hintWithAllowed("banana", WORDS)).isEqualTo("allowed: " + String.join(", ", WORDS));
    }
}
