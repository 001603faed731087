package org.inertia.cli.options;

import java.util.Iterator;
import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.scenario.io.DidYouMean;
import org.inertia.sim.scenario.io.Excerpt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --measure} value such as {@code strength.knee_extensors} with {@link
 * Measure#parse}; an unknown name is a usage error that names the closest measure. Also the
 * completion candidates of the option: every {@link Measure#all()} key.
 */
public final class MeasureConverter implements ITypeConverter<Measure>, Iterable<String> {

    @Override
    public Measure convert(String value) {
        return Measure.parse(value.strip())
                .orElseThrow(() -> new TypeConversionException("unknown measure '" + Excerpt.of(value) + "' ("
                        + DidYouMean.closest(value.strip(), keys())
                                .map(c -> "did you mean '" + c + "'? ")
                                .orElse("")
                        + "'inertia list measures' lists them)"));
    }

    @Override
    public Iterator<String> iterator() {
        return keys().iterator();
    }

    /** {@return the key of every measure, in {@link Measure#all()} order} */
    public static List<String> keys() {
        return Measure.all().stream().map(Measure::key).toList();
    }
}
