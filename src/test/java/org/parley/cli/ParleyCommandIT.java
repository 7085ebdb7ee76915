package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user runs it: exit codes, one-line errors, stdout carrying only results. */
class ParleyCommandIT {

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter picoErr = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cl = ParleyCommand.commandLine(args.length == 0 ? "" : args[0]); // as main builds it
            cl.setErr(new PrintWriter(picoErr, true));
            int exit = cl.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) + picoErr);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void badArticlesAreSkippedWithOneLineEachAndTheRestGoesIn() throws IOException {
        write("good.txt", "date 2024-03-02 By LENA FISCHER\n\nParley Wire\n\n"
                + "The government of Moldova called on Russia to withdraw its troops from Transnistria. "
                + "President Maia Sandu said talks could resume in Chisinau if the troops left.");
        write("repeat.txt", "date 2024-03-02 By LENA FISCHER\n\nParley Wire\n\n"
                + "The government of Moldova called on Russia to withdraw its troops from Transnistria. "
                + "President Maia Sandu said talks could resume in Chisinau if the troops left.");
        write("empty.txt", "   \n");
        Files.write(dir.resolve("in/binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14});
        write("german.txt", "Die Regierung in Berlin hat am Montag neue Gespräche über einen Waffenstillstand "
                + "vorgeschlagen. Der Außenminister sagte, man sei bereit, sofort mit allen Beteiligten zu verhandeln, "
                + "wenn die Angriffe auf die Städte im Osten des Landes aufhören.");
        write("feed.jsonl", "{\"url\": \"https://example.org/a\", \"published\": \"31/12/2024\", \"text\": \"Some text.\"}\n{not json\n");
        Path store = dir.resolve("store");

        Run r = run("ingest", "--store", store.toString(), dir.resolve("in").toString());

        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out(), "ingest prints its diagnostics on stderr only");
        for (String name : List.of("repeat.txt", "empty.txt", "binary.txt", "german.txt", "feed.jsonl:1", "feed.jsonl:2")) {
            assertTrue(r.err().lines().anyMatch(l -> l.contains(name)), "no line names " + name + ":\n" + r.err());
        }
        assertTrue(r.err().contains("not English"), r.err());
        assertTrue(r.err().contains("duplicate of the article read from"), r.err());
        assertTrue(r.err().contains("stored 1 articles, skipped 6"), r.err());

        Run q = run("query", "--store", store.toString(), "--format", "csv", "entities");
        assertEquals(0, q.exit(), q.err());
        List<String> lines = q.out().lines().toList();
        assertEquals("doc,entity,label,type,wikidata,mentions", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("good,") && l.contains(",Transnistria,Region,")), q.out());
    }

    @Test
    void strictStopsAtTheFirstProblemWithExitCode2() throws IOException {
        write("a-empty.txt", "\n");
        write("b-good.txt", "The foreign minister of Peru offered to host talks in Lima.");
        Run r = run("ingest", "--strict", "--store", dir.resolve("store").toString(), dir.resolve("in").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("a-empty.txt"), r.err());
    }

    @Test
    void queryErrorsAreOneLineWithExitCode2() throws IOException {
        write("good.txt", "Chile offered to host talks in Santiago between the two sides.");
        Path store = dir.resolve("store");
        assertEquals(0, run("ingest", "--store", store.toString(), dir.resolve("in").toString()).exit());
        Path bad = write("bad.rq", "SELECT ?x WHERE { ?x ");

        Run syntax = run("query", "--store", store.toString(), bad.toString());
        assertEquals(2, syntax.exit());
        assertTrue(syntax.err().contains("bad.rq"), syntax.err());
        assertEquals(1, syntax.err().strip().lines().count(), syntax.err());

        Run unknown = run("query", "--store", store.toString(), "no-such-query");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("regions-in-demands"), "lists the bundled queries: " + unknown.err());

        Run missing = run("query", "--store", dir.resolve("nowhere").toString(), "entities");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such store folder"), missing.err());
    }

    @Test
    void reingestingTheSameFileChangesNothing() throws IOException {
        write("one.txt", "Japan urged North Korea to return the abductees and offered talks in Tokyo.");
        Path store = dir.resolve("store");
        String in = dir.resolve("in").toString();
        assertEquals(0, run("ingest", "--store", store.toString(), in).exit());
        Path count = write("count.rq", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        String before = run("query", "--store", store.toString(), "--format", "csv", count.toString()).out();
        assertEquals(0, run("ingest", "--store", store.toString(), in).exit());
        String after = run("query", "--store", store.toString(), "--format", "csv", count.toString()).out();
        assertEquals(before, after);
        assertFalse(before.isBlank());
    }

    @Test
    void dryRunWritesTrigAndNoStore() throws IOException {
        write("one.txt", "Kenya offered to host peace talks in Nairobi next month.");
        Run r = run("ingest", "--dry-run", dir.resolve("in").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Nairobi"), r.out());
        assertFalse(Files.exists(dir.resolve("store")));
    }

    @Test
    void loadPutsShardsIntoAStoreAndRefusesABadOneWithOneLine() throws IOException {
        String quad = "<https://example.org/s> <https://example.org/p> \"o\" <https://example.org/g>";
        Path good = write("good.nq", quad + " .\n");
        Path bad = write("bad.nq", quad + " .\n" + quad + " <https://example.org/extra> .\n");
        Path store = dir.resolve("store");

        Run loaded = run("load", "--store", store.toString(), good.toString());
        assertEquals(0, loaded.exit(), loaded.err());
        assertTrue(loaded.err().contains("loaded 1 article graphs (1 quads"), loaded.err());

        Run refused = run("load", "--store", store.toString(), bad.toString());
        assertEquals(2, refused.exit(), refused.err());
        List<String> lines = refused.err().lines().filter(l -> l.startsWith("parley:")).toList();
        assertEquals(1, lines.size(), refused.err());
        assertTrue(lines.get(0).startsWith("parley: " + bad + ": [line: 2"), lines.get(0));
    }
}
