package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.Article;
import org.parley.core.InputProblem;

class JsonArticleReaderTest {

    @TempDir
    Path dir;

    private final JsonArticleReader reader = new JsonArticleReader(Collected.CHECKS);

    private Collected read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return Collected.read(reader, file);
    }

    private static String line(String json) {
        return json.replace('\'', '"') + "\n";
    }

    @Test
    void oneObjectWithEveryField() throws IOException {
        Article a = read("one.json", """
                {"url": "https://news.example.org/2024/05/bridge-talks",
                 "title": "Bridge talks stall",
                 "published": "2024-05-07T09:30:00+02:00",
                 "authors": ["SAMIRA HADDAD", "Tom Ellis"],
                 "publisher": "Example News",
                 "text": "The river authority rejected the proposal to share the bridge tolls."}
                """).only();
        assertEquals("https://news.example.org/2024/05/bridge-talks", a.url());
        assertEquals(Article.identityOf("https://news.example.org/2024/05/bridge-talks", a.body()), a.id());
        assertEquals("Bridge talks stall", a.title());
        assertEquals(LocalDate.of(2024, 5, 7), a.published());
        assertEquals(List.of("Samira Haddad", "Tom Ellis"), a.authors());
        assertEquals("Example News", a.publisher());
        assertEquals("The river authority rejected the proposal to share the bridge tolls.", a.body());
        assertEquals("one", a.docName());
        assertEquals(dir.resolve("one.json").toString(), a.source());
    }

    @Test
    void synonymsAreAccepted() throws IOException {
        Article a = read("syn.json", line(
                "{'datePublished': '2023-08-01', 'author': 'Ana Ruiz and Li Wei', 'body': 'The envoy offered a truce.'}"))
                .only();
        assertEquals(LocalDate.of(2023, 8, 1), a.published());
        assertEquals(List.of("Ana Ruiz", "Li Wei"), a.authors());
        assertEquals("The envoy offered a truce.", a.body());
        Article b = read("syn2.json", line("{'date': '2023-08-02Z', 'text': 'Talks resumed.'}")).only();
        assertEquals(LocalDate.of(2023, 8, 2), b.published());
        assertNull(b.url());
        assertEquals(List.of(), b.authors());
    }

    @Test
    void dateTimeKeepsTheDayOfItsOwnOffset() throws IOException {
        Article a = read("late.json", line("{'published': '2024-06-14T23:30:00-05:00', 'text': 'Late news.'}")).only();
        assertEquals(LocalDate.of(2024, 6, 14), a.published());
        Article b = read("local.json", line("{'published': '2024-06-14T23:30', 'text': 'Late news.'}")).only();
        assertEquals(LocalDate.of(2024, 6, 14), b.published());
    }

    @Test
    void arrayGivesEachArticleItsIndexAsSource() throws IOException {
        Collected c = read("many.json", "[" + line("{'text': 'First article.'}") + ","
                + line("{'title': 'no text here'}") + "," + line("{'text': 'Third article.'}") + "]");
        assertEquals(2, c.articles.size());
        String file = dir.resolve("many.json").toString();
        assertEquals(file + "[0]", c.articles.get(0).source());
        assertEquals(file + "[2]", c.articles.get(1).source());
        assertEquals("many", c.articles.get(1).docName());
        InputProblem p = c.onlyProblem();
        assertEquals(file + "[1]", p.location());
        assertEquals("missing field 'text' (or 'body'): the article text", p.message());
    }

    @Test
    void jsonLinesSkipABadLineAndKeepTheRest() throws IOException {
        String text = line("{'text': 'The first article.', 'published': '2024-01-02'}")
                + "\n"
                + "{\"text\": \"broken\n"
                + line("{'text': 'Bad date.', 'published': '12/31/24'}")
                + line("{'text': 'Feb thirtieth.', 'published': '2024-02-30'}")
                + line("{'text': 'Far future.', 'published': '2025-03-12'}")
                + line("{'text': 'Tomorrow is fine.', 'published': '2025-03-11'}")
                + line("{'text': '   '}")
                + line("[1, 2]")
                + line("{'text': 'Last one.'}");
        Collected c = read("feed.jsonl", text);
        String file = dir.resolve("feed.jsonl").toString();
        assertEquals(List.of("The first article.", "Tomorrow is fine.", "Last one."),
                c.articles.stream().map(Article::body).toList());
        assertEquals(List.of(file + ":1", file + ":7", file + ":10"),
                c.articles.stream().map(Article::source).toList());
        assertTrue(c.articles.stream().allMatch(a -> a.docName().equals("feed")));

        assertEquals(List.of(file + ":3", file + ":4", file + ":5", file + ":6", file + ":8", file + ":9"),
                c.problems.stream().map(InputProblem::location).toList());
        assertTrue(c.problems.get(0).message().startsWith("malformed JSON at column "), c.problems.get(0).message());
        assertEquals("field 'published' is not an ISO-8601 date: \"12/31/24\" (expected YYYY-MM-DD)",
                c.problems.get(1).message());
        assertEquals(file + ":4: field 'published' is not an ISO-8601 date: \"12/31/24\" (expected YYYY-MM-DD)",
                c.problems.get(1).toString());
        assertTrue(c.problems.get(2).message().contains("no such day"), c.problems.get(2).message());
        assertEquals("field 'published' is in the future: \"2025-03-12\" (today is 2025-03-10)",
                c.problems.get(3).message());
        assertEquals("empty article body", c.problems.get(4).message());
        assertEquals("expected a JSON object, found an array", c.problems.get(5).message());
    }

    @Test
    void malformedJsonFileIsOneProblemWithLineAndColumn() throws IOException {
        Collected c = read("broken.json", "{\n  \"text\": \"fine\",\n  \"title\" \"no colon\"\n}\n");
        assertEquals(List.of(), c.articles);
        InputProblem p = c.onlyProblem();
        assertEquals(dir.resolve("broken.json") + ":3", p.location());
        assertTrue(p.message().startsWith("malformed JSON at column 11: "), p.message());
    }

    @Test
    void jsonLinesInADotJsonFileIsMalformed() throws IOException {
        Collected c = read("lines.json", line("{'text': 'One.'}") + line("{'text': 'Two.'}"));
        assertEquals(List.of(), c.articles);
        assertEquals(dir.resolve("lines.json") + ":2", c.onlyProblem().location());
    }

    @Test
    void wrongFieldTypesAreProblems() throws IOException {
        Collected c = read("types.ndjson", line("{'text': 42}") + line("{'text': 'ok', 'authors': [1]}")
                + line("{'text': 'ok', 'published': 20240101}"));
        assertEquals(List.of(), c.articles);
        assertEquals(3, c.problems.size());
        assertEquals("field 'text' must be a string, found a number", c.problems.get(0).message());
        assertTrue(c.problems.get(1).message().startsWith("field 'authors' must be a string or an array"));
        assertEquals("field 'published' is not an ISO-8601 date: \"20240101\" (expected YYYY-MM-DD)",
                c.problems.get(2).message());
    }

    @Test
    void nullFieldsCountAsAbsent() throws IOException {
        Article a = read("nulls.json", line("{'text': null, 'body': 'Kept.', 'published': null, 'url': null}")).only();
        assertEquals("Kept.", a.body());
        assertNull(a.published());
    }

    @Test
    void invalidUtf8LineIsOneProblemAndTheNextLineStillGoesIn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(line("{'text': 'Good one.'}").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(line("{'text': 'Good two.'}").getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, bytes.toByteArray());
        Collected c = Collected.read(reader, file);
        assertEquals(2, c.articles.size());
        assertEquals(file + ":2", c.onlyProblem().location());
        assertTrue(c.onlyProblem().message().contains("not valid UTF-8"), c.onlyProblem().message());
    }

    @Test
    void binaryJsonLinesFileIsOneProblem() throws IOException {
        Path file = dir.resolve("packed.jsonl");
        byte[] junk = new byte[300];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 7 == 0 ? 0 : (i % 3 == 0 ? '\n' : 'x'));
        }
        Files.write(file, junk);
        InputProblem p = Collected.read(reader, file).onlyProblem();
        assertEquals(file.toString(), p.location());
        assertTrue(p.message().startsWith("binary content"), p.message());
    }

    @Test
    void tooLongLineIsOneProblemAndTheNextLineStillGoesIn() throws IOException {
        Path file = dir.resolve("long.jsonl");
        Files.writeString(file, line("{'text': '" + "x".repeat(200) + "'}") + line("{'text': 'Short.'}"));
        Collected c = Collected.read(new JsonArticleReader(new IngestLimits(100, 1000)), file);
        assertEquals(List.of("Short."), c.articles.stream().map(Article::body).toList());
        assertEquals(file + ":1", c.onlyProblem().location());
        assertTrue(c.onlyProblem().message().startsWith("line too large"), c.onlyProblem().message());
    }

    @Test
    void emptyFilesAreProblems() throws IOException {
        assertTrue(read("empty.jsonl", "\n\n").onlyProblem().message().startsWith("empty file"));
        assertTrue(read("empty.json", "  ").onlyProblem().message().startsWith("empty file"));
        assertTrue(read("none.json", "[]").onlyProblem().message().startsWith("empty array"));
    }

    @Test
    void crlfLinesAndByteOrderMark() throws IOException {
        Collected c = read("crlf.jsonl", "\uFEFF{\"text\": \"One.\"}\r\n{\"text\": \"Two.\"}\r\n");
        assertEquals(List.of("One.", "Two."), c.articles.stream().map(Article::body).toList());
        assertEquals(List.of(), c.problems);
    }
}
