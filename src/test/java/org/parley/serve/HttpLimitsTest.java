package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class HttpLimitsTest {

    /** Sends a raw HTTP/1.1 request and returns the response's status line (or "" when the server closed first). */
    private static String rawStatusLine(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return readStatusLine(socket.getInputStream());
        }
    }

    private static String readStatusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }

    /** A client that sends its headers, then its body one byte at a time, until the server answers. */
    private static CompletableFuture<String> slowClient(int port, long pauseMillis) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /parley/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                        + "Content-Length: 200\r\n\r\nASK").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = socket.getInputStream();
                for (int i = 0; i < 197; i++) {
                    if (in.available() > 0) {
                        break;
                    }
                    Thread.sleep(pauseMillis);
                    out.write(' ');
                    out.flush();
                }
                return readStatusLine(in);
            } catch (IOException e) {
                return "closed: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        });
    }

    @Test
    void slowClientsHoldNoThreadAndAreCutOffAtTheBodyDeadline() throws Exception {
        ServingLimits limits = ServingLimits.defaults().withRequests(2, 10, Duration.ofSeconds(5))
                .withBodyReadTimeout(Duration.ofSeconds(2));
        try (ServedStore s = new ServedStore(ServedStore.graphs(1, 5), ParleyServer.Options.defaults().withLimits(limits))) {
            List<CompletableFuture<String>> slow = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                slow.add(slowClient(s.server.port(), 100));
            }
            Thread.sleep(500);
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                HttpResponse<String> probe = s.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "text/csv");
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, probe.statusCode());
                assertTrue(ms < 1000, "a query answered in " + ms + " ms among 40 slow clients");
            }
            for (CompletableFuture<String> c : slow) {
                String status = c.get();
                assertTrue(status.startsWith("HTTP/1.1 408") || status.startsWith("closed"), status);
            }
        }
    }

    @Test
    void aBodyOverTheSizeLimitIsRefused() throws Exception {
        try (ServedStore s = new ServedStore(ServedStore.graphs(1, 1), ParleyServer.Options.defaults())) {
            String status = rawStatusLine(s.server.port(), "POST /parley/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: " + (2 << 20) + "\r\n\r\nASK {}");
            assertTrue(status.startsWith("HTTP/1.1 413"), status);
        }
    }

    @Test
    void whenTheQueueIsFullClientsGet503WithRetryAfter() throws Exception {
        ServingLimits limits = ServingLimits.defaults().withRequests(1, 1, Duration.ofMillis(300));
        try (ServedStore s = new ServedStore(ServedStore.graphs(20, 100), ParleyServer.Options.defaults()
                .withLimits(limits).withQueryTimeout(Duration.ofSeconds(3)))) {
            List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                all.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return s.query(ServedStore.RUNAWAY_COUNT, "text/csv");
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }));
                Thread.sleep(50);
            }
            int refused = 0;
            for (CompletableFuture<HttpResponse<String>> f : all) {
                HttpResponse<String> r = f.get();
                assertEquals(503, r.statusCode());
                assertEquals(String.valueOf(HttpLimits.RETRY_AFTER_SECONDS), r.headers().firstValue("Retry-After").orElse(""));
                refused += r.body().contains("timed out") ? 0 : 1;
            }
            assertTrue(refused >= 2, "at least two were refused by the full queue, not by the time limit");
        }
    }

    @Test
    void onLoopbackAForeignHostHeaderIsRefused() throws Exception {
        try (ServedStore s = new ServedStore(ServedStore.graphs(1, 1), ParleyServer.Options.defaults())) {
            int port = s.server.port();
            assertTrue(rawStatusLine(port, "GET /parley/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: rebound.example:"
                    + port + "\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 403"));
            for (String host : List.of("localhost:" + port, "127.0.0.1", "[::1]:" + port)) {
                String status = rawStatusLine(port, "GET /parley/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: " + host
                        + "\r\nConnection: close\r\n\r\n");
                assertTrue(status.startsWith("HTTP/1.1 200"), host + ": " + status);
            }
        }
        assertTrue(HostHeaderFilter.isLoopbackName("LOCALHOST."));
        assertTrue(!HostHeaderFilter.isLoopbackName("localhost.evil.example") && !HostHeaderFilter.isLoopbackName("127.0.0.1.nip.io"));
    }

    @Test
    void wholeStoreDownloadsAreRefusedAndOneGraphIsServed() throws Exception {
        try (ServedStore s = new ServedStore(ServedStore.graphs(2, 3), ParleyServer.Options.defaults())) {
            for (String path : List.of("parley", "parley/get?default", "parley/data", "parley/get?graph=union",
                    "parley/get?graph=urn:x-arq:UnionGraph")) {
                HttpResponse<String> r = ServedStore.send(HttpRequest.newBuilder(URI.create(s.url(path))).GET());
                assertEquals(403, r.statusCode(), path);
                assertTrue(r.body().contains("parley backup"), r.body());
            }
            HttpResponse<String> one = ServedStore.send(HttpRequest.newBuilder(URI.create(s.url("parley/get?graph="
                    + ServedStore.EX + "g1"))).header("Accept", "application/n-triples").GET());
            assertEquals(200, one.statusCode());
            assertEquals(3, one.body().strip().lines().count());
        }
    }
}
