package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A verb of offering in the past in a relative clause that hangs on what was offered: "waiting for the vote the
 * government promised them in 2019", "clinging to power beyond the two years it promised". The clause has a subject
 * of its own (no relative pronoun as its subject: "the junta, which promised a vote" tells who promised) and no
 * infinitive or clause of its own; it describes the noun by a promise made before, background to the news, no offer
 * of the day. The simple past or the past perfect: "the plan he has proposed" holds now and stays, and so do "the
 * junta promised a vote" and a promise in the present ("the vote it promises").
 */
final class PastRelatives {

    private static final WordList RELATIVE = Lexicon.bundled().list("relative-pronouns");

    private PastRelatives() {
    }

    /** Whether the verb at {@code h} is a past relative clause on the noun it offered. */
    static boolean pastObjectRelative(SentenceView s, int h) {
        int subject = s.child(h, "nsubj");
        if (!s.relation(h).equals("relcl") || subject < 0
                || RELATIVE.contains(s.word(subject).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int noun = s.head(h);
        boolean past = s.pos(h).equals("VBD") && s.children(h, "aux").isEmpty() || PerfectAspect.past(s, h);
        return noun >= 0 && s.isNoun(noun) && s.child(h, "xcomp", "ccomp") < 0 && past;
    }
}
