package org.inertia.sim.measure;

/**
 * What is measured, in % of the subject's own baseline: strength or size of a muscle group, or one
 * of the whole-body measures that stand on their own (aerobic capacity, the bone mineral density of
 * a site).
 */
public enum Outcome {
    /** Maximal voluntary force: mass times the neural factor. */
    STRENGTH("strength", Family.MUSCLE, "Strength"),
    /** Muscle size (cross-sectional area or volume). */
    MASS("mass", Family.MUSCLE, "Muscle mass"),
    /** Maximal (peak) oxygen uptake in a graded exercise test, in L/min or mL/kg/min. */
    VO2MAX("vo2max", Family.AEROBIC, "Aerobic capacity (VO2max)"),
    /** Areal bone mineral density of the lumbar spine (DXA, L1–L4 or L2–L4). */
    BMD_LUMBAR_SPINE("bmd.lumbar_spine", Family.BONE, "Bone density, lumbar spine"),
    /** Areal bone mineral density of the total hip (DXA), the femoral neck and trochanter included. */
    BMD_TOTAL_HIP("bmd.total_hip", Family.BONE, "Bone density, total hip"),
    /** Bone mineral density of the heel bone (DXA or quantitative CT), the most weight-bearing site. */
    BMD_CALCANEUS("bmd.calcaneus", Family.BONE, "Bone density, calcaneus (heel)");

    private final String key;
    private final Family family;
    private final String label;

    Outcome(String key, Family family, String label) {
        this.key = key;
        this.family = family;
        this.label = label;
    }

    /**
     * {@return the name used in measure names: {@code strength} and {@code mass} before a group
     * ({@code strength.knee_extensors}); the whole measure's name for the others ({@code vo2max},
     * {@code bmd.total_hip})}
     */
    public String key() {
        return key;
    }

    /** {@return the family: muscle for strength and mass, aerobic or bone for the others} */
    public Family family() {
        return family;
    }

    /** {@return whether this is an outcome of a muscle group (strength or mass)} */
    public boolean ofMuscle() {
        return family == Family.MUSCLE;
    }

    /** {@return a label for charts, e.g. "Muscle mass" or "Bone density, total hip"} */
    public String label() {
        return label;
    }
}
