package org.inertia.sim.scenario;

/**
 * How much the muscles are loaded during the rest of the day (outside any exercise sessions).
 * The model turns each value into an unloading fraction per muscle group; see {@code
 * org.inertia.sim.model.DeconditioningModel}.
 */
public enum Mobility implements Keyword {
    /** Whole-body bed rest: the antigravity muscles of the whole body are unloaded. */
    BED_REST("bed-rest", "whole-body bed rest: antigravity muscles of the whole body unloaded"),
    /** A lumbar brace or corset: trunk muscles partly unloaded, legs in normal use. */
    LUMBAR_BRACE(
            "lumbar-brace", "lumbar brace worn through the day: trunk muscles partly unloaded, legs in normal use"),
    /** One leg in a cast or locked knee brace; the simulated leg is the immobilized one. */
    LEG_CAST("leg-cast", "one leg in a cast or locked brace (the simulated leg); faster loss than bed rest"),
    /**
     * One leg kept off the ground with its joints free: unilateral lower-limb suspension, or
     * non-weight-bearing on crutches; the simulated leg is the unloaded one.
     */
    LIMB_SUSPENSION(
            "limb-suspension",
            "one leg off the ground, joints free (limb suspension, crutches without weight bearing)"),
    /** Very low daily stepping (step-reduction studies: about 1,500 steps a day). */
    SEDENTARY("sedentary", "very low daily stepping (about 1,500 steps a day), sitting most of the day"),
    /** Ordinary daily living: holds the baseline, and lets lost muscle recover. */
    NORMAL("normal", "ordinary daily living: holds baseline and allows recovery");

    private final String keyword;
    private final String description;

    Mobility(String keyword, String description) {
        this.keyword = keyword;
        this.description = description;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** {@return a one-line description for listings} */
    public String description() {
        return description;
    }
}
