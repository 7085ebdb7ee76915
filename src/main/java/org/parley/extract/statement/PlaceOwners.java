package org.parley.extract.statement;

import java.util.List;
import java.util.Set;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes a place of a statement's content that names who owns, holds or sends something rather than where the
 * act is: the owner of forces ("Russia's troops", "forces of Ethiopia"), who holds a territorial status ("the
 * sovereignty of Iran over the islands"), who claims or holds a thing of the content ("the areas claimed by A"), and
 * whom a demand or an offer comes from ("the call from Muscat"), and where people, goods or forces are brought in
 * from ("the police units brought in from Tarn", "stop the gunmen from Tarn from crossing"), and who a thing belongs
 * to ("accept that the valley belongs to A").
 */
final class PlaceOwners {

    private static final WordList FORCE_NOUNS = Lexicon.bundled().list("force-nouns");
    private static final WordList PLACE_NOUNS = Lexicon.bundled().list("place-nouns");
    private static final WordList DEMAND_NOUNS = Lexicon.bundled().list("demand-nouns");
    private static final WordList OFFER_NOUNS = Lexicon.bundled().list("offer-nouns");
    private static final WordList TERRITORIAL_STATUS = Lexicon.bundled().list("territorial-status-nouns");
    private static final WordList ORIGIN_PARTICIPLES = Lexicon.bundled().list("origin-participles");
    private static final WordList BELONGING = Lexicon.bundled().list("belonging-verbs");
    private static final WordList OWNER_PREPOSITIONS = Lexicon.bundled().list("owner-prepositions");
    private static final Set<String> NAME_MODIFIERS = Set.of("compound", "poss", "nmod");

    private PlaceOwners() {
    }

    /**
     * "Russia's troops", "forces of Ethiopia", "the militias of the province of Tarn": the owner of forces is a party,
     * not a place.
     */
    static boolean forceOwner(SentenceView s, SentenceView.Placed m) {
        int t = m.head();
        String r = s.relation(t);
        int gov = s.head(t);
        if (r.equals("pobj") && OWNER_PREPOSITIONS.contains(s.word(gov))) {
            gov = s.head(gov);
        } else if (!(r.equals("poss") || r.equals("compound") || r.equals("nmod") || r.equals("amod"))) {
            return false;
        }
        int of = s.head(gov);
        if (gov >= 0 && PLACE_NOUNS.contains(s.lemma(gov)) && s.relation(gov).equals("pobj")
                && OWNER_PREPOSITIONS.contains(s.word(of))) {
            gov = s.head(of); // the place noun names the owner
        }
        return gov >= 0 && s.listed(FORCE_NOUNS, gov);
    }

    /**
     * "the sovereignty of Iran over the islands", "Iran's sovereignty over the islands": with an "over" phrase, the
     * "of" phrase or the possessor of a territorial status names who holds it, not the territory.
     */
    static boolean claimant(SentenceView s, SentenceView.Placed m) {
        int top = PlaceRules.top(s, m); // "the sovereignty of the Republic of A": the name's phrase, not "of A"
        int of = s.head(top);
        boolean owner = s.relation(top).equals("poss"); // "China's sovereignty over the islands"
        int status = owner ? of : s.head(of);
        return (owner || s.relation(top).equals("pobj") && s.word(of).equals("of")) && status >= 0
                && TERRITORIAL_STATUS.contains(s.lemma(status))
                && (s.children(status, "prep").stream().anyMatch(p -> s.word(p).equals("over"))
                || ContentRules.trailingPreposition(s, status, "over") >= 0);
    }

    /**
     * "the areas claimed by both A and B", "the towns held by C": the agent of a participle clause on a noun of the
     * content names a side that claims, holds or took the thing, not a place of the act, as a country there is none
     * ({@link CountryPlaces}); the one who runs a site ("a base operated by A") stays, a third party with a role.
     */
    static boolean participleAgent(SentenceView s, SentenceView.Placed m) {
        int t = PlaceRules.listHead(s, m.head());
        int by = s.head(t);
        int participle = by < 0 ? -1 : s.head(by);
        return s.relation(t).equals("pobj") && s.relation(by).equals("agent") && participle >= 0
                && s.relation(participle).equals("acl") && !CountryPlaces.operator(s, m);
    }

    /**
     * "rejected the call from Muscat", "a proposal from Tashkent": a place in the "from" phrase of a demand or offer
     * noun that is the trigger or the trigger's object says whom it comes from, not where the act is asked.
     */
    static boolean callSource(SentenceView s, Frame f, SentenceView.Placed m) {
        int trigger = f.head();
        // the trigger noun, or the noun the trigger verb answers ("rejected the call from X")
        int noun = governorThrough(s, PlaceRules.top(s, m), "from");
        return noun >= 0 && s.isNoun(noun)
                && (noun == trigger || s.head(noun) == trigger && s.relation(noun).equals("dobj"))
                && (DEMAND_NOUNS.contains(s.lemma(noun)) || OFFER_NOUNS.contains(s.lemma(noun)));
    }

    /**
     * "withdraw the police units brought in from Tarn", "stop the goods coming from Tarn": a place in the "from" phrase
     * of a participle clause of arrival or sending ({@code origin-participles}) on a noun says where those people,
     * goods or forces come from, not where the act is asked.
     */
    static boolean origin(SentenceView s, SentenceView.Placed m) {
        int top = PlaceRules.listHead(s, m.head());
        int participle = governorThrough(s, top, "from");
        return participle >= 0 && s.relation(s.head(top)).equals("prep") && s.relation(participle).equals("acl")
                && s.isVerb(participle) && ORIGIN_PARTICIPLES.contains(s.lemma(participle)) || firstOfTwoFroms(s, m);
    }

    /**
     * "stop the gunmen from A from crossing into B", "the withdrawal of the forces from A from B": where one word
     * carries two "from" phrases in a row, the first, right after a noun, says where those people or forces come from;
     * the second is the place they leave or the act they are kept from.
     */
    private static boolean firstOfTwoFroms(SentenceView s, SentenceView.Placed m) {
        int t = PlaceRules.top(s, m);
        for (int steps = 0; steps < 3 && NAME_MODIFIERS.contains(s.relation(t)); steps++) {
            t = s.head(t); // "from Tarn's Veldor region": the phrase's noun
        }
        t = PlaceRules.listHead(s, t);
        int from = s.head(t);
        if (!s.relation(t).equals("pobj") || from < 1 || !s.word(from).equalsIgnoreCase("from")
                || !s.relation(from).equals("prep") || !s.isNoun(from - 1)) {
            return false;
        }
        for (int c : s.children(t, "prep")) {
            if (c > t && s.word(c).equalsIgnoreCase("from")) {
                return true; // the parser hangs the second on the first's noun
            }
        }
        List<Integer> phrase = s.subtree(from);
        int next = phrase.get(phrase.size() - 1) + 1;
        return next < s.size() && s.word(next).equalsIgnoreCase("from") && s.relation(next).equals("prep")
                && s.head(next) == s.head(from);
    }

    /**
     * "accept that the valley belongs to A", "both banks belong to one A": the "to" object of a verb of belonging
     * ({@code belonging-verbs}) names who holds the thing, as the holder of a status over a territory does, not a place
     * of the act.
     */
    static boolean holder(SentenceView s, SentenceView.Placed m) {
        int verb = governorThrough(s, PlaceRules.listHead(s, PlaceRules.top(s, m)), "to");
        return verb >= 0 && s.isVerb(verb) && s.listed(BELONGING, verb);
    }

    /**
     * The word the preposition {@code preposition} hangs on when {@code top} is that preposition's object ("the call"
     * of "the call from A", "belongs" of "belongs to A"), or -1.
     */
    private static int governorThrough(SentenceView s, int top, String preposition) {
        int p = PlaceRules.prepositionOver(s, top);
        return p >= 0 && s.word(p).equalsIgnoreCase(preposition) ? s.head(p) : -1;
    }
}
