package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class QueryBindingsTest {

    private static final Query QUERY = QueryFactory.create(
            "SELECT ?label WHERE { VALUES ?entity { <urn:x> } ?entity <urn:label> ?label FILTER(?lang = \"en\") }");

    @Test
    void anIriOrALiteralIsBoundToAVariableOfTheQuery() {
        assertEquals(Map.of("entity", NodeFactory.createURI("http://www.wikidata.org/entity/Q212"),
                        "lang", NodeFactory.createLiteralString("uk")),
                QueryBindings.parse(Map.of("entity", "<http://www.wikidata.org/entity/Q212>", "?lang", "\"uk\""), QUERY, "q.rq"));
    }

    @Test
    void aVariableTheQueryLacksIsRefused() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> QueryBindings.parse(Map.of("entitty", "<urn:y>"), QUERY, "queries/entity-evidence.rq"));
        assertEquals("--bind entitty: queries/entity-evidence.rq has no variable ?entitty (it has ?entity, ?label, ?lang)",
                e.getMessage());
    }

    @Test
    void variablesAndBlankNodesAreNotValues() {
        BadInputException variable = assertThrows(BadInputException.class,
                () -> QueryBindings.parse(Map.of("entity", "?other"), QUERY, "q.rq"));
        assertTrue(variable.getMessage().startsWith("--bind entity: ?other is a variable, not a value"), variable.getMessage());
        BadInputException blank = assertThrows(BadInputException.class,
                () -> QueryBindings.parse(Map.of("entity", "_:b0"), QUERY, "q.rq"));
        assertTrue(blank.getMessage().startsWith("--bind entity: _:b0 is a blank node"), blank.getMessage());
        BadInputException junk = assertThrows(BadInputException.class,
                () -> QueryBindings.parse(Map.of("entity", "not a term"), QUERY, "q.rq"));
        assertTrue(junk.getMessage().startsWith("--bind entity: not an RDF term in Turtle syntax"), junk.getMessage());
        for (BadInputException e : new BadInputException[] {variable, blank, junk}) {
            assertEquals(1, e.getMessage().lines().count());
        }
    }
}
