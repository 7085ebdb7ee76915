package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.store.GraphStore.NamedGraph;

class ServiceCallsTest {

    /** Accepts connections and never answers. */
    private ServerSocket hung;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    @BeforeEach
    void openHungSocket() throws IOException {
        hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!hung.isClosed()) {
                try {
                    held.add(hung.accept());
                    accepted.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "hung-endpoint");
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void closeHungSocket() throws IOException {
        hung.close();
        for (Socket s : held) {
            s.close();
        }
    }

    private String hungUrl() {
        return "http://127.0.0.1:" + hung.getLocalPort() + "/sparql";
    }

    private static ParleyServer.Options options(List<String> allowed, Duration timeout) {
        return ParleyServer.Options.defaults().withQueryTimeout(timeout)
                .withLimits(ServingLimits.defaults().withAllowedServices(allowed.stream().map(URI::create).toList()));
    }

    private static String serviceQuery(String url) {
        return "SELECT * WHERE { SERVICE <" + url + "> { ?s ?p ?o } }";
    }

    @Test
    void serviceIsOffByDefaultAndRefusedBeforeAnyConnection() throws Exception {
        try (ServedStore s = new ServedStore(ServedStore.graphs(1, 1), options(List.of(), Duration.ofSeconds(5)))) {
            HttpResponse<String> r = s.query(serviceQuery(hungUrl()), "text/csv");
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("is not allowed here") && r.body().contains("--allow-service"), r.body());
            Thread.sleep(200);
            assertEquals(0, accepted.get(), "no connection was made");
        }
    }

    @Test
    void callsToAHungEndpointEndWithTheQueryTimeLimitAndLeaveOthersAnswered() throws Exception {
        try (ServedStore s = new ServedStore(ServedStore.graphs(1, 1), options(List.of(hungUrl()), Duration.ofSeconds(1)))) {
            List<CompletableFuture<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = s.query(serviceQuery(hungUrl()), "text/csv");
                        assertTrue(r.statusCode() == 504 || r.statusCode() == 503, r.statusCode() + " " + r.body());
                        assertFalse(r.body().contains("Exception"), r.body());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    return (System.nanoTime() - start) / 1_000_000;
                }));
            }
            Thread.sleep(300);
            long probeStart = System.nanoTime();
            assertEquals(200, s.query("ASK { ?s ?p ?o }", "text/csv").statusCode());
            assertTrue((System.nanoTime() - probeStart) / 1_000_000 < 1000, "a plain query answers while the calls hang");
            for (CompletableFuture<Long> c : calls) {
                long ms = c.get();
                assertTrue(ms < 1000 + 3000, "a hung call ended " + ms + " ms after it began");
            }
        }
    }

    @Test
    void aFailingEndpointGivesAShortErrorWithoutItsBody() throws Exception {
        HttpServer failing = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        failing.createContext("/", ex -> {
            byte[] body = "INTERNAL-ADMIN-PAGE secret=hunter2".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(500, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        failing.start();
        String url = "http://127.0.0.1:" + failing.getAddress().getPort() + "/sparql";
        try (ServedStore s = new ServedStore(ServedStore.graphs(1, 1), options(List.of(url), Duration.ofSeconds(5)))) {
            HttpResponse<String> r = s.query(serviceQuery(url), "text/csv");
            assertEquals(502, r.statusCode(), r.body());
            assertTrue(r.body().contains("answered HTTP 500"), r.body());
            assertFalse(r.body().contains("secret") || r.body().contains("ADMIN"), r.body());
            assertTrue(r.body().strip().lines().count() == 1, "one line: " + r.body());
        } finally {
            failing.stop(0);
        }
    }

    @Test
    void anAllowedEndpointIsJoinedIn() throws Exception {
        NamedGraph remoteData = new NamedGraph(NodeFactory.createURI(ServedStore.EX + "r"), List.of(Triple.create(
                NodeFactory.createURI(ServedStore.EX + "kyiv"), NodeFactory.createURI(ServedStore.EX + "name"),
                NodeFactory.createLiteralString("Kyiv"))));
        try (ServedStore remote = new ServedStore(List.of(remoteData), ParleyServer.Options.defaults());
             ServedStore s = new ServedStore(ServedStore.graphs(1, 1),
                     options(List.of(remote.server.sparqlUrl()), Duration.ofSeconds(10)))) {
            HttpResponse<String> r = s.query("SELECT ?n WHERE { SERVICE <" + remote.server.sparqlUrl() + "> { ?x <"
                    + ServedStore.EX + "name> ?n } }", "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(List.of("n", "Kyiv"), r.body().strip().lines().toList());
        }
    }

    @Test
    void pastTheLimitOfCallsInProgressACallFailsAtOnce() throws Exception {
        try (ServedStore s = new ServedStore(ServedStore.graphs(1, 1), ParleyServer.Options.defaults()
                .withQueryTimeout(Duration.ofSeconds(2)).withLimits(ServingLimits.defaults()
                        .withAllowedServices(List.of(URI.create(hungUrl()))).withMaxRemoteCalls(2)))) {
            List<CompletableFuture<HttpResponse<String>>> hanging = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                hanging.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return s.query(serviceQuery(hungUrl()), "text/csv");
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }));
            }
            long deadline = System.currentTimeMillis() + 1500;
            while (accepted.get() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            long start = System.nanoTime();
            HttpResponse<String> third = s.query(serviceQuery(hungUrl()), "text/csv");
            assertTrue((System.nanoTime() - start) / 1_000_000 < 1000, "failed at once");
            assertEquals(503, third.statusCode(), third.body());
            assertTrue(third.body().contains("remote calls are already in progress"), third.body());
            for (CompletableFuture<HttpResponse<String>> h : hanging) {
                h.get();
            }
        }
    }
}
