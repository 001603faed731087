package org.inertia.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChartFormatTest {

    @Test
    void formatComesFromTheExtensionInAnyCase() {
        assertThat(ChartFormat.of(Path.of("out", "chart.png"))).contains(ChartFormat.PNG);
        assertThat(ChartFormat.of(Path.of("chart.SVG"))).contains(ChartFormat.SVG);
        assertThat(ChartFormat.of(Path.of("a.b.pdf"))).contains(ChartFormat.PDF);
    }

    @Test
    void unknownOrMissingExtensionHasNoFormat() {
        assertThat(ChartFormat.of(Path.of("chart.gif"))).isEmpty();
        assertThat(ChartFormat.of(Path.of("chart"))).isEmpty();
        assertThat(ChartFormat.of(Path.of("png"))).isEmpty();
        assertThat(ChartFormat.of(Path.of(""))).isEmpty();
    }

    @Test
    void extensionsAreListedForMessages() {
        assertThat(ChartFormat.extensions()).containsExactly(".png", ".svg", ".pdf");
    }
}
