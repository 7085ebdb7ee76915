package org.parley.queries;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every file in {@code queries/} parses as SPARQL 1.1; the library's queries start with their title and description. */
class QueryFilesTest {

    private static final Path DIR = Path.of("queries");

    /** The graph model's query library (other files of the folder have other owners and may lack the header). */
    private static final List<String> LIBRARY = List.of("entities.rq", "statements.rq", "regions-in-demands.rq",
            "offers-with-conditions.rq", "actors-by-statements.rq", "entity-evidence.rq", "co-occurring-actors.rq",
            "rejections.rq", "rule-provenance.rq", "mention-rules.rq", "actor-network.rq", "find-entity.rq",
            "regions-ranked.rq", "region-demands.rq", "entities-paged.rq", "statements-paged.rq");

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryParses() throws IOException {
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Query q = assertDoesNotThrow(() -> QueryFactory.create(text, Syntax.syntaxSPARQL_11), f + ": does not parse");
            assertTrue(q.isSelectType() || q.isConstructType() || q.isAskType() || q.isDescribeType(), f.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> libraryQueriesStartWithTitleAndDescription() {
        return LIBRARY.stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            Path f = DIR.resolve(n);
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            assertTrue(lines.size() > 2 && lines.get(0).matches("# title: \\S.*"), f + ": first line must be '# title: ...'");
            assertTrue(lines.get(1).matches("# description: \\S.*"), f + ": second line must be '# description: ...'");
        }));
    }

    @Test
    void theLibraryIsComplete() throws IOException {
        List<String> names = files().stream().map(p -> p.getFileName().toString()).toList();
        for (String n : LIBRARY) {
            assertTrue(names.contains(n), "missing queries/" + n);
        }
    }

    @Test
    void queriesArePackagedOnTheClasspath() {
        assertTrue(QueryFilesTest.class.getResource("/queries/entities.rq") != null, "/queries/entities.rq not on the classpath");
    }
}
