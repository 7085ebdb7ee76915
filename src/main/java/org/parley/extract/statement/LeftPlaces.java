package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The place forces are moved out of: the "from" phrase of a force noun that a word of leaving moves, as the "of"
 * object of a withdrawal noun or the object of a withdrawal verb ({@code leaving-word-forms}: "the withdrawal of all
 * fighters from Idlib", "to pull the militias from Afrin"). The phrase says where the forces leave, so its place is a
 * place of the content and no owner of the forces; "fighters from Idlib" on its own, or after any other word
 * ("the arrest of fighters from Idlib"), still names where they come from.
 */
final class LeftPlaces {

    private static final WordList FORCE_NOUNS = Lexicon.bundled().list("force-nouns");
    private static final WordList LEAVING = Lexicon.bundled().list("leaving-word-forms");

    private LeftPlaces() {
    }

    /** Whether the force noun at {@code force} is moved by a word of leaving ("the withdrawal of fighters"). */
    static boolean movedOut(SentenceView s, int force) {
        String r = s.relation(force);
        int gov = s.head(force);
        int mover = r.equals("pobj") && gov >= 0 && s.word(gov).equalsIgnoreCase("of") ? s.head(gov)
                : r.equals("dobj") ? gov : -1;
        return mover >= 0 && LEAVING.contains(s.word(mover).toLowerCase(Locale.ROOT));
    }

    /** Whether the place is in the "from" phrase of forces a word of leaving moves (see the class comment). */
    static boolean left(SentenceView s, SentenceView.Placed m) {
        int t = s.firstConjunct(m.head());
        int from = s.head(t);
        int force = from < 0 ? -1 : s.head(from);
        return s.relation(t).equals("pobj") && s.word(from).equalsIgnoreCase("from") && force >= 0
                && s.listed(FORCE_NOUNS, force) && movedOut(s, force);
    }
}
