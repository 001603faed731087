package org.inertia.sim.evidence;

/**
 * What a study arm tests: loss in disuse, recovery after it, exercise against it, or training in
 * ordinary life.
 */
public enum EvidenceCategory {
    /** Bed rest, immobilization, step reduction or intensive care, without countermeasures. */
    DISUSE("disuse"),
    /** Retraining or ordinary activity after disuse. */
    RECOVERY("recovery"),
    /** Exercise performed during disuse (countermeasures). */
    EXERCISE("exercise"),
    /** An exercise programme in ordinary life, without a preceding period of disuse. */
    TRAINING("training");

    private final String keyword;

    EvidenceCategory(String keyword) {
        this.keyword = keyword;
    }

    /** {@return the spelling used in the evidence file and in reports} */
    public String keyword() {
        return keyword;
    }

    /**
     * {@return the category spelled {@code keyword}}
     *
     * @param keyword disuse, recovery, exercise or training
     * @throws IllegalArgumentException if it is none of them
     */
    public static EvidenceCategory fromKeyword(String keyword) {
        for (EvidenceCategory c : values()) {
            if (c.keyword.equals(keyword)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown evidence category: " + keyword);
    }
}
