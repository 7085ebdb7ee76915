package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * What the reporter reads out or retells rather than a party's offer of the day: an agreement of "both sides" or "the
 * two governments" told in the past perfect ("the mediator said both sides had agreed to reopen the crossing"), an
 * outcome read out after the talks, and a proposal already told that a presenting verb only mentions again with a
 * bare "the" ("Ghana set out the plan in a letter", "Oslo announced the agreement on Friday"), or a plan a quarrel is
 * about ("months of tension over plans to merge the armies"). Stateless. Also what "both sides" or "the two
 * governments" will do together ({@link #jointForecast}): a schedule told, no side's own offer or demand.
 */
final class Readouts {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList AGREEING = LEXICON.list("agreeing-verbs");
    private static final WordList PLURAL_PARTIES = LEXICON.list("plural-party-descriptions");
    private static final WordList PLURAL_PERSONS = LEXICON.list("plural-person-descriptions");
    private static final WordList PRESENTING = LEXICON.list("present-verbs");
    private static final WordList ANNOUNCING = LEXICON.list("announcing-verbs");
    private static final WordList WEEKDAYS = LEXICON.list("weekdays");
    private static final WordList AUDIENCES = LEXICON.list("audience-nouns");
    private static final WordList DISPUTES = LEXICON.list("dispute-nouns");

    private Readouts() {
    }

    /** Whether the trigger {@code h} is a {@link #jointOutcome}, a {@link #retoldProposal} or {@link #disputed}. */
    static boolean readout(SentenceView s, int h) {
        return s.isVerb(h) ? jointOutcome(s, h) : s.isNoun(h) && (retoldProposal(s, h) || disputed(s, h));
    }

    /**
     * "both sides had agreed to ...", "the two governments had agreed on ...": an agreement in the past perfect whose
     * subject is a plural description of the parties, not their names. The simple past ("Lima said the two leaders
     * agreed to hold a vote") and named parties ("Chad and Niger had agreed") stay offers.
     */
    static boolean jointOutcome(SentenceView s, int h) {
        if (!AGREEING.contains(s.lemma(h))) {
            return false;
        }
        boolean perfect = PerfectAspect.past(s, h);
        int subject = s.child(h, "nsubj");
        return perfect && subject >= 0 && pluralDescription(s, subject);
    }

    /**
     * "the two governments will meet again in May", "said both sides would meet again", "under the accord, the two
     * sides will seek a settlement", "the two sides will begin talks": a verb with a modal of the future whose subject
     * (its own or the one it takes over) is a plural description of the parties, not their names: what the two will do
     * together, which neither side offers or asks of the other. An agreement so told ("both sides would agree to a
     * truce"), named parties ("Chad and Niger will meet again") and an obligation ("both sides should resume talks")
     * stay statements.
     */
    static boolean jointForecast(SentenceView s, int h) {
        if (!s.isVerb(h) || AGREEING.contains(s.lemma(h)) || !Modals.hasFuture(s, h)) {
            return false;
        }
        int subject = InheritedSubjects.of(s, h);
        return subject >= 0 && pluralDescription(s, subject)
                && s.children(subject).stream().map(c -> s.word(c).toLowerCase(Locale.ROOT))
                        .anyMatch(w -> w.equals("both") || w.equals("two"));
    }

    private static boolean pluralDescription(SentenceView s, int noun) {
        if (!PLURAL_PARTIES.contains(s.word(noun).toLowerCase(Locale.ROOT))
                && !PLURAL_PERSONS.contains(s.word(noun).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return s.children(noun).stream().map(c -> s.word(c).toLowerCase(Locale.ROOT))
                .anyMatch(w -> w.equals("both") || w.equals("two") || w.equals("the"));
    }

    /**
     * "set out the plan", "made the proposal", "announced the agreement": the object of a presenting verb with "the"
     * as its only word besides the noun (no owner, no content, no description), which points back to a proposal
     * already told (a day or an audience the parser hangs on the noun, "on Friday", "to reporters", adds nothing); an
     * offer with anything of its own ("set out a plan to reopen the port", "renewed its offer")
     * stays.
     */
    static boolean retoldProposal(SentenceView s, int h) {
        if (!s.relation(h).equals("dobj")) {
            return false;
        }
        int verb = s.head(h);
        if (!s.listed(PRESENTING, verb) && !s.listed(ANNOUNCING, verb)) {
            return false;
        }
        int determiners = 0;
        for (int c : s.children(h)) {
            if (s.relation(c).equals("det") && s.word(c).toLowerCase(Locale.ROOT).equals("the")) {
                determiners++;
            } else if (!(s.relation(c).equals("prep") && circumstance(s, s.child(c, "pobj")))) {
                return false;
            }
        }
        return determiners == 1;
    }

    /** "on Friday", "to reporters": a phrase the parser may hang on the noun that says when or to whom, no content. */
    private static boolean circumstance(SentenceView s, int object) {
        return object >= 0 && (s.listed(WEEKDAYS, object) || s.listed(AUDIENCES, object)
                || WEEKDAYS.contains(s.word(object).toLowerCase(Locale.ROOT)));
    }

    /**
     * "a dispute over a plan by the governor", "tension over plans to merge the armies", "the main obstacle to the
     * plan": the object of "over" or "to" hung on a noun of {@code dispute-nouns}, what a quarrel is about, told as
     * background; "involved in a plan that would reopen the port" (no quarrel) stays.
     */
    static boolean disputed(SentenceView s, int h) {
        if (!s.relation(h).equals("pobj")) {
            return false;
        }
        int prep = s.head(h);
        String word = s.word(prep).toLowerCase(Locale.ROOT);
        return (word.equals("over") || word.equals("to")) && s.listed(DISPUTES, s.head(prep));
    }
}
