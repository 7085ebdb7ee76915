package org.parley.extract.statement;

import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Whether a country named in a statement's content is named as a place, and so is one of its places (countries are
 * otherwise parties: a target, a beneficiary, a counterpart): the object of a place preposition ("withdraw from
 * Lebanon", "through Kuwait"), of a verb that takes a territory ("leave Lebanon", "cede Crimea"), the owner of a place
 * ("Iran's embassy", "the sovereignty of Georgia") or the one who runs a site ("a base operated by Turkey"), or the
 * other side of a boundary: the "with" phrase of a noun of
 * the {@code boundary-nouns} list ("reopen the crossing with Chad", "the state's border with Niger and Chad"), which
 * says where the line runs, not whom the act is agreed with ("a border deal with Chad", "talks with Chad on the
 * border" keep Chad a counterpart); a border a state owns ("its border with Chad", "Sudan's border with Chad") runs
 * between two sides of a relation and names no place.
 */
final class CountryPlaces {

    private static final WordList PLACE_PREPOSITIONS = Lexicon.bundled().list("place-role-prepositions");
    private static final WordList PLACE_VERBS = Lexicon.bundled().list("place-verbs");
    private static final WordList PLACE_NOUNS = Lexicon.bundled().list("place-nouns");
    private static final WordList BOUNDARY_NOUNS = Lexicon.bundled().list("boundary-nouns");
    private static final WordList GIVING = Lexicon.bundled().list("giving-words");
    private static final WordList SPOKEN_TO = Lexicon.bundled().list("spoken-to-verbs");
    private static final WordList OPERATING = Lexicon.bundled().list("operating-verbs");

    private CountryPlaces() {
    }

    /**
     * Whether a country is named in a place role (see the class comment); not a party to talks, a target, a
     * beneficiary or a recipient ("sanctions against Russia", "talks with Ukraine", "weapons to Ukraine").
     */
    static boolean placeRole(SentenceView s, SentenceView.Placed m) {
        int t = PlaceRules.listHead(s, PlaceRules.top(s, m)); // "from the Republic of A": the phrase, not "of A"
        String r = s.relation(t);
        int gov = s.head(t);
        if (r.equals("pobj")) {
            if (s.relation(gov).equals("agent")) {
                return siteOperator(s, gov);
            }
            if (s.word(gov).equals("of")) {
                return s.listed(PLACE_NOUNS, s.head(gov));
            }
            return PLACE_PREPOSITIONS.contains(s.word(gov)) && !recipient(s, gov) && !ConflictSettings.setting(s, gov);
        }
        if (r.equals("dobj")) {
            return PLACE_VERBS.contains(s.lemma(gov));
        }
        if (r.equals("poss") || r.equals("compound") || r.equals("nmod")) {
            return s.listed(PLACE_NOUNS, gov);
        }
        return false;
    }

    /**
     * "the crossing with Chad", "the state's border with Niger and Chad": a place in the "with" phrase of a boundary
     * noun, hung on the noun or, by the parser, on the verb right after the noun ("reopen the frontier with Chad"),
     * unless a state owns the line, or, with no owner named, a state makes the statement ("Chile will not reopen the
     * border with Peru": its own border).
     */
    static boolean otherSide(SentenceView s, Frame f, SentenceView.Placed m) {
        int t = s.firstConjunct(m.head());
        int with = s.head(t);
        if (!s.relation(t).equals("pobj") || with < 1 || !s.word(with).equalsIgnoreCase("with")) {
            return false;
        }
        int noun = s.head(with) >= 0 && s.listed(BOUNDARY_NOUNS, s.head(with)) ? s.head(with)
                : s.listed(BOUNDARY_NOUNS, with - 1) ? with - 1 : -1;
        return noun >= 0 && !stateOwned(s, noun)
                && (!s.children(noun, "poss").isEmpty() || f.makers().stream().noneMatch(CountryPlaces::state));
    }

    private static boolean state(Party p) {
        return p.entity().type() == EntityType.COUNTRY;
    }

    /**
     * "India's border with Myanmar", "its border with Somalia": a line a state owns runs between two states, the
     * sides of a relation, not places ("the state's border with Niger", "the crossing with Egypt" stay places).
     */
    private static boolean stateOwned(SentenceView s, int noun) {
        for (int c : s.children(noun, "poss")) {
            SentenceView.Placed owner = s.mentionAt(c);
            if (s.pos(c).equals("PRP$") || owner != null && owner.type() == EntityType.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /**
     * "close a base operated by Turkey", "the port run by Bolivia": the agent of a participle of running a site
     * ({@code operating-verbs}) on a place noun names the site's owner, a place role as "Turkey's base" is; "the areas
     * claimed by A and B" names the sides of a dispute and is none.
     */
    private static boolean siteOperator(SentenceView s, int agent) {
        int participle = s.head(agent);
        int site = participle < 0 ? -1 : s.head(participle);
        return site >= 0 && s.relation(participle).equals("acl") && s.listed(OPERATING, participle)
                && s.listed(PLACE_NOUNS, site);
    }

    /** Whether a place is named as the one who runs a site of the content ("a base operated by A"). */
    static boolean operator(SentenceView s, SentenceView.Placed m) {
        int t = PlaceRules.listHead(s, m.head());
        return s.relation(t).equals("pobj") && s.relation(s.head(t)).equals("agent") && siteOperator(s, s.head(t));
    }

    /**
     * Whether the preposition is the "to" of giving, said of the act or of what is given ("supplying weapons to
     * Ukraine", "arms deliveries to Russia"): its object receives; or the "to" of a verb of speaking with no object
     * of its own ({@code spoken-to-verbs}: "urged the rebels to talk to Peru"): its object is the counterpart spoken
     * to, as in "talks with Peru" ("resume flights to Peru" keeps its place).
     */
    private static boolean recipient(SentenceView s, int preposition) {
        int given = s.head(preposition);
        return s.word(preposition).equals("to") && given >= 0 && (GIVING.contains(s.lemma(given))
                || s.relation(given).matches("dobj|conj") && GIVING.contains(s.lemma(s.head(given)))
                || s.isVerb(given) && SPOKEN_TO.contains(s.lemma(given)) && s.child(given, "dobj") < 0);
    }
}
