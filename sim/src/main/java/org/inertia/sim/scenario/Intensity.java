package org.inertia.sim.scenario;

/** Effort of an exercise session, as in the Compendium of Physical Activities' bands. */
public enum Intensity implements Keyword {
    /** Light: under 3 MET. */
    LIGHT("light"),
    /** Moderate: 3 to 6 MET. */
    MODERATE("moderate"),
    /** Vigorous: over 6 MET. */
    VIGOROUS("vigorous");

    private final String keyword;

    Intensity(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
