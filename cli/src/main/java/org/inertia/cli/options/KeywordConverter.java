package org.inertia.cli.options;

import java.util.Iterator;
import org.inertia.sim.scenario.Keyword;
import org.inertia.sim.scenario.io.DidYouMean;
import org.inertia.sim.scenario.io.Excerpt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option's closed vocabulary, an enum whose constants carry their command-line spelling
 * ({@link Keyword}), and lists the spellings for completion and help. An unknown word is refused
 * with the word quoted shortened and the nearest spelling, in one line.
 *
 * @param <E> the enum
 */
abstract class KeywordConverter<E extends Enum<E> & Keyword> implements ITypeConverter<E>, Iterable<String> {

    private final Class<E> type;
    private final String what;

    /**
     * @param type the enum
     * @param what what a word names, for the error: "unknown WHAT 'word'"
     */
    KeywordConverter(Class<E> type, String what) {
        this.type = type;
        this.what = what;
    }

    @Override
    public E convert(String value) {
        return Keyword.parse(type, value)
                .orElseThrow(() -> new TypeConversionException("unknown " + what + " '" + Excerpt.of(value) + "' ("
                        + DidYouMean.hintWithAllowed(value, Keyword.keywords(type)) + ")"));
    }

    @Override
    public Iterator<String> iterator() {
        return Keyword.keywords(type).iterator();
    }
}
