package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManPageTest {

    @Test
    void roffControlsInTextAreEscaped() {
        // A line starting with a dot or a quote would be read as a request; a backslash as an escape.
        assertThat(ManPage.escape(".TH x\n'y\\z -a")).isEqualTo("\\&.TH x\n\\&'y\\ez \\-a");
    }
}
