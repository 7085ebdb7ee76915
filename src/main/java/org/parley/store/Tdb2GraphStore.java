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
     * Opens the store in {@code folder}, creating the folder and an empty store when absent.
     *
     * @throws StoreInUseException when another process holds the store
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
        try {
            return new Tdb2GraphStore(DatabaseMgr.connectDatasetGraph(Location.create(abs)), abs);
        } catch (DBOpEnvException e) {
            if (StoreInUseException.isLockHeld(e)) {
                throw StoreInUseException.from(abs, e);
            }
            throw e;
        }
    }

    /** A store in memory (for tests): same transactions, nothing on disk. */
    public static Tdb2GraphStore inMemory() {
        return new Tdb2GraphStore(DatabaseMgr.connectDatasetGraph(Location.mem()), null);
    }

    /**
     * Replaces each graph in ONE write transaction: first checks the whole batch, then, per graph,
     * deletes its old triples and adds the new ones. On any failure the transaction aborts and the
     * store is as before the call.
     *
     * @throws IllegalArgumentException when a graph name is not an IRI, appears twice, or a triple is not concrete
     */
    @Override
    public void replaceGraphs(List<NamedGraph> graphs) {
        replaceGraphs(graphs, g -> { });
    }

    /** As {@link #replaceGraphs(List)}, calling {@code afterEachGraph} inside the transaction (tests use it to fail mid-way). */
    void replaceGraphs(List<NamedGraph> graphs, Consumer<NamedGraph> afterEachGraph) {
        Objects.requireNonNull(graphs, "graphs");
        validate(graphs);
        if (graphs.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        dsg.executeWrite(() -> {
            for (NamedGraph g : graphs) {
                dsg.deleteAny(g.name(), Node.ANY, Node.ANY, Node.ANY);
                for (Triple t : g.triples()) {
                    dsg.add(g.name(), t.getSubject(), t.getPredicate(), t.getObject());
                }
                afterEachGraph.accept(g);
            }
        });
        if (LOG.isDebugEnabled()) {
            long triples = graphs.stream().mapToLong(g -> g.triples().size()).sum();
            LOG.debug("Replaced {} graphs ({} triples) in {} ms", graphs.size(), triples,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void validate(List<NamedGraph> graphs) {
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

    /** The dataset itself, for the SPARQL server (which manages its own transactions). */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The store's folder, or empty for an in-memory store. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /**
     * Compacts the store into a new generation and deletes the old one. Call it after a large ingest;
     * it waits for running writes and must not be called inside a transaction. No-op in memory.
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
