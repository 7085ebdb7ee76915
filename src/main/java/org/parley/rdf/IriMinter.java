package org.parley.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.parley.core.Article;
import org.parley.core.CharSpan;
import org.parley.core.Entity;
import org.parley.core.ExtractionRun;

/**
 * The one place where data IRIs are made, all under a configurable base
 * (default {@value #DEFAULT_BASE}). Immutable and thread-safe.
 *
 * <pre>{@code
 * IriMinter m = new IriMinter(IriMinter.DEFAULT_BASE);
 * m.entity(putin);           // https://w3id.org/parley/id/entity/Q7747
 * m.articleGraph(article);   // https://w3id.org/parley/id/graph/article/3f2a...
 * }</pre>
 */
public final class IriMinter {

    /** The project's own identifier space (w3id.org redirect). */
    public static final String DEFAULT_BASE = "https://w3id.org/parley/id/";

    private final String base;

    /** @param base an absolute http(s) or urn IRI ending in {@code /} or {@code #} (or {@code :} for urn) */
    public IriMinter(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("(https?://[^\\s<>\"{}|\\\\^`]+[/#])|(urn:[^\\s<>\"{}|\\\\^`]+[:/])")) {
            throw new IllegalArgumentException("IRI base \"" + base
                    + "\" must be an absolute http(s) or urn IRI ending in '/' or '#'");
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** The article: {@code base/article/<h>} where h is the first 32 hex digits of SHA-256 of {@link Article#id()}. */
    public Node article(Article article) {
        return uri("article/" + articleKey(article));
    }

    /** The named graph holding everything extracted from the article: {@code base/graph/article/<h>}. */
    public Node articleGraph(Article article) {
        return uri("graph/article/" + articleKey(article));
    }

    /** The article body as a NIF context: {@code base/article/<h>/text}. */
    public Node text(Article article) {
        return uri("article/" + articleKey(article) + "/text");
    }

    /** A sentence of the body by its index: {@code base/article/<h>/sentence/<i>}. */
    public Node sentence(Article article, int index) {
        return uri("article/" + articleKey(article) + "/sentence/" + index);
    }

    /**
     * A mention by its offsets: {@code base/article/<h>/mention/<begin>-<end>}; {@code ordinal} &gt; 0
     * tells apart mentions of the same span ({@code -2}, {@code -3}, ...).
     */
    public Node mention(Article article, CharSpan span, int ordinal) {
        return uri("article/" + articleKey(article) + "/mention/" + span.begin() + "-" + span.end()
                + (ordinal > 0 ? "-" + (ordinal + 1) : ""));
    }

    /** A statement by its local id: {@code base/article/<h>/statement/<id>}. */
    public Node statement(Article article, String statementId) {
        return uri("article/" + articleKey(article) + "/statement/" + encode(statementId));
    }

    /** The n-th qualified argument of a statement: {@code base/article/<h>/statement/<id>/argument/<n>}. */
    public Node argument(Article article, String statementId, int n) {
        return uri("article/" + articleKey(article) + "/statement/" + encode(statementId) + "/argument/" + n);
    }

    /** The n-th qualified link of a statement: {@code base/article/<h>/statement/<id>/link/<n>}. */
    public Node link(Article article, String statementId, int n) {
        return uri("article/" + articleKey(article) + "/statement/" + encode(statementId) + "/link/" + n);
    }

    /** An entity: {@code base/entity/Q7747} when keyed by Wikidata, else {@code base/entity/person/jane-doe}. */
    public Node entity(Entity entity) {
        return entity(entity.key());
    }

    /** An entity by its catalog key (a Q-id or {@code type/slug}); {@code /} is kept, other unsafe characters are percent-encoded. */
    public Node entity(String key) {
        if (key.isBlank()) {
            throw new IllegalArgumentException("blank entity key");
        }
        StringBuilder sb = new StringBuilder("entity/");
        String[] segments = key.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(encode(segments[i]));
        }
        return uri(sb.toString());
    }

    /** An extraction run: {@code base/run/<id>}. */
    public Node run(ExtractionRun run) {
        return uri("run/" + encode(run.id()));
    }

    /** Parley as the software agent of a version: {@code base/agent/parley/<version>}. */
    public Node agent(String softwareVersion) {
        return uri("agent/parley/" + encode(softwareVersion));
    }

    /** A model or data file a run used, by name: {@code base/model/<encoded name>}. */
    public Node model(String name) {
        return uri("model/" + encode(name));
    }

    /** The named graph of the entity catalog: {@code base/graph/catalog}. */
    public Node catalogGraph() {
        return uri("graph/catalog");
    }

    /** The named graph of the statement index: {@code base/graph/index}. */
    public Node indexGraph() {
        return uri("graph/index");
    }

    /**
     * A pair of actors in the statement index: {@code base/index/pair/<h>}, h the first 32 hex digits of the SHA-256
     * of the two IRIs in order, space-separated.
     */
    public Node actorPair(Node first, Node second) {
        return uri("index/pair/" + sha256(first.getURI() + " " + second.getURI()).substring(0, 32));
    }

    /** Whether {@code graph} is an article's graph minted here. */
    public boolean isArticleGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(base + "graph/article/");
    }

    /** The named graph holding the ontology: {@code base/graph/ontology}. */
    public Node ontologyGraph() {
        return uri("graph/ontology");
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }

    private static String articleKey(Article article) {
        return sha256(article.id()).substring(0, 32);
    }

    /**
     * Percent-encodes all but ASCII letters, digits and {@code - . _ ~}; an empty segment becomes {@code _}
     * and a {@code .} or {@code ..} segment is encoded, so that no IRI resolution can change the path.
     */
    static String encode(String s) {
        if (s.isEmpty()) {
            return "_";
        }
        if (s.equals(".") || s.equals("..")) {
            return s.replace(".", "%2E");
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
