package org.parley.extract.mention;

import org.parley.core.EntityType;

/**
 * What the words around a name say it is, when they say it is a place: a region by a region noun after it or "the
 * province of" before it ("the Northwest and Southwest regions"), a city by "city" after it, "the town of" before
 * it or a settlement noun in an apposition ("Velmar, a small town"). Catalog names that name a place only under
 * such a cue (the catalog's cue names) need one. Stateless.
 */
final class PlaceCue {

    private PlaceCue() {
    }

    /** The place type the words around pieces {@code [a, e)} give them, or null when they give none. */
    static EntityType around(SentencePieces p, int a, int e) {
        String next = p.joined(e) ? p.lowerNorm(e) : "";
        if (Words.REGION_NOUNS_AFTER_NAMES.contains(next) || PlaceCues.sharedPluralRegionNoun(p, e)) {
            return EntityType.REGION;
        }
        if (next.equals("city") || PlaceCues.settlementAppositionAfter(p, e) || PlaceCues.settlementNounBeforeComma(p, a)) {
            return EntityType.CITY;
        }
        if (p.lowerNorm(a - 1).equals("of") && p.lower(a - 2)) {
            String noun = p.norm(a - 2);
            if (Words.CITY_NOUNS_BEFORE_OF.contains(noun)) {
                return EntityType.CITY;
            }
            if (Words.REGION_NOUNS_BEFORE_OF.contains(noun)) {
                return EntityType.REGION;
            }
        }
        return PlaceLists.placeNounBefore(p, a);
    }
}
