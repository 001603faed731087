package org.inertia.sim.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.inertia.sim.measure.MuscleGroup;
import org.junit.jupiter.api.Test;

/** The shipped evidence set covers what the calibration claims it covers. */
class EvidenceSetTest {

    private final EvidenceSet evidence = EvidenceSet.builtIn();

    @Test
    void holdsAtLeastTwentyFiveRowsFromTwelveStudies() {
        assertThat(evidence.rows()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(evidence.studies()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(evidence.rows().stream().map(EvidenceRow::id).distinct().count())
                .isEqualTo(evidence.rows().size());
    }

    @Test
    void coversYoungAndOlderAdultsTwoToOneHundredTwentyDaysFourGroupsAndRecovery() {
        assertThat(evidence.rows()).anyMatch(r -> r.ageYears() < 30).anyMatch(r -> r.ageYears() >= 65);
        assertThat(evidence.rows().stream().mapToInt(EvidenceRow::day).min().orElseThrow())
                .isLessThanOrEqualTo(2);
        assertThat(evidence.rows().stream().mapToInt(EvidenceRow::day).max().orElseThrow())
                .isBetween(60, 120);
        Set<MuscleGroup> groups =
                evidence.rows().stream().map(r -> r.measure().group()).collect(Collectors.toSet());
        assertThat(groups)
                .contains(MuscleGroup.KNEE_EXTENSORS, MuscleGroup.PLANTAR_FLEXORS, MuscleGroup.HANDGRIP)
                .containsAnyOf(MuscleGroup.TRUNK_EXTENSORS, MuscleGroup.TRUNK_FLEXORS);
        assertThat(evidence.rows())
                .anyMatch(r -> r.category() == EvidenceCategory.RECOVERY)
                .anyMatch(r -> r.category() == EvidenceCategory.EXERCISE);
    }

    @Test
    void everyRowSaysWhereItsFigureStandsAndHasAProtocol() {
        for (EvidenceRow r : evidence.rows()) {
            assertThat(r.where()).as(r.id()).isNotBlank();
            assertThat(r.confidence()).as(r.id()).isNotBlank();
            assertThat(r.reference()).as(r.id()).isNotBlank();
            assertThat(evidence.scenario(r).totalDays()).as(r.id()).isGreaterThanOrEqualTo(r.day());
        }
    }

    @Test
    void csvQuotingIsHonoured() {
        var records = CsvReader.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"multi\nline\",z\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("x, y", "say \"hi\"");
        assertThat(records.get(2).fields()).containsExactly("multi\nline", "z");
        assertThat(records.get(2).line()).isEqualTo(4);
    }
}
