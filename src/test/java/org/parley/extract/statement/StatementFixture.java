package org.parley.extract.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.Office;
import org.parley.core.AnalyzedText;
import org.parley.core.Argument;
import org.parley.core.ArgumentRole;
import org.parley.core.Article;
import org.parley.core.CharSpan;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.core.MentionKind;
import org.parley.core.RuleId;
import org.parley.core.Sentence;
import org.parley.core.Statement;
import org.parley.core.StatementKind;
import org.parley.nlp.Nlp4jDependencyParser;
import org.parley.nlp.OpenNlpTextAnalyzer;
import org.parley.nlp.SentenceParser;

/**
 * Test fixture: a text written for the test, the real analyzer and parser, and mentions marked by hand (each given name
 * becomes a mention of a given entity wherever it occurs; a name joined by a hyphen to a lower-case word, as in
 * "Moscow-backed", is a compound mention, as the mention finder makes it), so the statement rules are tested alone.
 */
final class StatementFixture {

    private static OpenNlpTextAnalyzer analyzer;

    /**
     * A small catalog: demonyms, a capital, one person's office, an annexed-regions group of four, the UN as a UN
     * body, the EU with its seat's name, a news agency, an armed group with a demonym, a political party, a company.
     */
    static final Catalog CATALOG = Catalog.of(List.of(
            country("Russia", "Russian"), country("Ukraine", "Ukrainian"), country("Eritrea", "Eritrean"),
            country("Israel", "Israeli"), country("Serbia", "Serbian"), country("Belgium", "Belgian"),
            new CatalogEntry("city/brussels", EntityType.CITY, "Brussels", null, List.of(), List.of(), List.of(),
                    "country/belgium", List.of(), List.of()),
            new CatalogEntry("person/vladimir-putin", EntityType.PERSON, "Vladimir Putin", null, List.of("Putin"),
                    List.of(), List.of(), null, List.of(new Office("President", "country/russia", null, null)),
                    List.of()),
            region("Donetsk Oblast", "annexed-by-russia-2022"), region("Luhansk Oblast", "annexed-by-russia-2022"),
            region("Zaporizhzhia Oblast", "annexed-by-russia-2022"), region("Kherson Oblast", "annexed-by-russia-2022"),
            region("Crimea", "annexed-by-russia-2014"),
            new CatalogEntry("organization/united-nations", EntityType.ORGANIZATION, "United Nations", null, List.of(),
                    List.of(), List.of(), null, List.of(), List.of("un-system")),
            new CatalogEntry("organization/european-union", EntityType.ORGANIZATION, "European Union", null,
                    List.of(), List.of(), List.of("Brussels"), null, List.of(), List.of()),
            new CatalogEntry("organization/harbour-wire", EntityType.ORGANIZATION, "Harbour Wire", null, List.of(),
                    List.of(), List.of(), null, List.of(), List.of("news-agency")),
            new CatalogEntry("organization/velnari-movement", EntityType.ORGANIZATION, "Velnari Movement", null,
                    List.of(), List.of("Velnari"), List.of(), null, List.of(), List.of("armed-group")),
            new CatalogEntry("organization/tavian-labour-party", EntityType.ORGANIZATION, "Tavian Labour Party", null,
                    List.of(), List.of(), List.of(), null, List.of(), List.of("party")),
            new CatalogEntry("organization/corrin-mining", EntityType.ORGANIZATION, "Corrin Mining", null, List.of(),
                    List.of(), List.of(), null, List.of(), List.of())));

    private static final DependencyStatementExtractor EXTRACTOR = new DependencyStatementExtractor(CATALOG);

    private final String text;
    private LocalDate published = LocalDate.of(2024, 6, 14); // a Friday
    private final List<String[]> marks = new ArrayList<>();

    private StatementFixture(String text) {
        this.text = text;
    }

    static StatementFixture of(String text) {
        return new StatementFixture(text);
    }

    private static CatalogEntry country(String name, String demonym) {
        return new CatalogEntry("country/" + Entity.slug(name), EntityType.COUNTRY, name, null, List.of(),
                List.of(demonym), List.of(), null, List.of(), List.of());
    }

    private static CatalogEntry region(String name, String group) {
        return new CatalogEntry("region/" + Entity.slug(name), EntityType.REGION, name, null, List.of(), List.of(),
                List.of(), null, List.of(), List.of(group));
    }

    StatementFixture published(LocalDate date) {
        this.published = date;
        return this;
    }

    /** Marks every occurrence of name as a mention of the entity (type, label). */
    StatementFixture mark(String name, EntityType type, String label) {
        marks.add(new String[] {name, type.name(), label});
        return this;
    }

    StatementFixture person(String name) {
        return mark(name, EntityType.PERSON, name);
    }

    StatementFixture person(String name, String label) {
        return mark(name, EntityType.PERSON, label);
    }

    StatementFixture country(String name) {
        return mark(name, EntityType.COUNTRY, name);
    }

    /** A capital or building standing for the government of a country. */
    StatementFixture government(String name, String country) {
        return mark(name, EntityType.COUNTRY, country);
    }

    StatementFixture region(String name) {
        return mark(name, EntityType.REGION, name);
    }

    StatementFixture city(String name) {
        return mark(name, EntityType.CITY, name);
    }

    StatementFixture org(String name) {
        return mark(name, EntityType.ORGANIZATION, name);
    }

    static synchronized OpenNlpTextAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new OpenNlpTextAnalyzer(OpenNlpTextAnalyzer.Profile.FAST,
                    SentenceParser.forNews(new Nlp4jDependencyParser()), EXTRACTOR::mayHoldStatement);
        }
        return analyzer;
    }

    AnalyzedText analysis() {
        return analyzer().analyze(text);
    }

    List<Mention> mentions(AnalyzedText a) {
        List<Mention> found = new ArrayList<>();
        List<String[]> longestFirst = new ArrayList<>(marks);
        longestFirst.sort(Comparator.comparingInt((String[] m) -> -m[0].length()));
        for (String[] m : longestFirst) {
            Matcher x = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(m[0]) + "(?![\\p{L}])").matcher(text);
            while (x.find()) {
                CharSpan span = new CharSpan(x.start(), x.end());
                if (found.stream().anyMatch(f -> f.span().overlaps(span))) {
                    continue;
                }
                Sentence s = a.sentenceAt(x.start());
                Entity e = Entity.minted(EntityType.valueOf(m[1]), m[2]);
                MentionKind kind = m[0].equals(m[2]) ? MentionKind.NAME : MentionKind.METONYM;
                if (x.end() + 1 < text.length() && text.charAt(x.end()) == '-'
                        && Character.isLowerCase(text.charAt(x.end() + 1))) {
                    kind = MentionKind.COMPOUND; // "Moscow-backed", as the mention finder marks it
                }
                found.add(new Mention(span, m[0], s == null ? 0 : s.index(), e, kind, 1.0, RuleId.of("test.hand-placed")));
            }
        }
        found.sort(Comparator.comparing(Mention::span));
        return found;
    }

    List<Statement> extract() {
        return extract(analysis());
    }

    /** The statements of the text over an analysis given (hand-tagged rows give their own). */
    List<Statement> extract(AnalyzedText a) {
        Article article = new Article(Article.identityOf(null, text), "test", "test", null, null, published,
                List.of(), null, text);
        return EXTRACTOR.extract(article, a, mentions(a));
    }

    /** The statements of one kind. */
    static List<Statement> ofKind(List<Statement> all, StatementKind kind) {
        return all.stream().filter(s -> s.kind() == kind).toList();
    }

    /** Labels of the arguments in a role, in order. */
    static List<String> labels(Statement s, ArgumentRole role) {
        return s.arguments(role).stream().map(Argument::entity).map(Entity::label).sorted().toList();
    }

    /** A readable summary for failure messages. */
    static String describe(List<Statement> all) {
        StringBuilder b = new StringBuilder();
        for (Statement s : all) {
            b.append(s.id()).append(' ').append(s.kind()).append(" cue=").append(s.cue())
                    .append(" by=").append(labels(s, ArgumentRole.BY)).append(" to=").append(labels(s, ArgumentRole.TO))
                    .append(" region=").append(labels(s, ArgumentRole.REGION))
                    .append(" org=").append(labels(s, ArgumentRole.ORGANIZATION))
                    .append(" action=").append(s.action()).append(" flags=").append(s.flags())
                    .append(" links=").append(s.links()).append(" date=").append(s.date()).append('\n');
        }
        return b.toString();
    }
}
