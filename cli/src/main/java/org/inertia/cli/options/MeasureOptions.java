package org.inertia.cli.options;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.inertia.sim.measure.Measure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --measure} option, declared once for every command that takes it: {@code run} charts
 * and exports every measure named ({@link #forChart}, {@link #forData}); {@code compare}, {@code
 * report}, {@code sweep} and {@code sensitivity} take one ({@link #single}) and refuse several as
 * a usage error. What the option means to each command is its help text, in {@code
 * MeasureOptions.properties} under the command's name ({@code inertia.compare.measure}).
 */
@Command(resourceBundle = "org.inertia.cli.options.MeasureOptions")
public final class MeasureOptions {

    private static final String LONG_NAME = "--measure";
    private static final String LABEL = "MEASURE";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(
            names = {"-m", LONG_NAME},
            paramLabel = LABEL,
            converter = MeasureConverter.class,
            completionCandidates = MeasureConverter.class,
            descriptionKey = "measure",
            description = "A measure, such as strength.knee_extensors or mass.overall ('inertia list measures'"
                    + " names them all); default: strength.overall.")
    private List<Measure> measures = new ArrayList<>();

    /** {@return whether the user named measures} */
    public boolean given() {
        return !measures.isEmpty();
    }

    /** {@return the measures named, each once, in the order first named; empty when none} */
    public List<Measure> all() {
        return List.copyOf(new LinkedHashSet<>(measures));
    }

    /** {@return the measures to chart: those named, or overall strength} */
    public List<Measure> forChart() {
        return given() ? all() : List.of(Measure.OVERALL_STRENGTH);
    }

    /**
     * {@return the measures to export: those named, or every muscle measure (aerobic capacity and
     * bone density are exported when named, so that files written before they existed keep their
     * columns)}
     *
     * @param every every measure a trajectory holds
     */
    public List<Measure> forData(List<Measure> every) {
        return given() ? all() : every.stream().filter(Measure::ofMuscle).toList();
    }

    /**
     * The one measure of a command that reads one; call it before anything else, so that giving
     * several fails as a usage error would at parsing.
     *
     * @return the measure named, or empty when none
     * @throws ParameterException (exit 2) when the option was given more than once
     */
    public Optional<Measure> single() {
        if (measures.size() > 1) {
            throw new ParameterException(
                    command.commandLine(), "option '" + LONG_NAME + "' (" + LABEL + ") should be specified only once");
        }
        return measures.stream().findFirst();
    }
}
