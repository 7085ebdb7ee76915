package org.parley.serve;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request body whole, without a thread waiting on it, before the request reaches Fuseki's blocking servlets:
 * a client that trickles its body holds a connection, never a thread. A body larger than {@code maxBytes} gets 413,
 * one that is not whole within {@code deadline} gets 408 and its connection is closed. The bytes are copied, so a
 * trickle of small packets pins no network buffers.
 */
final class BodyLoaderFactory implements EagerContentHandler.ContentLoaderFactory {

    private final long maxBytes;
    private final Duration deadline;

    BodyLoaderFactory(long maxBytes, Duration deadline) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    @Override
    public String getApplicableMimeType() {
        return null;
    }

    @Override
    public EagerContentHandler.ContentLoader newContentLoader(String contentType, String mimeType, Handler handler,
                                                              Request request, Response response, Callback callback) {
        return new Loader(handler, request, response, callback);
    }

    private final class Loader extends EagerContentHandler.ContentLoader implements Invocable.Task {
        private final AtomicBoolean finished = new AtomicBoolean();
        private byte[] body = new byte[1024];
        private int length;
        private Scheduler.Task timer;

        Loader(Handler handler, Request request, Response response, Callback callback) {
            super(handler, request, response, callback);
        }

        @Override
        protected void load() {
            long declared = getRequest().getLength();
            if (declared > maxBytes) {
                finished.set(true);
                Response.writeError(getRequest(), getResponse(), getCallback(), HttpStatus.PAYLOAD_TOO_LARGE_413,
                        "request body of " + declared + " bytes is larger than the limit of " + maxBytes + " bytes");
                return;
            }
            Scheduler scheduler = getRequest().getComponents().getScheduler();
            timer = scheduler.schedule(this::expire, deadline.toMillis(), TimeUnit.MILLISECONDS);
            read(false);
        }

        @Override
        public void run() {
            read(true);
        }

        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
        }

        private void read(boolean fromDemand) {
            while (!finished.get()) {
                Content.Chunk chunk = getRequest().read();
                if (chunk == null) {
                    getRequest().demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    fail(chunk.getFailure());
                    return;
                }
                boolean last = chunk.isLast();
                boolean fits = append(chunk.getByteBuffer());
                chunk.release();
                if (!fits) {
                    reject(HttpStatus.PAYLOAD_TOO_LARGE_413, "request body larger than the limit of " + maxBytes + " bytes");
                    return;
                }
                if (last) {
                    complete(fromDemand);
                    return;
                }
            }
        }

        private boolean append(ByteBuffer bytes) {
            int n = bytes.remaining();
            if ((long) length + n > maxBytes) {
                return false;
            }
            if (length + n > body.length) {
                body = Arrays.copyOf(body, Math.max(length + n, (int) Math.min(maxBytes, 2L * body.length)));
            }
            bytes.get(body, length, n);
            length += n;
            return true;
        }

        private void complete(boolean fromDemand) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            timer.cancel();
            Request whole = new WholeBodyRequest(getRequest(), ByteBuffer.wrap(body, 0, length));
            if (fromDemand) {
                // a demand callback must not block: hand the blocking servlet work to a pool thread
                getRequest().getContext().execute(() -> handle(whole, getResponse(), getCallback()));
            } else {
                handle(whole, getResponse(), getCallback());
            }
        }

        private void expire() {
            reject(HttpStatus.REQUEST_TIMEOUT_408, "request body not received whole within "
                    + deadline.toSeconds() + " s");
        }

        private void reject(int status, String message) {
            if (finished.compareAndSet(false, true)) {
                timer.cancel();
                Response.writeError(getRequest(), getResponse(), getCallback(), status, message);
            }
        }

        private void fail(Throwable failure) {
            if (finished.compareAndSet(false, true)) {
                timer.cancel();
                Response.writeError(getRequest(), getResponse(), getCallback(), failure);
            }
        }
    }

    /** The request with its body already read: one last chunk, then end of content. */
    private static final class WholeBodyRequest extends Request.Wrapper {
        private ByteBuffer body;

        WholeBodyRequest(Request wrapped, ByteBuffer body) {
            super(wrapped);
            this.body = body;
        }

        @Override
        public Content.Chunk read() {
            ByteBuffer b = body;
            if (b == null) {
                return Content.Chunk.EOF;
            }
            body = null;
            return Content.Chunk.from(b, true);
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }
    }
}
