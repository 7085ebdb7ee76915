package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * People a party says it would take in, a refuge offered: "Cuba would take the rebels in", "the three states will
 * each take some of the fighters", "Malta could receive the migrants". The verb's object (or what a quantifier's
 * "of" phrase names: "some of the guerrillas") is a noun of {@code sheltered-people} picked out by a determiner, a
 * possessive or a number; not a capture ("would take hostages", "would take no prisoners": no determiner, or a
 * none-determiner), nor people taken somewhere or made something ("would take the men to court", "take the rebels
 * prisoner"), nor a particle other than "in" ("would take the rebels on"). Stateless.
 */
final class TakenInPeople {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList PEOPLE = LEXICON.list("sheltered-people");
    private static final WordList QUANTIFIERS = LEXICON.list("quantifiers");
    private static final WordList NONE = LEXICON.list("none-determiners");

    private TakenInPeople() {
    }

    /** Condition {@code taken-in-people}: the verb {@code h} takes in people of the sheltered-people list. */
    static boolean test(SentenceView s, int h) {
        int object = s.child(h, "dobj");
        if (object < 0 || s.child(h, "oprd", "xcomp", "ccomp") >= 0 || sentSomewhere(s, h)) {
            return false;
        }
        int particle = s.child(h, "prt");
        if (particle >= 0 && !s.word(particle).equals("in")) {
            return false;
        }
        int people = QUANTIFIERS.contains(s.lemma(object)) ? partitive(s, object) : object;
        return people >= 0 && s.listed(PEOPLE, people) && (people != object || pickedOut(s, people));
    }

    /** "some of the guerrillas": the noun of a quantifier's "of" phrase, or -1. */
    private static int partitive(SentenceView s, int quantifier) {
        if (NONE.contains(s.lemma(quantifier))) {
            return -1;
        }
        for (int p : s.children(quantifier, "prep")) {
            if (s.word(p).equals("of")) {
                return s.child(p, "pobj");
            }
        }
        return -1;
    }

    /** A noun with a determiner, a possessive or a number, none of them a none-determiner ("no hostages"). */
    private static boolean pickedOut(SentenceView s, int noun) {
        int det = s.child(noun, "det", "poss", "nummod");
        return det >= 0 && !NONE.contains(s.lemma(det));
    }

    /** "would take the men to court", "into custody": people carried somewhere, no refuge. */
    private static boolean sentSomewhere(SentenceView s, int h) {
        return s.children(h, "prep").stream().anyMatch(p -> s.word(p).equals("to") || s.word(p).equals("into"));
    }
}
