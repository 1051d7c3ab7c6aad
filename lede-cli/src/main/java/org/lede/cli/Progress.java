package org.lede.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The standard-error side of a run over many articles: how far it is (done/total, articles per second,
 * time left) and the notes about single articles. On a terminal the progress line is redrawn in place;
 * into a log it is written as a line every few seconds. Notes may come from any thread.
 */
final class Progress {
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long LOG_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private final LongSupplier clock;
    private final long started;
    private int done;
    private long lastShown;
    private int shownWidth;

    /** @param total how many articles there are, or -1 when that is not known (an archive streams in) */
    Progress(PrintWriter err, boolean terminal, int total) {
        this(err, terminal, total, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} counts them */
    Progress(PrintWriter err, boolean terminal, int total, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastShown = started;
    }

    /** Prints one line, keeping the progress line below it. */
    synchronized void note(String line) {
        clear();
        err.println(line);
        err.flush();
    }

    synchronized void advance() {
        done++;
        long now = clock.getAsLong();
        if (now - lastShown >= (terminal ? REDRAW_NANOS : LOG_NANOS)) {
            show(now);
        }
    }

    /**
     * Shows a line of its own in the progress line's place (a long article's stages): redrawn on a terminal,
     * written out into a log. The next article done brings the count back.
     */
    synchronized void status(String line) {
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
            shownWidth = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Takes the progress line away, before output that shares the terminal or the summary. */
    synchronized void hide() {
        clear();
    }

    private void show(long now) {
        status(status(now));
        lastShown = now;
    }

    /** Flushed at once: the output written next goes to another stream and must not land on the line. */
    private void clear() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }

    private String status(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        if (total < 0) {
            return String.format("lede: %d articles, %.1f articles/s", done, rate);
        }
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        return String.format("lede: %d/%d articles, %.1f articles/s, ETA %d:%02d", done, total, rate,
                left / 60, left % 60);
    }
}
