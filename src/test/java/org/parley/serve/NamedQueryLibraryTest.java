package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedQueryLibraryTest {

    @Test
    void readsTitleAndDescriptionFromLeadingComments() {
        NamedQuery q = NamedQueryLibrary.parse("who-demands.rq",
                "# title: Who demands what\n#description:  Demands with their authors.\n\nSELECT * WHERE { ?s ?p ?o }\n# title: not this one\n");
        assertEquals("who-demands", q.name());
        assertEquals("Who demands what", q.title());
        assertEquals("Demands with their authors.", q.description());
        NamedQuery bare = NamedQueryLibrary.parse("bare.rq", "SELECT * WHERE { ?s ?p ?o }\n# title: too late\n");
        assertEquals("bare", bare.title(), "title falls back to the name");
        assertEquals("", bare.description());
    }

    @Test
    void readsRqFilesOfAFolderSortedByName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.rq"), "# title: B\nASK {}\n");
        Files.writeString(dir.resolve("a.rq"), "# title: A\nASK {}\n");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        List<NamedQuery> qs = NamedQueryLibrary.fromFolder(dir);
        assertEquals(List.of("a", "b"), qs.stream().map(NamedQuery::name).toList());
        assertEquals(List.of(), NamedQueryLibrary.fromFolder(dir.resolve("absent")));
    }

    @Test
    void readsQueriesPackedInAJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("q.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("queries/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("queries/in-jar.rq"));
            out.write("# title: From a jar\nSELECT ?x WHERE { ?x ?p ?o }\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        URI uri;
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            uri = loader.getResource("queries").toURI();
        }
        assertEquals("jar", uri.getScheme());
        List<NamedQuery> qs = NamedQueryLibrary.fromUri(uri);
        assertEquals(1, qs.size(), uri.toString());
        assertEquals("in-jar", qs.get(0).name());
        assertEquals("From a jar", qs.get(0).title());
    }

    @Test
    void findsOneBundledQueryAloneAsTheLibraryHasIt() {
        NamedQuery listed = NamedQueryLibrary.fromClasspath().stream().filter(q -> q.name().equals("find-entity"))
                .findFirst().orElseThrow();
        assertEquals(Optional.of(listed), NamedQueryLibrary.findZeroOrOne("find-entity"));
        assertEquals(Optional.empty(), NamedQueryLibrary.findZeroOrOne("no-such-query"));
        assertEquals(Optional.empty(), NamedQueryLibrary.findZeroOrOne("../queries/find-entity"));
    }

    @Test
    void everyQueryOnTheClasspathParses() {
        for (NamedQuery q : NamedQueryLibrary.fromClasspath()) {
            QueryFactory.create(q.text());
            assertTrue(!q.title().isBlank(), q.name());
        }
    }
}
