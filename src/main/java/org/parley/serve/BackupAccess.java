package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * {@code GET /backup}: a snapshot of the served store, for {@code parley backup --store DIR} while the server holds
 * the store. Only a client that shows the token may have it; the server writes the token into its
 * {@link ControlFile} in the store folder, so whoever may read the store's files may back it up, and nobody else.
 *
 * @param source what writes the snapshot
 * @param token  the secret a client must send in the {@value #TOKEN_HEADER} header
 */
public record BackupAccess(SnapshotSource source, String token) {

    /** The endpoint's path. */
    public static final String PATH = "/backup";
    /** The request header carrying the token. */
    public static final String TOKEN_HEADER = "Parley-Backup-Token";

    public BackupAccess {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(token, "token");
    }

    /** Backup access with a new random token. */
    public static BackupAccess withNewToken(SnapshotSource source) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new BackupAccess(source, HexFormat.of().formatHex(secret));
    }

    HttpServlet servlet() {
        return new Servlet(source, token.getBytes(StandardCharsets.UTF_8));
    }

    private static final class Servlet extends HttpServlet {
        private final transient SnapshotSource source;
        private final byte[] token;

        Servlet(SnapshotSource source, byte[] token) {
            this.source = source;
            this.token = token;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String given = req.getHeader(TOKEN_HEADER);
            if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN, "backups need the token of the server's control file");
                return;
            }
            resp.setContentType("application/gzip");
            source.writeTo(resp.getOutputStream());
        }
    }
}
