package org.parley.extract.statement;

import java.util.List;
import java.util.Locale;
import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes a named place or country in a statement's content that only locates or names something else: the
 * possessor, compound or "in"/"of" object of another named place ("Shan State's Kengtung", "El Fasher in Darfur"),
 * the place after "in" on a noun of divisions set in apposition to named places ("A and B, towns in C"), the coast
 * after "off" that says where a thing is ("the islands off A"; not "the fishing grounds off A"), a place
 * that names a document or the talks held there ("the Jeddah declaration", "the Doha talks"), and the countries
 * listed as the two sides after "between".
 */
final class PlaceLocators {

    private static final WordList LOCATING_PREPOSITIONS = Lexicon.bundled().list("locating-prepositions");
    private static final WordList PLACE_NOUNS = Lexicon.bundled().list("place-nouns");
    private static final WordList DIVISION_NOUNS = Lexicon.bundled().list("division-nouns");
    private static final WordList DOCUMENT_NOUNS = Lexicon.bundled().list("document-nouns");
    private static final WordList VENUE_NAMED = Lexicon.bundled().list("venue-named-nouns");
    private static final WordList SEA_AREAS = Lexicon.bundled().list("sea-area-nouns");

    private PlaceLocators() {
    }

    /** "a ceasefire between Israel and Hamas": the countries listed as the two sides. */
    static boolean betweenParties(SentenceView s, SentenceView.Placed m) {
        if (m.type() != EntityType.COUNTRY && m.type() != EntityType.ORGANIZATION) {
            return false;
        }
        int t = s.firstConjunct(m.head());
        return s.relation(t).equals("pobj") && s.word(s.head(t)).equals("between");
    }

    /** A place that says where another named place is: its possessor, compound or "in"/"of" object. */
    static boolean locator(SentenceView s, SentenceView.Placed m) {
        int t = m.head();
        String r = s.relation(t);
        int gov = s.head(t);
        if (r.equals("pobj") && s.word(gov).equals("near") && gov >= 2 && s.word(gov - 1).equals(",")) {
            // "the route from Ust-Luga, near St Petersburg": a place set off after another only says where that is
            SentenceView.Placed before = s.mentionAt(gov - 2);
            if (before != null && before != m && before.isPlace()) {
                return true;
            }
        }
        if (r.equals("pobj") && s.word(gov).equals("off") && s.isNoun(s.head(gov))) {
            // "the islands off Hokkaido", "a tanker off Hodeidah": a coast that says where a thing is; not after an
            // unnamed stretch of sea ("the fishing grounds off A"), which no name stands for but the coast's
            return !s.listed(SEA_AREAS, s.head(gov));
        }
        if (r.equals("pobj") && LOCATING_PREPOSITIONS.contains(s.word(gov))) {
            gov = s.head(gov);
        } else if (!(r.equals("poss") || r.equals("compound") || r.equals("nmod") || r.equals("appos"))) {
            return false;
        }
        SentenceView.Placed located = s.mentionAt(gov);
        if (located != null && located != m && located.isPlace()) {
            return true;
        }
        if (r.equals("pobj") && (PLACE_NOUNS.contains(s.lemma(gov)) || DIVISION_NOUNS.contains(s.word(gov)))) {
            // "the Antofagasta region of Chile": the region is named by its own compound; "the town of Isfara in
            // the Sughd region": by the object of its "of"
            for (int c : s.children(gov)) {
                int named = s.word(c).equals("of") ? s.child(c, "pobj") : c;
                SentenceView.Placed place = named < 0 ? null : s.mentionAt(named);
                if (place != null && place != m && place.isPlace()) {
                    return true;
                }
            }
        }
        // "Ukraine's Donetsk and Luhansk regions": the owner of a noun that named places modify (the owner only:
        // "Peru's Tacna region" locates Tacna by Peru, not Peru by Tacna)
        for (int c : r.equals("poss") ? s.children(gov) : List.<Integer>of()) {
            SentenceView.Placed other = s.mentionAt(c);
            if (c != t && other != null && other != m && other.isPlace()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "El Fasher, Kadugli and Dilling, towns in Darfur and Kordofan": the places after "in" or "of" on a noun of
     * settlements or divisions set in apposition to named places only say where those are.
     */
    static boolean appositiveLocator(SentenceView s, SentenceView.Placed m) {
        int t = s.firstConjunct(m.head());
        int prep = s.head(t);
        int noun = prep < 0 ? -1 : s.head(prep);
        if (!s.relation(t).equals("pobj") || noun < 0 || !(s.word(prep).equals("in") || s.word(prep).equals("of"))
                || !DIVISION_NOUNS.contains(s.word(noun).toLowerCase(Locale.ROOT))
                || !s.relation(noun).equals("appos")) {
            return false;
        }
        SentenceView.Placed named = s.mentionAt(s.head(noun));
        return named != null && named != m && named.isPlace();
    }

    /**
     * "the Jeddah declaration": a place that names a document is no place of the content; nor is a town that names
     * the agreement or talks made or held there ("the Minsk agreements", "the Doha talks").
     */
    static boolean documentName(SentenceView s, SentenceView.Placed m) {
        String r = s.relation(m.head());
        int gov = s.head(m.head());
        return gov >= 0 && (r.equals("compound") || r.equals("nmod")) && (DOCUMENT_NOUNS.contains(s.lemma(gov))
                || m.type() == EntityType.CITY && s.listed(VENUE_NAMED, gov));
    }
}
