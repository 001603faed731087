package org.inertia.sim.scenario;

import java.util.List;

/** Effort of an exercise session, as in the Compendium of Physical Activities' bands. */
public enum Intensity implements Keyword {
    /** Light: under 3 MET. */
    LIGHT("light", "low", "easy", "gentle", "mild"),
    /** Moderate: 3 to 6 MET. */
    MODERATE("moderate", "medium", "mid", "average"),
    /** Vigorous: over 6 MET. */
    VIGOROUS("vigorous", "high", "hard", "intense", "heavy", "strenuous", "vigourous");

    private final String keyword;
    private final List<String> synonyms;

    Intensity(String keyword, String... synonyms) {
        this.keyword = keyword;
        this.synonyms = List.of(synonyms);
    }

    @Override
    public String keyword() {
        return keyword;
    }

    @Override
    public List<String> synonyms() {
        return synonyms;
    }
}
