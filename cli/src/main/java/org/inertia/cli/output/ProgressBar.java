package org.inertia.cli.output;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on the terminal, redrawn in place with a carriage return:
 * {@code Simulating 100,000 subjects [##########          ]  50 %  about 4 s left} (the estimate
 * once there is one and while a second or more is left). It appears only
 * once the work has taken {@link #DELAY_NANOS} (half a second), so quick runs print nothing, is
 * redrawn at most ten times a second, and is erased when closed. A disabled bar ({@link #off()})
 * prints nothing at all: commands disable it when the error stream is not a terminal or the
 * user asked for {@code --quiet}, so pipes, logs and tests stay clean.
 *
 * <p>{@link #advanceTo} may be called from several threads.
 */
public final class ProgressBar implements AutoCloseable {

    /** How long work runs before the bar appears (ns). */
    public static final long DELAY_NANOS = 500_000_000L;

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private int drawnWidth;

    ProgressBar(PrintWriter err, String label, long total, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
        this.clock = clock;
        this.start = err == null ? 0 : clock.getAsLong();
    }

    /**
     * {@return a bar that draws on {@code err}}
     *
     * @param err the terminal's error stream
     * @param label what is being done, such as "Simulating 1,000 subjects"
     * @param total the amount of work, in the units {@link #advanceTo} counts
     */
    public static ProgressBar on(PrintWriter err, String label, long total) {
        return new ProgressBar(err, TerminalText.oneLine(label), total, System::nanoTime);
    }

    /** {@return a bar that never draws} */
    public static ProgressBar off() {
        return new ProgressBar(null, "", 1, () -> 0L);
    }

    /**
     * Records progress, redrawing the bar when it is due.
     *
     * @param done the work done so far, 0 to the total
     */
    public synchronized void advanceTo(long done) {
        if (err == null) {
            return;
        }
        long now = clock.getAsLong();
        long elapsed = now - start;
        boolean drawnRecently = drawnWidth > 0 && now - lastDraw < REDRAW_NANOS;
        if (elapsed < DELAY_NANOS || (drawnRecently && done < total)) {
            return;
        }
        lastDraw = now;
        double fraction = Math.min(1.0, Math.max(0.0, (double) done / total));
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        StringBuilder line = new StringBuilder(label)
                .append(" [")
                .append("#".repeat(filled))
                .append(" ".repeat(BAR_WIDTH - filled))
                .append("] ")
                .append(String.format(Locale.ROOT, "%3d %%", (int) Math.floor(fraction * 100)));
        long leftSeconds = fraction > 0.02 ? Math.round(elapsed * (1 - fraction) / fraction / 1e9) : 0;
        if (leftSeconds >= 1) {
            line.append("  about ")
                    .append(leftSeconds < 60 ? leftSeconds + " s" : (leftSeconds + 30) / 60 + " min")
                    .append(" left");
        }
        String text = line.toString();
        // Pad over a longer previous line, so no stale characters remain at its end.
        err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
        err.flush();
        drawnWidth = text.length();
    }

    /**
     * {@return a listener for one part of the work, which starts after {@code offset} units
     * already done; for a library call that counts from zero, such as one scenario of several}
     *
     * @param offset the work done before this part
     */
    public IntConsumer part(long offset) {
        return done -> advanceTo(offset + done);
    }

    /** {@return whether the bar has been drawn} */
    public synchronized boolean shown() {
        return drawnWidth > 0;
    }

    /** Erases the bar, if it was drawn, so that what follows starts on a clean line. */
    @Override
    public synchronized void close() {
        if (err != null && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
