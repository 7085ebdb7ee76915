package org.parley.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads quads into an empty TDB2 store with the TDB2 bulk loader (the engine of {@code tdb2.tdbloader}),
 * for first loads of many articles. All or nothing: on failure the load is aborted. Not for stores being served.
 */
public final class BulkLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);

    private BulkLoad() {
    }

    /**
     * Loads {@code quads} into the empty store in {@code folder} with the phased loader (least memory; the
     * parallel loader wants more cores than this project assumes) and returns the number of quads loaded.
     * Quads in the default graph are skipped with a warning (the store's default graph is the union of the named graphs).
     *
     * @throws IllegalStateException when the store already holds data
     */
    public static long loadIntoEmptyStore(Path folder, Iterator<Quad> quads) {
        Objects.requireNonNull(folder, "folder");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(folder.toAbsolutePath()));
        try {
            return load(dsg, quads, folder.toString());
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** As {@link #loadIntoEmptyStore(Path, Iterator)} on an open, empty TDB2 dataset (no transaction active). */
    public static long load(DatasetGraph dsg, Iterator<Quad> quads, String label) {
        boolean empty = dsg.calculateRead(dsg::isEmpty);
        if (!empty) {
            throw new IllegalStateException(label + ": bulk load needs an empty store; use replaceGraphs to add to one");
        }
        MonitorOutput quiet = (fmt, args) -> LOG.debug(String.format(fmt, args));
        DataLoader loader = LoaderFactory.phasedLoader(dsg, quiet);
        long start = System.nanoTime();
        long skipped = 0;
        loader.startBulk();
        try {
            StreamRDF sink = loader.stream();
            sink.start();
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (q.isDefaultGraph() || !q.isConcrete()) {
                    // Skipped rather than thrown: aborting the loader while its worker threads start leaves them failing.
                    if (skipped++ == 0) {
                        LOG.warn("{}: skipping quad outside a named graph or not concrete (every triple belongs in a named graph): {}", label, q);
                    }
                    continue;
                }
                sink.quad(q);
            }
            sink.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long n = loader.countQuads();
        long ms = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        if (skipped > 0) {
            LOG.warn("{}: skipped {} quads outside a named graph or not concrete", label, skipped);
        }
        LOG.info("Bulk-loaded {} quads into {} in {} ms ({} quads/s)", n, label, ms, n * 1000 / ms);
        return n;
    }
}
