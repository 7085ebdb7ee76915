package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.parley.store.Tdb2GraphStore;

class HeapGuardTest {

    /** A heap whose readings the test sets. */
    static final class FakeHeap implements HeapGuard.Heap {
        volatile long used;
        volatile long collections;

        @Override
        public long usedAfterLastCollection() {
            return used;
        }

        @Override
        public long collections() {
            return collections;
        }

        @Override
        public long max() {
            return 1000;
        }
    }

    @Test
    void aFullHeapAfterACollectionStopsTheQueriesThatRanForASecond() throws Exception {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            store.replaceGraphs(ServedStore.graphs(20, 100));
            RunningQueries running = new RunningQueries();
            FakeHeap heap = new FakeHeap();
            HeapGuard guard = new HeapGuard(running, 0.85, heap, false);
            QueryExec runaway = QueryExec.dataset(store.datasetGraph()).query(ServedStore.RUNAWAY_COUNT).build();
            RunningQueries.Running handle = running.register(runaway);
            CompletableFuture<Object> result = CompletableFuture.supplyAsync(
                    () -> Txn.calculateRead(store.datasetGraph(), () -> runaway.select().materialize()));

            heap.used = 900;
            heap.collections = 1;
            assertEquals(0, guard.check(), "a query younger than a second is spared");
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(HeapGuard.MIN_AGE_NANOS) + 100);
            heap.collections = 2;
            heap.used = 500;
            assertEquals(0, guard.check(), "below the limit nothing is stopped");
            heap.collections = 3;
            heap.used = 900;
            assertEquals(1, guard.check());
            assertEquals(0, guard.check(), "at most once per collection");
            ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof QueryCancelledException, e.getCause().toString());
            assertTrue(handle.stoppedForMemory());
            handle.close();
            assertEquals(0, running.size());
            runaway.close();
        }
    }
}
