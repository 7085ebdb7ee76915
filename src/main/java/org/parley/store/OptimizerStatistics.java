package org.parley.store;

import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Statistics for TDB2's query optimizer, as {@code tdb2.tdbstats} makes them: quads per predicate and per class,
 * written to {@code stats.opt} in the store's current generation, where TDB2 reads them when it opens the store.
 * The counts come from the quad index as node ids, so no node is decoded but the predicates and classes.
 */
final class OptimizerStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(OptimizerStatistics.class);

    private OptimizerStatistics() {
    }

    /** Counts the quads of an open TDB2 dataset (no transaction active) and writes its {@code stats.opt}. */
    static void write(DatasetGraph dsg) {
        long start = System.nanoTime();
        Txn.executeRead(dsg, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
            StatsCollectorNodeId collector = new StatsCollectorNodeId(quads.getNodeTable());
            Iterator<Tuple<NodeId>> all = quads.findAll();
            while (all.hasNext()) {
                Tuple<NodeId> q = all.next();
                collector.record(q.get(0), q.get(1), q.get(2), q.get(3));
            }
            String file = tdb.getLocation().getPath(Names.optStats);
            Stats.write(file, collector.results());
            LOG.debug("Wrote optimizer statistics of {} quads to {} in {} ms", collector.results().getCount(), file,
                    (System.nanoTime() - start) / 1_000_000);
        });
    }
}
