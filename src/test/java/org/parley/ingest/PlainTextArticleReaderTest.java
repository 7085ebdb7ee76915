package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.Article;
import org.parley.core.InputProblem;

class PlainTextArticleReaderTest {

    private static final String BODY = "The coastal council offered on Monday to reopen the northern port"
            + " if the rebels left the ridge.\n\n\u201cWe want the road open by spring,\u201d a spokeswoman said.";

    @TempDir
    Path dir;

    private final PlainTextArticleReader reader = new PlainTextArticleReader(Collected.CHECKS);

    private Collected read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return Collected.read(reader, file);
    }

    @Test
    void headerGivesDateAuthorsAndPublisherAndStaysOutOfTheBody() throws IOException {
        Article a = read("2024-03-02-port-offer.txt",
                " date 2024-03-02 By MARTA KOWALCZYK-NOWAK, Ian O'BRIEN and JOHN McDONALD\n\nHarbour Wire\n\n"
                        + BODY + "\n\n").only();
        assertEquals(LocalDate.of(2024, 3, 2), a.published());
        assertEquals(List.of("Marta Kowalczyk-Nowak", "Ian O'BRIEN", "JOHN McDONALD"), a.authors());
        assertEquals("Harbour Wire", a.publisher());
        assertEquals(BODY, a.body());
        assertEquals("2024-03-02-port-offer", a.docName());
        assertEquals(dir.resolve("2024-03-02-port-offer.txt").toString(), a.source());
        assertEquals(Article.identityOf(null, BODY), a.id());
        assertNull(a.url());
    }

    @Test
    void headerWithoutBlankLinesAndWithoutPublisher() throws IOException {
        Article a = read("a.txt", "date 2023-11-20 By Ana Ruiz\n" + BODY).only();
        assertEquals(LocalDate.of(2023, 11, 20), a.published());
        assertEquals(List.of("Ana Ruiz"), a.authors());
        assertNull(a.publisher(), "a long first paragraph is body, not a publisher");
        assertEquals(BODY, a.body());
    }

    @Test
    void headerWithOnlyADate() throws IOException {
        Article a = read("a.txt", "date 2023-11-20\n\nNorth Desk\n\n" + BODY).only();
        assertEquals(List.of(), a.authors());
        assertEquals("North Desk", a.publisher());
        assertEquals(BODY, a.body());
    }

    @Test
    void headerWithTimeAndEmptyByline() throws IOException {
        Article a = read("a.txt", "DATE 2023-11-20 08:15 By\n\nNorth Desk\n\n" + BODY).only();
        assertEquals(LocalDate.of(2023, 11, 20), a.published());
        assertEquals(List.of(), a.authors());
        assertEquals(BODY, a.body());
    }

    @Test
    void aBodyThatStartsWithTheWordDateIsNotAHeader() throws IOException {
        String text = "Date palms line the road to the border post.\n\n" + BODY;
        Article a = read("palms.txt", text).only();
        assertEquals(text, a.body());
        assertNull(a.published());
    }

    @Test
    void aFirstLineThatIsOnlyABylineGivesTheAuthorsAndStaysOutOfTheBody() throws IOException {
        Article a = read("a.txt", "By MARTA KOWALCZYK and Ian Roe\n\n" + BODY).only();
        assertEquals(List.of("Marta Kowalczyk", "Ian Roe"), a.authors());
        assertEquals(BODY, a.body());
        String sentence = "By noon the rebels had left the ridge.\n\n" + BODY;
        assertEquals(sentence, read("b.txt", sentence).only().body(), "a sentence opening with \"By\" is body");
        String lone = "By Ana Ruiz";
        assertEquals(lone, read("c.txt", lone).only().body(), "a lone line is the body");
    }

    @Test
    void withoutHeaderTheWholeFileIsTheBody() throws IOException {
        String text = "Dates of the talks\n\n" + BODY;
        Article a = read("plain.text", "\n\n" + text + "\n  \n").only();
        assertEquals(text, a.body());
        assertNull(a.published());
        assertNull(a.publisher());
        assertEquals("plain", a.docName());
    }

    @Test
    void bodyKeepsItsExactCharacters() throws IOException {
        String text = "  Indented first line,\r\nthen\ttabs and \u2019curly\u2019 quotes \u2014 and CRLF.\r\n\r\nEnd.";
        Article a = read("exact.txt", "\r\n\r\n" + text + "\r\n").only();
        assertEquals(text, a.body());
    }

    @Test
    void shortLastLineIsBodyNotPublisher() throws IOException {
        Article a = read("a.txt", "date 2023-11-20 By Ana Ruiz\n\nTalks resumed.\n").only();
        assertNull(a.publisher());
        assertEquals("Talks resumed.", a.body());
        assertFalse(PlainTextArticleReader.looksLikePublisher("The envoy said talks would resume soon."));
        assertTrue(PlainTextArticleReader.looksLikePublisher("Agence Centrale de Presse"));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws IOException {
        Article a = read("bom.txt", "\uFEFFdate 2024-01-05 By Li Wei\n\n" + BODY).only();
        assertEquals(LocalDate.of(2024, 1, 5), a.published());
        assertEquals(BODY, a.body());
    }

    @Test
    void headerOnlyIsAnEmptyBody() throws IOException {
        InputProblem p = read("empty.txt", "date 2024-01-05 By Li Wei\n\n").onlyProblem();
        assertEquals("empty article body", p.message());
        assertTrue(p.location().endsWith("empty.txt"));
    }

    @Test
    void blankFileIsAnEmptyBody() throws IOException {
        Collected c = read("blank.txt", " \n\t\n");
        assertEquals(List.of(), c.articles);
        assertEquals("empty article body", c.onlyProblem().message());
    }

    @Test
    void aHeaderDateThatIsNotADateIsDroppedWithAWarningAndTheArticleKept() throws IOException {
        try (CapturedWarnings w = CapturedWarnings.start()) {
            Article a = read("bad.txt", "date 12/31/24 By Ana Ruiz\n\n" + BODY).only();
            assertNull(a.published());
            assertEquals(List.of("Ana Ruiz"), a.authors());
            assertEquals(BODY, a.body());
            assertEquals(1, w.lines.size(), w.lines.toString());
            assertTrue(w.lines.get(0).endsWith("bad.txt: field 'date' is not an ISO-8601 date: \"12/31/24\" (expected YYYY-MM-DD);"
                    + " the article is kept without a date"), w.lines.get(0));
        }
    }

    @Test
    void anImpossibleHeaderDateIsDroppedToo() throws IOException {
        try (CapturedWarnings w = CapturedWarnings.start()) {
            Article a = read("feb30.txt", "date 2024-02-30 By Ana Ruiz\n\n" + BODY).only();
            assertNull(a.published());
            assertTrue(w.lines.get(0).contains("\"2024-02-30\"") && w.lines.get(0).contains("no such day"), w.lines.toString());
        }
    }

    @Test
    void aHeaderAndAPublisherLineWithoutABodyIsSkipped() throws IOException {
        Collected c = read("no-body.txt", "date 2025-05-03 By Ola Berg\n\nHarbour Wire\n\n");
        assertEquals(List.of(), c.articles, "the publisher's name is not an article");
        assertEquals("empty article body", c.onlyProblem().message());
    }

    @Test
    void binaryFileIsOneProblem() throws IOException {
        Path file = dir.resolve("bin.txt");
        Files.write(file, new byte[] {'a', 'b', 0, 1, 2, 'c'});
        InputProblem p = Collected.read(reader, file).onlyProblem();
        assertTrue(p.message().startsWith("binary content: NUL byte at byte offset 2"), p.message());
    }

    @Test
    void latin1TextIsDecodedWithAWarningNamingTheEncoding() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Caf\u00e9 owners in S\u00e3o Tom\u00e9 welcomed the talks.".getBytes(StandardCharsets.ISO_8859_1));
        try (CapturedWarnings w = CapturedWarnings.start()) {
            assertEquals("Caf\u00e9 owners in S\u00e3o Tom\u00e9 welcomed the talks.", Collected.read(reader, file).only().body());
            assertEquals(List.of(file + ": not UTF-8 (invalid at byte offset 3); read as ISO-8859-1"), w.lines);
        }
    }

    @Test
    void windows1252TextIsDecodedWithAWarningNamingTheEncoding() throws IOException {
        Path file = dir.resolve("cp1252.txt");
        String text = "\u201cTalks resumed,\u201d the envoy said \u2013 in Li\u00e8ge.";
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));
        try (CapturedWarnings w = CapturedWarnings.start()) {
            assertEquals(text, Collected.read(reader, file).only().body());
            assertTrue(w.lines.get(0).endsWith("; read as Windows-1252"), w.lines.toString());
        }
    }

    @Test
    void binaryWithoutNulBytesIsStillRefused() throws IOException {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {'G', 'I', 'F', '8', '9', 'a', (byte) 0xc8, 0x01, 0x02, (byte) 0x90, 'x'});
        InputProblem p = Collected.read(reader, file).onlyProblem();
        assertEquals("binary content: control byte 0x01 at byte offset 7 (expected text)", p.message());
    }

    @Test
    void bytesThatAreNoTextEncodingAreOneProblem() throws IOException {
        Path file = dir.resolve("other.txt");
        Files.write(file, new byte[] {'a', 'b', (byte) 0x81, (byte) 0xff, 'c'});
        InputProblem p = Collected.read(reader, file).onlyProblem();
        assertTrue(p.message().contains("not valid UTF-8 at byte offset 2, nor Windows-1252 or ISO-8859-1"), p.message());
    }

    @Test
    void tooLargeFileAndTooLongBodyAreProblems() throws IOException {
        Path file = dir.resolve("big.txt");
        Files.writeString(file, BODY);
        Collected small = Collected.read(new PlainTextArticleReader(new IngestLimits(10, 1000)), file);
        assertTrue(small.onlyProblem().message().startsWith("too large: "), small.problems.toString());
        Collected shortBody = Collected.read(new PlainTextArticleReader(new IngestLimits(10_000, 20)), file);
        assertTrue(shortBody.onlyProblem().message().startsWith("article body too large: " + BODY.length()),
                shortBody.problems.toString());
    }

    @Test
    void unreadableFileIsOneProblem() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));
        InputProblem p = Collected.read(reader, folder).onlyProblem();
        assertEquals(folder.toString(), p.location());
        assertTrue(p.message().startsWith("cannot read file: "), p.message());
    }

    @Test
    void missingFileIsOneProblem() {
        InputProblem p = Collected.read(reader, dir.resolve("nowhere.txt")).onlyProblem();
        assertEquals("no such file", p.message());
    }
}
