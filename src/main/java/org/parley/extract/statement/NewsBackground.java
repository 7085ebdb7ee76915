package org.parley.extract.statement;

import java.util.List;
import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * What the reporter tells as background or forecast, no party's statement of the day: an agreement in a past clause
 * that only dates another act ("a day after the two rivals agreed to restore ties", "since the sides agreed in April
 * to redraw the line") or describes a noun ("the council they agreed to set up years ago", "a declaration in which
 * Moscow agreed to hand over the islands"), and "X is expected to ..." with nobody named who expects it, unless the
 * sentence gives terms ("in return, they are expected to free the prisoners"); and what commentators say a party
 * must do. Stateless.
 */
final class NewsBackground {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList MARKS = LEXICON.list("background-clause-marks");
    private static final WordList RELATIVE = LEXICON.list("relative-pronouns");
    private static final WordList ACCORDS = LEXICON.list("accord-nouns");
    private static final WordList DOCUMENTS = LEXICON.list("document-nouns");
    private static final WordList PRICES = LEXICON.list("price-markers");
    private static final List<String> CARRIED = List.of("ccomp", "xcomp", "conj");
    private static final WordList AGREEING = LEXICON.list("agreeing-verbs");
    private static final WordList COMMENTATORS = LEXICON.list("commentator-nouns");

    private NewsBackground() {
    }

    /**
     * Whether the trigger {@code h} stands in a past clause that only dates or describes: an adverbial clause opened
     * by a word of {@code background-clause-marks}, or a relative clause, reached from {@code h} through the clauses
     * that carry it ("after Canada announced that the groups had agreed to ..."). A relative clause opened by a
     * preposition ("a meeting at which Israel agreed to set up working groups") tells what happened there and is no
     * background, unless its noun is an accord or a document. Only an agreement ({@code agreeing-verbs}): an acceptance
     * of another's proposal is that party's answer, news even where it dates another act.
     */
    static boolean background(SentenceView s, int h) {
        if (!AGREEING.contains(s.lemma(h))) {
            return false; // "moments after Israel accepted the offer": an answer to a proposal stays news
        }
        for (int c = h, steps = 0; c >= 0 && steps < 6; c = s.head(c), steps++) {
            String r = s.relation(c);
            if (r.equals("advcl")) {
                int mark = s.child(c, "mark");
                return mark >= 0 && MARKS.contains(s.word(mark).toLowerCase(Locale.ROOT)) && pastOnly(s, c);
            }
            if (r.equals("relcl")) {
                return pastOnly(s, c) && (!prepositionOpened(s, c) || s.listed(ACCORDS, s.head(c))
                        || s.listed(DOCUMENTS, s.head(c)));
            }
            if (!CARRIED.contains(r)) {
                return false;
            }
        }
        return false;
    }

    /** "Sarkozy is expected to arrive": "expect" in the passive with no agent, a forecast rather than a demand. */
    static boolean forecast(SentenceView s, int h) {
        return s.lemma(h).equals("expect") && s.child(h, "auxpass") >= 0 && s.child(h, "agent") < 0;
    }

    /**
     * "Lajcak is expected to meet them later this month": a {@link #forecast} no party reports (a party that says
     * "Eritrea is expected to free the sailors" expects it of Eritrea; "officials", "diplomats" that no name or
     * demonym places are the reporter's sources, no party) and that sets no terms with a word of
     * {@code price-markers} ("in return, they are expected to release the prisoners").
     */
    static boolean reportersForecast(SentenceView s, int h) {
        if (!forecast(s, h)) {
            return false;
        }
        int reporter = Clauses.reporter(s, h);
        int speaker = reporter < 0 ? -1 : Clauses.subject(s, reporter);
        if (speaker >= 0 && Conditions.partyLike(s, speaker) && !BareGroups.unnamed(s, speaker)) {
            return false;
        }
        List<String> words = s.wordList();
        for (int i = 0; i < words.size(); i++) {
            if (PRICES.matchAt(words, i) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Experts say Baku must be careful": what commentators ({@code commentator-nouns}), who are no party, say a party
     * must do is their judgement, no demand. {@code h} is the trigger (a modal or a verb). A speaker named and then
     * described by an apposition ("Hamid Osman, a historian at the University of Khartoum, said") is a commentator
     * as well: the apposition tells what the name is.
     */
    static boolean commentatorsJudgement(SentenceView s, int h) {
        int verb = s.relation(h).startsWith("aux") ? s.head(h) : h;
        int reporter = Clauses.reporter(s, verb);
        int speaker = reporter < 0 ? -1 : Clauses.subject(s, reporter);
        return speaker >= 0 && (s.listed(COMMENTATORS, speaker)
                || s.children(speaker, "appos").stream().anyMatch(a -> s.listed(COMMENTATORS, a)));
    }

    private static boolean pastOnly(SentenceView s, int clause) {
        return PerfectAspect.pastAct(s, clause) && !Modals.hasModal(s, clause);
    }

    private static boolean prepositionOpened(SentenceView s, int clause) {
        return s.children(clause, "prep").stream().anyMatch(p -> s.child(p, "pobj") >= 0
                && RELATIVE.contains(s.word(s.child(p, "pobj"))));
    }
}
