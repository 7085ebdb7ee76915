package org.parley.export;

import java.util.Objects;

/**
 * A node of the actor network: an entity at one end of a link at least.
 *
 * @param iri      the entity's IRI; never null
 * @param label    its label, or its IRI when it has none; never null
 * @param type     Person, Organization, Country, Region or City; empty when unknown; never null
 * @param wikidata the Wikidata item's IRI, or empty; never null
 * @param made     statements of the network it made
 * @param received demands and offers addressed to it, and rejections of its proposals
 * @param named    statements that name it as a region or organization
 */
public record ActorNode(String iri, String label, String type, String wikidata, long made, long received, long named) {

    public ActorNode {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(wikidata, "wikidata");
    }

    /** Every statement it takes part in: made, received and named. */
    public long statements() {
        return made + received + named;
    }
}
