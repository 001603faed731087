package org.inertia.cli.options;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.inertia.sim.measure.Measure;
import picocli.CommandLine.Option;

/** The {@code --measure} option of {@code run}: which measures to chart and export; repeatable. */
public final class MeasureOptions {

    @Option(
            names = {"-m", "--measure"},
            paramLabel = "MEASURE",
            converter = MeasureConverter.class,
            completionCandidates = MeasureConverter.class,
            description = {
                "A measure to chart and export, such as strength.knee_extensors or mass.overall;"
                        + " repeat for several lines on the chart ('inertia list measures' names them all).",
                "Default: the chart shows strength.overall; CSV and JSON hold every measure."
            })
    private List<Measure> measures = new ArrayList<>();

    /** {@return whether the user named measures} */
    public boolean given() {
        return !measures.isEmpty();
    }

    /** {@return the measures to chart: those named, or overall strength} */
    public List<Measure> forChart() {
        return given() ? named() : List.of(Measure.OVERALL_STRENGTH);
    }

    /**
     * {@return the measures to export: those named, or every measure}
     *
     * @param all every measure a trajectory holds
     */
    public List<Measure> forData(List<Measure> all) {
        return given() ? named() : all;
    }

    /** The named measures, each once, in the order first named. */
    private List<Measure> named() {
        return List.copyOf(new LinkedHashSet<>(measures));
    }
}
