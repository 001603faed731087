package org.inertia.sim.measure;

import java.util.List;
import java.util.Optional;

/**
 * The muscle groups Inertia simulates, each on its own, and their {@link #OVERALL} composite.
 * The spelling in {@link #key()} is the one used in measure names ({@code strength.knee_extensors}).
 */
public enum MuscleGroup {
    /** Quadriceps: the group most studies measure (isometric or isokinetic knee extension, CSA). */
    KNEE_EXTENSORS("knee_extensors", "Knee extensors (quadriceps)"),
    /** Calf: soleus and gastrocnemius, the antigravity group that loses most in bed rest. */
    PLANTAR_FLEXORS("plantar_flexors", "Plantar flexors (calf)"),
    /** Back: lumbar multifidus and erector spinae. */
    TRUNK_EXTENSORS("trunk_extensors", "Trunk extensors (back)"),
    /** Abdominals and core. */
    TRUNK_FLEXORS("trunk_flexors", "Trunk flexors (abdominals, core)"),
    /** Forearm and hand: stays in use in bed, so it loses least. */
    HANDGRIP("handgrip", "Handgrip (forearm)"),
    /** The unweighted mean of the five simulated groups. */
    OVERALL("overall", "Overall (mean of the five groups)");

    /**
     * The five groups that are simulated, in state-vector order (OVERALL excluded): the first five
     * constants, so that a group's {@link #ordinal()} is its index in the state vector.
     */
    public static final List<MuscleGroup> SIMULATED =
            List.of(KNEE_EXTENSORS, PLANTAR_FLEXORS, TRUNK_EXTENSORS, TRUNK_FLEXORS, HANDGRIP);

    private final String key;
    private final String label;

    MuscleGroup(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** {@return the name used in measure names and files, e.g. {@code knee_extensors}} */
    public String key() {
        return key;
    }

    /** {@return a human-readable label for tables and charts} */
    public String label() {
        return label;
    }

    /** {@return whether this is the composite of the simulated groups rather than a group} */
    public boolean isComposite() {
        return this == OVERALL;
    }

    /**
     * {@return the group named {@code key}, if any}
     *
     * @param key a group key such as {@code plantar_flexors}
     */
    public static Optional<MuscleGroup> fromKey(String key) {
        for (MuscleGroup g : values()) {
            if (g.key.equals(key)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
