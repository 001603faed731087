package org.inertia.sim.findings;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;

/**
 * Whether several scenarios are about one person, and if not, how the people differ. Scenarios
 * of one person (the same age, sex, condition and fitness) are options for that person, to be
 * compared as choices; scenarios of different people (a 75-year-old woman, a critically ill man of
 * 60) are not choices anyone has, and a comparison of them must say that it compares people. This
 * is the one place that decides it.
 *
 * @param subjects each scenario's subject, in the order given
 * @param differences what the subjects differ in; empty when they are one person
 */
public record People(List<Subject> subjects, Set<People.Trait> differences) {

    /** What two subjects can differ in. */
    public enum Trait {
        /** Age in years. */
        AGE,
        /** Sex. */
        SEX,
        /** Health: healthy, acutely or critically ill, after surgery. */
        CONDITION,
        /** Training status. */
        FITNESS
    }

    /**
     * Copies the collections.
     *
     * @param subjects each scenario's subject, in the order given
     * @param differences what the subjects differ in
     */
    public People {
        subjects = List.copyOf(subjects);
        differences = differences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(differences));
    }

    /**
     * {@return whom the scenarios are about}
     *
     * @param scenarios the scenarios, at least one
     */
    public static People of(List<Scenario> scenarios) {
        List<Subject> subjects = scenarios.stream().map(Scenario::subject).toList();
        Subject first = subjects.get(0);
        Set<Trait> differ = EnumSet.noneOf(Trait.class);
        for (Subject s : subjects) {
            if (s.ageYears() != first.ageYears()) {
                differ.add(Trait.AGE);
            }
            if (s.sex() != first.sex()) {
                differ.add(Trait.SEX);
            }
            if (s.condition() != first.condition()) {
                differ.add(Trait.CONDITION);
            }
            if (s.fitness() != first.fitness()) {
                differ.add(Trait.FITNESS);
            }
        }
        return new People(subjects, differ);
    }

    /** {@return whether every scenario is about the same person, so that they are options for one patient} */
    public boolean samePerson() {
        return differences.isEmpty();
    }

    /** {@return the traits the subjects differ in, in the order of {@link Trait}} */
    public List<Trait> differing() {
        return EnumSet.allOf(Trait.class).stream().filter(differences::contains).toList();
    }
}
