package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parley.catalog.Catalog;
import org.parley.core.AnalyzedText;
import org.parley.core.Article;
import org.parley.core.CharSpan;
import org.parley.core.Mention;
import org.parley.core.NameTagger;
import org.parley.core.Sentence;
import org.parley.extract.MentionFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds entity mentions by composing the mention rules: per sentence, the catalog matcher and the proper-noun
 * runs ({@link SentenceScan}, with {@link CatalogSenses} and the typing rules of {@link PhraseTyper}), then the
 * descriptions and the office holders; per article, the {@link PersonResolver}, then the statistical tagger's names
 * ({@link TaggedNames}) for what is left, and last the short names whose sense the article does not support
 * ({@link ShortNameSenses}) and the foreign ministries named without their country ({@link BareMinistries}).
 * Thread-safe: the name index is
 * built once in the constructor and every call keeps its state on the stack.
 *
 * <pre>{@code
 * MentionFinder finder = new CatalogMentionFinder(Catalog.bundled());
 * List<Mention> mentions = finder.find(article, analyzer.analyze(article.body()));
 * }</pre>
 */
public final class CatalogMentionFinder implements MentionFinder {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.extract");

    private final CatalogMatcher matcher;
    private final NameSkeletons skeletons;
    private final PhraseTyper typer;
    private final Descriptions descriptions;
    private final OfficeHolders officeHolders;
    private final PersonResolver resolver;
    private final PlaceSenses placeSenses;
    private final TaggedNames taggedNames;
    private final ShortNameSenses shortNames;
    private final BareMinistries bareMinistries;

    /** A finder of the catalog's names and the cue rules' only, with no statistical tagger. */
    public CatalogMentionFinder(Catalog catalog) {
        this(catalog, NameTagger.NONE);
    }

    /** A finder that also asks {@code tagger} for the names no rule found ({@link TaggedNames}). */
    public CatalogMentionFinder(Catalog catalog, NameTagger tagger) {
        this(catalog, tagger, NameIndexSnapshot.forCatalog(Objects.requireNonNull(catalog, "catalog")));
    }

    /** As {@link #CatalogMentionFinder(Catalog, NameTagger)}, over {@code parts} (the build's or built) of {@code catalog}. */
    CatalogMentionFinder(Catalog catalog, NameTagger tagger, NameIndexSnapshot.Parts parts) {
        NameIndex index = parts.index();
        this.matcher = new CatalogMatcher(index);
        this.skeletons = parts.skeletons();
        this.typer = PhraseTyper.bundled();
        this.descriptions = new Descriptions(catalog);
        this.officeHolders = new OfficeHolders(catalog, index);
        this.resolver = new PersonResolver(catalog, index);
        this.placeSenses = new PlaceSenses(index);
        this.taggedNames = new TaggedNames(tagger);
        this.shortNames = ShortNameSenses.bundled();
        this.bareMinistries = new BareMinistries(catalog);
        LOG.debug("name index built from {} catalog entries", catalog.size());
    }

    @Override
    public List<Mention> find(Article article, AnalyzedText analysis) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analysis, "analysis");
        String text = analysis.text();
        ArticleWords words = ArticleWords.of(text);
        KnownNames known = KnownNames.NONE;
        List<Candidate> found = new ArrayList<>();
        List<UnresolvedName> unresolved = new ArrayList<>();
        for (Sentence s : analysis.sentences()) {
            SentenceMentions out = new SentenceMentions(SentencePieces.of(s, text), known);
            unresolved.addAll(new SentenceScan(matcher, skeletons, typer, words, out).run());
            descriptions.find(out, found);
            officeHolders.find(out, article.published());
            found.addAll(out.found());
            known = out.known();
        }
        PersonResolver.Resolution resolved = resolver.resolve(unresolved, found, known);
        PersonResolver.Resolution tagged = taggedNames.add(resolved, analysis.sentences(), text);
        if (tagged != resolved) {
            // Every short name resolved again, now with the surnames of the tagger's people: "Singh" after a tagged
            // "Jane Singh" is hers, not the catalog's one Singh that the first pass found before the tagger ran.
            List<Candidate> withTagged = new ArrayList<>(found);
            withTagged.addAll(tagged.found().subList(resolved.found().size(), tagged.found().size()));
            resolved = resolver.resolve(unresolved, withTagged, tagged.known());
        }
        List<Candidate> own = resolver.withArticleSurnames(resolved.found(), resolved.known(), text);
        List<Candidate> merged = PeopleNames.withoutPeoples(resolver.mergeShortNames(own, resolved.known()), text);
        List<Candidate> sensed = shortNames.withEvidence(placeSenses.oneSensePerArticle(merged), text);
        return inTextOrder(bareMinistries.resolve(sensed, text), text);
    }

    /** The candidates as mentions in text order; of two that overlap, the earlier one is kept. */
    private static List<Mention> inTextOrder(List<Candidate> candidates, String text) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::begin));
        List<Mention> out = new ArrayList<>();
        int lastEnd = -1;
        for (Candidate f : sorted) {
            if (f.begin() < lastEnd) {
                continue;
            }
            CharSpan span = new CharSpan(f.begin(), f.end());
            out.add(new Mention(span, span.of(text), f.sentence(), f.entity(), f.kind(), f.confidence(), f.rule()));
            lastEnd = f.end();
        }
        return out;
    }
}
