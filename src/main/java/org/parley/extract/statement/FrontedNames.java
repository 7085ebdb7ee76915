package org.parley.extract.statement;

import java.util.List;
import java.util.Set;
import org.parley.core.EntityType;

/**
 * The party a sentence opens with, set off by commas, when the parser left the verb after it without a subject:
 * "The agency's chief, Ana Ruiz, has asked Peru to ..." (the name in apposition to a title), "Ana Ruiz, the bloc's
 * envoy, called on Peru to ..." (the name before its apposition). The verb stands right after the closing comma
 * (auxiliaries, negations and adverbs aside); nothing before it is a verb. Stateless.
 */
final class FrontedNames {

    private static final Set<String> BEFORE_VERB = Set.of("aux", "auxpass", "neg", "advmod");

    private FrontedNames() {
    }

    /** The trigger's maker by {@code maker.fronted-name}, or null. */
    static List<Party> maker(Site x) {
        SentenceView s = x.s();
        int verb = Clauses.verb(s, x.head());
        if (!s.isVerb(verb) || x.trigger().obligation() || Clauses.subject(s, verb) >= 0) {
            return null;
        }
        int first = firstConjunct(s, verb);
        int name = first >= 0 ? frontedName(s, first) : reportedConjunct(s, verb);
        return name < 0 ? null : MakerRules.found(x, name, "maker.fronted-name");
    }

    /**
     * "The region's governor, Ana Ruiz, said the port would stay open and had asked ...": a subjectless verb the
     * parser joined to a reported clause whose subject names no party (nothing, or a city) goes with the reporting
     * verb, and so with the name fronted before it; -1 when there is none.
     */
    private static int reportedConjunct(SentenceView s, int verb) {
        int clause = s.relation(verb).equals("conj") ? s.head(verb) : -1;
        int subject = clause < 0 ? -1 : Clauses.subject(s, clause);
        SentenceView.Placed m = subject < 0 ? null : s.mentionAt(subject);
        if (subject < 0 || m != null && m.type() != EntityType.CITY) {
            return -1;
        }
        int reporter = Clauses.reporter(s, clause);
        int speaker = reporter < 0 ? -1 : Clauses.subject(s, reporter);
        if (reporter < 0 || speaker >= 0 && s.mentionAt(speaker) != null) {
            return -1; // a speaker the parser found names the party itself
        }
        return frontedName(s, reporter); // its subject, if any, the title the name is set off after
    }

    /**
     * The first verb of the coordination {@code verb} ends ("had summoned X and asked"), or -1 when one has a
     * subject.
     */
    private static int firstConjunct(SentenceView s, int verb) {
        int v = verb;
        for (int steps = 0; steps < 4 && s.relation(v).equals("conj") && s.isVerb(s.head(v)); steps++) {
            v = s.head(v);
        }
        return Clauses.subject(s, v) >= 0 ? -1 : v;
    }

    /** The head token of the party set off by commas before {@code verb}, or -1. */
    static int frontedName(SentenceView s, int verb) {
        int k = verb - 1;
        while (k >= 0 && s.head(k) == verb && BEFORE_VERB.contains(s.relation(k))) {
            k--;
        }
        if (k < 2 || !s.word(k).equals(",") || anyVerb(s, 0, k)) {
            return -1;
        }
        SentenceView.Placed inApposition = s.mentionAt(k - 1);
        if (inApposition != null && inApposition.agentive() && inApposition.end() == k
                && commaBefore(s, inApposition.begin())) {
            return inApposition.head(); // "The agency's chief, Ana Ruiz, has asked"
        }
        int open = previousComma(s, k);
        SentenceView.Placed opening = open < 1 ? null : s.mentionAt(open - 1);
        if (opening != null && opening.agentive() && opening.end() == open && opening.begin() == clauseStart(s, open)) {
            return opening.head(); // "Ana Ruiz, the bloc's envoy, called on"
        }
        return -1;
    }

    /** A comma right before {@code i}, or one before a capitalized title or two ("General Ana Ruiz"). */
    private static boolean commaBefore(SentenceView s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (s.word(k).equals(",")) {
                return true;
            }
            if (!s.pos(k).startsWith("NNP")) {
                return false;
            }
        }
        return false;
    }

    private static int previousComma(SentenceView s, int k) {
        for (int i = k - 1; i >= 0; i--) {
            if (s.word(i).equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /** Where the sentence's clause starts before {@code k}: after an opening phrase and its comma, or at 0. */
    private static int clauseStart(SentenceView s, int k) {
        int c = previousComma(s, k);
        return c < 0 ? 0 : c + 1;
    }

    private static boolean anyVerb(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.isVerb(i)) {
                return true;
            }
        }
        return false;
    }
}
