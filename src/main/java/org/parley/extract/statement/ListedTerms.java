package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.RuleId;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Terms a party lists after a colon or a dash, owned by a possessive pronoun: "the front laid down its terms for the
 * round: a referendum within a year, ...", "Its list: a ceasefire, a pullback from X, ...", "Their terms have hardly
 * moved: a new vote, ..., the movement's spokeswoman, X, told reporters". The noun's owner is a pronoun (a named
 * owner is {@code party-owned}'s) and the items follow a colon or a dash after it in the same sentence, so "their
 * terms had not changed" and "its list of candidates" are none. The items are the content; a named speaker of an
 * attribution that ends the sentence states the terms, before their owner.
 */
final class ListedTerms {

    static final RuleId RULE = RuleId.of("statement.demand.terms-listed");
    private static final WordList REPORTING = Lexicon.bundled().list("reporting-verbs");
    /** The marks after which the items come: a colon or a dash. */
    private static final WordList MARKS = Lexicon.bundled().list("list-marks");

    private ListedTerms() {
    }

    /** Condition {@code listed-terms}: the noun {@code h} is owned by a pronoun and nouns are listed after the mark. */
    static boolean test(SentenceView s, int h) {
        return s.children(h, "poss").stream().anyMatch(c -> s.pos(c).equals("PRP$"))
                && items(s, h).stream().anyMatch(s::isNoun);
    }

    /**
     * The items listed after the mark, without an attribution that ends the sentence ("..., the party's secretary
     * general, X, told reporters"): from the mark to the subject of the reporting verb that heads the sentence (the
     * phrase the parser stranded before it, {@link StrandedReporters}).
     */
    static List<Integer> items(SentenceView s, int h) {
        int mark = mark(s, h);
        List<Integer> out = new ArrayList<>();
        if (mark < 0) {
            return out;
        }
        int reporting = attribution(s, mark);
        int subject = reporting < 0 ? -1 : StrandedReporters.subject(s, reporting);
        int end = reporting < 0 ? s.size()
                : subject > mark ? s.subtree(subject).stream().min(Integer::compare).orElse(reporting) : reporting;
        for (int i = mark + 1; i < end; i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * The named speaker of the attribution that ends the sentence, by {@code maker.reporter}: an empty list when the
     * attribution's speaker cannot be read (the owner is then not guessed), null when there is no attribution.
     */
    static List<Party> speaker(Site x) {
        if (!x.trigger().rule().equals(RULE)) {
            return null;
        }
        int mark = mark(x.s(), x.head());
        int reporting = mark < 0 ? -1 : attribution(x.s(), mark);
        if (reporting < 0) {
            return null;
        }
        int subject = StrandedReporters.subject(x.s(), reporting);
        List<Party> found = subject > mark ? MakerRules.found(x, subject, "maker.reporter") : null;
        return found == null ? List.of() : found;
    }

    /** The reporting verb heading the sentence after the mark ("..., X told reporters"), or -1. */
    private static int attribution(SentenceView s, int mark) {
        for (int i = mark + 1; i < s.size(); i++) {
            if (s.relation(i).equals("root") && REPORTING.contains(s.lemma(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first colon or dash after the noun, or -1. */
    private static int mark(SentenceView s, int h) {
        for (int i = h + 1; i < s.size() - 1; i++) {
            if (MARKS.contains(s.word(i))) {
                return i;
            }
        }
        return -1;
    }
}
