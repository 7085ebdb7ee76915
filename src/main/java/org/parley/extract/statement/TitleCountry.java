package org.parley.extract.statement;

import java.util.Locale;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The country a person's title names in the text: a demonym or a possessive country among the words of the title
 * just before the name ("Omani Foreign Minister X", "China's foreign ministry spokesperson X"), in an apposition
 * before it ("Oman's foreign minister, X,"), in an apposition right after it ("X, Oman's foreign minister,") or in an
 * "of" phrase after a titled name ("President X of Oman"); a
 * counterpart is a title too ("X, his Omani counterpart,", "his Omani counterpart X": peer-titles). A
 * phrase before a comma that is not in apposition with the name is no title of it ("In a reply to the Omani
 * government, X said").
 */
final class TitleCountry {

    private static final WordList TITLE_WORDS = Lexicon.bundled().list("group-nouns");
    private static final WordList PEER_TITLES = Lexicon.bundled().list("peer-titles");
    private static final WordList INNER_WORDS = Lexicon.bundled().list("title-inner-words");

    private TitleCountry() {
    }

    /** The country, or null. */
    static Entity of(SentenceView s, SentenceView.Placed person, CatalogFacts facts) {
        boolean afterComma = s.word(person.begin() - 1).equals(",");
        int start = afterComma ? person.begin() - 2 : person.begin() - 1;
        if (afterComma && !apposed(s, start, person)) {
            start = -1; // "In a message to the Omani government, Badr said": the phrase before the comma is no title
        }
        for (int j = start; j >= Math.max(0, start - 6); j--) {
            Entity e = countryWord(s, j, facts);
            if (e != null) {
                return e;
            }
            if (!(title(s.word(j)) || s.pos(j).startsWith("NNP") || s.pos(j).startsWith("JJ")
                    || INNER_WORDS.contains(s.word(j)))) {
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
        return ofCountry(s, person);
    }

    /**
     * "President Ana Ruiz of Valdoria": a title right before the name and an "of" phrase naming a country right
     * after it; not without the title ("Ana Ruiz of Valdoria", some resident) nor of another party ("of the Front").
     */
    private static Entity ofCountry(SentenceView s, SentenceView.Placed person) {
        if (!title(s.word(person.begin() - 1).toLowerCase(Locale.ROOT)) || !s.word(person.end()).equals("of")) {
            return null;
        }
        int at = s.word(person.end() + 1).equals("the") ? person.end() + 2 : person.end() + 1;
        SentenceView.Placed c = s.mentionAt(at);
        return c != null && c.begin() == at && c.type() == EntityType.COUNTRY ? c.entity() : null;
    }

    /** Whether the title ending at token {@code title} and the name after its comma are in apposition. */
    private static boolean apposed(SentenceView s, int title, SentenceView.Placed person) {
        int name = person.head();
        return s.relation(name).equals("appos") && s.head(name) == title
                || s.relation(title).equals("appos") && s.head(title) == name;
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

    private static boolean title(String word) {
        return TITLE_WORDS.contains(word) || PEER_TITLES.contains(word);
    }

    private static boolean titleWithin(SentenceView s, int i) {
        for (int k = i; k < Math.min(s.size(), i + 3); k++) {
            if (title(s.word(k))) {
                return true;
            }
        }
        return false;
    }
}
