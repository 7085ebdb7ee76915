package org.parley.extract.mention;

import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;

/**
 * A region's cue name paired with another region of the same country that the sentence names by its own name, the
 * two joined by a word of a pair or a movement within four words: "between Britain and Northern Ireland", "goods
 * shipped into Northern Ireland from Britain". The pair says the cue name is the region, not the country or anything
 * else that shares it. Not a name that something owns ("Britain's") nor one a verb follows ("Britain said"). Used
 * for a region's cue name that is also a name of its country. Stateless.
 */
final class SiblingRegions {

    /** Pieces between the cue name and the other region, the joining word among them. */
    private static final int REACH = 4;

    private SiblingRegions() {
    }

    /** The region {@code entry}'s cue name at pieces {@code [a, e)} is paired with a region of its country. */
    static boolean paired(SentencePieces p, int a, int e, CatalogEntry entry, CatalogMatcher matcher) {
        Piece next = p.at(e);
        if (entry.partOf() == null || next != null && (next.possessive() || next.pos().startsWith("VB"))) {
            return false;
        }
        for (int j = e + 1; j <= Math.min(p.size() - 1, e + REACH); j++) { // "Britain and Northern Ireland"
            if (joinerBetween(p, e, j) && sibling(matcher.match(p, j, p.size()), entry)) {
                return true;
            }
        }
        for (int j = Math.max(0, a - REACH - 2); j < a - 1; j++) { // "into Northern Ireland from Britain"
            CatalogMatch m = matcher.match(p, j, a);
            if (m != null && m.end() < a && joinerBetween(p, m.end(), a) && sibling(m, entry)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lower-case word of a pair or a movement between two places ({@code place-pair-joiners}) stands among pieces
     * {@code [from, to)}.
     */
    private static boolean joinerBetween(SentencePieces p, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Words.PLACE_PAIR_JOINERS.contains(p.lowerNorm(k))) {
                return true;
            }
        }
        return false;
    }

    /** Match {@code m} names, by its own name, another region of the country {@code entry} lies in. */
    private static boolean sibling(CatalogMatch m, CatalogEntry entry) {
        return m != null && m.forms().stream().anyMatch(f -> !f.cueOnly() && f.entry() != entry
                && f.entry().type() == EntityType.REGION && entry.partOf().equals(f.entry().partOf()));
    }
}
