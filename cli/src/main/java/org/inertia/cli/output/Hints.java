package org.inertia.cli.output;

import org.inertia.sim.evidence.MeasurementMessage;
import org.inertia.sim.evidence.MeasurementProblem;
import org.inertia.sim.scenario.io.ScenarioMessage;
import org.inertia.sim.scenario.io.ScenarioProblem;
import org.inertia.sim.sweep.SweepMessage;
import org.inertia.sim.sweep.SweepProblem;

/**
 * The command line's own advice on a problem the library reports: which {@code inertia list}
 * command names the allowed words. The library knows the allowed words but not the commands that
 * list them; this class adds them, by message key and field, to the problem's own hint:
 * {@code model: unknown value 'x' (did you mean 'y'?; 'inertia list presets' describes them)}.
 */
public final class Hints {

    private Hints() {}

    /**
     * {@return the command line's advice on a scenario problem, or empty}
     *
     * @param key the problem
     * @param field the field it concerns
     */
    public static String of(ScenarioMessage key, String field) {
        return key == ScenarioMessage.UNKNOWN_VALUE && field.equals("model")
                ? "'inertia list presets' describes them"
                : "";
    }

    /**
     * {@return the command line's advice on a measurement-file problem, or empty}
     *
     * @param key the problem
     * @param field the column it concerns
     */
    public static String of(MeasurementMessage key, String field) {
        return key == MeasurementMessage.UNKNOWN_MEASURE ? "'inertia list measures' lists them" : "";
    }

    /**
     * {@return the command line's advice on a sweep problem, or empty}
     *
     * @param key the problem
     * @param field the field it concerns
     */
    public static String of(SweepMessage key, String field) {
        return key == SweepMessage.UNKNOWN_PARAMETER ? "'inertia list parameters' lists them" : "";
    }

    /**
     * {@return the problem on one line, with the command line's advice after its own hint}
     *
     * @param p the problem
     */
    public static String line(ScenarioProblem p) {
        String hint = join(p.hint(), of(p.message(), p.field()));
        return new ScenarioProblem(p.file(), p.line(), p.column(), p.field(), p.message(), p.arguments(), hint)
                .format();
    }

    /**
     * {@return the problem on one line, with the command line's advice after its own hint}
     *
     * @param p the problem
     */
    public static String line(MeasurementProblem p) {
        String hint = join(p.hint(), of(p.message(), p.field()));
        return new MeasurementProblem(p.source(), p.line(), p.column(), p.field(), p.message(), p.arguments(), hint)
                .format();
    }

    /**
     * {@return the problem on one line, with the command line's advice after its own hint}
     *
     * @param p the problem
     */
    public static String line(SweepProblem p) {
        String hint = join(p.hint(), of(p.message(), p.field()));
        return new SweepProblem(p.field(), p.message(), p.arguments(), hint).format();
    }

    private static String join(String own, String more) {
        return more.isEmpty() ? own : own.isEmpty() ? more : own + "; " + more;
    }

    /**
     * {@return a measurement file's problems, each on one line with the command line's hints;
     * problems without a key as they are}
     *
     * @param e what the reader found
     */
    public static java.util.List<String> lines(org.inertia.sim.evidence.MeasurementException e) {
        return e.details().isEmpty()
                ? e.problems()
                : e.details().stream().map(Hints::line).toList();
    }
}
