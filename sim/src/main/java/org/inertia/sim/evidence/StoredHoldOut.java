package org.inertia.sim.evidence;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.inertia.sim.measure.Family;

/**
 * The leave-one-study-out error of the shipped calibration, stored beside the evidence by {@code
 * CalibrationUpdate} (the hold-out refits the model once per study, a minute or two, too long to
 * run for a report): the honest figure for a study the model has not seen. A test keeps it equal to
 * a fresh hold-out of the shipped evidence.
 */
public final class StoredHoldOut {

    /** The resource, beside {@code studies.csv}. */
    public static final String RESOURCE = "default-holdout.csv";

    /**
     * The error over a set of held-out figures.
     *
     * @param figures how many figures
     * @param rootMeanSquareErrorPp root-mean-square error (percentage points)
     * @param meanSignedErrorPp mean of model minus published (percentage points)
     */
    public record Error(int figures, double rootMeanSquareErrorPp, double meanSignedErrorPp) {}

    private static final Map<Family, StoredHoldOut> STORED = new EnumMap<>(Family.class);

    private final Error overall;
    private final Map<EvidenceCategory, Error> byCategory;

    private StoredHoldOut(Error overall, Map<EvidenceCategory, Error> byCategory) {
        this.overall = overall;
        this.byCategory = Collections.unmodifiableMap(byCategory);
    }

    /** {@return the muscle hold-out error stored with the shipped calibration} */
    public static StoredHoldOut shipped() {
        return shipped(Family.MUSCLE);
    }

    /**
     * {@return the hold-out error of a family stored with the shipped calibration}
     *
     * @param family the family
     */
    public static synchronized StoredHoldOut shipped(Family family) {
        return STORED.computeIfAbsent(family, f -> load(resource(f)));
    }

    /**
     * {@return the resource holding a family's hold-out error: {@value #RESOURCE} for muscle,
     * {@code <family>-holdout.csv} for the others}
     *
     * @param family the family
     */
    public static String resource(Family family) {
        return family == Family.MUSCLE ? RESOURCE : family.key() + "-holdout.csv";
    }

    /** {@return the error over every figure} */
    public Error overall() {
        return overall;
    }

    /** {@return the error per design category} */
    public Map<EvidenceCategory, Error> byCategory() {
        return byCategory;
    }

    /**
     * {@return a hold-out as the resource stores it: {@code category,figures,rmse_pp,signed_pp}, the
     * overall row first, named {@code all}}
     *
     * @param holdOut a leave-one-study-out run
     */
    public static String csv(Calibration.HoldOut holdOut) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Leave-one-study-out error of the default calibration (CalibrationUpdate); never edit by hand.\n");
        sb.append("category,figures,rmse_pp,signed_pp\n");
        row(sb, "all", holdOut.overall());
        for (EvidenceCategory c : EvidenceCategory.values()) {
            row(sb, c.keyword(), holdOut.byCategory().get(c));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, EvidenceReport.Statistics s) {
        sb.append(name)
                .append(',')
                .append(s.count())
                .append(',')
                .append(String.format(Locale.ROOT, "%.2f", s.rootMeanSquareErrorPp()))
                .append(',')
                .append(String.format(Locale.ROOT, "%.2f", s.meanSignedErrorPp()))
                .append('\n');
    }

    private static StoredHoldOut load(String resource) {
        Error overall = null;
        Map<EvidenceCategory, Error> byCategory = new EnumMap<>(EvidenceCategory.class);
        for (String line : EvidenceSet.resource(resource).split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("category,")) {
                continue;
            }
            String[] f = line.strip().split(",", -1);
            Error e = new Error(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
            if (f[0].equals("all")) {
                overall = e;
            } else {
                byCategory.put(EvidenceCategory.fromKeyword(f[0]), e);
            }
        }
        if (overall == null) {
            throw new IllegalStateException(resource + ": no row 'all'");
        }
        return new StoredHoldOut(overall, byCategory);
    }
}
