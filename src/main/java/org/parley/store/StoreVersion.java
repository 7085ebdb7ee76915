package org.parley.store;

import java.util.Optional;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Tells whether a TDB2 store may have changed: equal versions mean no write transaction began in between (and no
 * compaction swapped the storage). For caches of results computed from the whole store.
 */
public final class StoreVersion {

    /** A TDB2 storage and how many write transactions it had begun. */
    private record Version(TransactionCoordinator storage, long writesBegun) {
    }

    private StoreVersion() {
    }

    /** The version of {@code dsg} now; empty when it is not a TDB2 store (then nothing may be cached). */
    public static Optional<Object> of(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            return Optional.empty();
        }
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dsg);
        return Optional.of(new Version(coordinator, coordinator.countBeginWrite()));
    }
}
