package org.inertia.sim.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrintableTextTest {

    /** The nine characters Unicode Technical Standard 55 and CVE-2021-42574 name, and the invisible ones. */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(
            strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "200B", "2060", "FEFF"})
    void reorderingAndInvisibleCharactersAreRefusedWithTheirPlace(String hex) {
        String text = "Walk" + Character.toString(Integer.parseInt(hex, 16)) + "ing";

        assertThat(PrintableText.problem(text, false))
                .hasValueSatisfying(p -> assertThat(p).startsWith("its 5th character is U+" + hex + ", a"));
        assertThat(PrintableText.problem(text, true)).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Bed rest, then walking 20 min",
                "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u062f", // Persian, with a zero width non-joiner
                "\ud83d\udc69\u200d\u2695\ufe0f nurse", // an emoji joined by a zero width joiner
                "\u05e9\u05db\u05d9\u05d1\u05d4 \u200f(7 \u05d9\u05de\u05d9\u05dd)", // Hebrew with a right-to-left mark
                "tab\there"
            })
    void writingInAnyScriptIsAllowed(String text) {
        assertThat(PrintableText.problem(text, false)).isEmpty();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0007", "001B", "007F", "0085", "FFFE", "FDD0"})
    void controlCharactersAndNoncharactersAreRefusedAsBefore(String hex) {
        assertThat(PrintableText.problem("a" + Character.toString(Integer.parseInt(hex, 16)), false))
                .hasValueSatisfying(p -> assertThat(p).startsWith("its 2nd character is U+" + hex));
    }

    @org.junit.jupiter.api.Test
    void aLineBreakBelongsInADescriptionOnly() {
        assertThat(PrintableText.problem("one\ntwo", true)).isEmpty();
        assertThat(PrintableText.problem("one\ntwo", false))
                .contains("its 4th character is U+000A, a control character");
        assertThat(PrintableText.problem("a\ud800", false))
                .contains("its 2nd character is U+D800, a surrogate without its pair");
    }
}
