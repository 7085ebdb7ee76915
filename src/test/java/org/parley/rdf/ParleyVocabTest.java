package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;
import org.parley.core.StatementFlag;
import org.parley.core.StatementKind;

class ParleyVocabTest {

    private final Graph ontology = OntologyGraph.load();

    @Test
    void everyConstantIsDeclaredInTheOntologyAndViceVersa() throws IllegalAccessException {
        Set<String> code = new TreeSet<>();
        for (Field f : ParleyVocab.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node n = (Node) f.get(null);
                if (n.getURI().startsWith(ParleyVocab.NS)) {
                    code.add(n.getURI());
                }
            }
        }
        for (EntityType t : EntityType.values()) {
            code.add(ParleyVocab.typeClass(t).getURI());
        }
        for (StatementKind k : StatementKind.values()) {
            code.add(ParleyVocab.kindClass(k).getURI());
            ParleyVocab.categories(k).forEach(c -> code.add(c.getURI()));
        }
        for (StatementFlag f : StatementFlag.values()) {
            code.add(ParleyVocab.flag(f).getURI());
        }
        for (MentionKind k : MentionKind.values()) {
            code.add(ParleyVocab.mentionKind(k).getURI());
        }
        for (String a : ParleyVocab.ACTIONS) {
            code.add(ParleyVocab.action(a).orElseThrow().getURI());
        }

        Set<String> declared = new TreeSet<>();
        ontology.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(ParleyVocab.NS)) {
                declared.add(t.getSubject().getURI());
            }
        });

        Set<String> missingInOntology = new TreeSet<>(code);
        missingInOntology.removeAll(declared);
        Set<String> missingInCode = new TreeSet<>(declared);
        missingInCode.removeAll(code);
        assertEquals(Set.of(), missingInOntology, "constants not declared in ontology/parley.ttl");
        assertEquals(Set.of(), missingInCode, "ontology terms without a constant in ParleyVocab");
        assertTrue(declared.size() > 60, "expected the full ontology, got " + declared.size() + " terms");
    }

    @Test
    void ontologyDeclaresItself() {
        assertTrue(ontology.contains(ParleyVocab.ONTOLOGY, RDF.Nodes.type, OWL.Ontology.asNode()));
    }

    @Test
    void actionConceptsCarryTheActionNameAsNotation() {
        Node notation = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation");
        for (String a : ParleyVocab.ACTIONS) {
            Node concept = ParleyVocab.action(a).orElseThrow();
            assertTrue(ontology.contains(concept, notation, org.apache.jena.graph.NodeFactory.createLiteralString(a)), a);
        }
        assertTrue(ParleyVocab.action("invade").isEmpty());
    }
}
