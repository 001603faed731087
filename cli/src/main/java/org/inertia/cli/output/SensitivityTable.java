package org.inertia.cli.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.inertia.sim.sweep.Sensitivity;

/**
 * A one-at-a-time sensitivity analysis as printed on the terminal: one row per parameter, in the
 * order given (largest swing first): its value, the lowered value and the outcome with it, the
 * raised value and the outcome with it, and the swing between the two outcomes in percentage
 * points. Parameters that change nothing say so.
 */
public final class SensitivityTable {

    private SensitivityTable() {}

    /**
     * {@return the table as text, every line ending with a line break}
     *
     * @param effects the effects, largest swing first
     * @param stepPercent the relative step (%), for the headers
     */
    public static String render(List<Sensitivity.Effect> effects, double stepPercent) {
        String step = NumberText.decimal(stepPercent);
        TextTable table = new TextTable(List.of(
                "Parameter", "Unit", "Base", "-" + step + " % -> outcome", "+" + step + " % -> outcome", "Swing (pp)"));
        for (Sensitivity.Effect e : effects) {
            List<String> row = new ArrayList<>();
            row.add(e.parameter().key());
            row.add(e.parameter().unit());
            row.add(NumberText.decimal(round(e.base())));
            row.add(NumberText.decimal(round(e.low())) + " -> " + percent(e.outcomeAtLow()));
            row.add(NumberText.decimal(round(e.high())) + " -> " + percent(e.outcomeAtHigh()));
            row.add(e.swing() < 0.0005 ? "no effect" : NumberText.fixed(e.swing(), 2));
            table.row(row);
        }
        return table.render();
    }

    /** Four significant digits: enough to tell the values apart, short enough to read. */
    private static double round(double v) {
        return new BigDecimal(v).round(new MathContext(4)).doubleValue();
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? NumberText.fixed(v, 2) : "not back";
    }
}
