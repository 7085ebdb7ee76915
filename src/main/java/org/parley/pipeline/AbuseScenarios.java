package org.parley.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * The attacks of the abuse run, each against a served store over HTTP: runaway queries, hung SERVICE calls, slow
 * clients, and a probe that times a small query all along. The queries are in {@code abuse/*.rq} beside this class.
 */
final class AbuseScenarios {

    /** What one hostile request got: the status (or -1 when the connection closed) and when. */
    record Outcome(String what, int status, long millis, String body) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(3);

    private final String sparqlUrl;
    private final URI base;

    AbuseScenarios(String baseUrl) {
        this.base = URI.create(baseUrl);
        this.sparqlUrl = baseUrl + "parley/sparql";
    }

    /** A query of {@code abuse/NAME.rq}. */
    static String query(String name) {
        try (InputStream in = AbuseScenarios.class.getResourceAsStream("abuse/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("classpath abuse/" + name + ".rq: missing (the build should copy it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs a query; returns the outcome with its time. */
    Outcome post(String what, String query) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(sparqlUrl)).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(what, r.statusCode(), (System.nanoTime() - start) / 1_000_000, r.body());
        } catch (IOException e) {
            return new Outcome(what, -1, (System.nanoTime() - start) / 1_000_000, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(what, -1, 0, "interrupted");
        }
    }

    /** Sends each query at once, all together, and waits for every answer. */
    List<Outcome> together(List<String> names, List<String> queries) {
        ExecutorService pool = Executors.newFixedThreadPool(queries.size());
        try {
            List<CompletableFuture<Outcome>> all = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                String name = names.get(i);
                String q = queries.get(i);
                all.add(CompletableFuture.supplyAsync(() -> post(name, q), pool));
            }
            return all.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    /** {@code n} SERVICE calls to {@code endpoint}, together. */
    List<Outcome> serviceCalls(String endpoint, int n) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(query("remote-service"));
        q.setIri("endpoint", endpoint);
        String text = q.toString();
        return together(java.util.Collections.nCopies(n, "SERVICE <" + endpoint + ">"), java.util.Collections.nCopies(n, text));
    }

    /**
     * {@code n} clients that each send a query's headers, then its body one byte a second; returns when the server
     * has answered or closed every one.
     */
    List<Outcome> slowClients(int n) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<CompletableFuture<Outcome>> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(CompletableFuture.supplyAsync(this::slowClient, pool));
            }
            return all.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    private Outcome slowClient() {
        long start = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) REQUEST_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /parley/sparql HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/sparql-query\r\n"
                    + "Content-Length: 1000\r\n\r\nASK").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 997 && in.available() == 0; i++) {
                Thread.sleep(1000);
                out.write(' ');
                out.flush();
            }
            StringBuilder status = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
                status.append((char) c);
            }
            String[] parts = status.toString().split(" ");
            int code = parts.length > 1 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : -1;
            return new Outcome("slow client", code, (System.nanoTime() - start) / 1_000_000, status.toString());
        } catch (IOException e) {
            return new Outcome("slow client", -1, (System.nanoTime() - start) / 1_000_000, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("slow client", -1, 0, "interrupted");
        }
    }

    /** Times {@code probe.rq} every {@code periodMillis} on its own thread until {@link #close()}, phase by phase. */
    final class Probe implements AutoCloseable {
        final Latencies all = new Latencies();
        final Map<String, Latencies> byPhase = new LinkedHashMap<>();
        private volatile Latencies phase = new Latencies();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Probe(long periodMillis) {
            String q = query("probe");
            thread = new Thread(() -> {
                while (running.get()) {
                    Outcome o = post("probe", q);
                    Latencies current = phase;
                    if (o.status() == 200 && o.body().contains("Ukraine")) {
                        all.add(o.millis());
                        current.add(o.millis());
                    } else {
                        all.fail(o.status() + " " + firstLine(o.body()));
                        current.fail(o.status() + " " + firstLine(o.body()));
                    }
                    sleep(periodMillis);
                }
            }, "abuse-probe");
            thread.start();
        }

        /** Starts timing a new phase. */
        synchronized void phase(String name) {
            phase = byPhase.computeIfAbsent(name, n -> new Latencies());
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    /** A local socket that accepts connections and never answers: a hung SPARQL endpoint. */
    static final class HungEndpoint implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        final AtomicInteger connections = new AtomicInteger();

        HungEndpoint() throws IOException {
            socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        held.add(socket.accept());
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "abuse-hung-endpoint");
            t.setDaemon(true);
            t.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql";
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : held) {
                s.close();
            }
        }
    }

    static String firstLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
