package org.parley.extract.statement;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.core.RuleId;
import org.parley.core.StatementKind;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Trigger words that report no proposal, dropped before they make a statement ({@link TriggerRules#find}): an act
 * denied of everyone ("nobody should think", "no one in his cabinet had agreed to it"), a past act the article dates
 * to a month or a year, background to the news ("agreed in December to open talks", "backed the plan in 2022"), and
 * what a denial says did not happen ("denied that it had asked Oslo to mediate"), and what commentators, no party,
 * say a party wants or does ("analysts say Beijing wants the vote to go ahead"), and a proposal named as what another
 * party backs or discusses ({@link HandledProposals}: "Madrid backed the Moroccan plan"), and the terms of an accord
 * told as its content ({@link AccordTerms}: "Under the agreement, the rebels promised"). Stateless.
 */
final class FalseTriggers {

    /** A trigger whose subject is "nobody", "no one", "none" or "nothing" ({@link #nobody}). */
    static final RuleId NOBODY = RuleId.of("statement.skip.nobody");
    /** A past trigger dated to a month or a year ({@link #datedPast}). */
    static final RuleId DATED_PAST = RuleId.of("statement.skip.dated-past");
    /** A trigger in what a verb of denying denies ({@link #denied}). */
    static final RuleId DENIED = RuleId.of("statement.skip.denied");
    /** A trigger in what commentators say ({@link NewsBackground#commentatorsJudgement}). */
    static final RuleId COMMENTATORS = RuleId.of("statement.skip.commentators");

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList NOTHING_WORDS = LEXICON.list("nothing-words");
    private static final WordList NONE_DETERMINERS = LEXICON.list("none-determiners");
    private static final WordList DENYING = LEXICON.list("denying-verbs");
    private static final WordList MONTHS = LEXICON.list("month-names");
    private static final WordList SPANS = LEXICON.list("calendar-spans");
    private static final WordList BEFORE_NOW = LEXICON.list("before-now-words");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final List<String> COMPLEMENTS = List.of("ccomp", "xcomp", "pcomp", "conj");
    private static final List<String> TIME_RELATIONS = List.of("npadvmod", "tmod", "advmod");

    private FalseTriggers() {
    }

    /**
     * The rule that drops the trigger of kind {@code kind} with head {@code h}, or null when it stands. A refusal
     * named of no one ("no one else has the right to decide") is still the speaker's position, and stands; so does a
     * demand or a refusal dated before the news ("a condition Peru had rejected in May", "the court advised in 2019
     * that Britain should leave"), which holds until it is met, unlike an agreement or an acceptance, a thing done.
     */
    static RuleId drop(SentenceView s, int h, StatementKind kind) {
        if (kind != StatementKind.REJECTION && nobody(s, h)) {
            return NOBODY;
        }
        if (kind == StatementKind.OFFER && datedPast(s, h)) {
            return DATED_PAST;
        }
        if (denied(s, h)) {
            return DENIED;
        }
        if (HandledProposals.handled(s, h, kind)) {
            return HandledProposals.RULE;
        }
        if (AccordTerms.accordTerms(s, h, kind)) {
            return AccordTerms.RULE;
        }
        return NewsBackground.commentatorsJudgement(s, h) ? COMMENTATORS : null;
    }

    /**
     * "Nobody should think we came to sign a surrender", "no one in the cabinet had agreed to it", "neither government
     * wanted war": the subject of the trigger's verb names no one (a word of nothing-words, or a noun under a
     * determiner of none-determiners: "no one", "no state", "neither side").
     */
    static boolean nobody(SentenceView s, int h) {
        int verb = s.relation(h).startsWith("aux") ? s.head(h) : h;
        int subject = verb < 0 ? -1 : s.child(verb, "nsubj");
        if (subject < 0) {
            return false;
        }
        return namesNoOne(s, subject);
    }

    /**
     * Whether {@code subject} names no one: a word of nothing-words ("nobody", "none") or a noun under a determiner
     * of none-determiners ("no one", "no state", "neither side").
     */
    static boolean namesNoOne(SentenceView s, int subject) {
        return NOTHING_WORDS.contains(s.word(subject).toLowerCase(Locale.ROOT))
                || s.children(subject).stream().anyMatch(c -> s.relation(c).matches("det|preconj")
                        && NONE_DETERMINERS.contains(s.word(c).toLowerCase(Locale.ROOT)));
    }

    /**
     * "The leaders agreed in December to open talks", "had backed the plan in 2022", "Kyiv accepted a truce earlier
     * this month", "since October, when the sides agreed on a truce": the trigger's verb (the verb above a noun
     * trigger) is in the past, with no modal, and dated to a month or a year before the news, told as background.
     * A month or a year after the verb's object dates the act only in the past perfect: "committed to elections in
     * February" may date the elections. A present perfect ("have agreed earlier this month to") tells an act that
     * holds now, whatever date the sentence gives it: no background. A past act a past report dates carries the
     * report's date ("the envoy said in March that the rebels had agreed to a truce").
     */
    static boolean datedPast(SentenceView s, int h) {
        int verb = s.isVerb(h) ? h : Clauses.governingVerb(s, h);
        if (!pastAct(s, verb)) {
            return false;
        }
        if (s.relation(verb).equals("relcl") && calendarNoun(s, s.head(verb))) {
            return true;
        }
        int reporter = Clauses.reporter(s, verb);
        return dated(s, verb) || reporter >= 0 && pastAct(s, reporter) && dated(s, reporter);
    }

    /** A verb in the past with no modal and no present perfect: an act done and over. */
    private static boolean pastAct(SentenceView s, int verb) {
        return verb >= 0 && PerfectAspect.pastAct(s, verb) && !Modals.hasModal(s, verb)
                && !PerfectAspect.present(s, verb);
    }

    /**
     * "agreed in March", "had accepted the plan in 2019", "accepted a truce two years ago": the verb is dated to a
     * month or a year before the news; so is a report of the act ("the envoy announced in December that the sides
     * had committed to a roadmap"), which makes what it reports as old as itself.
     */
    private static boolean dated(SentenceView s, int verb) {
        boolean perfect = PerfectAspect.past(s, verb);
        for (int c : s.children(verb)) {
            String r = s.relation(c);
            if (r.equals("prep") && s.word(c).equalsIgnoreCase("in") && calendarNoun(s, s.child(c, "pobj"))
                    && (perfect || rightAfter(s, verb, c)) || TIME_RELATIONS.contains(r) && spanBefore(s, c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "denied that it had asked any country to mediate", "denied that it had offered troops": the trigger lies in the
     * complement of a verb of denying, reached through the clauses that carry it; a verb joined to the denial by
     * "and" ("denied the reports and asked Nigeria to mediate") is no part of what it denies.
     */
    static boolean denied(SentenceView s, int h) {
        for (int c = h, steps = 0; c >= 0 && steps < 6; c = s.head(c), steps++) {
            if (!COMPLEMENTS.contains(s.relation(c))) {
                return false;
            }
            if (s.head(c) >= 0 && s.listed(DENYING, s.head(c)) && !s.relation(c).equals("conj")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} is the first of the verb's dependents after it but adverbs ("agreed in May to ..."). */
    private static boolean rightAfter(SentenceView s, int verb, int c) {
        return c > verb && s.children(verb).stream().noneMatch(o -> o > verb && o < c
                && !s.relation(o).equals("advmod") && !s.relation(o).equals("punct"));
    }

    /** A month's name or a year ("in December", "in 2019", "in March 2023"). */
    private static boolean calendarNoun(SentenceView s, int i) {
        if (i < 0) {
            return false;
        }
        return MONTHS.contains(s.word(i).toLowerCase(Locale.ROOT)) || YEAR.matcher(s.word(i)).matches();
    }

    /** "last year", "two months ago", "earlier this month": a span of the calendar before the news. */
    private static boolean spanBefore(SentenceView s, int i) {
        List<Integer> words = s.subtree(i);
        return words.stream().anyMatch(t -> s.listed(SPANS, t))
                && words.stream().anyMatch(t -> BEFORE_NOW.contains(s.word(t).toLowerCase(Locale.ROOT)));
    }
}
