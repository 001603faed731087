package org.inertia.sim.evidence;

import java.util.Objects;
import java.util.Optional;
import org.inertia.sim.measure.Measure;

/**
 * One published figure: a study arm's mean change of one measure on one day, with where it
 * stands in the paper and the scenario file that reproduces the protocol.
 *
 * @param id a stable identifier such as {@code E12}
 * @param study short citation, such as "Gogia 1988"
 * @param reference full reference (authors, journal, year, pages)
 * @param identifier DOI or PubMed id, as {@code doi:...} or {@code pmid:...}; may be empty
 * @param design the study design, such as "bed rest" or "immobilization"
 * @param category disuse, recovery or exercise
 * @param arm the arm within the study
 * @param subjects number of subjects in the arm (the weight of the row in fits)
 * @param ageYears mean age of the arm (years)
 * @param scenarioFile the protocol's scenario file, under {@code scenarios/evidence/}
 * @param day the day of the measurement, counted from the start of the protocol
 * @param measure the measure Inertia compares with
 * @param changePercent the published mean change (% of baseline; negative for a loss)
 * @param spread the published between-subject spread, when the paper gives one
 * @param where where in the paper the figure stands
 * @param confidence how the figure was checked (read-in-source, abstract, secondary)
 * @param note conversions or caveats; may be empty
 */
public record EvidenceRow(
        String id,
        String study,
        String reference,
        String identifier,
        String design,
        EvidenceCategory category,
        String arm,
        int subjects,
        double ageYears,
        String scenarioFile,
        int day,
        Measure measure,
        double changePercent,
        Optional<Spread> spread,
        String where,
        String confidence,
        String note) {

    /**
     * Checks the fields a comparison relies on.
     *
     * @param id a stable identifier such as {@code E12}
     * @param study short citation, such as "Gogia 1988"
     * @param reference full reference (authors, journal, year, pages)
     * @param identifier DOI or PubMed id, as {@code doi:...} or {@code pmid:...}; may be empty
     * @param design the study design, such as "bed rest" or "immobilization"
     * @param category disuse, recovery or exercise
     * @param arm the arm within the study
     * @param subjects number of subjects in the arm (the weight of the row in fits)
     * @param ageYears mean age of the arm (years)
     * @param scenarioFile the protocol's scenario file, under {@code scenarios/evidence/}
     * @param day the day of the measurement, counted from the start of the protocol
     * @param measure the measure Inertia compares with
     * @param changePercent the published mean change (% of baseline; negative for a loss)
     * @param spread the published between-subject spread, when the paper gives one
     * @param where where in the paper the figure stands
     * @param confidence how the figure was checked (read-in-source, abstract, secondary)
     * @param note conversions or caveats; may be empty
     */
    public EvidenceRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(spread, "spread");
        if (subjects < 1) {
            throw new IllegalArgumentException(id + ": n must be at least 1");
        }
        if (day < 0) {
            throw new IllegalArgumentException(id + ": day must not be negative");
        }
    }

    /**
     * A published spread of individual changes around the mean.
     *
     * @param type SD, SE or a 95 % confidence interval half-width
     * @param value its size (percentage points)
     */
    public record Spread(SpreadType type, double value) {

        /** {@return the half-width of the interval the simulated value should fall in (pp)} */
        public double halfWidth() {
            return switch (type) {
                case SD -> value;
                case SE -> 1.96 * value;
                case CI95 -> value;
            };
        }
    }

    /** How a spread was reported. */
    public enum SpreadType {
        /** Standard deviation of individual changes. */
        SD,
        /** Standard error of the mean change. */
        SE,
        /** Half-width of the 95 % confidence interval of the mean. */
        CI95
    }
}
