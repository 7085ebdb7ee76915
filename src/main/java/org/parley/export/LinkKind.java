package org.parley.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of link in the actor network, named as {@code queries/actor-network.rq} writes them. */
public enum LinkKind {
    DEMANDED_OF("demanded-of"),
    OFFERED_TO("offered-to"),
    REJECTED("rejected"),
    NAMES_REGION("names-region"),
    NAMES_ORGANIZATION("names-organization");

    private final String label;

    LinkKind(String label) {
        this.label = label;
    }

    /** {@code demanded-of}, {@code names-region}, ... */
    public String label() {
        return label;
    }

    /** Parses a label ({@code demanded-of}) or a constant name, any case. */
    public static LinkKind parse(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (LinkKind kind : values()) {
            if (kind.label.equals(k)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown link kind \"" + s + "\", expected one of " + labels());
    }

    /** Every label, comma-separated, for messages and help. */
    public static String labels() {
        return Arrays.stream(values()).map(LinkKind::label).collect(Collectors.joining(", "));
    }
}
