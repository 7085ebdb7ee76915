package org.parley.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.parley.store.SparqlRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How our servlets answer a failure: a status and one plain-text line, never a stack trace. */
final class Responses {

    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);

    /** Something the servlet does with the response; may throw anything. */
    interface Action {
        void run() throws IOException;
    }

    private Responses() {
    }

    /**
     * Runs {@code action}; a bad parameter becomes 400, a query over its time limit 503, anything else 500, each with
     * one line of text (when nothing has been sent yet; otherwise the failure is only logged).
     */
    static void guarded(HttpServletResponse resp, String what, Action action) throws IOException {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            fail(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (SparqlRunner.QueryTimeoutException e) {
            fail(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage() + "; narrow the request (dates, kinds, around)");
        } catch (RuntimeException e) {
            LOG.warn("{} failed", what, e);
            fail(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, what + " failed: " + e.getClass().getSimpleName());
        }
    }

    static void fail(HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) {
            LOG.warn("response already started, cannot report {}: {}", status, message);
            return;
        }
        resp.reset();
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
