package org.parley.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes RDF as JSON-LD 1.1, one graph at a time, without holding more than one subject's triples: a top-level
 * {@code @graph} whose entries are the default graph's nodes and one {@code {"@id": g, "@graph": [...]}} per named
 * graph. The context is {@code ontology/context.jsonld} (prefixes only, written inline so that no reader has to
 * fetch it); IRIs under its prefixes are written as compact IRIs. Not thread-safe.
 *
 * <pre>{@code
 * JsonLdWriter w = new JsonLdWriter(out);
 * w.start(); w.graph(name, triples); w.finish();
 * }</pre>
 */
public final class JsonLdWriter {

    /** The context's classpath resource (the build copies {@code ontology/} into the jar). */
    public static final String CONTEXT_RESOURCE = "ontology/context.jsonld";

    private static final Map<String, String> PREFIXES = readPrefixes();

    private final JsonGenerator json;

    public JsonLdWriter(OutputStream out) {
        this.json = JsonCalls.generator(out).useDefaultPrettyPrinter();
    }

    /** The context's prefixes, prefix to namespace. */
    public static Map<String, String> prefixes() {
        return PREFIXES;
    }

    public void start() {
        JsonCalls.write(() -> {
            json.writeStartObject();
            json.writeObjectFieldStart("@context");
            for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
                json.writeStringField(p.getKey(), p.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("@graph");
        });
    }

    /** Writes one graph; {@code name} is {@link Quad#defaultGraphIRI} (or null) for the default graph. */
    public void graph(Node name, Iterator<Triple> triples) {
        boolean named = name != null && !Quad.isDefaultGraph(name);
        if (named) {
            JsonCalls.write(() -> {
                json.writeStartObject();
                json.writeStringField("@id", id(name));
                json.writeArrayFieldStart("@graph");
            });
        }
        Node subject = null;
        List<Triple> same = new ArrayList<>();
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (!t.getSubject().equals(subject)) {
                nodeObject(same);
                same.clear();
                subject = t.getSubject();
            }
            same.add(t);
        }
        nodeObject(same);
        if (named) {
            JsonCalls.write(() -> {
                json.writeEndArray();
                json.writeEndObject();
            });
        }
    }

    public void finish() {
        JsonCalls.write(() -> {
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        });
    }

    /** One node object: {@code @id}, {@code @type} and each property's values, properties in sorted order. */
    private void nodeObject(List<Triple> triples) {
        if (triples.isEmpty()) {
            return;
        }
        Map<String, List<Node>> byProperty = new TreeMap<>();
        List<Node> types = new ArrayList<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(RDF.Nodes.type) && !t.getObject().isLiteral()) {
                types.add(t.getObject());
            } else {
                byProperty.computeIfAbsent(compact(t.getPredicate().getURI()), k -> new ArrayList<>()).add(t.getObject());
            }
        }
        JsonCalls.write(() -> {
            json.writeStartObject();
            json.writeStringField("@id", id(triples.get(0).getSubject()));
            if (!types.isEmpty()) {
                json.writeArrayFieldStart("@type");
                for (Node t : types) {
                    json.writeString(id(t));
                }
                json.writeEndArray();
            }
            for (Map.Entry<String, List<Node>> p : byProperty.entrySet()) {
                json.writeArrayFieldStart(p.getKey());
                for (Node o : p.getValue()) {
                    value(o);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
    }

    private void value(Node o) throws IOException {
        json.writeStartObject();
        if (o.isLiteral()) {
            json.writeStringField("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.writeStringField("@language", lang);
            } else if (!XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
                json.writeStringField("@type", compact(o.getLiteralDatatypeURI()));
            }
        } else {
            json.writeStringField("@id", id(o));
        }
        json.writeEndObject();
    }

    /** An IRI as a compact IRI when a prefix covers it, a blank node as {@code _:label}. */
    private static String id(Node n) {
        return n.isBlank() ? "_:b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "") : compact(n.getURI());
    }

    /** {@code parley:by} for an IRI under a prefix of the context, else the IRI itself. */
    public static String compact(String iri) {
        String prefix = null;
        String namespace = "";
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            String ns = p.getValue();
            if (iri.startsWith(ns) && ns.length() > namespace.length() && iri.length() > ns.length()
                    && !iri.startsWith("//", ns.length())) {
                prefix = p.getKey();
                namespace = ns;
            }
        }
        return prefix == null ? iri : prefix + ":" + iri.substring(namespace.length());
    }

    private static Map<String, String> readPrefixes() {
        try (InputStream in = JsonLdWriter.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath " + CONTEXT_RESOURCE + ": missing (the build should copy ontology/)");
            }
            JsonNode context = new ObjectMapper().readTree(in).path("@context");
            Map<String, String> prefixes = new TreeMap<>();
            context.fields().forEachRemaining(f -> prefixes.put(f.getKey(), f.getValue().asText()));
            if (prefixes.isEmpty()) {
                throw new IllegalStateException("classpath " + CONTEXT_RESOURCE + ": no prefixes in @context");
            }
            return Collections.unmodifiableMap(prefixes);
        } catch (IOException e) {
            throw new UncheckedIOException("classpath " + CONTEXT_RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
