package org.parley.extract.statement;

import java.util.Locale;
import java.util.Set;
import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * An agreement the two sides reached together, told as news: "Tonga and Fiji agreed on Friday to reopen the ferry
 * route", "Peru's government and the Front agreed in principle to resume talks", "Chilean and Bolivian negotiators
 * agreed to swap prisoners", "the two sides agreed to a truce". The deal is a joint act, no offer one side makes to the
 * other (over the development sets such a sentence was a statement of the gold once in nine texts). The subject (its
 * own or the one the verb takes over: "put the dispute to the court and agreed to pull back") is two parties joined
 * by "and", each a name or a body a name or a demonym owns; or a noun of a body with two demonyms joined on it; or
 * "both" or "the two" before "sides" (`negotiation-sides`; not "the two main parties", which may be political
 * parties, nor "the two countries"). Named people ("Ruiz and Ortega agreed", "the two leaders agreed") stay offers
 * of each, and so does one party agreeing, or two pledging.
 * Stateless.
 */
final class MutualAgreements {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList AGREEING = LEXICON.list("agreeing-verbs");
    private static final WordList GROUP_NOUNS = LEXICON.list("group-nouns");
    private static final WordList SIDES = LEXICON.list("negotiation-sides");
    private static final WordList PAIR_WORDS = LEXICON.list("side-pair-words");
    private static final Set<String> OWNER_RELATIONS = Set.of("poss", "compound", "nmod", "amod");

    private MutualAgreements() {
    }

    /** Whether agreeing verb {@code h} has two sides for its subject. */
    static boolean test(SentenceView s, int h) {
        if (!s.isVerb(h) || !AGREEING.contains(s.lemma(h))) {
            return false;
        }
        int subject = InheritedSubjects.of(s, h);
        return subject >= 0 && (joinedSides(s, subject) || demonymSides(s, subject) || describedSides(s, subject));
    }

    /** "Tonga and Fiji", "Peru's government and the Front": the subject and one of its conjuncts are sides. */
    private static boolean joinedSides(SentenceView s, int subject) {
        if (!side(s, subject)) {
            return false;
        }
        return s.children(subject, "conj").stream().anyMatch(c -> side(s, c));
    }

    /** A party named that is no person, or a body such a party owns ("Peru's government", "the government of Peru"). */
    private static boolean side(SentenceView s, int noun) {
        if (noun < 0) {
            return false;
        }
        if (s.mentionAt(noun) != null) {
            return named(s, noun);
        }
        if (!s.listed(GROUP_NOUNS, noun)) {
            return false;
        }
        for (int c : s.children(noun)) {
            String r = s.relation(c);
            if (OWNER_RELATIONS.contains(r) && (named(s, c) || properAdjective(s, c))
                    || r.equals("prep") && s.word(c).equalsIgnoreCase("of") && named(s, s.child(c, "pobj"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(SentenceView s, int token) {
        SentenceView.Placed m = token < 0 ? null : s.mentionAt(token);
        return m != null && m.agentive() && m.type() != EntityType.PERSON;
    }

    /** "Chilean and Bolivian negotiators": a body noun with two capitalized adjectives joined on it. */
    private static boolean demonymSides(SentenceView s, int subject) {
        if (!s.listed(GROUP_NOUNS, subject)) {
            return false;
        }
        return s.children(subject).stream().filter(a -> OWNER_RELATIONS.contains(s.relation(a)))
                .anyMatch(a -> properAdjective(s, a)
                        && s.children(a, "conj").stream().anyMatch(c -> properAdjective(s, c)));
    }

    private static boolean properAdjective(SentenceView s, int token) {
        String w = s.words(token, token + 1);
        return s.pos(token).startsWith("JJ") && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && s.mentionAt(token) == null;
    }

    /** "the two sides", "both sides": the sides of a negotiation, not "the two parties" or "the two leaders". */
    private static boolean describedSides(SentenceView s, int subject) {
        if (!SIDES.contains(s.word(subject).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return s.children(subject).stream().map(c -> s.word(c).toLowerCase(Locale.ROOT)).anyMatch(PAIR_WORDS::contains);
    }
}
