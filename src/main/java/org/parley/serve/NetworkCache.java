package org.parley.serve;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.export.ActorNetwork;
import org.parley.export.NetworkFilter;
import org.parley.export.NetworkSnapshot;
import org.parley.store.StoreVersion;

/**
 * The graph view's networks, aggregated once per filter (dates and kinds) and kept in memory until the store
 * changes: on a large store the aggregation takes long (see the README's figures), showing it again does not.
 * Requests for the same filter while it is being aggregated wait for the one run. Keeps the last
 * {@value #ENTRIES} filters. Thread-safe.
 */
final class NetworkCache {

    static final int ENTRIES = 16;
    /** The aggregation runs longer than a query may: it is done once and then served many times. */
    static final Duration AGGREGATION_LIMIT = Duration.ofMinutes(10);

    private record Key(Object since, Object until, Object kinds) {
    }

    private final DatasetGraph dsg;
    private final ActorNetwork network;
    private final Map<Key, CompletableFuture<NetworkSnapshot>> entries = new LinkedHashMap<>(ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<NetworkSnapshot>> eldest) {
            return size() > ENTRIES;
        }
    };
    private Object version;

    NetworkCache(DatasetGraph dsg) {
        this.dsg = dsg;
        this.network = new ActorNetwork(dsg, AGGREGATION_LIMIT);
    }

    /** The network for {@code filter}'s dates and kinds, from memory when the store has not changed since. */
    NetworkSnapshot get(NetworkFilter filter) {
        Optional<Object> now = StoreVersion.of(dsg);
        if (now.isEmpty()) {
            return NetworkSnapshot.of(network, filter);
        }
        Key key = new Key(filter.since(), filter.until(), filter.kinds());
        CompletableFuture<NetworkSnapshot> future;
        boolean mine = false;
        synchronized (this) {
            if (!Objects.equals(version, now.get())) {
                entries.clear();
                version = now.get();
            }
            future = entries.get(key);
            if (future == null) {
                future = new CompletableFuture<>();
                entries.put(key, future);
                mine = true;
            }
        }
        if (mine) {
            try {
                future.complete(NetworkSnapshot.of(network, filter));
            } catch (RuntimeException e) {
                synchronized (this) {
                    entries.remove(key);
                }
                future.completeExceptionally(e);
            }
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the network was aggregated", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
