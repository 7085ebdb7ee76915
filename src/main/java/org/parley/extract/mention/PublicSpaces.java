package org.parley.extract.mention;

import java.util.List;
import java.util.Locale;
import org.parley.core.Token;

/**
 * Parks and grounds named where the text puts something: "a rally at Velmar Park", "crowds in Tarsk Gardens". An open
 * space is no entity of ours; a person whose surname is such a word ("a call from Grace Park", "Grace Park said")
 * stands after no preposition of place, and a name the article gave an entity before keeps it. Stateless.
 */
final class PublicSpaces {

    private PublicSpaces() {
    }

    /**
     * A name of two to four words that ends in a capitalized {@code public-space-heads} word and stands right after a
     * preposition of place other than "from" ("at", "in", "into", "outside"), or after "the" and one.
     */
    static boolean publicSpaceAfterPlaceWord(Phrase ph) {
        SentencePieces p = ph.p();
        int last = ph.e() - 1;
        return ph.length() >= 2 && ph.length() <= 4 && p.cap(last) && !p.get(last).possessive() && ph.afterLowerWord()
                && ph.known().entity(p.key(ph.a(), ph.e())) == null
                && spaceAfterPlaceWord(ph.lastNorm(), ph.before(1), ph.before(2));
    }

    /**
     * The same for a name the statistical tagger gives as a person or an organization (tokens {@code [a, e)}), which
     * the article has not named before.
     */
    static boolean taggedSpace(List<Token> tokens, int a, int e, KnownNames known, String key) {
        return e - a >= 2 && e - a <= 4 && a > 0 && known.entity(key) == null
                && spaceAfterPlaceWord(lower(tokens, e - 1), lower(tokens, a - 1), a > 1 ? lower(tokens, a - 2) : "");
    }

    private static boolean spaceAfterPlaceWord(String last, String prev, String prevPrev) {
        String word = prev.equals("the") ? prevPrev : prev;
        return Words.PUBLIC_SPACE_HEADS.contains(last) && !word.equals("from")
                && (Words.PLACE_PREPOSITIONS.contains(word) || Words.LOCATION_PREPOSITIONS.contains(word));
    }

    private static String lower(List<Token> tokens, int k) {
        return tokens.get(k).text().toLowerCase(Locale.ROOT);
    }
}
