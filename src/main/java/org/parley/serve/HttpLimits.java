package org.parley.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the HTTP limits of {@link ServingLimits} in front of a built (not yet started) Jetty server: request bodies read
 * whole before a thread is given to them (within a size limit and a deadline), a bounded number of requests handled at
 * once with a bounded queue of waiting ones, 503 with {@code Retry-After} when the queue is full or a wait too long,
 * and idle connections closed.
 */
final class HttpLimits {

    /** Seconds a client is asked to wait before it tries again after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;
    /** Jetty threads beyond the requests handled at once: selectors, acceptors, body reads, the scheduler. */
    static final int SPARE_THREADS = 16;

    private HttpLimits() {
    }

    /** Threads the server's pool needs for {@code limits}. */
    static int threads(ServingLimits limits) {
        return limits.maxConcurrentRequests() + SPARE_THREADS;
    }

    /**
     * Wraps the server's handler.
     *
     * @param uploadPath the path of the write endpoint, whose bodies may be larger; null when there is none
     */
    static void apply(Server server, ServingLimits limits, String uploadPath) {
        for (Connector c : server.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setIdleTimeout(limits.idleTimeout().toMillis());
            }
        }
        QoSHandler queue = new QoSHandler(server.getHandler());
        queue.setMaxRequestCount(limits.maxConcurrentRequests());
        queue.setMaxSuspendedRequestCount(limits.maxQueuedRequests());
        queue.setMaxSuspend(limits.maxQueueWait());

        EagerContentHandler bodies = new EagerContentHandler(queue,
                new BodyLoaderFactory(limits.maxRequestBytes(), limits.bodyReadTimeout()));
        Handler outer = bodies;
        if (uploadPath != null) {
            bodies.excludePath(uploadPath);
            EagerContentHandler uploads = new EagerContentHandler(bodies,
                    new BodyLoaderFactory(limits.maxUploadBytes(), limits.bodyReadTimeout()));
            uploads.includePath(uploadPath);
            outer = uploads;
        }
        server.setHandler(new RetryAfter(outer));
    }

    /** Adds {@code Retry-After} to every 503, whichever handler sends it. */
    static final class RetryAfter extends Handler.Wrapper {
        RetryAfter(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            return super.handle(request, new Response.Wrapper(request, response) {
                @Override
                public void setStatus(int code) {
                    super.setStatus(code);
                    if (code == HttpStatus.SERVICE_UNAVAILABLE_503) {
                        getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
                    }
                }
            }, callback);
        }
    }
}
