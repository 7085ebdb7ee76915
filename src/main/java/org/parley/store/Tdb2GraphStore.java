package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link GraphStore} on Apache Jena TDB2: one folder, one JVM. Queries see the union of the named
 * graphs as their default graph. Thread-safe: one writer at a time (TDB2 serializes writers), many readers.
 *
 * <pre>{@code
 * try (Tdb2GraphStore store = Tdb2GraphStore.open(Path.of("store"))) {
 *     store.replaceGraphs(batch);
 * }
 * }</pre>
 */
public final class Tdb2GraphStore implements GraphStore {

    private static final Logger LOG = LoggerFactory.getLogger(Tdb2GraphStore.class);

    private final DatasetGraph dsg;
    private final Path folder;

    private Tdb2GraphStore(DatasetGraph dsg, Path folder) {
        this.dsg = dsg;
        this.folder = folder;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens the store in {@code folder}, creating the folder and an empty store when absent. A store whose first
     * load was interrupted (see {@link #bulkLoader()}) held nothing before that load: it is emptied, with a warning. A
     * store whose last write was cut off while TDB2 appended to its journal (see {@link JournalRepair}) is opened as of
     * its last commit, the journal set aside, with a warning.
     *
     * @throws StoreInUseException when another process holds the store
     * @throws StoreOpenException when TDB2 cannot open it for any other reason
     */
    public static Tdb2GraphStore open(Path folder) {
        Objects.requireNonNull(folder, "folder");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot create store folder: " + e.getMessage(), e);
        }
        Path abs = folder.toAbsolutePath();
        LOG.debug("Opening TDB2 store {}", abs);
        DatasetGraph dsg = connect(abs, true);
        if (BulkGraphStore.wasInterrupted(abs)) {
            LOG.warn("{}: the first load into this store was interrupted; emptying the half-loaded store", abs);
            TDBInternal.expel(dsg);
            BulkGraphStore.discardInterruptedLoad(abs);
            dsg = connect(abs, false);
        }
        return new Tdb2GraphStore(dsg, abs);
    }

    /**
     * Connects to the TDB2 store in {@code abs}. When TDB2's recovery fails on a torn journal and {@code repair}
     * holds, sets the torn end aside and connects again.
     */
    private static DatasetGraph connect(Path abs, boolean repair) {
        try {
            return DatabaseMgr.connectDatasetGraph(Location.create(abs));
        } catch (DBOpEnvException e) {
            if (StoreInUseException.isLockHeld(e)) {
                throw StoreInUseException.from(abs, e);
            }
            throw failed(abs, e);
        } catch (JenaTransactionException e) {
            boolean repaired;
            try {
                // while this JVM still holds the locks the failed open took: no other process writes the journal
                repaired = repair && JournalRepair.setAsideTornEnd(abs).isPresent();
            } finally {
                FailedOpen.release(abs);
            }
            if (repaired) {
                return connect(abs, false);
            }
            throw new StoreOpenException(abs, e);
        } catch (RuntimeException e) {
            throw failed(abs, e);
        }
    }

    /** Releases what the failed open of {@code abs} holds and says so in one line. */
    private static StoreOpenException failed(Path abs, RuntimeException e) {
        FailedOpen.release(abs);
        return new StoreOpenException(abs, e);
    }

    /** A store in memory (for tests): same transactions, nothing on disk. */
    public static Tdb2GraphStore inMemory() {
        return new Tdb2GraphStore(DatabaseMgr.connectDatasetGraph(Location.mem()), null);
    }

    /**
     * Replaces each graph in ONE write transaction: first checks the whole batch, then, per graph,
     * deletes its old triples (when the store holds it) and adds the new ones. On any failure the transaction
     * aborts and the store is as before the call.
     *
     * @throws IllegalArgumentException when a graph name is not an IRI, appears twice, or a triple is not concrete
     */
    @Override
    public void replaceGraphs(List<NamedGraph> graphs) {
        replaceGraphs(graphs, null, g -> { });
    }

    @Override
    public GraphStore withIndex(GraphIndex index) {
        Objects.requireNonNull(index, "index");
        return new StoreView(this, graphs -> replaceGraphs(graphs, index, g -> { }));
    }

    /**
     * As {@link #replaceGraphs(List)}, also writing {@code index}'s change (when not null) and calling
     * {@code afterEachGraph} inside the transaction (tests use it to fail mid-way).
     */
    void replaceGraphs(List<NamedGraph> graphs, GraphIndex index, Consumer<NamedGraph> afterEachGraph) {
        Objects.requireNonNull(graphs, "graphs");
        validate(graphs);
        if (graphs.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        GraphIndex.Change change = index == null ? null : index.change(graphs);
        dsg.executeWrite(() -> {
            for (NamedGraph g : graphs) {
                if (dsg.contains(g.name(), Node.ANY, Node.ANY, Node.ANY)) {
                    if (change != null) {
                        change.removeStored(dsg, g.name());
                    }
                    dsg.deleteAny(g.name(), Node.ANY, Node.ANY, Node.ANY);
                }
                for (Triple t : g.triples()) {
                    dsg.add(g.name(), t.getSubject(), t.getPredicate(), t.getObject());
                }
                afterEachGraph.accept(g);
            }
            if (change != null) {
                change.apply(dsg);
            }
        });
        if (LOG.isDebugEnabled()) {
            long triples = graphs.stream().mapToLong(g -> g.triples().size()).sum();
            LOG.debug("Replaced {} graphs ({} triples) in {} ms", graphs.size(), triples,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * A store to fill this empty one with Jena's bulk loader, much as {@code tdb2.tdbloader} does: the fastest way
     * into a new store, which then needs no compaction. Nothing else may use this store until the loader is closed.
     *
     * @throws IllegalStateException when the store is in memory or holds data
     */
    public GraphStore bulkLoader() {
        return bulkLoader(BulkGraphStore.INDEX_PART_GRAPHS);
    }

    /** As {@link #bulkLoader()}, writing the index at the end in parts of {@code indexPartGraphs} graphs. */
    public GraphStore bulkLoader(int indexPartGraphs) {
        if (folder == null) {
            throw new IllegalStateException("the bulk loader needs a store on disk");
        }
        if (!isEmpty()) {
            throw new IllegalStateException(folder + ": the bulk loader needs an empty store");
        }
        return new BulkGraphStore(this, indexPartGraphs);
    }

    /**
     * Builds {@code index} afresh from every other graph of the store, in one write transaction (for a store made
     * before the index existed, or to check it). Reads every graph once.
     */
    public void rebuildIndex(GraphIndex index) {
        Objects.requireNonNull(index, "index");
        dsg.executeWrite(() -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.remove(index.graph());
            GraphIndex.Change all = null;
            for (Node name : names) {
                List<Triple> triples = new ArrayList<>();
                dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
                GraphIndex.Change c = index.change(List.of(new NamedGraph(name, triples)));
                if (all == null) {
                    all = c;
                } else {
                    all.merge(c);
                }
            }
            dsg.deleteAny(index.graph(), Node.ANY, Node.ANY, Node.ANY);
            if (all != null) {
                all.apply(dsg);
            }
            LOG.info("Built the index {} from {} graphs", index.graph(), names.size());
        });
    }

    /** Whether the store holds no quads at all. */
    public boolean isEmpty() {
        return calculateRead(DatasetGraph::isEmpty);
    }

    static void validate(List<NamedGraph> graphs) {
        Set<Node> seen = new HashSet<>();
        for (int i = 0; i < graphs.size(); i++) {
            NamedGraph g = graphs.get(i);
            if (g == null || g.name() == null) {
                throw new IllegalArgumentException("graph " + i + " of the batch: no graph name");
            }
            Node name = g.name();
            if (!name.isURI() || Quad.isDefaultGraph(name) || Quad.isUnionGraph(name)) {
                throw new IllegalArgumentException("graph " + i + " of the batch: name is not a graph IRI: " + name);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("graph " + i + " of the batch: " + name + " appears twice in one batch");
            }
            for (Triple t : g.triples()) {
                if (t == null || !t.isConcrete()) {
                    throw new IllegalArgumentException("graph " + name + ": triple is not concrete (variable or ANY): " + t);
                }
            }
        }
    }

    @Override
    public boolean containsGraph(Node name) {
        Objects.requireNonNull(name, "name");
        return calculateRead(d -> d.contains(name, Node.ANY, Node.ANY, Node.ANY));
    }

    @Override
    public boolean contains(Quad quad) {
        Objects.requireNonNull(quad, "quad");
        return calculateRead(d -> d.contains(quad));
    }

    /** The objects of {@code subject predicate ?o} inside graph {@code graph}; empty when none. */
    public List<Node> listObjects(Node graph, Node subject, Node predicate) {
        Objects.requireNonNull(graph, "graph");
        return calculateRead(d -> {
            List<Node> out = new ArrayList<>();
            d.find(graph, subject, predicate, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
            return out;
        });
    }

    /**
     * The content hash recorded for an article graph: the lexical form of {@code <graph> hashPredicate ?h}
     * inside that graph, or empty when the graph is absent or records none.
     *
     * @throws IllegalStateException when the graph records more than one hash
     */
    public Optional<String> findContentHash(Node graph, Node hashPredicate) {
        List<Node> hashes = listObjects(graph, graph, hashPredicate);
        if (hashes.size() > 1) {
            throw new IllegalStateException("graph " + graph + ": " + hashes.size() + " content hashes, expected at most one");
        }
        return hashes.stream().findFirst().map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
    }

    /** Number of quads in all named graphs. */
    public long countQuads() {
        return calculateRead(d -> Iter.count(d.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Names of all named graphs. */
    public Set<Node> listGraphNames() {
        return calculateRead(d -> {
            Set<Node> names = new LinkedHashSet<>();
            d.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    /** Runs {@code read} inside a read transaction and returns its result; do not keep iterators past it. */
    public <T> T calculateRead(Function<DatasetGraph, T> read) {
        return Txn.calculateRead(dsg, () -> read.apply(dsg));
    }

    /** Runs {@code write} inside a write transaction: committed when it returns, aborted when it throws. */
    public void executeWrite(Consumer<DatasetGraph> write) {
        Txn.executeWrite(dsg, () -> write.accept(dsg));
    }

    /** The dataset itself, for the SPARQL server (which manages its own transactions). */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The store's folder, or empty for an in-memory store. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /**
     * Compacts the store into a new generation, deletes the old one and gives the query optimizer statistics of the
     * new one. It waits for running writes and must not be called inside a transaction. No-op in memory.
     */
    public void compact() {
        if (folder == null) {
            return;
        }
        long before = sizeOnDisk();
        long start = System.nanoTime();
        DatabaseMgr.compact(dsg, true);
        LOG.info("Compacted {}: {} MB -> {} MB in {} ms", folder, before / 1_000_000, sizeOnDisk() / 1_000_000,
                (System.nanoTime() - start) / 1_000_000);
        writeOptimizerStatistics();
    }

    /**
     * Counts the quads per predicate and per class and writes them where TDB2's query optimizer reads them
     * ({@code stats.opt} in the store's current generation), for the next time the store is opened. No-op in memory.
     */
    public void writeOptimizerStatistics() {
        if (folder != null) {
            OptimizerStatistics.write(dsg);
        }
    }

    /** Bytes of all files under the store folder; 0 in memory. */
    public long sizeOnDisk() {
        return folder == null ? 0 : sizeOnDisk(folder);
    }

    /** Bytes of all files under a store folder (one not open here, such as a bulk-loaded store). */
    public static long sizeOnDisk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;  // a file removed while walking (compaction) no longer counts
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot measure store size: " + e.getMessage(), e);
        }
    }

    /** Releases the store so that this JVM (or another) may open the folder again. */
    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }
}
