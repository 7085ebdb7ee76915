package org.parley.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.parley.ingest.ArticleFiles;
import org.parley.pipeline.IngestProgress;

/**
 * The progress of a long ingest on stderr: on a terminal a line rewritten twice a second, otherwise a plain line
 * every 10 seconds: {@code parley: 1,200 of 20,000 articles, 41.3 articles/s, 6 min 46 s left}. The total is counted
 * beside the ingest (JSON Lines files are read once for it) and shown once known. Start it with
 * {@link #start}, stop it with {@link #close()}.
 */
final class ProgressLine implements AutoCloseable {

    static final Duration LIVE_EVERY = Duration.ofMillis(500);
    static final Duration PLAIN_EVERY = Duration.ofSeconds(10);

    private final IngestProgress progress;
    private final PrintStream err;
    private final boolean live;
    private final Thread ticker;
    private final Thread counter;
    private int lastWidth;

    private ProgressLine(IngestProgress progress, List<Path> inputs, PrintStream err, boolean live) {
        this.progress = progress;
        this.err = err;
        this.live = live;
        this.counter = new Thread(() -> progress.expect(ArticleFiles.countInputs(inputs)), "parley-count-inputs");
        this.ticker = new Thread(this::tick, "parley-progress");
        counter.setDaemon(true);
        ticker.setDaemon(true);
    }

    /** Starts reporting {@code progress} of reading {@code inputs}; live when stderr is a terminal. */
    static ProgressLine start(IngestProgress progress, List<Path> inputs) {
        ProgressLine line = new ProgressLine(progress, inputs, System.err, System.console() != null);
        line.counter.start();
        line.ticker.start();
        return line;
    }

    private void tick() {
        Duration every = live ? LIVE_EVERY : PLAIN_EVERY;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(every.toMillis());
                print(describe(progress));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void print(String text) {
        if (live) {
            err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
            lastWidth = text.length();
        } else {
            err.println(text);
        }
        err.flush();
    }

    /** {@code parley: 1,200 of 20,000 articles, 41.3 articles/s, 6 min 46 s left}; parts unknown yet are left out. */
    static String describe(IngestProgress p) {
        StringBuilder b = new StringBuilder(String.format("parley: %,d", p.done()));
        p.expected().ifPresent(total -> b.append(String.format(" of %,d", total)));
        b.append(" articles");
        p.rate().ifPresent(rate -> b.append(String.format(", %.1f articles/s", rate)));
        p.remaining().ifPresent(left -> b.append(", ").append(duration(left)).append(" left"));
        return b.toString();
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) {
            return String.format("%d h %d min", s / 3600, s % 3600 / 60);
        }
        return s >= 60 ? String.format("%d min %d s", s / 60, s % 60) : s + " s";
    }

    /** Stops the line (and clears it on a terminal, so the summary takes its place). */
    @Override
    public void close() {
        ticker.interrupt();
        counter.interrupt();
        try {
            ticker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (live && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
        }
    }
}
