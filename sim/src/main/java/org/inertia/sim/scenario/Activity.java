package org.inertia.sim.scenario;

/**
 * An exercise modality. How each loads the muscle groups, and with what effect on mass and
 * strength, is the model's business: see {@code org.inertia.sim.model.ActivityEffect}.
 */
public enum Activity implements Keyword {
    /** Walking, over ground or on a treadmill. */
    WALKING("walking", "walking, over ground or on a treadmill"),
    /** Cycling, on a stationary or in-bed ergometer or outdoors. */
    CYCLING("cycling", "cycling, stationary or in-bed ergometer"),
    /** Exercise in water: water walking, water aerobics, aquatic programmes. */
    AQUATIC("aquatic", "aquatic exercise: water walking, water aerobics"),
    /** Resistance (strength) training. */
    RESISTANCE("resistance", "resistance (strength) training, whole-body programme");

    private final String keyword;
    private final String description;

    Activity(String keyword, String description) {
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
