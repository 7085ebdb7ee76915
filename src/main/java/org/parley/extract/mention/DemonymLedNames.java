package org.parley.extract.mention;

import java.util.Set;
import java.util.function.Consumer;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;

/**
 * "the Kurdish YPG militia", "the Syrian Kurdish YPG": adjectives of a people or a place before an organization's
 * catalog name only describe it. A run of capitalized pieces that opens with one or more such adjectives (a catalog
 * demonym or a word with an adjective's ending, tagged an adjective) and whose remaining pieces are, all of them,
 * one catalog name of an organization names that organization. One look-up in the name index. Stateless.
 */
final class DemonymLedNames {

    private DemonymLedNames() {
    }

    /** Gives {@code emit} the organization's catalog match that ends run {@code [a, e)}; true when there was one. */
    static boolean named(SentencePieces p, int a, int e, CatalogMatcher matcher, Set<String> places,
                         Consumer<CatalogMatch> emit) {
        CatalogMatch name = after(p, a, e, matcher, places);
        if (name != null) {
            emit.accept(name);
        }
        return name != null;
    }

    /** The organization's catalog match that ends run {@code [a, e)} after its opening demonyms, or null. */
    static CatalogMatch after(SentencePieces p, int a, int e, CatalogMatcher matcher, Set<String> places) {
        int k = a;
        while (k < e - 1 && p.get(k).cap() && peopleAdjective(p.get(k), matcher)) {
            k++;
        }
        if (k == a) {
            return null;
        }
        CatalogMatch name = matcher.match(p, k, e, places);
        boolean organization = name != null && name.onlyType(EntityType.ORGANIZATION);
        return organization && name.end() == e ? name : null;
    }

    /**
     * "the Russian Foreign Ministry", "the Somali Parliament": a catalog organization's alias that opens with a
     * demonym is the body's name as news writes it, demonym and all (the demonym is no mention of the country, as a
     * possessor is), so the mention keeps the whole alias.
     */
    static boolean aliasOpensWithDemonym(SentencePieces p, CatalogMatch c, CatalogEntry entry, CatalogMatcher matcher) {
        return entry.type() == EntityType.ORGANIZATION && c.length() >= 2 && p.get(c.begin()).cap()
                && matcher.index().isDemonym(p.get(c.begin()).norm());
    }

    /**
     * "Kurdish", "Tibetan", "Syrian": tagged an adjective, all letters, a catalog demonym or with an adjective's
     * ending.
     */
    private static boolean peopleAdjective(Piece x, CatalogMatcher matcher) {
        String n = x.norm();
        return x.pos().startsWith("JJ") && x.text().chars().allMatch(Character::isLetter)
                && (matcher.index().isDemonym(n) || Phrase.adjectiveEnding(n));
    }
}
