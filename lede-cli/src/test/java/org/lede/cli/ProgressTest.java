package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong(1_000);

    private void after(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    @Test
    void intoALogItWritesALineEveryFewSecondsWithRateAndTimeLeft() {
        Progress progress = new Progress(new PrintWriter(err), false, 100, now::get);

        progress.advance();
        assertThat(err.toString()).as("not after a moment").isEmpty();
        after(10);
        progress.advance();

        assertThat(err.toString()).isEqualTo("lede: 2/100 articles, 0.2 articles/s, ETA 8:10" + System.lineSeparator());
    }

    @Test
    void onATerminalItRedrawsOneLineAndClearsItForNotes() {
        Progress progress = new Progress(new PrintWriter(err), true, 10, now::get);

        after(1);
        progress.advance();
        after(1);
        progress.advance();
        progress.note("lede: b.txt: empty; nothing to analyse");

        String line1 = "lede: 1/10 articles, 1.0 articles/s, ETA 0:09";
        String line2 = "lede: 2/10 articles, 1.0 articles/s, ETA 0:08";
        assertThat(err.toString()).isEqualTo("\r" + line1 + "\r" + line2 + "\r" + " ".repeat(line2.length()) + "\r"
                + "lede: b.txt: empty; nothing to analyse" + System.lineSeparator());
    }

    @Test
    void aLineOfItsOwnTakesTheProgressLinesPlaceOnATerminalAndIsWrittenOutIntoALog() {
        Progress onTerminal = new Progress(new PrintWriter(err), true, 1, now::get);
        onTerminal.status("lede: book.txt (9,000,000 characters): 2/9 stages done (EntityRecognizer), 0:03");
        onTerminal.status("lede: book.txt (9,000,000 characters): 3/9 stages done (X), 0:08");
        onTerminal.hide();
        String longer = "lede: book.txt (9,000,000 characters): 2/9 stages done (EntityRecognizer), 0:03";
        String shorter = "lede: book.txt (9,000,000 characters): 3/9 stages done (X), 0:08";
        assertThat(err.toString()).isEqualTo("\r" + longer + "\r" + shorter
                + " ".repeat(longer.length() - shorter.length()) + "\r" + " ".repeat(shorter.length()) + "\r");

        StringWriter log = new StringWriter();
        Progress intoLog = new Progress(new PrintWriter(log), false, 1, now::get);
        intoLog.status(shorter);
        assertThat(log.toString()).isEqualTo(shorter + System.lineSeparator());
    }

    @Test
    void hidingTheLineReachesTheTerminalBeforeTheNextOutput() {
        // Buffered like a real standard error: what is not flushed is not on the terminal yet.
        Progress progress = new Progress(new PrintWriter(new BufferedWriter(err)), true, 10, now::get);
        after(1);
        progress.advance();

        progress.hide();

        String line = "lede: 1/10 articles, 1.0 articles/s, ETA 0:09";
        assertThat(err.toString()).isEqualTo("\r" + line + "\r" + " ".repeat(line.length()) + "\r");
    }
}
