package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.parley.core.Article;
import org.parley.core.InputProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one article from an HTML page ({@code .html}, {@code .htm}) with jsoup: metadata from Open Graph,
 * {@code meta} tags, {@code <time>} and JSON-LD; the body from the paragraphs of {@code <article>} (else
 * {@code <main>}, else the largest block of paragraphs) without navigation, asides, captions and share or
 * related boxes, paragraphs joined by a blank line. UTF-8 unless the page declares another charset. Thread-safe.
 */
public final class HtmlArticleReader implements ArticleReader {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlArticleReader.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int CHARSET_SNIFF_BYTES = 4096;
    private static final String CLUTTER = "script, style, noscript, template, nav, header, footer, aside, figure,"
            + " figcaption, form, button, iframe, svg, dialog, [role=navigation], [role=complementary],"
            + " [role=banner], [role=contentinfo], [aria-hidden=true], [hidden], address, [rel=author]";
    /** A paragraph that is only a byline ("By Jane Doe and John Roe"), which is metadata, not body. */
    private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+[^.!?]{1,80}");
    private static final Pattern CLUTTER_CLASS = Pattern.compile(
            "(?:^|[-_\\s])(share|sharing|social|related|recommended|newsletter|promo|advert|ads?|comments?"
                    + "|subscribe|breadcrumbs?|tags|read-?more|more-stories|most-popular|caption|sidebar|cookie"
                    + "|byline|author|dateline|credits?)"
                    + "(?:[-_\\s]|$)", Pattern.CASE_INSENSITIVE);
    private static final List<String> KEPT_CONTAINERS = List.of("html", "head", "body", "article", "main");

    private final ArticleChecks checks;

    public HtmlArticleReader() {
        this(IngestLimits.DEFAULT);
    }

    public HtmlArticleReader(IngestLimits limits) {
        this(new ArticleChecks(limits, Clock.systemDefaultZone()));
    }

    HtmlArticleReader(ArticleChecks checks) {
        this.checks = checks;
    }

    @Override
    public void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) {
        String location = file.toString();
        SourceText.readBytes(file, checks.limits(), problems)
                .flatMap(bytes -> SourceText.decodeText(bytes, charsetOf(bytes), location, problems))
                .flatMap(html -> checks.toArticle(file, location, parse(html), problems))
                .ifPresent(articles);
    }

    /** The metadata and body of one HTML page. */
    static ArticleFields parse(String html) {
        Document doc = Jsoup.parse(html);
        Map<String, String> jsonLd = jsonLd(doc);

        String title = first(meta(doc, "property", "og:title"), textOf(doc.selectFirst("head > title")),
                textOf(doc.selectFirst("h1")), jsonLd.get("headline"));
        String url = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "property", "og:url"),
                jsonLd.get("url"));
        String publisher = first(meta(doc, "property", "og:site_name"), jsonLd.get("publisher"));

        String dateField = null;
        String dateValue = null;
        String[][] dateSources = {
            {"article:published_time", meta(doc, "property", "article:published_time")},
            {"date", meta(doc, "name", "date")},
            {"datePublished", first(meta(doc, "itemprop", "datePublished"), jsonLd.get("datePublished"))},
            {"time datetime", attr(firstTime(doc), "datetime")},
        };
        for (String[] source : dateSources) {
            if (source[1] != null) {
                dateField = source[0];
                dateValue = source[1];
                break;
            }
        }

        List<String> authors = new ArrayList<>();
        for (Element m : doc.select("meta[name=author], meta[property=article:author]")) {
            String content = m.attr("content").strip();
            if (!content.isEmpty() && !content.matches("(?i)https?://.*")) {
                for (String name : AuthorNames.split(content)) {
                    if (!authors.contains(name)) {
                        authors.add(name);
                    }
                }
            }
        }
        if (authors.isEmpty() && jsonLd.containsKey("author")) {
            authors.addAll(AuthorNames.split(jsonLd.get("author")));
        }

        return new ArticleFields(url, title, dateField, dateValue, authors, publisher, body(doc));
    }

    /** The paragraphs of the article's main block, joined by blank lines; null when the page has no text. */
    static String body(Document doc) {
        removeClutter(doc);
        Element container = largestByParagraphText(doc.select("article"));
        if (container == null) {
            container = largestByParagraphText(doc.select("main, [role=main]"));
        }
        if (container == null) {
            Map<Element, Integer> textByParent = new HashMap<>();
            for (Element p : doc.select("p")) {
                Element parent = p.parent();
                if (parent != null) {
                    textByParent.merge(parent, p.text().length(), Integer::sum);
                }
            }
            container = textByParent.entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(null);
        }
        if (container == null) {
            return doc.body() == null ? null : doc.body().text();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element p : container.select("p")) {
            String text = p.text().strip();
            if (!text.isEmpty() && !BYLINE.matcher(text).matches()) {
                paragraphs.add(text);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static void removeClutter(Document doc) {
        doc.select(CLUTTER).remove();
        int pageText = paragraphText(doc);
        List<Element> boxes = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (KEPT_CONTAINERS.contains(e.normalName())) {
                continue;
            }
            if (CLUTTER_CLASS.matcher(e.className()).find() || CLUTTER_CLASS.matcher(e.id()).find()) {
                boxes.add(e);
            }
        }
        for (Element box : boxes) {
            // a class such as "story share-enabled" on the story itself: keep what holds most of the text
            if (paragraphText(box) * 2 <= pageText) {
                box.remove();
            }
        }
    }

    private static int paragraphText(Element e) {
        int length = 0;
        for (Element p : e.select("p")) {
            length += p.text().length();
        }
        return length;
    }

    private static Element largestByParagraphText(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : candidates) {
            int length = paragraphText(candidate);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    private static Element firstTime(Document doc) {
        Element inArticle = doc.selectFirst("article time[datetime]");
        return inArticle != null ? inArticle : doc.selectFirst("time[datetime]");
    }

    /** The JSON-LD fields we use (headline, url, datePublished, author, publisher) from the first object with any. */
    private static Map<String, String> jsonLd(Document doc) {
        Map<String, String> fields = new HashMap<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collectJsonLd(MAPPER.readTree(script.data()), fields);
            } catch (JsonProcessingException e) {
                // common on the web; it only loses optional metadata, so the article still goes in
                LOG.debug("ignoring malformed JSON-LD block: {}", SourceText.oneLine(e));
            }
        }
        return fields;
    }

    private static void collectJsonLd(JsonNode node, Map<String, String> fields) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectJsonLd(n, fields));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        collectJsonLd(node.get("@graph"), fields);
        if (!node.has("datePublished") && !node.has("headline")) {
            return;
        }
        putText(fields, "headline", node.get("headline"));
        putText(fields, "url", node.get("url"));
        putText(fields, "datePublished", node.get("datePublished"));
        putName(fields, "author", node.get("author"));
        putName(fields, "publisher", node.get("publisher"));
    }

    private static void putText(Map<String, String> fields, String key, JsonNode value) {
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
            fields.putIfAbsent(key, value.asText().strip());
        }
    }

    private static void putName(Map<String, String> fields, String key, JsonNode value) {
        if (value == null) {
            return;
        }
        if (value.isTextual()) {
            putText(fields, key, value);
        } else if (value.isObject()) {
            putText(fields, key, value.get("name"));
        } else if (value.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode item : value) {
                JsonNode name = item.isObject() ? item.get("name") : item;
                if (name != null && name.isTextual() && !name.asText().isBlank()) {
                    names.add(name.asText().strip());
                }
            }
            if (!names.isEmpty()) {
                fields.putIfAbsent(key, String.join(", ", names));
            }
        }
    }

    /** The charset the page declares in its first bytes when it is not UTF-8 and Java knows it; else UTF-8. */
    static Charset charsetOf(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return StandardCharsets.UTF_8; // an unknown name: try UTF-8, which reports what does not decode
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String meta(Document doc, String attribute, String value) {
        for (Element m : doc.select("meta[" + attribute + "]")) {
            if (m.attr(attribute).equalsIgnoreCase(value)) {
                String content = m.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String value = e.attr(name).strip();
        return value.isEmpty() ? null : value;
    }

    private static String textOf(Element e) {
        return e == null ? null : ArticleChecks.blankToNull(e.text());
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
