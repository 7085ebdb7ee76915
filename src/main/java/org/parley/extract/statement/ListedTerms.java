package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Terms a party lists after a colon, a demand: "Its terms for any talks have not moved: an amnesty, a share of the
 * posts and a date for elections"; "the union set out its own terms: higher wages and safer pits"; "Her list has not
 * changed: ...". The noun (a terms word of the rule) has no "of" phrase and a party for possessor (a possessive
 * pronoun, a name, or a noun of the group-descriptions list), and the first colon after it, within a few words,
 * opens a noun phrase (its first word past determiners, possessives, numbers and adjectives is a noun). A noun with
 * no colon, an "of" phrase ("its terms of reference", "its list of guests: ..."), an owner that is no party ("the
 * lease's terms: ...") or a colon that opens a clause or a quote ("its terms were clear: it would not leave") is none.
 */
final class ListedTerms {

    /** How far after the noun the colon may come ("Its terms for any talks have barely shifted in a fortnight:"). */
    private static final int REACH = 15;
    private static final WordList GROUPS = Lexicon.bundled().list("group-descriptions");

    private ListedTerms() {
    }

    static boolean test(SentenceView s, int h) {
        int owner = s.child(h, "poss");
        boolean partyOwner = owner >= 0 && (s.pos(owner).equals("PRP$") || s.mentionAt(owner) != null
                || s.listed(GROUPS, owner));
        boolean ofPhrase = s.children(h, "prep").stream().anyMatch(p -> s.word(p).equals("of"));
        if (!partyOwner || ofPhrase) {
            return false;
        }
        for (int i = h + 1; i < s.size() && i <= h + REACH; i++) {
            String word = s.word(i);
            if (word.equals(":")) {
                return nounPhraseAfter(s, i);
            }
            if (word.equals(";") || s.quoted(i)) {
                return false;
            }
        }
        return false;
    }

    private static boolean nounPhraseAfter(SentenceView s, int colon) {
        for (int i = colon + 1; i < s.size(); i++) {
            String tag = s.pos(i);
            boolean modifier = tag.startsWith("DT") || tag.equals("PRP$") || tag.equals("POS") || tag.equals("CD")
                    || tag.startsWith("JJ");
            if (!modifier) {
                return !s.quoted(i) && s.isNoun(i) && !s.word(i).equals("it");
            }
        }
        return false;
    }
}
