package org.parley.extract.statement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.core.Article;
import org.parley.core.Entity;
import org.parley.core.EntityType;

/**
 * What the statement rules know of one whole article: its sentences as {@link SentenceView}s, the catalog facts and
 * the countries its people serve (from the catalog's offices and from titles in the text: "Omani Foreign Minister
 * X", "X, Oman's foreign minister,"). Immutable once built.
 */
final class ArticleContext {

    private final Article article;
    private final List<SentenceView> views;
    private final CatalogFacts facts;
    private final Map<String, Set<String>> titledCountries = new HashMap<>();

    ArticleContext(Article article, List<SentenceView> views, CatalogFacts facts) {
        this.article = article;
        this.views = List.copyOf(views);
        this.facts = facts;
        for (SentenceView s : views) {
            for (SentenceView.Placed m : s.mentions()) {
                if (m.type() == EntityType.PERSON) {
                    Entity c = TitleCountry.of(s, m, facts);
                    if (c != null) {
                        titledCountries.computeIfAbsent(m.entity().key(), k -> new HashSet<>()).add(c.key());
                    }
                }
            }
        }
    }

    Article article() {
        return article;
    }

    List<SentenceView> views() {
        return views;
    }

    SentenceView view(int index) {
        return index >= 0 && index < views.size() ? views.get(index) : null;
    }

    CatalogFacts facts() {
        return facts;
    }

    /**
     * The side an entity speaks for: the country a person serves ({@link #countryOf}, null when unknown), any other
     * party itself.
     */
    Entity side(Entity e) {
        return e.type() == EntityType.PERSON ? countryOf(e) : e;
    }

    /** The one country a person serves, per the text's titles or else the catalog's offices; null when none or several. */
    Entity countryOf(Entity person) {
        Set<String> keys = titledCountries.getOrDefault(person.key(), Set.of());
        if (keys.isEmpty()) {
            keys = facts.officeCountries(person.key());
        }
        return keys.size() == 1 ? facts.entity(keys.iterator().next()) : null;
    }
}
