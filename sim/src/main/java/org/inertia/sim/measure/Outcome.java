package org.inertia.sim.measure;

/** What is measured of a muscle group, in % of the subject's own baseline. */
public enum Outcome {
    /** Maximal voluntary force: mass times the neural factor. */
    STRENGTH("strength"),
    /** Muscle size (cross-sectional area or volume). */
    MASS("mass");

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    /** {@return the name used in measure names, e.g. {@code strength}} */
    public String key() {
        return key;
    }
}
