package org.parley.extract.statement;

import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The country a person's title names in the text: a demonym or a possessive country among the words of the title
 * just before the name ("Omani Foreign Minister X", "China's foreign ministry spokesperson X") or in an apposition
 * right after it ("X, Oman's foreign minister,").
 */
final class TitleCountry {

    private static final WordList TITLE_WORDS = Lexicon.bundled().list("group-nouns");

    private TitleCountry() {
    }

    /** The country, or null. */
    static Entity of(SentenceView s, SentenceView.Placed person, CatalogFacts facts) {
        int start = s.word(person.begin() - 1).equals(",") ? person.begin() - 2 : person.begin() - 1;
        for (int j = start; j >= Math.max(0, start - 6); j--) {
            Entity e = countryWord(s, j, facts);
            if (e != null) {
                return e;
            }
            if (!(TITLE_WORDS.contains(s.word(j)) || s.pos(j).startsWith("NNP") || s.pos(j).startsWith("JJ")
                    || s.word(j).equals("acting") || s.word(j).equals("of") || s.word(j).equals("affairs"))) {
                break;
            }
        }
        if (s.word(person.end()).equals(",")) {
            for (int j = person.end() + 1; j < Math.min(s.size(), person.end() + 7); j++) {
                Entity e = countryWord(s, j, facts);
                if (e != null) {
                    return e;
                }
                if (s.word(j).equals(",") || s.isVerb(j)) {
                    break;
                }
            }
        }
        return null;
    }

    /** The country a title word names: a demonym ("Omani") or a country's possessive ("Oman's") before a title. */
    private static Entity countryWord(SentenceView s, int j, CatalogFacts facts) {
        SentenceView.Placed p = s.mentionAt(j);
        if (p != null) {
            boolean owner = s.word(p.end()).equals("'s") || s.word(p.end()).equals("'");
            return owner && p.type() == EntityType.COUNTRY && titleWithin(s, p.end() + 1) ? p.entity() : null;
        }
        Entity e = facts.demonym(s.word(j));
        return e != null && titleWithin(s, j + 1) ? e : null;
    }

    private static boolean titleWithin(SentenceView s, int i) {
        for (int k = i; k < Math.min(s.size(), i + 3); k++) {
            if (TITLE_WORDS.contains(s.word(k))) {
                return true;
            }
        }
        return false;
    }
}
