package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

class ParsedQueriesTest {

    private static Query freshParse(String text) {
        return QueryFactory.create(text, ParsedQueries.FUSEKI_BASE, Syntax.syntaxARQ);
    }

    @Test
    void everyNamedQueryIsParsedOnceAndEachCopyIsTheQueryAFreshParseGives() {
        ParsedQueries parsed = new ParsedQueries();
        var library = NamedQueryLibrary.fromClasspath();
        assertTrue(library.size() > 10, "the named queries are on the class path");
        for (NamedQuery named : library) {
            ParsedQueries.Parsed first = parsed.of(named.text());
            assertSame(first, parsed.of(named.text()), named.name() + ": parsed again");
            Query fresh = freshParse(named.text());
            Query one = first.copy();
            Query other = first.copy();
            assertNotSame(one, other, named.name() + ": two requests share a query");
            assertEquals(fresh, one, named.name());
            assertEquals(ParsedQueries.oneLine(fresh), ParsedQueries.oneLine(one), named.name());
            assertEquals(ParsedQueries.oneLine(fresh), first.logForm(), named.name());
            assertEquals(fresh.getResultVars(), one.getResultVars(), named.name());
        }
        assertEquals(library.size(), parsed.size());
    }

    @Test
    void aTextThatDoesNotParseThrowsTheParsersExceptionAndIsNotKept() {
        ParsedQueries parsed = new ParsedQueries();
        String bad = "SELECT ?s WHERE { ?s ?p }";
        QueryParseException expected = assertThrows(QueryParseException.class, () -> freshParse(bad));
        QueryParseException got = assertThrows(QueryParseException.class, () -> parsed.of(bad));
        assertEquals(expected.getMessage(), got.getMessage());
        assertEquals(0, parsed.size());
    }

    @Test
    void theLeastRecentlyUsedTextGoesFirstAndALongTextIsNotKept() {
        ParsedQueries parsed = new ParsedQueries();
        ParsedQueries.Parsed kept = parsed.of("SELECT * { ?s ?p 0 }");
        ParsedQueries.Parsed eldest = parsed.of("SELECT * { ?s ?p 1 }");
        for (int i = 2; i <= ParsedQueries.MAX_ENTRIES + 1; i++) {
            assertSame(kept, parsed.of("SELECT * { ?s ?p 0 }"), "used again, so not the eldest");
            parsed.of("SELECT * { ?s ?p " + i + " }");
        }
        assertEquals(ParsedQueries.MAX_ENTRIES, parsed.size());
        assertSame(kept, parsed.of("SELECT * { ?s ?p 0 }"));
        assertNotSame(eldest, parsed.of("SELECT * { ?s ?p 1 }"), "dropped as the eldest, so parsed again");

        String padded = "SELECT * { ?s ?p ?o }" + " ".repeat(ParsedQueries.MAX_TEXT_CHARS);
        assertNotSame(parsed.of(padded), parsed.of(padded), "a text past the length bound is parsed every time");
    }
}
