package org.inertia.sim.scenario;

/** The subject's health while the scenario runs. */
public enum Condition implements Keyword {
    /** A healthy adult: the bed-rest and immobilization studies behind the default model. */
    HEALTHY("healthy"),
    /**
     * A patient in intensive care: during phases whose mobility is not normal the model adds the rapid, breakdown-driven
     * catabolic loss of muscle size seen in critical illness (about 2 % per day in the first week;
     * Puthucheary et al. 2013, JAMA 310:1591; Fazzini et al. 2023, Crit Care 27:2).
     */
    CRITICAL_ILLNESS("critical-illness"),
    /**
     * A patient in hospital with an acute illness that is not critical (an infection, a flare of
     * a chronic disease): during phases whose mobility is not normal the model adds a whole-body
     * catabolic and neural loss, the grip included, and recovery afterwards is slower.
     */
    ACUTE_ILLNESS("acute-illness"),
    /**
     * After surgery or a fracture: during phases whose mobility is not normal the model adds a
     * whole-body catabolic loss and an inhibition of the unloaded limb's muscles, and recovery
     * afterwards is slower.
     */
    SURGERY("surgery");

    private final String keyword;

    Condition(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
