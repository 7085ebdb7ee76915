package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * The addressee's phrase of a trigger verb that also takes an infinitive or a clause ("urged the government to let
 * investigators into A"). The addressee and what locates it stand before that verb and are no content; the parser
 * sometimes hangs the infinitive's own object on the addressee as an apposition ("investigators" under
 * "government"). A token after the infinitive cannot belong to a phrase that ends before it, so it strayed there
 * and stays in the content.
 */
final class StrayedObjects {

    private StrayedObjects() {
    }

    /**
     * The tokens of the object's phrase that stand before the head's infinitive or clause that follows the object:
     * the addressee's own phrase (all of it when no such verb follows).
     */
    static List<Integer> addresseePhrase(SentenceView s, int head, int object) {
        int complement = complementAfter(s, head, object);
        List<Integer> out = new ArrayList<>();
        for (int i : s.subtree(object)) {
            if (complement < 0 || i < complement) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Whether a token lies in the phrase of an object or dative of the trigger head but after the head's infinitive
     * or clause that follows the object, where only a misattached object of that verb can stand.
     */
    static boolean strayed(SentenceView s, int head, int token) {
        for (int o : s.children(head)) {
            String r = s.relation(o);
            if (r.equals("dobj") || r.equals("dative")) {
                int complement = complementAfter(s, head, o);
                if (complement >= 0 && token > complement && s.dominates(o, token)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The head's first infinitive or clause after the object ("told reporters that ...": the "that" clause), or -1. */
    private static int complementAfter(SentenceView s, int head, int object) {
        int first = -1;
        for (int c : s.children(head)) {
            String r = s.relation(c);
            if ((r.equals("xcomp") || r.equals("ccomp")) && c > object && (first < 0 || c < first)) {
                first = c;
            }
        }
        return first;
    }
}
