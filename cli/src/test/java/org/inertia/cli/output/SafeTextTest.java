package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void wellFormedKeepsTabsAndLineBreaksAndReplacesWhatXmlAndUtf8CannotCarryIssue12() {
        assertThat(SafeText.wellFormed("a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
        assertThat(SafeText.wellFormed("\u0000\u0001\u001f")).isEqualTo("\uFFFD\uFFFD\uFFFD");
        assertThat(SafeText.wellFormed("\uFFFE\uFFFF\uFDD0\uFDEF\uFDCF\uFDF0"))
                .isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD\uFDCF\uFDF0");
        assertThat(SafeText.wellFormed("\uD83F\uDFFE \uDBFF\uDFFF")).isEqualTo("\uFFFD \uFFFD");
        assertThat(SafeText.wellFormed("\uD800 \uDC00 \uDCAA\uD83D")).isEqualTo("\uFFFD \uFFFD \uFFFD\uFFFD");
        assertThat(SafeText.wellFormed("\uD83D\uDCAA \u00e9 \u0085 \u202E"))
                .isEqualTo("\uD83D\uDCAA \u00e9 \u0085 \u202E");
        String plain = "nothing to replace";
        assertThat(SafeText.wellFormed(plain)).isSameAs(plain);
    }

    @Test
    void labelIsOneLineWithoutControlsOrReorderingIssue12() {
        assertThat(SafeText.label("a\tb\nc\rd")).isEqualTo("a b c d");
        assertThat(SafeText.label("del\u007f c1\u0085 \u2028\u2029")).isEqualTo("del\uFFFD c1\uFFFD \uFFFD\uFFFD");
        assertThat(SafeText.label("\u202Eevil\u202C \u2066x\u2069")).isEqualTo("\uFFFDevil\uFFFD \uFFFDx\uFFFD");
        assertThat(SafeText.label("lone \uD800")).isEqualTo("lone \uFFFD");
        assertThat(SafeText.label("\u05e9\u05dc\u05d5\u05dd \uD83D\uDCAA"))
                .isEqualTo("\u05e9\u05dc\u05d5\u05dd \uD83D\uDCAA");
    }

    @Test
    void noncharactersAreTheSixtySixOfTheStandardIssue12() {
        int count = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (SafeText.isNoncharacter(cp)) {
                count++;
            }
        }
        assertThat(count).isEqualTo(66);
    }
}
