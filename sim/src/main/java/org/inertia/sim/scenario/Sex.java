package org.inertia.sim.scenario;

/**
 * Biological sex of the subject. The default model makes no difference between the sexes: the
 * studies behind it are mostly of men and report no consistent sex effect on the relative loss.
 */
public enum Sex implements Keyword {
    /** Female. */
    FEMALE("female"),
    /** Male. */
    MALE("male");

    private final String keyword;

    Sex(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
