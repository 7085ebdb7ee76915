package org.parley.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The client side of a running Parley server's own endpoints: uploads to the write endpoint (retrying when the server
 * answers 503, after the time its {@code Retry-After} asks) and downloads from the backup endpoint. Thread-safe.
 */
public final class ParleyClient {

    /** A request the server refused or could not answer, in one line. */
    public static final class ClientException extends IOException {
        private static final long serialVersionUID = 1L;

        public ClientException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TRIES = 6;
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);

    private final URI base;
    private final HttpClient http;

    /** @param base the server's base URL, such as {@code http://127.0.0.1:3030/} */
    public ParleyClient(URI base) {
        Objects.requireNonNull(base, "base");
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Uploads one article file to {@code POST /parley/ingest}.
     *
     * @throws ClientException when the server refuses the credentials, the request, or stays busy
     */
    public ArticleIntake.Report ingest(String name, byte[] content, String user, char[] password)
            throws IOException, InterruptedException {
        URI uri = base.resolve("parley/" + WriteAccess.ENDPOINT + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Authorization", basic(user, password))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        HttpResponse<String> r = sendRetrying(request, HttpResponse.BodyHandlers.ofString());
        switch (r.statusCode()) {
            case 200, 422 -> {
                JsonNode body = JSON.readTree(r.body());
                List<String> skipped = new ArrayList<>();
                body.path("skipped").forEach(s -> skipped.add(s.asText()));
                return new ArticleIntake.Report(body.path("stored").asLong(), skipped, body.path("summary").asText());
            }
            case 401, 403 -> throw new ClientException(uri.resolve("ingest") + ": the server refused user '" + user
                    + "' (wrong user name or password, or the server was started without --password-file)");
            case 404 -> throw new ClientException(uri.resolve("ingest") + ": no write endpoint (start the server with"
                    + " --password-file FILE)");
            case 413 -> {
                return new ArticleIntake.Report(0, List.of(name + ": larger than the server's upload limit"), "");
            }
            default -> throw new ClientException(uri.resolve("ingest") + ": HTTP " + r.statusCode() + ": " + firstLine(r.body()));
        }
    }

    /** Opens the backup stream of {@code GET /backup} (gzipped N-Quads), showing {@code token}; the caller closes it. */
    public InputStream backup(String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(BackupAccess.PATH.substring(1)))
                .header(BackupAccess.TOKEN_HEADER, token).GET().build();
        HttpResponse<InputStream> r = sendRetrying(request, HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            String body;
            try (InputStream in = r.body()) {
                body = new String(in.readNBytes(500), StandardCharsets.UTF_8);
            }
            throw new ClientException(request.uri() + ": HTTP " + r.statusCode() + ": " + firstLine(body));
        }
        return r.body();
    }

    private <T> HttpResponse<T> sendRetrying(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<T> r;
            try {
                r = http.send(request, handler);
            } catch (java.net.ConnectException e) {
                throw new ClientException(request.uri() + ": cannot connect (is the server running?)");
            }
            if (r.statusCode() != 503 || attempt == MAX_TRIES) {
                if (r.statusCode() == 503) {
                    throw new ClientException(request.uri() + ": the server stayed busy (503) after " + MAX_TRIES + " tries");
                }
                return r;
            }
            long seconds = r.headers().firstValueAsLong("Retry-After").orElse(HttpLimits.RETRY_AFTER_SECONDS);
            Thread.sleep(Math.min(60, Math.max(1, seconds)) * 1000L);
        }
    }

    private static String basic(String user, char[] password) {
        PasswordFile.checkUserName(user);
        String pair = user + ":" + new String(password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String firstLine(String body) {
        String s = body == null ? "" : body.strip();
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
