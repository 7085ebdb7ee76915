package org.parley.core;

import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read from its source: metadata and the body text that every
 * character offset in Parley refers to. Serializable, so that a distributed job can move it between machines.
 *
 * @param id        stable identity: {@link #identityOf(String, String)}; never null
 * @param docName   base name of the source file without its extension (the evaluation's {@code doc}); never null
 * @param source    where it was read, for messages: {@code path} or {@code path:line}; never null
 * @param url       canonical URL, or null
 * @param title     headline, or null
 * @param published publication date, or null when the source gives none
 * @param authors   bylines, possibly empty
 * @param publisher publisher name, or null
 * @param body      the article text without header, byline or publisher line; never blank
 */
public record Article(String id, String docName, String source, String url, String title,
                      LocalDate published, List<String> authors, String publisher, String body) implements Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(docName, "docName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        authors = List.copyOf(authors);
        if (body.isBlank()) {
            throw new IllegalArgumentException(source + ": empty article body");
        }
    }

    /** SHA-256 of the body, lower-case hex. */
    public String contentHash() {
        return sha256(body);
    }

    /**
     * The identity of an article: {@code url:} plus the normalized URL when there is one,
     * else {@code sha256:} plus the hash of the body. The same article read twice gets the same id.
     */
    public static String identityOf(String url, String body) {
        if (url != null && !url.isBlank()) {
            return "url:" + normalizeUrl(url.strip());
        }
        return "sha256:" + sha256(body);
    }

    private static String normalizeUrl(String url) {
        try {
            URI u = URI.create(url).normalize();
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase();
            if (scheme.equals("http")) {
                scheme = "https";
            }
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase();
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            if (path.endsWith("/") && path.length() > 1) {
                path = path.substring(0, path.length() - 1);
            }
            String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
            return scheme + "://" + host + (u.getPort() > 0 ? ":" + u.getPort() : "") + path + query;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
