package org.parley.core;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work handed to another thread, with its failure rethrown to the caller as it was: the models loaded in
 * parallel ({@code pipeline.ProcessorLoading}) and the bulk loader's thread ({@code store.LoaderThread}).
 */
public final class Futures {

    private Futures() {
    }

    /**
     * The value of {@code work}, waited for. An unchecked exception or an error the work threw is rethrown as it
     * was; a checked one is wrapped, and an interrupt sets the thread's flag again.
     *
     * @param doing what the work does, for the messages ("loading the models")
     */
    public static <T> T join(Future<T> work, String doing) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("failed while " + doing + ": " + cause, cause);
        }
    }
}
