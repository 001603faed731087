package org.inertia.cli.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.inertia.sim.evidence.SubjectFits;
import org.inertia.sim.parameters.Parameter;

/**
 * Writes the fitted parameters of {@code inertia fit --csv} in long form (issue 14), with the
 * header {@value #HEADER}: one row per subject and fitted parameter, in the file's order of
 * subjects, so that the between-subject spread can be taken up in R or pandas.
 */
public final class FitCsv {

    /** The header. */
    public static final String HEADER = "subject,parameter,value,standard_error,unit,status";

    private FitCsv() {}

    /**
     * Writes the CSV. {@code subject} is the id of the file's {@code subject} column, empty for a
     * file without one; {@code value} is the fitted value (ten significant digits), {@code
     * standard_error} its standard error, empty when the measurements do not determine the
     * parameter; {@code status} says whether the value is an estimate, and if not the first reason
     * why: {@code estimate}, {@code not-converged} (where the optimizer stopped), {@code at-bound}
     * (an end of the parameter's range stopped the fit), {@code stalled} (the fit took it where the
     * measurements no longer depend on it), {@code not-determined} (no measurement depends on it:
     * the starting value) or {@code other-at-bound} (another parameter of the fit stopped at its
     * range or stalled, so this value is not an estimate either).
     *
     * @param fits each subject's fit, in order
     * @param free the fitted parameters, in order
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(List<SubjectFits.SubjectFit> fits, List<Parameter> free, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(HEADER);
        w.write('\n');
        for (SubjectFits.SubjectFit f : fits) {
            String subject = CsvWriter.field(f.subject());
            List<Parameter> atBounds = f.result().atBounds();
            for (Parameter p : free) {
                double se = f.result().standardErrors().get(p);
                w.write(subject);
                w.write(',');
                w.write(CsvWriter.field(p.key()));
                w.write(',');
                w.write(NumberText.decimal(f.result().estimates().get(p)));
                w.write(',');
                w.write(f.result().determined(p) ? NumberText.decimal(se) : "");
                w.write(',');
                w.write(CsvWriter.field(p.unit()));
                w.write(',');
                w.write(status(f, p, atBounds));
                w.write('\n');
            }
        }
        w.flush();
    }

    /** {@return the status column: whether a value is an estimate, and if not, why} */
    static String status(SubjectFits.SubjectFit f, Parameter p, List<Parameter> atBounds) {
        if (!f.result().converged()) {
            return "not-converged";
        }
        if (atBounds.contains(p)) {
            return "at-bound";
        }
        if (f.result().stalled().contains(p)) {
            return "stalled";
        }
        if (!f.result().determined(p)) {
            return "not-determined";
        }
        // Another parameter at its bound (or stalled) makes this one's value conditional on it, not an estimate.
        return atBounds.isEmpty() && f.result().stalled().isEmpty() ? "estimate" : "other-at-bound";
    }
}
