package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.parley.catalog.Catalog;
import org.parley.core.AnalyzedText;
import org.parley.core.Article;
import org.parley.core.CharSpan;
import org.parley.core.DroppedTrigger;
import org.parley.core.Mention;
import org.parley.core.Sentence;
import org.parley.core.Statement;
import org.parley.extract.StatementExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds demands, offers and rejections with named rules over each sentence's dependency tree: triggers from
 * {@code rules/triggers.rules}, then per trigger the content ({@link ContentRules}), the maker ({@link MakerRules}),
 * the addressee ({@link AddresseeRules}) and the places and organizations named in the content
 * ({@link PlaceRules}); then the sentence's frames are merged and linked ({@link SentenceFrames}). The state one
 * sentence leaves to the next is an immutable {@link Discourse}. Thread-safe: all state is per call.
 *
 * <pre>{@code
 * StatementExtractor ex = new DependencyStatementExtractor(Catalog.bundled());
 * List<Statement> found = ex.extract(article, analysis, mentions);
 * }</pre>
 */
public final class DependencyStatementExtractor implements StatementExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(DependencyStatementExtractor.class);

    private final CatalogFacts facts;
    private final TriggerRules triggers = TriggerRules.bundled();
    private final MakerRules makers = new MakerRules();
    private final AddresseeRules addressees = new AddresseeRules();

    /** @param catalog source of demonyms, offices (a person's country) and groups of places */
    public DependencyStatementExtractor(Catalog catalog) {
        this.facts = new CatalogFacts(Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * Whether a sentence holds a word some trigger rule could match, or a condition a party may set without one
     * ("will keep firing until ..."): the sentences worth parsing.
     */
    public boolean mayHoldStatement(Sentence sentence) {
        SentenceView view = new SentenceView(sentence, List.of(), List.of(), null, m -> false);
        return triggers.mayMatch(view) || ConditionRules.mayHold(view) || FrontedConditions.mayHold(view)
                || DocumentIssuers.mayHold(view) || PromiseConditions.mayHold(view)
                || NegatedIfThreats.mayHold(view);
    }

    @Override
    public List<Statement> extract(Article article, AnalyzedText analysis, List<Mention> mentions) {
        return extract(article, analysis, mentions, d -> { });
    }

    @Override
    public List<Statement> extract(Article article, AnalyzedText analysis, List<Mention> mentions,
                                   Consumer<DroppedTrigger> dropped) {
        Objects.requireNonNull(article, "article");
        String body = analysis.text();
        List<CharSpan> quotes = QuoteRanges.of(body);
        List<SentenceView> views = new ArrayList<>();
        for (Sentence s : analysis.sentences()) {
            List<Mention> inside = mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
            views.add(new SentenceView(s, inside, quotes, body, facts::isOutlet));
        }
        ArticleContext context = new ArticleContext(article, views, facts);
        Discourse discourse = Discourse.START;
        List<Frame> all = new ArrayList<>();
        for (SentenceView s : views) {
            Parties parties = new Parties(context, discourse);
            Party speaker = QuoteSpeakers.ofQuotation(s, context.view(s.index() + 1), parties);
            parties = parties.withSpeaker(speaker);
            List<Frame> frames = new ArrayList<>();
            if (!s.text().strip().endsWith("?")) {
                for (Trigger t : s.parsed() ? triggers.find(s, dropped) : List.<Trigger>of()) {
                    if (!ConditionRules.insideCondition(s, t.head())) {
                        frames.add(frame(new Site(s, t, Frame.of(s.index(), t, s), parties, context, discourse)));
                    }
                }
            }
            frames = UntilRefusals.apply(s, ConditionRules.apply(s, frames, parties, discourse), context);
            frames = SentenceFrames.settle(s, frames, discourse, context);
            all.addAll(frames);
            discourse = discourse.after(Focus.of(s, parties, frames), speaker, frames,
                    Genders.learn(s, discourse.genders()));
        }
        List<Statement> out = StatementAssembler.assemble(article, context, PlanTerms.apply(all, views));
        LOG.debug("{}: {} statements", article.source(), out.size());
        return out;
    }

    private Frame frame(Site site) {
        Site x = site.with(ContentRules.apply(site));
        x = x.with(makers.apply(x));
        x = x.with(addressees.apply(x));
        x = x.with(PlaceRules.apply(x));
        return FlagRules.apply(x);
    }
}
