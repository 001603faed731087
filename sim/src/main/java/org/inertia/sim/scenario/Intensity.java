package org.inertia.sim.scenario;

/** Effort of an exercise session, as in the Compendium of Physical Activities' bands. */
public enum Intensity implements Keyword {
    LIGHT("light"),
    MODERATE("moderate"),
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
