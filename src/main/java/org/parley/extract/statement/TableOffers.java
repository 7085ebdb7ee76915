package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Condition {@code offer-on-table} of {@code statement.offer.on-the-table}: what is said to stay, remain or still be
 * "on the table" is an offer kept open when it is one, a noun of the offer-nouns list as the subject of that verb
 * ("the June package would stay on the table as long as ...", "our offer remains on the table", "the proposal is still
 * on the table"). A topic on the table ("the border was on the table"), a demand ("its demand remains on the table")
 * or a relative ("the deal that is on the table") offers nothing, and "no longer on the table" withdraws the offer
 * ("not on the table" is {@code statement.rejection.off-the-table}'s).
 */
final class TableOffers {

    private static final WordList OFFER_NOUNS = Lexicon.bundled().list("offer-nouns");
    private static final WordList ENDED = Lexicon.bundled().list("ended-stance-phrases");

    private TableOffers() {
    }

    /** Whether the verb {@code h} keeps an offer on the table: its subject an offer noun, not "no longer". */
    static boolean offerOnTable(SentenceView s, int h) {
        int subject = s.child(h, "nsubj");
        return subject >= 0 && s.listed(OFFER_NOUNS, subject) && !noLonger(s, h);
    }

    /** "no longer" (or "no more") among the verb's modifiers: what was on the table is taken off it. */
    private static boolean noLonger(SentenceView s, int h) {
        for (int c : s.children(h, "advmod")) {
            if (ENDED.contains((s.word(c - 1) + " " + s.word(c)).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
