package org.parley.extract.statement;

import java.util.List;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * No one of the reporter's own side said to do an act to come: "no officer of his would take orders from the
 * council", "none of our crews will sail before the fees are cut", "not one soldier of ours would hand in a rifle".
 * The party speaks for its own people and refuses the act for them (statement.rejection.none-of-ours). The subject
 * is denied ("no", "neither" on it, or "none") and owned by a possessive pronoun: standing alone after a preposition
 * ("of his", "of ours") or on the noun after it ("none of its units", "no one in our ranks"). A hostile or punitive
 * act denied ("none of its units would attack", "would take armed action", "no soldier of ours would arrest a striker")
 * is a pledge of restraint, an offer or threat read elsewhere, and no other side's member is the speaker's ("no rebel
 * would survive"). Stateless.
 */
final class OwnSideRefusals {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList INDEPENDENT = LEXICON.list("independent-possessives");
    private static final List<WordList> RESTRAINT = List.of(LEXICON.list("hostile-acts"),
            LEXICON.list("punitive-acts"));
    private static final WordList HOSTILE_MODIFIERS = LEXICON.list("hostile-modifiers");

    private OwnSideRefusals() {
    }

    /** Condition {@code own-side-none}: the active subject of {@code h} is no one of the speaker's own side. */
    static boolean test(SentenceView s, int h) {
        int subject = s.child(h, "nsubj");
        if (subject < 0 || !denied(s, subject) || restraint(s, h)) {
            return false;
        }
        for (int p : s.children(subject, "prep")) {
            // "no officer of his would take orders": the parser may hang "his" on the object as its owner
            int object = s.child(p, "pobj");
            int owner = object >= 0 ? object : p + 1;
            if (!s.word(owner).isEmpty() && (s.pos(owner).equals("PRP$") || s.listed(INDEPENDENT, owner)
                    || s.children(owner).stream().anyMatch(c -> s.pos(c).equals("PRP$")))) {
                return true;
            }
        }
        return false;
    }

    /** "no officer", "neither unit", "none", or "not one soldier" (the parser puts "not" on "one"). */
    private static boolean denied(SentenceView s, int subject) {
        return FalseTriggers.namesNoOne(s, subject)
                || s.children(subject).stream().anyMatch(c -> s.child(c, "neg") >= 0);
    }

    /** The act, or its object, is hostile or punitive: a pledge of restraint ("would attack", "take armed action"). */
    static boolean restraint(SentenceView s, int h) {
        int object = s.child(h, "dobj");
        return RESTRAINT.stream().anyMatch(l -> s.listed(l, h) || object >= 0 && s.listed(l, object))
                || s.children(object).stream().anyMatch(a -> s.relation(a).matches("amod|nmod|compound")
                        && s.listed(HOSTILE_MODIFIERS, a));
    }
}
