package org.parley.extract.statement;

import java.util.Locale;

/**
 * The perfect of a verb, read from its auxiliaries as written: the past perfect ("had agreed": an act told as
 * before another past one) and the present perfect ("has agreed", "have accepted", "'ve offered": an act that holds
 * now); and an act told in the past, simple or perfect ("retook", "had retaken", "has retaken"). Stateless.
 */
final class PerfectAspect {

    private PerfectAspect() {
    }

    /** "had agreed": an auxiliary of the verb is "had". */
    static boolean past(SentenceView s, int verb) {
        return s.children(verb, "aux").stream().anyMatch(a -> s.word(a).equalsIgnoreCase("had"));
    }

    /** "has agreed", "have accepted", "'ve offered": an auxiliary of the verb is a present form of "have". */
    static boolean present(SentenceView s, int verb) {
        return s.children(verb, "aux").stream().map(a -> s.word(a).toLowerCase(Locale.ROOT))
                .anyMatch(w -> w.equals("has") || w.equals("have") || w.equals("'ve"));
    }

    /** A verb of the past, not a stance: "retook", "had retaken", "has retaken" (a report of an act, not a claim). */
    static boolean pastAct(SentenceView s, int verb) {
        String tag = s.pos(verb);
        boolean perfect = s.children(verb, "aux").stream().anyMatch(a -> s.lemma(a).equals("have"));
        return tag.equals("VBD") || tag.equals("VBN") && perfect;
    }
}
