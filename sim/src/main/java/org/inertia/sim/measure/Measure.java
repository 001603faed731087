package org.inertia.sim.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One simulated quantity, an outcome of a muscle group, named like {@code strength.knee_extensors}
 * or {@code mass.overall}. Values are in % of the subject's own baseline.
 *
 * @param outcome strength or mass
 * @param group the muscle group, or {@link MuscleGroup#OVERALL}
 */
public record Measure(Outcome outcome, MuscleGroup group) {

    /** The default measure of charts: overall strength. */
    public static final Measure OVERALL_STRENGTH = new Measure(Outcome.STRENGTH, MuscleGroup.OVERALL);

    /**
     * Checks for nulls.
     *
     * @param outcome strength or mass
     * @param group the muscle group, or {@link MuscleGroup#OVERALL}
     */
    public Measure {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(group, "group");
    }

    /** {@return the name, e.g. {@code strength.knee_extensors}} */
    public String key() {
        return outcome.key() + "." + group.key();
    }

    /** {@return a label for charts, e.g. "Strength, knee extensors (quadriceps)"} */
    public String label() {
        String o = outcome == Outcome.STRENGTH ? "Strength" : "Muscle mass";
        return o + ", " + group.label().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + group.label().substring(1);
    }

    @Override
    public String toString() {
        return key();
    }

    /**
     * {@return the measure named {@code key}, if any}
     *
     * @param key a name such as {@code mass.trunk_extensors}
     */
    public static Optional<Measure> parse(String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String o = key.substring(0, dot);
        Optional<MuscleGroup> g = MuscleGroup.fromKey(key.substring(dot + 1));
        for (Outcome outcome : Outcome.values()) {
            if (outcome.key().equals(o) && g.isPresent()) {
                return Optional.of(new Measure(outcome, g.get()));
            }
        }
        return Optional.empty();
    }

    /** {@return every measure: strength then mass, groups in declaration order, overall last} */
    public static List<Measure> all() {
        List<Measure> all = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            for (MuscleGroup g : MuscleGroup.values()) {
                all.add(new Measure(o, g));
            }
        }
        return List.copyOf(all);
    }
}
