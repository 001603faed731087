package org.inertia.cli.options;

import java.util.List;
import java.util.Optional;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.measure.MuscleGroup;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.scenario.io.Excerpt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --facet groups} on the commands that draw trajectories ({@code run}, {@code compare}): one
 * panel per muscle group instead of one line for the mean of the five, which can hide the loss of
 * one group (a brace costs the back, a cast one leg). The panels are of one outcome, strength or
 * muscle mass, chosen with {@code --measure strength.overall} or {@code mass.overall}; naming a
 * single group is refused, since the panels are every group.
 */
public final class FacetOptions {

    /** How a chart can be split into panels. */
    public enum Facet {
        /** One panel per simulated muscle group. */
        GROUPS("groups");

        private final String word;

        Facet(String word) {
            this.word = word;
        }

        /** {@return the word on the command line} */
        public String word() {
            return word;
        }
    }

    @Option(
            names = "--facet",
            paramLabel = "groups",
            converter = FacetConverter.class,
            description = "groups: one panel per muscle group (knee extensors, plantar flexors, trunk extensors,"
                    + " trunk flexors, handgrip) on one value scale with one legend, for strength, or for muscle"
                    + " mass with --measure mass.overall (with --chart).")
    private Facet facet;

    /** {@return whether {@code --facet} was given} */
    public boolean given() {
        return facet != null;
    }

    /**
     * Checks {@code --facet} against the other options and gives the outcome the panels show.
     *
     * @param chartRequested whether {@code --chart} was given
     * @param named the measures named with {@code --measure}, empty when none
     * @return the outcome of the panels; empty when {@code --facet} was not given
     * @throws UserInputException (exit 2) when there is no chart or the measures name a group
     */
    public Optional<Outcome> check(boolean chartRequested, List<Measure> named) throws UserInputException {
        if (facet == null) {
            return Optional.empty();
        }
        if (!chartRequested) {
            throw new UserInputException("--facet applies to a chart; add --chart FILE.png (or .svg, .pdf)");
        }
        if (named.size() > 1
                || named.size() == 1
                        && (!named.get(0).ofMuscle() || !named.get(0).group().isComposite())) {
            String keys = String.join(", ", named.stream().map(Measure::key).toList());
            throw new UserInputException("--facet groups draws every muscle group of one outcome, so --measure " + keys
                    + " does not fit; give --measure strength.overall or mass.overall, or leave --measure out");
        }
        return Optional.of(named.isEmpty() ? Outcome.STRENGTH : named.get(0).outcome());
    }

    /**
     * {@return the measures the panels show, one per simulated group, in panel order}
     *
     * @param outcome strength or muscle mass
     */
    public static List<Measure> panels(Outcome outcome) {
        return MuscleGroup.SIMULATED.stream().map(g -> new Measure(outcome, g)).toList();
    }

    /** Reads the one word {@code --facet} takes. */
    public static final class FacetConverter implements ITypeConverter<Facet> {
        @Override
        public Facet convert(String value) {
            for (Facet f : Facet.values()) {
                if (f.word.equals(value.strip())) {
                    return f;
                }
            }
            throw new TypeConversionException(
                    "'" + Excerpt.of(value) + "': the only facet is 'groups'" + " (one panel per muscle group)");
        }
    }
}
