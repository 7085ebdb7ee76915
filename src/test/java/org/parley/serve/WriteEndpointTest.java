package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteEndpointTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    /** Few iterations, so that the tests run fast; the file format keeps each hash's own count. */
    private static final int FAST = 1_000;

    @TempDir
    Path dir;

    /** Keeps what it is given; "bad" in a name is refused as bad input. */
    static final class KeepingIntake implements ArticleIntake {
        final Map<String, byte[]> received = new ConcurrentHashMap<>();

        @Override
        public Report ingest(String name, byte[] content) {
            received.put(name, content);
            return name.contains("bad") ? new Report(0, List.of(name + ": empty article body"), "stored 0 articles, skipped 1")
                    : new Report(1, List.of(), "stored 1 articles, skipped 0");
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thePasswordFileKeepsOnlySaltedHashes() throws Exception {
        Path file = dir.resolve("writers.pw");
        PasswordFile.empty().withUser("editor", PASSWORD, FAST).withUser("desk", "other".toCharArray(), FAST).write(file);
        String text = Files.readString(file);
        assertFalse(text.contains("horse") || text.contains("other"), text);
        PasswordFile read = PasswordFile.read(file);
        assertEquals(List.of("editor", "desk"), read.users());
        assertTrue(read.verify("editor", PASSWORD));
        assertFalse(read.verify("editor", "correct horse".toCharArray()));
        assertFalse(read.verify("nobody", PASSWORD));
        Path second = dir.resolve("second.pw");
        PasswordFile.empty().withUser("editor", PASSWORD, FAST).write(second);
        assertFalse(Files.readAllLines(file).get(1).equals(Files.readAllLines(second).get(1)), "a new salt each time");
        Files.writeString(file, "editor:plain-text-password\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PasswordFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":1: not a password line"), e.getMessage());
    }

    @Test
    void onlyAWriterWithTheRightPasswordMayPost() throws Exception {
        KeepingIntake intake = new KeepingIntake();
        PasswordFile writers = PasswordFile.empty().withUser("editor", PASSWORD, FAST);
        try (ServedStore s = new ServedStore(ServedStore.graphs(1, 1),
                ParleyServer.Options.defaults().withWrites(new WriteAccess(intake, writers)))) {
            URI endpoint = URI.create(s.url("parley/ingest?name=talks.txt"));
            byte[] article = "Talks resumed in Oslo on Monday.".getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> anonymous = ServedStore.send(HttpRequest.newBuilder(endpoint)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(article)));
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            HttpResponse<String> wrong = ServedStore.send(HttpRequest.newBuilder(endpoint)
                    .header("Authorization", basic("editor", "guess")).POST(HttpRequest.BodyPublishers.ofByteArray(article)));
            assertEquals(401, wrong.statusCode());
            assertTrue(intake.received.isEmpty());

            HttpResponse<String> ok = ServedStore.send(HttpRequest.newBuilder(endpoint)
                    .header("Authorization", basic("editor", new String(PASSWORD)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(article)));
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().contains("\"stored\":1"), ok.body());
            assertArrayEquals(article, intake.received.get("talks.txt"));

            HttpResponse<String> get = ServedStore.send(HttpRequest.newBuilder(endpoint)
                    .header("Authorization", basic("editor", new String(PASSWORD))).GET());
            assertEquals(405, get.statusCode());
            HttpResponse<String> update = ServedStore.send(HttpRequest.newBuilder(URI.create(s.url("parley/update")))
                    .header("Authorization", basic("editor", new String(PASSWORD)))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")));
            assertEquals(405, update.statusCode(), "writers may ingest articles, nothing else");
        }
    }

    @Test
    void theClientUploadsAndReportsWhatTheServerSkipped() throws Exception {
        KeepingIntake intake = new KeepingIntake();
        PasswordFile writers = PasswordFile.empty().withUser("editor", PASSWORD, FAST);
        try (ServedStore s = new ServedStore(ServedStore.graphs(1, 1),
                ParleyServer.Options.defaults().withWrites(new WriteAccess(intake, writers)))) {
            ParleyClient client = new ParleyClient(URI.create(s.server.baseUrl()));
            ArticleIntake.Report good = client.ingest("a b.txt", "Talks.".getBytes(StandardCharsets.UTF_8), "editor", PASSWORD);
            assertEquals(1, good.stored());
            assertTrue(intake.received.containsKey("a b.txt"));
            ArticleIntake.Report bad = client.ingest("bad.txt", new byte[] {' '}, "editor", PASSWORD);
            assertEquals(List.of("bad.txt: empty article body"), bad.skipped());
            ParleyClient.ClientException refused = assertThrows(ParleyClient.ClientException.class,
                    () -> client.ingest("a.txt", new byte[] {'x'}, "editor", "nope".toCharArray()));
            assertTrue(refused.getMessage().contains("refused user 'editor'"), refused.getMessage());
        }
    }

    @Test
    void backupsNeedTheServersToken() throws Exception {
        byte[] snapshot = "snapshot bytes".getBytes(StandardCharsets.UTF_8);
        BackupAccess backup = BackupAccess.withNewToken(out -> out.write(snapshot));
        try (ServedStore s = new ServedStore(ServedStore.graphs(1, 1), ParleyServer.Options.defaults().withBackup(backup))) {
            ParleyClient client = new ParleyClient(URI.create(s.server.baseUrl()));
            try (InputStream in = client.backup(backup.token())) {
                assertArrayEquals(snapshot, in.readAllBytes());
            }
            ParleyClient.ClientException e = assertThrows(ParleyClient.ClientException.class, () -> client.backup("guess"));
            assertTrue(e.getMessage().contains("HTTP 403"), e.getMessage());
            Path store = Files.createDirectory(dir.resolve("store"));
            new ControlFile(s.server.baseUrl(), 42, backup.token()).write(store);
            assertEquals(new ControlFile(s.server.baseUrl(), 42, backup.token()), ControlFile.read(store).orElseThrow());
            ControlFile.delete(store);
            assertTrue(ControlFile.read(store).isEmpty());
        }
    }
}
