package org.inertia.cli.options;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.inertia.sim.scenario.io.DidYouMean;
import org.inertia.sim.scenario.io.Excerpt;
import org.inertia.sim.sweep.Readout;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an {@code --outcome} value, one of the {@link Readout.Kind} keywords ({@code end},
 * {@code lowest}, {@code days-to-recover}, {@code day}); also lists them for completion and help.
 */
public final class OutcomeConverter implements ITypeConverter<Readout.Kind>, Iterable<String> {

    @Override
    public Readout.Kind convert(String value) {
        for (Readout.Kind k : Readout.Kind.values()) {
            if (k.keyword().equals(value.strip())) {
                return k;
            }
        }
        throw new TypeConversionException(
                "unknown outcome '" + Excerpt.of(value) + "' (" + DidYouMean.hintWithAllowed(value, keywords()) + ")");
    }

    @Override
    public Iterator<String> iterator() {
        return keywords().iterator();
    }

    private static List<String> keywords() {
        return Arrays.stream(Readout.Kind.values()).map(Readout.Kind::keyword).toList();
    }
}
