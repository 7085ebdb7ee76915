package org.parley.rdf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.parley.core.AnalyzedText;
import org.parley.core.Argument;
import org.parley.core.ArgumentRole;
import org.parley.core.Article;
import org.parley.core.ArticleExtraction;
import org.parley.core.CharSpan;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.ExtractionRun;
import org.parley.core.Mention;
import org.parley.core.RuleId;
import org.parley.core.MentionKind;
import org.parley.core.Sentence;
import org.parley.core.Statement;
import org.parley.core.StatementFlag;
import org.parley.core.StatementKind;
import org.parley.core.StatementLink;

/**
 * A small extraction written by hand for tests (text written for the project): a demand naming a region,
 * an inferred region and an organization; an offer conditional on a demand; a rejection answering the offer.
 */
public final class SampleExtraction {

    public static final String S0 = "Ukraine demanded that Russia withdraw its forces from Zaporizhzhia Oblast and the"
            + " other occupied regions under the supervision of the OSCE.";
    public static final String S1 = "Russia said it would agree to a ceasefire if Ukraine gave up its bid to join NATO.";
    public static final String S2 = "Kyiv rejected the Russian proposal on Tuesday.";
    public static final String BODY = S0 + " " + S1 + " " + S2;
    public static final String URL = "https://news.example.com/2024/03/04/withdrawal-demand";
    public static final String DOC = "2024-03-04-withdrawal-demand";

    public static final Entity UKRAINE = new Entity("Q212", EntityType.COUNTRY, "Ukraine", "Q212");
    public static final Entity RUSSIA = new Entity("Q159", EntityType.COUNTRY, "Russia", "Q159");
    public static final Entity NATO = new Entity("Q7184", EntityType.ORGANIZATION, "NATO", "Q7184");
    public static final Entity OSCE = Entity.minted(EntityType.ORGANIZATION, "OSCE");
    public static final Entity ZAPORIZHZHIA = Entity.minted(EntityType.REGION, "Zaporizhzhia Oblast");
    public static final Entity KHERSON = Entity.minted(EntityType.REGION, "Kherson Oblast");

    /** The fixed time the mapper stamps as {@code prov:generatedAtTime}. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-06T12:00:00Z"), ZoneOffset.UTC);
    public static final ExtractionRun RUN = new ExtractionRun("run-1", "0.1.0-test",
            Instant.parse("2024-03-06T11:59:00Z"), List.of("opennlp-en-ud-ewt-sentence-1.3", "catalog"));

    private SampleExtraction() {
    }

    public static Article article() {
        return new Article(Article.identityOf(URL, BODY), DOC, "samples/" + DOC + ".txt", URL,
                "Ukraine demands withdrawal", LocalDate.of(2024, 3, 4), List.of("Jane Roe"), "Example News", BODY);
    }

    public static ArticleExtraction extraction() {
        List<Sentence> sentences = List.of(
                new Sentence(0, span(S0, 0), List.of()),
                new Sentence(1, span(S1, 0), List.of()),
                new Sentence(2, span(S2, 0), List.of()));
        int s1 = BODY.indexOf(S1);
        int s2 = BODY.indexOf(S2);
        List<Mention> mentions = new ArrayList<>();
        mentions.add(mention("Ukraine", 0, 0, UKRAINE, MentionKind.NAME));
        mentions.add(mention("Russia", 0, 0, RUSSIA, MentionKind.NAME));
        mentions.add(mention("Zaporizhzhia Oblast", 0, 0, ZAPORIZHZHIA, MentionKind.NAME));
        mentions.add(mention("OSCE", 0, 0, OSCE, MentionKind.NAME));
        mentions.add(mention("Russia", s1, 1, RUSSIA, MentionKind.NAME));
        mentions.add(mention("Ukraine", s1, 1, UKRAINE, MentionKind.NAME));
        mentions.add(mention("NATO", s1, 1, NATO, MentionKind.NAME));
        mentions.add(mention("Kyiv", s2, 2, UKRAINE, MentionKind.METONYM));

        Statement demand = new Statement("s1", StatementKind.DEMAND, 0, span(S0, 0), "demanded",
                span("Russia withdraw its forces from Zaporizhzhia Oblast and the other occupied regions under the"
                        + " supervision of the OSCE", 0),
                "withdrawal",
                List.of(arg(ArgumentRole.BY, UKRAINE, "Ukraine", 0),
                        arg(ArgumentRole.TO, RUSSIA, "Russia", 0),
                        arg(ArgumentRole.REGION, ZAPORIZHZHIA, "Zaporizhzhia Oblast", 0),
                        new Argument(ArgumentRole.REGION, KHERSON, null, true, RuleId.of("place.implied-group")),
                        arg(ArgumentRole.ORGANIZATION, OSCE, "OSCE", 0)),
                Set.of(), null, List.of(), 0.9, RuleId.of("statement.demand.verb"));
        Statement offer = new Statement("s2", StatementKind.OFFER, 1, span(S1, 0), "would agree",
                span("a ceasefire", s1), "ceasefire",
                List.of(arg(ArgumentRole.BY, RUSSIA, "Russia", s1), arg(ArgumentRole.TO, UKRAINE, "Ukraine", s1)),
                Set.of(StatementFlag.HYPOTHETICAL), null,
                List.of(new StatementLink(StatementLink.Type.CONDITIONAL_ON, "s3", RuleId.of("condition.if-clause"))), 0.8,
                RuleId.of("statement.offer.hedged-agree"));
        Statement condition = new Statement("s3", StatementKind.DEMAND, 1, span(S1, 0), "if",
                span("Ukraine gave up its bid to join NATO", s1), "neutrality",
                List.of(arg(ArgumentRole.BY, RUSSIA, "Russia", s1), arg(ArgumentRole.TO, UKRAINE, "Ukraine", s1),
                        arg(ArgumentRole.ORGANIZATION, NATO, "NATO", s1)),
                Set.of(), null, List.of(new StatementLink(StatementLink.Type.CONDITION_OF, "s2", RuleId.of("condition.if-clause"))),
                0.7, RuleId.of("condition.if-clause"));
        Statement rejection = new Statement("s4", StatementKind.REJECTION, 2, span(S2, 0), "rejected",
                span("the Russian proposal", s2), null,
                List.of(arg(ArgumentRole.BY, UKRAINE, "Kyiv", s2), new Argument(ArgumentRole.TO, RUSSIA, null, false, RuleId.of("addressee.rejected-owner"))),
                Set.of(), LocalDate.of(2024, 3, 5),
                List.of(new StatementLink(StatementLink.Type.ANSWERS, "s2", RuleId.of("link.answers.owner"))), 0.85,
                RuleId.of("statement.rejection.verb"));
        return new ArticleExtraction(article(), new AnalyzedText(BODY, sentences), mentions,
                List.of(demand, offer, condition, rejection));
    }

    /** The sample mapped by a {@link StandardRdfMapper} with the default base and {@link #CLOCK}. */
    public static DatasetGraph mappedDataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var sink = StreamRDFLib.dataset(dsg);
        sink.start();
        new StandardRdfMapper(new IriMinter(IriMinter.DEFAULT_BASE), CLOCK).map(extraction(), RUN, sink);
        sink.finish();
        return dsg;
    }

    private static CharSpan span(String text, int from) {
        int i = BODY.indexOf(text, from);
        if (i < 0) {
            throw new IllegalArgumentException("not in the body: " + text);
        }
        return new CharSpan(i, i + text.length());
    }

    private static Mention mention(String text, int from, int sentence, Entity e, MentionKind kind) {
        return new Mention(span(text, from), text, sentence, e, kind, 1.0, RuleId.of("mention.catalog.name"));
    }

    private static Argument arg(ArgumentRole role, Entity e, String text, int from) {
        return new Argument(role, e, span(text, from), false, RuleId.of("test." + role.label()));
    }
}
