package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A condition that only waits for something to run its course ("until the mission's mandate ends", "once the vote
 * was over", "as long as the talks are ongoing"): its clause says with a word of {@code course-words} that its active
 * subject goes on or comes to an end, and that subject names no party and is no hostile act ("until the war ends"
 * asks the other side to end it); or that waits for the two sides together to go on talking ("as long as the two
 * sides went on talking", "while both parties keep negotiating"), which binds the speaker's side as much as the
 * other. Nothing is asked of anyone. Stateless.
 */
final class RunningCourse {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList COURSE = LEXICON.list("course-words");
    private static final WordList HOSTILE = LEXICON.list("hostile-acts");
    private static final WordList CONTINUATION = LEXICON.list("continuation-verbs");
    private static final WordList TALKING = LEXICON.list("negotiation-verbs");
    private static final WordList TALKS = LEXICON.list("talk-nouns");

    private RunningCourse() {
    }

    /** Whether the condition clause of verb {@code clause} with subject {@code subject} waits for a course to run. */
    static boolean waits(SentenceView s, int clause, int subject) {
        if (clause < 0 || subject < 0 || !s.relation(subject).equals("nsubj") || s.child(clause, "auxpass") >= 0
                || s.mentionAt(subject) != null || s.listed(HOSTILE, subject)) {
            return false;
        }
        if (s.listed(COURSE, clause) || jointTalks(s, clause, subject)) {
            return true;
        }
        int predicate = s.child(clause, "acomp", "advmod", "prt", "attr");
        return s.lemma(clause).equals("be") && predicate >= 0 && s.listed(COURSE, predicate);
    }

    /**
     * "the two sides went on talking", "both parties keep negotiating", "both sides continue the talks": a subject
     * that is both sides together ("both" or "two" on it) going on (a {@code continuation-verbs} or {@code course-words}
     * verb) with talks (a {@code negotiation-verbs} verb or {@code talk-nouns} noun under it, at most two steps down).
     */
    private static boolean jointTalks(SentenceView s, int clause, int subject) {
        boolean joint = s.children(subject).stream()
                .anyMatch(c -> s.word(c).equalsIgnoreCase("both") || s.word(c).equalsIgnoreCase("two"));
        if (!joint || !s.listed(CONTINUATION, clause) && !s.listed(COURSE, clause)) {
            return false;
        }
        for (int c : s.children(clause)) {
            if (talks(s, c) || s.children(c).stream().anyMatch(g -> talks(s, g))) {
                return true;
            }
        }
        return false;
    }

    private static boolean talks(SentenceView s, int i) {
        return s.isVerb(i) && s.listed(TALKING, i) || s.isNoun(i) && s.listed(TALKS, i);
    }
}
