package org.parley.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable name of the extraction rule that made a fact: a mention, a statement, an argument or a link
 * ({@code statement.demand.call-on}, {@code maker.subject}, {@code place.content}). Dotted lower-case words,
 * the first naming the rule family. It travels with the fact into the graph as {@code parley:rule}, so a
 * wrong fact can be traced to its rule and each rule's precision measured.
 *
 * @param id the name, e.g. {@code maker.passive-agent}
 */
public record RuleId(String id) implements Comparable<RuleId> {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    public RuleId {
        Objects.requireNonNull(id, "id");
        if (!SHAPE.matcher(id).matches()) {
            throw new IllegalArgumentException("not a rule id (dotted lower-case words, e.g. maker.subject): " + id);
        }
    }

    /** The rule id {@code id}; throws IllegalArgumentException when it is not shaped like one. */
    public static RuleId of(String id) {
        return new RuleId(id);
    }

    /** The family: the first word ({@code maker} of {@code maker.subject}). */
    public String family() {
        return id.substring(0, id.indexOf('.'));
    }

    @Override
    public int compareTo(RuleId o) {
        return id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
