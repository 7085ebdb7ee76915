package org.parley.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.parley.core.InputProblem;
import org.parley.ingest.ArticleFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests the article files that appear in a folder (and its subfolders) while the store is served. The folder is
 * scanned every interval; a file is taken once it has kept its size and time for a whole interval (so one still being
 * written waits), and again whenever it changes. Files already taken are listed in a ledger file, one per line, so
 * a restarted server takes only what is new. Thread-safe.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.ingest");

    private final Path folder;
    private final ContinuousIngestion ingestion;
    private final Path ledger;
    /** Files taken: path to "size mtime" when taken. */
    private final Map<String, String> taken = new HashMap<>();
    /** Files seen on the last scan and not yet taken: path to "size mtime" then. */
    private final Map<String, String> pending = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    private ScheduledExecutorService timer;

    /**
     * @param folder    the folder to watch
     * @param ingestion where its articles go
     * @param ledger    the file listing the files already taken (read if present, appended to); null keeps none
     */
    public FolderWatcher(Path folder, ContinuousIngestion ingestion, Path ledger) {
        this.folder = folder;
        this.ingestion = ingestion;
        this.ledger = ledger;
        if (ledger != null && Files.exists(ledger)) {
            readLedger();
        }
    }

    /** Scans every {@code interval} on a daemon thread until closed. */
    public void start(Duration interval) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::scanQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Watching {} for new articles every {} ms", folder, interval.toMillis());
    }

    /** One scan: ingests the files that did not change since the last scan; returns what that ingest did, if anything. */
    public synchronized IngestSummary scan() {
        List<Path> ready = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : ArticleFiles.files(List.of(folder), this::reportOnce)) {
            String key = file.toString();
            String state = state(file);
            seen.add(key);
            if (state == null || state.equals(taken.get(key))) {
                continue;
            }
            if (state.equals(pending.get(key))) {
                ready.add(file);
            } else {
                pending.put(key, state);
            }
        }
        pending.keySet().retainAll(seen);
        if (ready.isEmpty()) {
            return null;
        }
        IngestSummary summary = ingestion.ingest(ready);
        LOG.info("watch {}: {} files: {}", folder, ready.size(), summary.describe());
        List<String> lines = new ArrayList<>();
        for (Path file : ready) {
            String key = file.toString();
            String state = pending.remove(key);
            taken.put(key, state);
            lines.add(key + "\t" + state);
        }
        appendLedger(lines);
        return summary;
    }

    private void scanQuietly() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.error("watch {}: scan failed: {}", folder, e.toString());
        }
    }

    /** A problem of the folder walk (dangling link, unreadable folder), logged once per run rather than per scan. */
    private void reportOnce(InputProblem p) {
        if (reported.add(p.toString())) {
            LOG.warn("skipped {}", p);
        }
    }

    /** "size mtime" of a file, or null when it vanished. */
    private static String state(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + " " + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    private void readLedger() {
        try {
            for (String line : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    taken.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(ledger + ": cannot read the list of watched files: " + e.getMessage(), e);
        }
    }

    private void appendLedger(List<String> lines) {
        if (ledger == null) {
            return;
        }
        try {
            Files.write(ledger, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(ledger + ": cannot record the files taken: " + e.getMessage(), e);
        }
    }

    /** Stops scanning; a scan in progress finishes its ingest first. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
