package org.parley.export;

import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.ParleyVocab;

/**
 * Turns the triples of {@code queries/actor-network.rq}, as the query yields them, into nodes and links for a
 * {@link NetworkSink}. The query makes all the triples of one node or link in a row, so a record ends where the
 * subject changes; only the record being read is held. Not thread-safe.
 */
final class NetworkRecordReader implements Consumer<Triple> {

    private final NetworkSink sink;
    private Node subject;
    private Record current;

    NetworkRecordReader(NetworkSink sink) {
        this.sink = sink;
    }

    @Override
    public void accept(Triple t) {
        if (!t.getSubject().equals(subject)) {
            flush();
            subject = t.getSubject();
            current = new Record();
        }
        current.add(t.getPredicate(), t.getObject());
    }

    /** Hands on the last record; call once after the last triple. */
    void end() {
        flush();
        subject = null;
    }

    private void flush() {
        if (current == null) {
            return;
        }
        if (current.source != null) {
            sink.link(current.toLink());
        } else {
            sink.node(current.toNode(subject));
        }
        current = null;
    }

    /** The values of one subject, as they arrive. */
    private static final class Record {
        String label;
        String type = "";
        String wikidata = "";
        long made;
        long received;
        long named;
        String source;
        String target;
        String kind;
        long weight;
        String first = "";
        String last = "";
        String evidence = "";

        void add(Node p, Node o) {
            if (p.equals(RDF.Nodes.type)) {
                type = o.isURI() && !o.equals(ParleyVocab.ActorLink) ? o.getLocalName() : type;
            } else if (p.equals(RDFS.Nodes.label)) {
                label = text(o);
            } else if (p.equals(ParleyVocab.wikidata)) {
                wikidata = o.isURI() ? o.getURI() : text(o);
            } else if (p.equals(ParleyVocab.statementsMade)) {
                made = number(o);
            } else if (p.equals(ParleyVocab.statementsReceived)) {
                received = number(o);
            } else if (p.equals(ParleyVocab.statementsNaming)) {
                named = number(o);
            } else if (p.equals(ParleyVocab.source)) {
                source = o.getURI();
            } else if (p.equals(ParleyVocab.target)) {
                target = o.getURI();
            } else if (p.equals(ParleyVocab.linkKind)) {
                kind = text(o);
            } else if (p.equals(ParleyVocab.weight)) {
                weight = number(o);
            } else if (p.equals(ParleyVocab.firstDate)) {
                first = text(o);
            } else if (p.equals(ParleyVocab.lastDate)) {
                last = text(o);
            } else if (p.equals(ParleyVocab.exampleEvidence)) {
                evidence = text(o);
            }
        }

        ActorNode toNode(Node iri) {
            String id = iri.isURI() ? iri.getURI() : iri.toString();
            return new ActorNode(id, label == null ? id : label, type, wikidata, made, received, named);
        }

        ActorLink toLink() {
            if (target == null || kind == null) {
                throw new IllegalStateException("actor network: a link from " + source + " without target or kind");
            }
            return new ActorLink(source, target, LinkKind.parse(kind), weight, first, last, evidence);
        }

        private static String text(Node o) {
            return o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
        }

        private static long number(Node o) {
            return o.isLiteral() ? Long.parseLong(o.getLiteralLexicalForm()) : 0;
        }
    }
}
