package org.inertia.sim.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One simulated quantity, named like {@code strength.knee_extensors}, {@code mass.overall}, {@code
 * vo2max} or {@code bmd.total_hip}: an outcome of a muscle group (strength or mass), or a
 * whole-body outcome that has no group (aerobic capacity, bone density of a site). Values are in %
 * of the subject's own baseline.
 *
 * @param outcome what is measured
 * @param group the muscle group, or {@link MuscleGroup#OVERALL}, for strength and mass; {@code
 *     null} for a whole-body outcome
 */
public record Measure(Outcome outcome, MuscleGroup group) {

    /** The default measure of charts: overall strength. */
    public static final Measure OVERALL_STRENGTH = new Measure(Outcome.STRENGTH, MuscleGroup.OVERALL);

    /** Aerobic capacity. */
    public static final Measure VO2MAX = new Measure(Outcome.VO2MAX, null);

    /**
     * Checks that a muscle outcome has a group and a whole-body outcome has none.
     *
     * @param outcome what is measured
     * @param group the muscle group for strength and mass, {@code null} otherwise
     * @throws NullPointerException if the outcome is null, or a muscle outcome has no group
     * @throws IllegalArgumentException if a whole-body outcome is given a group
     */
    public Measure {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome.ofMuscle()) {
            Objects.requireNonNull(group, "group");
        } else if (group != null) {
            throw new IllegalArgumentException(outcome.key() + " is a whole-body measure: it has no muscle group");
        }
    }

    /**
     * {@return the whole-body measure of an outcome}
     *
     * @param outcome a whole-body outcome (not strength or mass)
     * @throws IllegalArgumentException for strength or mass, which need a group
     */
    public static Measure of(Outcome outcome) {
        if (outcome.ofMuscle()) {
            throw new IllegalArgumentException(outcome.key() + " is measured per muscle group");
        }
        return new Measure(outcome, null);
    }

    /** {@return the family: muscle, aerobic or bone} */
    public Family family() {
        return outcome.family();
    }

    /** {@return whether this is a measure of a muscle group (strength or mass)} */
    public boolean ofMuscle() {
        return outcome.ofMuscle();
    }

    /** {@return the name, e.g. {@code strength.knee_extensors} or {@code vo2max}} */
    public String key() {
        return group == null ? outcome.key() : outcome.key() + "." + group.key();
    }

    /** {@return a label for charts, e.g. "Strength, knee extensors (quadriceps)"} */
    public String label() {
        if (group == null) {
            return outcome.label();
        }
        return outcome.label() + ", " + group.label().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
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
        for (Outcome outcome : Outcome.values()) {
            if (!outcome.ofMuscle() && outcome.key().equals(key)) {
                return Optional.of(of(outcome));
            }
        }
        int dot = key.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String o = key.substring(0, dot);
        Optional<MuscleGroup> g = MuscleGroup.fromKey(key.substring(dot + 1));
        for (Outcome outcome : Outcome.values()) {
            if (outcome.ofMuscle() && outcome.key().equals(o) && g.isPresent()) {
                return Optional.of(new Measure(outcome, g.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * {@return every measure: the muscle measures (strength then mass, groups in declaration order,
     * overall last), then aerobic capacity, then bone density site by site}
     */
    public static List<Measure> all() {
        return ALL;
    }

    /**
     * {@return the measures of a family, in {@link #all()} order}
     *
     * @param family muscle, aerobic or bone
     */
    public static List<Measure> of(Family family) {
        return ALL.stream().filter(m -> m.family() == family).toList();
    }

    private static final List<Measure> ALL = allMeasures();

    private static List<Measure> allMeasures() {
        List<Measure> all = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            if (o.ofMuscle()) {
                for (MuscleGroup g : MuscleGroup.values()) {
                    all.add(new Measure(o, g));
                }
            } else {
                all.add(of(o));
            }
        }
        return List.copyOf(all);
    }
}
