package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void quickWorkPrintsNothing() {
        try (ProgressBar bar = new ProgressBar(err, "Simulating", 100, nanos::get)) {
            nanos.set(ProgressBar.DELAY_NANOS - 1);
            bar.advanceTo(100);
        }

        assertThat(text.toString()).isEmpty();
    }

    @Test
    void slowWorkIsDrawnInPlaceAndErasedAtTheEnd() {
        ProgressBar bar = new ProgressBar(err, "Simulating", 1000, nanos::get);
        nanos.set(ProgressBar.DELAY_NANOS);
        bar.advanceTo(250);
        nanos.addAndGet(50_000_000L); // too soon to redraw
        bar.advanceTo(300);
        nanos.addAndGet(200_000_000L);
        bar.advanceTo(500);

        String drawn = text.toString();
        assertThat(drawn).startsWith("\rSimulating [######                  ]  25 %  about 2 s left");
        assertThat(drawn).contains("\rSimulating [############            ]  50 %  about 1 s left");
        assertThat(drawn).doesNotContain(" 30 %");
        assertThat(bar.shown()).isTrue();

        bar.close();

        assertThat(text.toString()).endsWith("\r" + " ".repeat(drawn.length() - drawn.lastIndexOf('\r') - 1) + "\r");
        assertThat(bar.shown()).isFalse();
    }

    @Test
    void partsCountFromTheirOffset() {
        ProgressBar bar = new ProgressBar(err, "Two scenarios", 200, nanos::get);
        nanos.set(ProgressBar.DELAY_NANOS);

        bar.part(100).accept(100);

        assertThat(text.toString()).contains("100 %");
    }

    @Test
    void aBarThatIsOffNeverPrints() {
        ProgressBar bar = ProgressBar.off();

        bar.advanceTo(1);
        bar.part(0).accept(5);
        bar.close();

        assertThat(bar.shown()).isFalse();
    }
}
