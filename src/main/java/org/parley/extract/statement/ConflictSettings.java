package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * "to end the war in A", "a ceasefire in eastern A": a country in an "in" phrase on a noun of the whole conflict or of
 * its end ({@code conflict-setting-nouns}) says where the conflict is, which makes it a party to that conflict, not a
 * place at issue, as the parties of "a ceasefire between A and B" are not. A conflict with an owner ("its war in A",
 * "Russia's war in A") is an act of that owner in A, and A stays a place; regions and cities are not asked about ("the
 * fighting in B province" stays).
 */
final class ConflictSettings {

    private static final WordList CONFLICTS = Lexicon.bundled().list("conflict-setting-nouns");

    private ConflictSettings() {
    }

    /** Whether the preposition {@code in} names the setting of an unowned conflict noun it hangs on. */
    static boolean setting(SentenceView s, int in) {
        if (in < 0 || !s.word(in).equals("in") || !s.relation(in).equals("prep")) {
            return false;
        }
        int noun = s.head(in);
        return noun >= 0 && s.isNoun(noun) && s.listed(CONFLICTS, noun) && s.child(noun, "poss") < 0;
    }
}
