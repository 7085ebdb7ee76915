package org.parley.extract.statement;

import java.util.List;
import java.util.Locale;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The terms of a bargain already struck, told as its content: a demand or offer trigger whose clause an "under"
 * phrase on a noun of accord-term-heads governs, where the clause's subject is no party ("Under the communique
 * issued in Accra, the camps would close by June"; "Under the agreement, the rebels promised to ..." stays, see
 * {@link #partyActs}), or whose verb is one of binding (binding-verbs) with such a noun for its subject ("The accord
 * binds Togo and Benin to a joint commission", "The protocol obliges Peru to open its archives"; "the statement called
 * for a truce" stays its issuer's demand). What the accord sets is its own, put by neither party to the other. A
 * plan, a paper or a proposal ("Under the paper, Tonga would withdraw from the reef") is no such noun: its terms stay
 * its author's offer and demands. Stateless.
 */
final class AccordTerms {

    /** A demand or offer told as the terms of an accord ({@link #accordTerms}). */
    static final RuleId RULE = RuleId.of("statement.skip.accord-terms");

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList HEADS = LEXICON.list("accord-term-heads");
    private static final WordList BINDING = LEXICON.list("binding-verbs");
    /** The relations that carry a clause to the one an "under" phrase may stand on. */
    private static final List<String> CARRIED = List.of("conj", "xcomp", "aux", "auxpass", "dobj", "nsubj",
            "nsubjpass", "pobj", "prep");

    private AccordTerms() {
    }

    /** Whether the demand or offer trigger {@code h} sets out the terms of an accord. */
    static boolean accordTerms(SentenceView s, int h, StatementKind kind) {
        if (kind == StatementKind.REJECTION) {
            return false;
        }
        for (int c = h, steps = 0; c >= 0 && steps < 6; c = s.head(c), steps++) {
            if (s.isVerb(c) && (underAccord(s, c) && !partyActs(s, c) || accordSubject(s, c))) {
                return true;
            }
            if (!CARRIED.contains(s.relation(c))) {
                return false;
            }
        }
        return false;
    }

    /** "Under the agreement, ...": an "under" phrase on the verb whose object heads an accord. */
    private static boolean underAccord(SentenceView s, int verb) {
        return s.children(verb, "prep").stream().anyMatch(p -> s.word(p).toLowerCase(Locale.ROOT).equals("under")
                && s.child(p, "pobj") >= 0 && s.listed(HEADS, s.child(p, "pobj")));
    }

    /**
     * "Under the agreement, Gabon undertook to ...": a party the clause names as its subject takes on an act of its
     * own, which the gold reads now as the party's offer and now as the accord's term (3 times each on the team
     * sets), so the "under" phrase alone does not drop it.
     */
    private static boolean partyActs(SentenceView s, int verb) {
        int subject = Clauses.subject(s, verb);
        return subject >= 0 && Conditions.partyLike(s, subject);
    }

    /**
     * "The accord binds both sides to ...": a verb of binding (binding-verbs) with an accord for subject, with no
     * modal; "any deal must require Iran to ..." says what a deal to come should bind a party to, a demand.
     */
    private static boolean accordSubject(SentenceView s, int verb) {
        int subject = s.child(verb, "nsubj");
        return subject >= 0 && s.listed(BINDING, verb) && !Modals.hasModal(s, verb) && s.mentionAt(subject) == null
                && s.listed(HEADS, subject);
    }
}
