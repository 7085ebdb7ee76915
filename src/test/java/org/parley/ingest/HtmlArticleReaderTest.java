package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class HtmlArticleReaderTest {

    private static final String PAGE = """
            <!doctype html>
            <html><head>
              <meta charset="utf-8">
              <title>Valley truce offer | The Example Gazette</title>
              <meta property="og:title" content="Valley truce offer">
              <meta property="og:site_name" content="The Example Gazette">
              <meta property="og:url" content="https://gazette.example.com/valley?ref=og">
              <link rel="canonical" href="https://gazette.example.com/world/valley-truce">
              <meta property="article:published_time" content="2024-09-03T07:15:00Z">
              <meta name="author" content="NORA EKLUND, Paul Brandt">
              <style>p { color: red }</style>
            </head><body>
              <nav><p>Home | World | Sport</p></nav>
              <header><p>Subscribe to our morning letter for more news every day</p></header>
              <article>
                <h1>Valley truce offer</h1>
                <p class="byline">By Nora Eklund</p>
                <p>The mountain militia offered a <b>two-week</b> truce on Tuesday.</p>
                <figure><img src="x.jpg"><figcaption><p>Fighters near the pass.</p></figcaption></figure>
                <div class="share-tools"><p>Share this on social media</p></div>
                <p>Its leaders demanded   that the army
                   leave the upper valley first.</p>
                <script>var tracking = "<p>not text</p>";</script>
                <aside><p>Related: an older story about the valley</p></aside>
                <div id="related-stories"><p>Another story nobody asked for</p></div>
              </article>
              <footer><p>Copyright notice</p></footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    private final HtmlArticleReader reader = new HtmlArticleReader(Collected.CHECKS);

    private Collected read(String name, String html) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return Collected.read(reader, file);
    }

    @Test
    void metadataAndArticleParagraphs() throws IOException {
        Article a = read("valley.html", PAGE).only();
        assertEquals("Valley truce offer", a.title());
        assertEquals("https://gazette.example.com/world/valley-truce", a.url());
        assertEquals(Article.identityOf("https://gazette.example.com/world/valley-truce", a.body()), a.id());
        assertEquals(LocalDate.of(2024, 9, 3), a.published());
        assertEquals(List.of("Nora Eklund", "Paul Brandt"), a.authors());
        assertEquals("The Example Gazette", a.publisher());
        assertEquals("valley", a.docName());
        assertEquals("The mountain militia offered a two-week truce on Tuesday.\n\n"
                + "Its leaders demanded that the army leave the upper valley first.", a.body());
    }

    @Test
    void fallbacksTitleTimeAndLargestParagraphBlock() throws IOException {
        String html = """
                <html><head><title>Harbour deal rejected</title></head><body>
                <div class="menu"><p>Menu</p></div>
                <div class="content">
                  <time datetime="2023-12-01">1 December</time>
                  <p>By Sam Brandt and Ana Ruiz</p>
                  <p>The port union rejected the new shift plan on Friday.</p>
                  <p>Its chair asked the city to return to the table.</p>
                  <p>By Monday, both sides had left.</p>
                </div>
                <div class="other"><p>Weather: sunny.</p></div>
                </body></html>
                """;
        Article a = read("harbour.htm", html).only();
        assertEquals("Harbour deal rejected", a.title());
        assertEquals(LocalDate.of(2023, 12, 1), a.published());
        assertNull(a.url());
        assertNull(a.publisher());
        assertEquals(List.of(), a.authors());
        assertEquals("The port union rejected the new shift plan on Friday.\n\n"
                + "Its chair asked the city to return to the table.\n\n"
                + "By Monday, both sides had left.", a.body(), "a byline paragraph is dropped, a sentence kept");
    }

    @Test
    void mainAndJsonLdAndFirstHeading() throws IOException {
        String html = """
                <html><head>
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "ignored"},
                  {"@type": "NewsArticle", "headline": "From JSON-LD", "datePublished": "2022-04-18T10:00:00+03:00",
                   "author": [{"@type": "Person", "name": "Omar Farouk"}], "publisher": {"name": "Desert Daily"}}]}
                </script>
                <script type="application/ld+json">{ this is not json </script>
                </head><body>
                <main><h1>Heading in main</h1><p>The council demanded new elections.</p></main>
                <div><p>Unrelated block with a much longer text than the main one, but outside of main.</p></div>
                </body></html>
                """;
        Article a = read("desert.html", html).only();
        assertEquals("Heading in main", a.title(), "a visible h1 comes before JSON-LD");
        assertEquals(LocalDate.of(2022, 4, 18), a.published());
        assertEquals(List.of("Omar Farouk"), a.authors());
        assertEquals("Desert Daily", a.publisher());
        assertEquals("The council demanded new elections.", a.body());
    }

    @Test
    void aStoryWhoseClassMentionsSharingIsStillRead() throws IOException {
        String html = """
                <html><body><div class="story has-share-tools">
                <p>The two delegations agreed to meet again in the lakeside town next month.</p>
                <p>A spokesman rejected any change to the border line.</p>
                <div class="share"><p>Share</p></div>
                </div></body></html>
                """;
        assertEquals("The two delegations agreed to meet again in the lakeside town next month.\n\n"
                + "A spokesman rejected any change to the border line.", read("story.html", html).only().body());
    }

    @Test
    void badMetaDateIsOneProblem() throws IOException {
        Collected c = read("bad.html", "<html><head><meta name=\"date\" content=\"3 March 2024\"></head>"
                + "<body><p>Some text.</p></body></html>");
        assertEquals(List.of(), c.articles);
        assertEquals("field 'date' is not an ISO-8601 date: \"3 March 2024\" (expected YYYY-MM-DD)",
                c.onlyProblem().message());
    }

    @Test
    void pageWithoutTextIsAnEmptyBody() throws IOException {
        Collected c = read("nav.html", "<html><body><nav><p>Home</p></nav><footer>(c)</footer></body></html>");
        assertEquals(List.of(), c.articles);
        assertEquals("empty article body", c.onlyProblem().message());
    }

    @Test
    void declaredLatin1PageIsDecoded() throws IOException {
        Path file = dir.resolve("latin.html");
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "</head><body><article><p>The caf\u00e9 owners offered a deal.</p></article></body></html>";
        Files.write(file, html.getBytes(Charset.forName("ISO-8859-1")));
        assertEquals("The caf\u00e9 owners offered a deal.", Collected.read(reader, file).only().body());
    }

    @Test
    void undeclaredLatin1PageIsDecodedWithAWarning() throws IOException {
        Path file = dir.resolve("latin.html");
        Files.write(file, "<p>The caf\u00e9 owners.</p>".getBytes(StandardCharsets.ISO_8859_1));
        try (CapturedWarnings w = CapturedWarnings.start()) {
            assertEquals("The caf\u00e9 owners.", Collected.read(reader, file).only().body());
            assertTrue(w.lines.get(0).endsWith("read as ISO-8859-1"), w.lines.toString());
        }
    }
}
