package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A condition that only waits for something to run its course ("until the mission's mandate ends", "once the vote
 * was over", "as long as the talks are ongoing"): its clause says with a word of {@code course-words} that its active
 * subject goes on or comes to an end, and that subject names no party and is no hostile act ("until the war ends"
 * asks the other side to end it). Nothing is asked of anyone. Stateless.
 */
final class RunningCourse {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList COURSE = LEXICON.list("course-words");
    private static final WordList HOSTILE = LEXICON.list("hostile-acts");

    private RunningCourse() {
    }

    /** Whether the condition clause of verb {@code clause} with subject {@code subject} waits for a course to run. */
    static boolean waits(SentenceView s, int clause, int subject) {
        if (clause < 0 || subject < 0 || !s.relation(subject).equals("nsubj") || s.child(clause, "auxpass") >= 0
                || s.mentionAt(subject) != null || s.listed(HOSTILE, subject)) {
            return false;
        }
        if (s.listed(COURSE, clause)) {
            return true;
        }
        int predicate = s.child(clause, "acomp", "advmod", "prt", "attr");
        return s.lemma(clause).equals("be") && predicate >= 0 && s.listed(COURSE, predicate);
    }
}
