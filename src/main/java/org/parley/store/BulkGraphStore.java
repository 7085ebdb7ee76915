package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty TDB2 store with Jena's sequential bulk loader, on a thread of its own ({@link LoaderThread}): graphs
 * written here are streamed into the loader, which finishes its indexes at {@link #close()}; then the index is written, in
 * parts of {@code indexPartGraphs} graphs read back from the store, each in a write transaction of its own (so that
 * the heap does not grow with the load, see {@link BulkIndexWriter}), and the optimizer's statistics. All or
 * nothing: a marker file in the store folder says a first load is under way, and a store opened with the marker
 * still there was interrupted mid-load (or while its index was written). It held nothing before that load, so
 * {@link Tdb2GraphStore#open} empties it. One writer; nothing else may use the store until {@link #close()}.
 */
final class BulkGraphStore implements GraphStore {

    private static final Logger LOG = LoggerFactory.getLogger(BulkGraphStore.class);

    /** The marker file's name in the store folder. */
    static final String MARKER = "parley-first-load-under-way";

    /**
     * Graphs per part of the index a load writes at its end: what one part's change holds (counts, pairs of actors,
     * descriptions) is bounded by what this many articles name.
     */
    static final int INDEX_PART_GRAPHS = 2000;

    private final Tdb2GraphStore store;
    private final Path marker;
    private final LoaderThread thread = new LoaderThread();
    private final DataLoader loader;
    private final StreamRDF sink;
    private final Set<Node> written = new LinkedHashSet<>();
    private final int indexPartGraphs;
    private final long start = System.nanoTime();
    private GraphIndex index;
    private boolean failed;
    private boolean closed;

    BulkGraphStore(Tdb2GraphStore store, int indexPartGraphs) {
        if (indexPartGraphs < 1) {
            throw new IllegalArgumentException("graphs per part of the index: " + indexPartGraphs);
        }
        this.store = store;
        this.indexPartGraphs = indexPartGraphs;
        this.marker = store.folder().orElseThrow().resolve(MARKER);
        try {
            Files.writeString(marker, "A first load into this store started at " + Instant.now()
                    + ". If this file is still here, the load was interrupted and the store is emptied when next opened.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(marker + ": cannot write the load marker: " + e.getMessage(), e);
        }
        // the sequential loader: the phased one's queues of 100,000-quad chunks held most of a large load's heap
        MonitorOutput quiet = (fmt, args) -> LOG.debug(String.format(fmt, args));
        loader = LoaderFactory.sequentialLoader(store.datasetGraph(), quiet);
        sink = thread.call(() -> {
            loader.startBulk();
            StreamRDF stream = loader.stream();
            stream.start();
            return stream;
        });
    }

    /** Whether a first load into the store in {@code folder} was interrupted. */
    static boolean wasInterrupted(Path folder) {
        return Files.exists(folder.resolve(MARKER));
    }

    /** Deletes what an interrupted first load left in {@code folder} (no JVM may have the store open), marker last. */
    static void discardInterruptedLoad(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(p -> !p.getFileName().toString().equals(MARKER)).toList()) {
                deleteRecursively(child);
            }
            Files.delete(folder.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot empty the half-loaded store: " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Streams the graphs into the loader. Nothing is replaced: the store was empty and each graph may be written once.
     * A batch refused for that writes nothing; a failure while writing fails the whole load.
     *
     * @throws IllegalArgumentException when a graph is invalid or was written before in this load
     */
    @Override
    public void replaceGraphs(List<NamedGraph> graphs) {
        if (closed) {
            throw new IllegalStateException("the bulk load is finished");
        }
        Tdb2GraphStore.validate(graphs);
        for (NamedGraph g : graphs) {
            if (written.contains(g.name())) {
                throw new IllegalArgumentException("graph " + g.name() + " written twice in one bulk load");
            }
        }
        graphs.forEach(g -> written.add(g.name()));
        try {
            thread.run(() -> {
                for (NamedGraph g : graphs) {
                    for (Triple t : g.triples()) {
                        sink.quad(Quad.create(g.name(), t));
                    }
                }
            });
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /** Whether this load wrote the graph (the store held nothing before it). */
    @Override
    public boolean containsGraph(Node name) {
        return written.contains(Objects.requireNonNull(name, "name"));
    }

    /** Nothing stored before this load: only what it wrote. */
    @Override
    public boolean contains(Quad quad) {
        return false;
    }

    /** Keeps {@code index} for the whole load; set it before the first write. */
    @Override
    public GraphStore withIndex(GraphIndex other) {
        Objects.requireNonNull(other, "index");
        if (index != other && (index != null || !written.isEmpty())) {
            throw new IllegalStateException("a bulk load keeps one index, given before its first write");
        }
        index = other;
        return new StoreView(this, this::replaceGraphs); // the load keeps the index itself
    }

    /**
     * Finishes the load (the loader builds the remaining indexes), writes the index in parts and the optimizer's
     * statistics, and removes the marker. After a failed write the loader is stopped and the marker left, so that
     * the half-loaded store is emptied when next opened. Does not close the store itself.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (thread) {
            thread.run(() -> {
                try {
                    sink.finish();
                    loader.finishBulk();
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
            });
        }
        if (failed) {
            LOG.warn("{}: the bulk load failed; the store is emptied when next opened", store.folder().orElseThrow());
            return;
        }
        if (index != null) {
            new BulkIndexWriter(store.datasetGraph(), index, indexPartGraphs).write(written);
        }
        store.writeOptimizerStatistics();
        try {
            Files.delete(marker);
        } catch (IOException e) {
            throw new UncheckedIOException(marker + ": cannot remove the load marker: " + e.getMessage(), e);
        }
        LOG.debug("Bulk-loaded {} graphs ({} quads) in {} ms", written.size(), loader.countQuads(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
