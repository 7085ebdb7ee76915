package org.parley.extract.statement;

import java.util.Locale;
import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes a place or an organization of a statement's content that only says whom a named person belongs to or
 * serves: the "of" object of the person's name ("talks with Ana Ruiz of the Red Cross"), or the "of", "at" or "to"
 * object or the possessor of a title ({@code titles}) set beside the name, in apposition or right before it ("Ana
 * Ruiz, the mayor of Tibu", "the bloc's envoy, Ana Ruiz", "envoy to the UN Ana Ruiz"). The person is the one the
 * content is about; the body or the town names his or her post, not where the act is nor a body with a role in it.
 * A title with no name beside it ("the judges of the court", "the governor of Cauca") stays a body or a place.
 */
final class PersonAffiliations {

    private static final WordList TITLES = Lexicon.bundled().list("titles");
    private static final WordList POST_PREPOSITIONS = Lexicon.bundled().list("post-prepositions");

    private PersonAffiliations() {
    }

    /** Whether the mention names the post of a person named beside it (see the class comment). */
    static boolean affiliation(SentenceView s, SentenceView.Placed m) {
        int t = s.firstConjunct(PlaceRules.top(s, m)); // "the president of the Union of A": "Union"
        String r = s.relation(t);
        int gov = s.head(t);
        if (gov < 0) {
            return false;
        }
        if (r.equals("pobj")) {
            String preposition = s.word(gov).toLowerCase(Locale.ROOT);
            int noun = s.head(gov);
            return noun >= 0 && (preposition.equals("of") && person(s, noun, m)
                    || POST_PREPOSITIONS.contains(preposition) && titleBesidePerson(s, noun, m));
        }
        return (r.equals("poss") || r.equals("compound")) && titleBesidePerson(s, gov, m);
    }

    private static boolean person(SentenceView s, int token, SentenceView.Placed m) {
        SentenceView.Placed p = s.mentionAt(token);
        return p != null && p != m && p.type() == EntityType.PERSON;
    }

    /** A title set beside a person's name: in apposition either way, or right before it ("envoy Ana Ruiz"). */
    private static boolean titleBesidePerson(SentenceView s, int noun, SentenceView.Placed m) {
        if (!s.isNoun(noun) || !s.listed(TITLES, noun)) {
            return false;
        }
        String r = s.relation(noun);
        if ((r.equals("appos") || r.equals("compound")) && person(s, s.head(noun), m)) {
            return true;
        }
        return s.children(noun, "appos").stream().anyMatch(c -> person(s, c, m));
    }
}
