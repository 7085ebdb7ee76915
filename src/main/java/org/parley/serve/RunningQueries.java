package org.parley.serve;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The queries being executed right now, so that the {@link HeapGuard} can stop them. Thread-safe.
 */
final class RunningQueries {

    /** One query in progress; {@link #close()} when it is done. */
    final class Running implements AutoCloseable {
        private final QueryExec exec;
        private final long startNanos = System.nanoTime();
        private volatile boolean stoppedForMemory;

        private Running(QueryExec exec) {
            this.exec = exec;
        }

        /** Whether the heap guard stopped it (rather than its time limit). */
        boolean stoppedForMemory() {
            return stoppedForMemory;
        }

        private void stopForMemory() {
            stoppedForMemory = true;
            exec.abort();
        }

        @Override
        public void close() {
            running.remove(this);
        }
    }

    private final Set<Running> running = ConcurrentHashMap.newKeySet();

    Running register(QueryExec exec) {
        Running r = new Running(exec);
        running.add(r);
        return r;
    }

    int size() {
        return running.size();
    }

    /** Stops every query that has run for at least {@code minNanos}; returns how many. */
    int stopForMemory(long minNanos) {
        long now = System.nanoTime();
        int stopped = 0;
        for (Running r : running) {
            if (now - r.startNanos >= minNanos) {
                r.stopForMemory();
                stopped++;
            }
        }
        return stopped;
    }
}
