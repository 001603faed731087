package org.inertia.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The progress bar driven by a fake clock (nanoseconds), so that it draws: every expected line is
 * written out by hand from the format in {@link ProgressBar}'s javadoc, a 24-character bar whose
 * filled part is the rounded share of 24, the floored percentage right-aligned in three
 * characters, and the time left estimated as {@code elapsed · (1 − f) / f}.
 */
class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);
    private final AtomicLong nanos = new AtomicLong();

    private ProgressBar bar(String label, long total) {
        return new ProgressBar(err, label, total, nanos::get);
    }

    /** The redraws so far, each the text between two carriage returns. */
    private List<String> draws() {
        String[] parts = text.toString().split("\r", -1);
        return new ArrayList<>(Arrays.asList(parts).subList(1, parts.length));
    }

    @Test
    void quickWorkPrintsNothing() {
        try (ProgressBar bar = bar("Simulating", 100)) {
            nanos.set(ProgressBar.DELAY_NANOS - 1);
            bar.advanceTo(100);
        }

        assertThat(text.toString()).isEmpty();
    }

    @Test
    void slowWorkIsDrawnInPlaceAndErasedAtTheEnd() {
        ProgressBar bar = bar("Simulating", 1000);
        nanos.set(ProgressBar.DELAY_NANOS);
        // 25 %: 6 of 24 filled; 0.5 s for a quarter leaves 1.5 s, rounded to 2.
        bar.advanceTo(250);
        nanos.addAndGet(50_000_000L); // too soon to redraw (every 0.1 s at most)
        bar.advanceTo(300);
        nanos.addAndGet(200_000_000L);
        // 50 %: 12 of 24 filled; 0.75 s for half leaves 0.75 s, rounded to 1.
        bar.advanceTo(500);

        assertThat(text.toString())
                .isEqualTo("\rSimulating [######                  ]  25 %  about 2 s left"
                        + "\rSimulating [############            ]  50 %  about 1 s left");
        assertThat(bar.shown()).isTrue();

        bar.close();

        // Erased: the last line's width in spaces, between carriage returns.
        String drawn = "Simulating [############            ]  50 %  about 1 s left";
        assertThat(text.toString()).endsWith(drawn + "\r" + " ".repeat(drawn.length()) + "\r");
        assertThat(bar.shown()).isFalse();
    }

    @Test
    void longWorkIsEstimatedInMinutesAndOnlyOnceThereIsSomethingToGoOn() {
        ProgressBar bar = bar("Simulating 100,000 subjects", 1000);
        nanos.set(60 * SECOND);
        // 1 %: 0.24 of a character rounds to none; no estimate below 2 % done.
        bar.advanceTo(10);
        nanos.set(120 * SECOND);
        // 10 % in 120 s leaves 1,080 s: 18 min.
        bar.advanceTo(100);

        assertThat(draws())
                .containsExactly(
                        "Simulating 100,000 subjects [                        ]   1 %",
                        "Simulating 100,000 subjects [##                      ]  10 %  about 18 min left");
    }

    @Test
    void theLastStepIsDrawnEvenRightAfterARedrawAndPadsOverTheLongerLine() {
        ProgressBar bar = bar("Simulating", 4);
        nanos.set(10 * SECOND);
        bar.advanceTo(1);
        nanos.addAndGet(1); // far less than 0.1 s later
        bar.advanceTo(4);

        String first = "Simulating [######                  ]  25 %  about 30 s left";
        String last = "Simulating [########################] 100 %";
        assertThat(draws()).containsExactly(first, last + " ".repeat(first.length() - last.length()));
    }

    @Test
    void partsCountFromTheirOffset() {
        ProgressBar bar = bar("Two scenarios", 200);
        nanos.set(ProgressBar.DELAY_NANOS);

        bar.part(100).accept(50);

        // 150 of 200: 18 of 24 filled; 0.5 s for three quarters leaves 0.17 s, under a second.
        assertThat(draws()).containsExactly("Two scenarios [##################      ]  75 %");
    }

    @Test
    void progressBeyondTheTotalIsShownAsDone() {
        ProgressBar bar = bar("Simulating", 10);
        nanos.set(ProgressBar.DELAY_NANOS);

        bar.advanceTo(25);

        assertThat(draws()).containsExactly("Simulating [########################] 100 %");
    }

    @Test
    void manyThreadsAdvancingTogetherDrawWholeLines() throws InterruptedException {
        ProgressBar bar = bar("Simulating", 4000);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    long done = nanos.addAndGet(ProgressBar.DELAY_NANOS / 100) / (ProgressBar.DELAY_NANOS / 100);
                    bar.advanceTo(done);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }

        assertThat(draws())
                .isNotEmpty()
                .allMatch(line -> line.matches("Simulating \\[#* *\\] +\\d{1,3} %(  about \\d+ (s|min) left)? *"))
                .allMatch(line -> line.indexOf(']') == "Simulating [".length() + 24);
        assertThat(draws().get(draws().size() - 1)).startsWith("Simulating [########################] 100 %");
    }
}
