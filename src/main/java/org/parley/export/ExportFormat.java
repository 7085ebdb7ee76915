package org.parley.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What {@code parley export} and the server's {@code /parley/export/} write: the actor network for graph tools
 * (GraphML, GEXF, CSV node and edge tables) or the whole RDF of the store (JSON-LD, N-Quads, TriG).
 */
public enum ExportFormat {
    GRAPHML("graphml", "application/graphml+xml", true),
    GEXF("gexf", "application/gexf+xml", true),
    CSV("csv", "text/csv", true),
    JSONLD("jsonld", "application/ld+json", false),
    NQUADS("nq", "application/n-quads", false),
    TRIG("trig", "application/trig", false);

    private final String extension;
    private final String mediaType;
    private final boolean network;

    ExportFormat(String extension, String mediaType, boolean network) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.network = network;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether this format carries the actor network (else the whole RDF). */
    public boolean network() {
        return network;
    }

    /** Parses a name ({@code graphml}, {@code n-quads}, {@code nquads}) or an extension ({@code nq}), any case. */
    public static ExportFormat parse(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replace("-", "");
        for (ExportFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(k) || f.extension.equals(k)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format \"" + s + "\", expected one of " + names());
    }

    /** Every format's name, for messages and help. */
    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
