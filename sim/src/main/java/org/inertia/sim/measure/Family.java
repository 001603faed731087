package org.inertia.sim.measure;

/**
 * The body systems Inertia simulates, each with its own measures, states, parameters and evidence:
 * muscle (strength and size of five groups), aerobic capacity and bone. Charts draw each family on
 * its own axis, and the evidence report and the calibration take them one at a time.
 */
public enum Family {
    /** Strength and muscle mass of the muscle groups. */
    MUSCLE("muscle", "Muscle"),
    /** Maximal aerobic capacity (VO2max). */
    AEROBIC("aerobic", "Aerobic capacity"),
    /** Bone mineral density at the sites the evidence measures. */
    BONE("bone", "Bone");

    private final String key;
    private final String label;

    Family(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** {@return the name used in files and options, e.g. {@code aerobic}} */
    public String key() {
        return key;
    }

    /** {@return a label for tables and charts, e.g. "Aerobic capacity"} */
    public String label() {
        return label;
    }
}
