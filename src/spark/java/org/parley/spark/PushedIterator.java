package org.parley.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The items a push-style producer (an article reader, which hands each article to a consumer) makes, as an iterator
 * for Spark: the producer runs on a thread of its own and at most {@code capacity} items wait, so a file of any size is
 * streamed. An exception of the producer is thrown by {@link #hasNext()}; {@link #cancel()} stops a producer whose items
 * are no longer wanted (a killed task).
 */
final class PushedIterator<T> implements Iterator<T> {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean cancelled;
    private volatile RuntimeException failure;
    private Object next;

    PushedIterator(String threadName, int capacity, Consumer<Consumer<T>> producer) {
        queue = new ArrayBlockingQueue<>(capacity);
        thread = new Thread(() -> {
            try {
                producer.accept(this::put);
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                put(END);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void put(Object item) {
        try {
            while (!cancelled && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is slow: wait for room, unless cancelled
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
        if (cancelled && item != END) {
            throw new CancelledException();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new IllegalStateException("interrupted while reading", e);
            }
        }
        if (next == END) {
            if (failure != null) {
                throw failure;
            }
            return false;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
    }

    /** Stops the producer at its next item; the iterator then ends. */
    void cancel() {
        cancelled = true;
    }

    /** Thrown into the producer to stop it once its items are no longer wanted. */
    private static final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CancelledException() {
            super("cancelled", null, false, false);
        }
    }
}
