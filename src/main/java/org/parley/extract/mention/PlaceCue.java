package org.parley.extract.mention;

import org.parley.core.EntityType;

/**
 * What the words around a name say it is, when they say it is a place: a region by a region noun after it or "the
 * province of" before it ("the Northwest and Southwest regions"), a city by "city" after it, "the town of" before
 * it or a settlement noun in an apposition ("Velmar, a small town"). Catalog names that name a place only under
 * such a cue (the catalog's cue names) need one, with a preposition of location enough for a town in a country
 * the article named; a news outlet's cue name needs a word of reporting ("told Dawn"). Stateless.
 */
final class PlaceCue {

    private PlaceCue() {
    }

    /** The place type the words around pieces {@code [a, e)} give them, or null when they give none. */
    static EntityType around(SentencePieces p, int a, int e) {
        if (datelineTown(p, a, e)) {
            return EntityType.CITY;
        }
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
        if (PlaceLists.regionList(p, a, e)) {
            return EntityType.REGION; // "the provinces of A, B and C": each item, not only the first
        }
        EntityType listed = PlaceLists.placeNounBefore(p, a);
        if (listed != null) {
            return listed;
        }
        return Words.LOCATION_PREPOSITIONS.contains(p.lowerNorm(a - 1)) ? EntityType.CITY : null;
    }

    /**
     * "Jos, Nigeria (Agency) -": the name that opens an article's first sentence before a comma, with the wire
     * credit and its dash within a few pieces after it, is the dateline's town, in whatever case it is written.
     */
    static boolean datelineTown(SentencePieces p, int a, int e) {
        return p.sentence() == 0 && p.get(a).sentenceStart() && p.at(e) != null && p.mark(e).equals(",")
                && wireCreditAhead(p, e);
    }

    /** A wire credit's closing bracket and dash ("(Agency) -") within eight pieces from piece {@code e}. */
    static boolean wireCreditAhead(SentencePieces p, int e) {
        for (int k = e; k < Math.min(p.size(), e + 8); k++) {
            if (p.get(k).sep().matches("\\)\\s*[-\u2013\u2014].*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Rivers State", "Plateau State": a name of two or more words whose last word, capitalized, is a region noun
     * that no region's name ends in by itself ("Province" and the other region heads type the phrase already) gives
     * itself the cue a region's cue name needs.
     */
    static boolean ownRegionNoun(SentencePieces p, int a, int e) {
        String last = p.norm(e - 1);
        return e - a >= 2 && p.get(e - 1).cap() && Words.REGION_NOUNS_AFTER_NAMES.contains(last)
                && !Words.REGION_HEADS.contains(last);
    }

    /** "Djibouti city", "the city of Djibouti": a city word after pieces {@code [a, e)} or before them with "of". */
    static boolean cityWordAround(SentencePieces p, int a, int e) {
        return p.joined(e) && p.lowerNorm(e).equals("city")
                || p.lowerNorm(a - 1).equals("of") && p.lower(a - 2)
                        && Words.CITY_NOUNS_BEFORE_OF.contains(p.norm(a - 2));
    }

    /**
     * The words around pieces {@code [a, e)} say they name a news outlet: "told X", "according to X", "quoted by
     * X", "citing X", "X reported", "the newspaper X", "X television".
     */
    static boolean mediaAround(SentencePieces p, int a, int e) {
        String prev = p.lowerNorm(a - 1);
        String prev2 = p.lowerNorm(a - 2);
        String next = p.joined(e) ? p.lowerNorm(e) : "";
        return MediaCues.cueGoverns(prev, prev2) || Words.MEDIA_CUE_WORDS.contains(next)
                || Words.MEDIA_HEADS.contains(prev) || Words.COMPANY_NOUNS.contains(prev)
                || Words.MEDIA_HEADS.contains(next);
    }
}
