package org.inertia.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.NumberText;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.model.ActivityEffect;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Parameter;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.io.DidYouMean;
import org.inertia.sim.scenario.io.Excerpt;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inertia list}: the vocabulary of scenario files and of the model, as the simulation
 * library defines it (nothing here is a physiology constant of its own).
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        description = {
            "Lists what scenario files and options can name: activities, mobility levels, model"
                    + " presets, muscle groups, measures and model parameters.",
            "Without a SECTION, lists them all."
        })
public final class ListCommand implements Callable<Integer> {

    /** The sections, in the order printed. */
    enum Section {
        ACTIVITIES("activities"),
        MOBILITY("mobility"),
        PRESETS("presets"),
        GROUPS("groups"),
        MEASURES("measures"),
        PARAMETERS("parameters");

        private final String keyword;

        Section(String keyword) {
            this.keyword = keyword;
        }

        static List<String> keywords() {
            return Arrays.stream(values()).map(s -> s.keyword).toList();
        }
    }

    /** Completion candidates of SECTION. */
    static final class Sections implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Section.keywords().iterator();
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "SECTION",
            completionCandidates = Sections.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    private String section;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Section> sections = section == null ? List.of(Section.values()) : List.of(parse(section));
        boolean first = true;
        for (Section s : sections) {
            if (!first) {
                out.println();
            }
            first = false;
            switch (s) {
                case ACTIVITIES -> activities(out);
                case MOBILITY -> mobility(out);
                case PRESETS -> presets(out);
                case GROUPS -> groups(out);
                case MEASURES -> measures(out);
                case PARAMETERS -> parameters(out);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private Section parse(String word) {
        for (Section s : Section.values()) {
            if (s.keyword.equals(word)) {
                return s;
            }
        }
        throw new ParameterException(
                spec.commandLine(),
                "unknown section '" + Excerpt.of(word) + "' (" + DidYouMean.hintWithAllowed(word, Section.keywords())
                        + ")");
    }

    private static void activities(PrintWriter out) {
        out.println("Activities (phases[].exercise[].activity):");
        int width =
                width(Arrays.stream(Activity.values()).map(Activity::keyword).toList());
        for (Activity a : Activity.values()) {
            out.println("  " + pad(a.keyword(), width) + "  " + a.description());
            ActivityEffect effect = ActivityEffect.of(a);
            StringBuilder loads = new StringBuilder();
            for (MuscleGroup g : MuscleGroup.SIMULATED) {
                loads.append(loads.length() == 0 ? "" : ", ")
                        .append(g.key())
                        .append(' ')
                        .append(NumberText.plain(effect.usualLoad(g)));
            }
            StringBuilder mets = new StringBuilder();
            for (Intensity i : Intensity.values()) {
                mets.append(mets.length() == 0 ? "" : ", ")
                        .append(i.keyword())
                        .append(' ')
                        .append(NumberText.plain(effect.met(i)));
            }
            String indent = "  " + " ".repeat(width) + "  ";
            out.println(indent + "usual load (0-1; muscles: names its own): " + loads);
            out.println(indent + "MET: " + mets);
        }
    }

    private static void mobility(PrintWriter out) {
        out.println("Mobility (phases[].mobility):");
        int width =
                width(Arrays.stream(Mobility.values()).map(Mobility::keyword).toList());
        for (Mobility m : Mobility.values()) {
            out.println("  " + pad(m.keyword(), width) + "  " + m.description());
        }
    }

    private static void presets(PrintWriter out) {
        out.println("Presets (model:):");
        for (Preset p : Preset.values()) {
            out.println("  " + p.keyword() + ": " + p.title());
            out.println("      claim: " + p.claim());
            out.println("      population: " + p.population());
            out.println("      source: " + p.source());
        }
    }

    private static void groups(PrintWriter out) {
        out.println("Muscle groups:");
        int width =
                width(Arrays.stream(MuscleGroup.values()).map(MuscleGroup::key).toList());
        for (MuscleGroup g : MuscleGroup.values()) {
            out.println("  " + pad(g.key(), width) + "  " + g.label());
        }
    }

    private static void measures(PrintWriter out) {
        out.println("Measures (--measure), in % of baseline:");
        int width = width(Measure.all().stream().map(Measure::key).toList());
        for (Measure m : Measure.all()) {
            out.println("  " + pad(m.key(), width) + "  " + m.label());
        }
    }

    private static void parameters(PrintWriter out) {
        ModelParameters defaults = Preset.DEFAULT.parameters();
        out.println("Parameters (parameters:), with the values of the '" + Preset.DEFAULT.keyword() + "' preset:");
        for (Parameter p : Parameter.values()) {
            out.println("  " + p.key() + " = " + NumberText.plain(defaults.get(p)) + " " + p.unit() + " (range "
                    + NumberText.plain(p.min()) + " to " + NumberText.plain(p.max()) + ")");
            out.println("      " + p.description());
            out.println("      source: " + p.source());
        }
    }

    private static int width(List<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
