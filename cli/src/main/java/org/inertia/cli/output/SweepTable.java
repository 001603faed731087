package org.inertia.cli.output;

import java.util.ArrayList;
import java.util.List;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.Sweep;
import org.inertia.sim.sweep.SweepAxis;

/**
 * A sweep as printed on the terminal: for one field, a row per value; for two, a matrix with the
 * first field's values down and the second's across when the second has at most {@value
 * #MATRIX_COLUMNS} values, else a row per grid point. Percentages have one decimal; days to
 * recover are whole days, "not back" where a run does not get back to 95 % within the scenario.
 */
public final class SweepTable {

    /** Most columns of a matrix, so that it fits a terminal. */
    public static final int MATRIX_COLUMNS = 12;

    private SweepTable() {}

    /**
     * {@return the sweep as text, a header line first, every line ending with a line break}
     *
     * @param sweep the sweep
     */
    public static String render(Sweep sweep) {
        List<SweepAxis> axes = sweep.axes();
        Readout readout = sweep.readout();
        double[][] v = sweep.values();
        String what = valueHeader(readout) + ", " + readout.measure().key();
        List<Double> first = axes.get(0).values();
        if (axes.size() == 2 && axes.get(1).values().size() <= MATRIX_COLUMNS) {
            List<Double> second = axes.get(1).values();
            List<String> header = new ArrayList<>();
            header.add(axes.get(0).field().path());
            for (double x : second) {
                header.add(NumberText.decimal(x));
            }
            TextTable table = new TextTable(header);
            for (int i = 0; i < first.size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(NumberText.decimal(first.get(i)));
                for (int j = 0; j < second.size(); j++) {
                    row.add(cell(sweep, i, j));
                }
                table.row(row);
            }
            return what + (sweep.hasBands() ? bandWords(readout) : "") + "; rows: "
                    + axes.get(0).field().path()
                    + ", columns: "
                    + axes.get(1).field().path() + "\n" + table.render();
        }
        List<String> header = new ArrayList<>();
        for (SweepAxis a : axes) {
            header.add(a.field().path());
        }
        header.add(valueHeader(readout)
                + (sweep.hasBands() ? (readout.isShare() ? " [95 % interval]" : " (median [band])") : ""));
        TextTable table = new TextTable(header);
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < v[i].length; j++) {
                List<String> row = new ArrayList<>();
                row.add(NumberText.decimal(first.get(i)));
                if (axes.size() == 2) {
                    row.add(NumberText.decimal(axes.get(1).values().get(j)));
                }
                row.add(cell(sweep, i, j));
                table.row(row);
            }
        }
        return what + ":\n" + table.render();
    }

    /** What a cell's figures are, after the outcome's name. */
    private static String bandWords(Readout readout) {
        return readout.isShare() ? ", share [95 % interval]" : ", median [band]";
    }

    /** A grid point's cell: the value, with its band when the sweep has one: "81.2 [79.0-83.4]". */
    private static String cell(Sweep sweep, int i, int j) {
        Readout.Kind kind = sweep.readout().kind();
        String v = value(sweep.value(i, j), kind);
        if (!sweep.hasBands()) {
            return v;
        }
        return v + " [" + value(sweep.lower(i, j), kind) + "-" + value(sweep.upper(i, j), kind) + "]";
    }

    /**
     * {@return where the outcome is lowest and highest: "Lowest 81.2 at phases[0].days=28; highest
     * 99.1 at phases[0].days=1"; empty when every run gives the same or no defined outcome}
     *
     * @param sweep the sweep
     */
    public static String extremes(Sweep sweep) {
        double[][] v = sweep.values();
        int[] lo = null;
        int[] hi = null;
        int undefined = 0;
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v[i].length; j++) {
                if (!Double.isFinite(v[i][j])) {
                    undefined++;
                } else {
                    if (lo == null || v[i][j] < v[lo[0]][lo[1]]) {
                        lo = new int[] {i, j};
                    }
                    if (hi == null || v[i][j] > v[hi[0]][hi[1]]) {
                        hi = new int[] {i, j};
                    }
                }
            }
        }
        // Runs not back within the scenario have no number; say how many, or the extremes mislead.
        String notBack = undefined == 0
                ? ""
                : "; " + undefined + (undefined == 1 ? " run is" : " runs are") + " not back within the scenario";
        if (lo == null || v[lo[0]][lo[1]] == v[hi[0]][hi[1]]) {
            return notBack.isEmpty()
                    ? ""
                    : notBack.substring(2, 3).toUpperCase(java.util.Locale.ROOT) + notBack.substring(3);
        }
        Readout.Kind kind = sweep.readout().kind();
        return "Lowest " + value(v[lo[0]][lo[1]], kind) + " at " + point(sweep, lo) + "; highest "
                + value(v[hi[0]][hi[1]], kind) + " at " + point(sweep, hi) + notBack;
    }

    /** "phases[0].days=7, subject.age=60". */
    private static String point(Sweep sweep, int[] ij) {
        StringBuilder sb = new StringBuilder();
        for (int a = 0; a < sweep.axes().size(); a++) {
            SweepAxis axis = sweep.axes().get(a);
            sb.append(a == 0 ? "" : ", ")
                    .append(axis.field().path())
                    .append('=')
                    .append(NumberText.decimal(axis.values().get(ij[a])));
        }
        return sb.toString();
    }

    /**
     * {@return the column header of an outcome: "End %", "Lowest %", "Days to recover", "Day 14 %"}
     *
     * @param readout the outcome
     */
    public static String valueHeader(Readout readout) {
        return switch (readout.kind()) {
            case END -> "End %";
            case LOWEST -> "Lowest %";
            case DAYS_TO_RECOVER -> "Days to recover";
            case ON_DAY -> "Day " + readout.day() + " %";
            case SHARE_RECOVERED -> "Back within " + readout.day() + " d (% of subjects)";
        };
    }

    /**
     * {@return an outcome as a cell: one decimal, whole days, or "not back"}
     *
     * @param v the outcome
     * @param kind what it is
     */
    public static String value(double v, Readout.Kind kind) {
        if (!Double.isFinite(v)) {
            return "not back";
        }
        return kind == Readout.Kind.DAYS_TO_RECOVER ? NumberText.whole(v) : NumberText.fixed(v, 1);
    }
}
