package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.CharSpan;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The parties named as owners of coordinated nouns or coordinated with an owner: "units and commanders of Armenia"
 * (the phrase on the last noun is shared by all), "troops from Uganda and Rwanda" (the owners coordinated in the
 * phrase), "Egyptian and Qatari mediators" (coordinated demonyms). Stateless; {@link Parties} uses what these find.
 */
final class OwnerPhrases {

    private static final WordList GROUP_NOUNS = Lexicon.bundled().list("group-nouns");
    private static final WordList OWNER_PREPOSITIONS = Lexicon.bundled().list("owner-prepositions");

    private OwnerPhrases() {
    }

    /**
     * The owner named by an "of" or "from" phrase ({@code owner-prepositions}) on a noun coordinated with
     * {@code noun}, or null.
     */
    static SentenceView.Placed sharedByConjuncts(SentenceView s, int noun) {
        for (int conj : Clauses.conjuncts(s, noun)) {
            for (int p : s.children(conj, "prep")) {
                SentenceView.Placed pm = OWNER_PREPOSITIONS.contains(s.word(p))
                        ? s.mentionAt(s.child(p, "pobj")) : null;
                if (owner(pm)) {
                    return pm;
                }
            }
        }
        return null;
    }

    /**
     * The phrases on {@code noun} and, when the parser hung an "in" phrase right after the object {@code noun} on the
     * verb instead ("urged the government in Skopje to", the "in" a child of "urged"), that phrase too: it follows
     * the object with no word between, so it places the object's body, not the act. A noun that carries the name of
     * a body no mention covers ("a Bureau spokesman in Quito", {@link #unknownBody}) speaks for that body: its
     * "in" phrase says where it spoke, not whose it is, and is left out.
     */
    static List<Integer> phrasesWithStrayedIn(SentenceView s, int noun) {
        List<Integer> out = new ArrayList<>(s.children(noun, "prep"));
        if (unknownBody(s, noun)) {
            out.removeIf(p -> s.word(p).equals("in"));
            return out;
        }
        int verb = s.head(noun);
        if (!s.relation(noun).equals("dobj") || verb < 0) {
            return out;
        }
        int next = s.subtree(noun).stream().mapToInt(Integer::intValue).max().orElse(noun) + 1;
        if (next < s.size() && s.word(next).equals("in") && s.head(next) == verb && s.relation(next).equals("prep")) {
            out.add(next);
        }
        return out;
    }

    /**
     * Whether {@code noun} carries a capitalized one-word compound that no mention covers and that is no noun of a
     * state's body (group-nouns: "a Ministry spokesman in Ankara" is Turkey's): the name of a body the article's
     * entities miss ("a Bureau spokesman", "a Secretariat official").
     */
    static boolean unknownBody(SentenceView s, int noun) {
        for (int c : s.children(noun, "compound")) {
            if (s.pos(c).equals("NNP") && s.mentionAt(c) == null && s.children(c).isEmpty()
                    && !s.listed(GROUP_NOUNS, c)) {
                return true;
            }
        }
        return false;
    }

    /** The owners coordinated with the one at {@code first}, the object of a phrase on {@code noun}. */
    static List<SentenceView.Placed> coordinatedWith(SentenceView s, int noun, CharSpan first) {
        List<SentenceView.Placed> out = new ArrayList<>();
        for (int p : s.children(noun, "prep")) {
            int o = s.child(p, "pobj");
            SentenceView.Placed named = s.mentionAt(o);
            if (named == null || !named.mention().span().equals(first)) {
                continue;
            }
            for (int c : Clauses.conjuncts(s, o)) {
                if (owner(s.mentionAt(c))) {
                    out.add(s.mentionAt(c));
                }
            }
        }
        return out;
    }

    /**
     * "Egyptian and Qatari mediators": the states of the demonyms coordinated with the demonym that gave {@code first}
     * on {@code noun}, other than those already {@code found}, with {@code first}'s rule.
     */
    static List<Party> coordinatedDemonyms(SentenceView s, int noun, Party first, List<Party> found, CatalogFacts facts) {
        List<Party> out = new ArrayList<>();
        if (first.span() == null || !first.rule().id().endsWith("-demonym")) {
            return out;
        }
        for (int c : s.children(noun)) {
            for (int d : first.span().equals(s.span(c, c + 1)) ? Clauses.conjuncts(s, c) : List.<Integer>of()) {
                Entity state = facts.demonym(s.word(d));
                if (state != null && found.stream().noneMatch(q -> q.entity().equals(state))
                        && out.stream().noneMatch(q -> q.entity().equals(state))) {
                    out.add(new Party(state, s.span(d, d + 1), true, first.rule()));
                }
            }
        }
        return out;
    }

    /** A party that can own forces or a body: an agentive mention, or a region. */
    private static boolean owner(SentenceView.Placed m) {
        return m != null && (m.agentive() || m.type() == EntityType.REGION);
    }
}
