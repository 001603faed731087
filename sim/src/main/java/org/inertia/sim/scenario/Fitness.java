package org.inertia.sim.scenario;

/**
 * How trained the subject is before the scenario starts, which bounds how much exercise can add
 * above the subject's own baseline: untrained muscle has the most room to adapt, trained muscle
 * little (training-study gains are largest in previously untrained, older adults); and which deepens
 * the loss of aerobic capacity in disuse: fitter people lose more.
 */
public enum Fitness implements Keyword {
    /** No regular exercise beyond daily life: the participants of most training studies. */
    UNTRAINED("untrained", "no regular exercise beyond daily life (the default)"),
    /** Regular recreational exercise: the participants of most bed-rest studies. */
    ACTIVE("active", "regular recreational exercise"),
    /** Athletes or long-term strength- or endurance-trained people. */
    TRAINED("trained", "athletes or long-term trained people");

    private final String keyword;
    private final String description;

    Fitness(String keyword, String description) {
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
