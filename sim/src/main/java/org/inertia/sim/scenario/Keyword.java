package org.inertia.sim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A closed vocabulary word as spelled in scenario files (kebab-case), implemented by the enums of
 * this package so that the reader, the writer and the command line share one spelling, and by the
 * command line's own option words.
 */
public interface Keyword {

    /** {@return the spelling used in scenario files and on the command line} */
    String keyword();

    /**
     * {@return other words people use for this constant ("high" for vigorous), in lower case: not
     * accepted, but suggested in place of a misspelling that happens to lie closer to another
     * constant ("high" is two edits from "light")}
     */
    default List<String> synonyms() {
        return List.of();
    }

    /**
     * Finds the constant of {@code type} spelled {@code word}.
     *
     * @param type the enum class
     * @param word the spelling to look up, case-sensitive
     * @param <E> the enum type
     * @return the constant, or empty when no constant has that spelling
     */
    static <E extends Enum<E> & Keyword> Optional<E> parse(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.keyword().equals(word))
                .findFirst();
    }

    /**
     * {@return every spelling of {@code type}, in declaration order}
     *
     * @param type the enum class
     * @param <E> the enum type
     */
    static <E extends Enum<E> & Keyword> List<String> keywords(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyword::keyword).toList();
    }
}
