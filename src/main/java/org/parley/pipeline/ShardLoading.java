package org.parley.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogException;
import org.parley.rdf.IriMinter;
import org.parley.store.GraphStore.NamedGraph;
import org.parley.store.GraphStore;
import org.parley.store.Tdb2GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code parley load}: N-Quads shards (a {@code spark-ingest} output, or {@code .nq} and {@code .nq.gz} files) into a
 * TDB2 store, with the catalog and ontology graphs {@code parley ingest} writes, so that the store answers as one that
 * ingest built. Every shard is parsed and checked before anything is written: a malformed one stops the load with the
 * store as it was. An empty store gets the first argument's shards and the reference graphs through the TDB2 bulk
 * loader (Jena's phased loader, the engine of {@code tdb2.tdbloader}), unless two of its files hold the same graph
 * (the bulk loader would merge the two versions); everything else replaces graphs in write
 * transactions of many graphs each, as ingest does, so a re-ingested article's graph is replaced whole, never doubled,
 * and of two arguments holding the same graph the later one wins.
 *
 * <pre>{@code
 * ShardLoading.Report r = ShardLoading.run(store, List.of(Path.of("shards")), ShardLoading.Options.defaults());
 * }</pre>
 */
public final class ShardLoading {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.pipeline");

    /**
     * How to load.
     *
     * @param base          the base of minted IRIs, or null for the one the jobs used (else the default)
     * @param extraCatalogs the extra catalog files the jobs used
     * @param batchSize     graphs per write transaction when replacing
     */
    public record Options(String base, List<Path> extraCatalogs, int batchSize) {

        public Options {
            extraCatalogs = List.copyOf(extraCatalogs);
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
            }
        }

        public static Options defaults() {
            return new Options(null, List.of(), 256);
        }
    }

    /**
     * What a load did.
     *
     * @param graphs   article graphs loaded
     * @param quads    their quads
     * @param replaced graphs that replaced one already stored
     * @param bulk     whether the bulk loader filled the empty store
     * @param seconds  wall-clock time, checks included
     */
    public record Report(long graphs, long quads, long replaced, boolean bulk, double seconds) {

        public double quadsPerSecond() {
            return quads / seconds;
        }

        /** One line for a person. */
        public String describe() {
            return String.format("loaded %d article graphs (%d quads, %d replacing stored ones) %s and the catalog and"
                    + " ontology graphs in %.1f s (%.0f quads/s)", graphs, quads, replaced,
                    bulk ? "with the TDB2 bulk loader" : "in write transactions", seconds, quadsPerSecond());
        }
    }

    private ShardLoading() {
    }

    /**
     * Loads the shards of {@code arguments} (job output folders, folders of shards, shard files) into {@code store}.
     *
     * @throws ShardException   when a shard is missing, malformed, from an unfinished job, or made with another base or
     *                          catalog than the load's
     * @throws CatalogException when an extra catalog file is invalid
     */
    public static Report run(Tdb2GraphStore store, List<Path> arguments, Options options)
            throws ShardException, CatalogException {
        long start = System.nanoTime();
        ShardInputs inputs = ShardInputs.of(arguments);
        IriMinter minter = new IriMinter(base(inputs, options));
        checkCatalogs(inputs, options);
        Catalog catalog = Catalog.withExtraFiles(options.extraCatalogs());
        Counts counts = check(inputs.sets());
        boolean bulk = !inputs.sets().isEmpty() && !inputs.sets().get(0).isEmpty() && !counts.firstSetRepeatsAGraph()
                && store.folder().isPresent() && store.calculateRead(DatasetGraph::isEmpty);
        List<List<Path>> rest = inputs.sets();
        if (bulk) {
            // as ingest fills an empty store: the bulk loader, all or nothing, keeping the statement index as it goes
            try (GraphStore load = store.bulkLoader()) {
                GraphStore indexed = load.withIndex(new StatementIndexing(minter));
                ReferenceGraphs.writeChanged(indexed, catalog, minter);
                parse(inputs.sets().get(0), g -> indexed.replaceGraphs(List.of(g)));
            }
            rest = inputs.sets().subList(1, inputs.sets().size());
        }
        StoreUpkeep.ensureIndex(store, minter); // a store an older Parley made has none yet
        GraphStore indexed = store.withIndex(new StatementIndexing(minter));
        if (!bulk) {
            ReferenceGraphs.writeChanged(indexed, catalog, minter);
        }
        Batches batches = new Batches(store, indexed, options.batchSize());
        for (List<Path> set : rest) {
            parse(set, batches);
        }
        batches.flush();
        return new Report(counts.graphs(), counts.quads(), batches.replaced, bulk, (System.nanoTime() - start) / 1e9);
    }

    /** The base the shards were made with: the one given, which must be the jobs', else the jobs', else the default. */
    private static String base(ShardInputs inputs, Options options) throws ShardException {
        String base = options.base();
        for (ShardFolder.Summary s : inputs.summaries()) {
            if (base == null) {
                base = s.base();
            } else if (!base.equals(s.base())) {
                throw new ShardException("the shards of run " + s.run() + " name IRIs under " + s.base() + ", not " + base
                        + "; load them with --base " + s.base() + " (into a store of that base)");
            }
        }
        return base == null ? IriMinter.DEFAULT_BASE : base;
    }

    private static void checkCatalogs(ShardInputs inputs, Options options) throws ShardException {
        List<String> given = options.extraCatalogs().stream().map(p -> p.getFileName().toString()).toList();
        for (ShardFolder.Summary s : inputs.summaries()) {
            if (!s.catalogs().equals(given)) {
                throw new ShardException("the shards of run " + s.run() + " were made with the extra catalogs " + s.catalogs()
                        + ", not " + given + "; give the same files with --catalog");
            }
        }
    }

    /**
     * What the shards hold.
     *
     * @param firstSetRepeatsAGraph whether two files of the first argument hold the same graph (two versions of an
     *                              article, which the bulk loader would merge: they are loaded by replacing instead)
     */
    private record Counts(long graphs, long quads, boolean firstSetRepeatsAGraph) {
    }

    /** Parses every shard, checking that each graph is named and whole; returns the graphs and quads. */
    private static Counts check(List<List<Path>> sets) throws ShardException {
        long graphs = 0;
        long quads = 0;
        Set<Node> inFirstSet = new HashSet<>();
        boolean repeats = false;
        for (int i = 0; i < sets.size(); i++) {
            for (Path file : sets.get(i)) {
                GraphGrouper grouper = new GraphGrouper(g -> { });
                try {
                    RDFParser.source(file.toString()).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                            .parse(grouper);
                } catch (RiotException e) {
                    throw new ShardException(file + ": " + e.getMessage());
                }
                graphs += grouper.graphCount();
                quads += grouper.quadCount();
                if (i == 0) {
                    for (Node name : grouper.graphNames()) {
                        repeats |= !inFirstSet.add(name);
                    }
                }
            }
        }
        LOG.debug("checked the shards: {} graphs, {} quads", graphs, quads);
        return new Counts(graphs, quads, repeats);
    }

    /** The graphs of the shard files, one at a time, in file order. */
    private static void parse(List<Path> files, Consumer<NamedGraph> graphs) {
        for (Path file : files) {
            GraphGrouper grouper = new GraphGrouper(graphs);
            AsyncParser.asyncParse(file.toString(), grouper);
            grouper.finish(); // the asynchronous parser does not finish its destination: the last graph is still held
        }
    }

    /** Graphs gathered into write transactions; a graph met again starts a new batch, so the later copy wins. */
    private static final class Batches implements Consumer<NamedGraph> {
        private final Tdb2GraphStore store;
        private final GraphStore writes;
        private final int batchSize;
        private final List<NamedGraph> batch = new ArrayList<>();
        private final Set<Node> names = new HashSet<>();
        private long triples;
        long replaced;

        /** Reads {@code store}, writes through {@code writes} (the store with its statement index kept). */
        Batches(Tdb2GraphStore store, GraphStore writes, int batchSize) {
            this.store = Objects.requireNonNull(store);
            this.writes = Objects.requireNonNull(writes);
            this.batchSize = batchSize;
        }

        @Override
        public void accept(NamedGraph graph) {
            if (names.contains(graph.name())) {
                flush();
            }
            batch.add(graph);
            names.add(graph.name());
            triples += graph.triples().size();
            if (batch.size() >= batchSize || triples >= Pipeline.BATCH_TRIPLES) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            replaced += store.calculateRead(d -> batch.stream()
                    .filter(g -> d.contains(g.name(), Node.ANY, Node.ANY, Node.ANY)).count());
            writes.replaceGraphs(List.copyOf(batch));
            batch.clear();
            names.clear();
            triples = 0;
        }
    }
}
