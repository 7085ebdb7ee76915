package org.parley.extract.mention;

import java.util.List;
import org.parley.catalog.CatalogEntry;
import org.parley.core.Entity;
import org.parley.core.EntityType;

/**
 * The entity of a typed phrase the catalog does not know, keyed with the country that qualifies an organization's
 * name, so that one country's ministry is not another's (for {@link SentenceScan}). Stateless.
 */
final class CountryKeyedNames {

    private CountryKeyedNames() {
    }

    /**
     * The entity a typed phrase the catalog does not know names, labelled with pieces {@code [a, e)} ("Algerian
     * Foreign Ministry") and keyed with {@code country}, the country a demonym or a possessor gives an organization
     * ({@code organization/foreign-ministry-algeria} for "the Algerian Foreign Ministry" and "Algeria's Foreign
     * Ministry" alike); without one, keyed with the phrase.
     */
    static Entity minted(SentencePieces p, int a, int start, int e, EntityType type, String country) {
        Entity plain = Entity.minted(type, NameText.placeLabel(type.isPlace(), p.text(a, e)));
        return country == null ? plain : new Entity(key(p, start, e, country), type, plain.label(), null);
    }

    /** The key of the organization named by pieces {@code [start, e)} of {@code country}. */
    static String key(SentencePieces p, int start, int e, String country) {
        return Entity.minted(EntityType.ORGANIZATION, p.text(start, e) + " " + country).key();
    }

    /**
     * The country a demonym, an abbreviation ("U.S."), an inner possessor or one before the phrase gives the phrase at
     * piece {@code a} whose name starts at {@code start}, or null.
     */
    static String qualifyingCountry(SentencePieces p, CatalogMatcher matcher, SentenceMentions out, int a, int start) {
        if (start > a && matcher.index().isDemonym(p.get(a).norm())) {
            List<CatalogEntry> states = matcher.index().demonym(p.get(a).norm());
            return states.size() == 1 ? states.get(0).label() : null;
        }
        if (start > a) {
            CatalogMatch owner = matcher.match(p, a, p.get(start - 1).possessive() ? start - 1 : start);
            return owner == null ? null : owner.forms().get(0).entry().label();
        }
        if (a >= 2 && p.get(a - 1).possessive()) {
            Candidate owner = out.endingAt(p.get(a - 2).end());
            return owner != null && owner.entity().type() == EntityType.COUNTRY ? owner.entity().label() : null;
        }
        return null;
    }
}
