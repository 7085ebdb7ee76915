package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Conditions set without a conjunction at the head of a sentence: a negative phrase ("Without that guarantee, Tarar
 * said, Peru saw no reason to return", "Absent a withdrawal, the strikes would resume") or an inverted "Should"
 * ("Should Bolivia close the border, Chile would suspend the accord"). Like "unless", such a condition is read as
 * what the speaker asks, not as the promise of the main clause: {@link ConditionRules} makes the demand only. A
 * negative phrase counts only over a main clause that refuses or is negated ("saw no reason", "no fighter would lay
 * down arms", "would not sign") or that names a hostile act: "Without US help, Kyiv would win anyway" asks nothing.
 */
final class FrontedConditions {

    static final RuleId RULE = RuleId.of("condition.fronted");
    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList OPENERS = LEXICON.list("fronted-condition-openers");
    private static final WordList NEGATIONS = LEXICON.list("negations");
    private static final WordList HOSTILE = LEXICON.list("hostile-acts");

    /** A fronted condition: its top token, the verb it is set on, its subject (or -1), its opening word. */
    record Site(int top, int main, int subject, int opener) {
    }

    private FrontedConditions() {
    }

    /** The sentence's fronted condition, if it has one (at most one: it opens the sentence). */
    static List<Site> sites(SentenceView s) {
        List<Site> out = new ArrayList<>();
        int first = opener(s);
        if (first < 0) {
            return out;
        }
        boolean should = s.word(first).equals("should");
        if (!should && s.relation(first).equals("prep")) {
            int object = s.child(first, "pobj");
            int main = consequence(s, s.head(first), first);
            if (object >= 0 && main >= 0 && s.isVerb(main) && refuses(s, main)) {
                out.add(new Site(object, main, -1, first));
            }
        } else if (!should) {
            // "Absent those steps, ...": the parser may not read the opener as a preposition; the phrase runs to the
            // first comma, and the condition is set on the verb with a modal of the future after it
            int comma = s.wordList().subList(first, s.size()).indexOf(",") + first;
            int top = comma > first ? phraseHead(s, first, comma) : -1;
            int main = top < 0 ? -1 : modalVerb(s, comma);
            if (main >= 0 && refuses(s, main)) {
                out.add(new Site(top, main, -1, first));
            }
        } else if (s.relation(first).equals("aux")) {
            int clause = s.head(first);
            int subject = clause < 0 ? -1 : s.child(clause, "nsubj", "nsubjpass");
            if (subject > first && subject < clause && s.relation(clause).equals("advcl") && s.head(clause) >= 0) {
                out.add(new Site(clause, s.head(clause), subject, first));
            }
        }
        return out;
    }

    /**
     * Whether a sentence may hold a fronted condition worth a parse though it has no trigger word: it opens with one of
     * the openers and, after a comma, has a modal of the future ({@link Modals}) or a negation ("Without that law, the
     * statement said, no fighter would lay down a weapon"). Read from words and tags only, before any parse.
     */
    static boolean mayHold(SentenceView s) {
        int first = opener(s);
        if (first < 0) {
            return false;
        }
        boolean comma = false;
        for (int i = first + 1; i < s.size(); i++) {
            String w = s.word(i);
            if (comma && (Modals.future(s, i) || NEGATIONS.contains(w))) {
                return true;
            }
            comma |= w.equals(",");
        }
        return false;
    }

    /** Whether the clause of {@code main} refuses, is negated or names a hostile act ("troops would attack"). */
    private static boolean refuses(SentenceView s, int main) {
        return Conditions.negated(s, main) || Conditions.negated(s, s.child(main, "dobj"))
                || Conditions.negated(s, s.child(main, "nsubj", "nsubjpass"))
                || s.listed(HOSTILE, main) || s.listed(HOSTILE, s.child(main, "dobj", "nsubjpass"));
    }

    /**
     * The verb the phrase is set on: the parser hangs a fronted phrase on the reporting verb of a parenthetical
     * ("Without that guarantee, Tarar said, Peru saw ..."); the condition is the reported clause's.
     */
    private static int consequence(SentenceView s, int verb, int phrase) {
        for (int c : verb < 0 ? List.<Integer>of() : s.children(verb, "ccomp")) {
            if (c > verb && c > phrase) {
                return c;
            }
        }
        return verb;
    }

    /** The noun of the phrase between the opener and the comma whose head lies outside it: the phrase's head. */
    private static int phraseHead(SentenceView s, int opener, int comma) {
        for (int i = opener + 1; i < comma; i++) {
            int h = s.head(i);
            if (s.isNoun(i) && (h <= opener || h >= comma)) {
                return i;
            }
        }
        return -1;
    }

    /** The first verb after {@code from} with a modal of the future ("Peru would bring the case"); -1 when none. */
    private static int modalVerb(SentenceView s, int from) {
        for (int i = from + 1; i < s.size(); i++) {
            if (s.isVerb(i) && Modals.hasFuture(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first word of the sentence (past opening quotation marks and brackets) when it is one of the openers; -1
     * when it is not, or there is none.
     */
    private static int opener(SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.word(i).isEmpty() && Character.isLetter(s.word(i).charAt(0))) {
                return OPENERS.contains(s.word(i)) ? i : -1;
            }
        }
        return -1;
    }
}
