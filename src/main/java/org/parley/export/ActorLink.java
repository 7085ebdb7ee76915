package org.parley.export;

import java.util.Objects;

/**
 * A link of the actor network: the statements of one kind from one entity to another.
 *
 * @param source    the maker's IRI; never null
 * @param target    the other party's IRI; never null
 * @param kind      the kind; never null
 * @param weight    the number of statements
 * @param firstDate the earliest statement date (ISO), or empty when none is dated; never null
 * @param lastDate  the latest statement date (ISO), or empty; never null
 * @param evidence  one statement's sentence, or empty; never null
 */
public record ActorLink(String source, String target, LinkKind kind, long weight, String firstDate, String lastDate,
                        String evidence) {

    public ActorLink {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstDate, "firstDate");
        Objects.requireNonNull(lastDate, "lastDate");
        Objects.requireNonNull(evidence, "evidence");
    }
}
