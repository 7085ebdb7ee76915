package org.parley.store;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.parley.core.Futures;

/**
 * The one thread a bulk load runs on. Jena's sequential loader holds a write transaction, and TDB2 ties a
 * transaction to the thread that began it, while the pipeline writes from a thread of its own and a load may be
 * started, fed and finished from different ones: each step is handed to this thread and waited for. A failure
 * is rethrown to the caller as it was (an error or unchecked exception), wrapped when checked.
 */
final class LoaderThread implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-bulk-loader");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code step} on the loader's thread and waits for it. */
    void run(Runnable step) {
        call(() -> {
            step.run();
            return null;
        });
    }

    /** Runs {@code step} on the loader's thread and returns its value. */
    <T> T call(Callable<T> step) {
        return Futures.join(thread.submit(step), "bulk loading");
    }

    /** Ends the thread once the steps handed to it are done. */
    @Override
    public void close() {
        thread.shutdown();
    }
}
