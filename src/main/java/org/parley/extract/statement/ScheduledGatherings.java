package org.parley.extract.statement;

import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A body's own gathering told as a schedule: "West African leaders will hold a summit in Accra", "the ministers will
 * meet in Cairo on Friday", "the African Union will hold a session next week". The subject is a plural noun, a
 * coordination or an organization, and no party is met (no object of "meet", no "with" or "between" on the verb or
 * the gathering): no party offers talks to another. Only in the sentence's own clause or one a verb of reporting
 * governs ("Turkey proposed that the ministers would meet" proposes a meeting). "Ghana will hold talks with Togo"
 * and "the president will meet the rebels" stay offers.
 */
final class ScheduledGatherings {

    private static final WordList GATHERINGS = Lexicon.bundled().list("gathering-words");
    private static final WordList REPORTING = Lexicon.bundled().list("reporting-verbs");

    private ScheduledGatherings() {
    }

    static boolean test(SentenceView s, int h) {
        int object = s.child(h, "dobj");
        boolean gathering = object >= 0 ? s.listed(GATHERINGS, object) && s.isNoun(object) : s.listed(GATHERINGS, h);
        if (!gathering || !toldAsNews(s, h) || metParty(s, h) || metParty(s, object)) {
            return false;
        }
        int subject = InheritedSubjects.of(s, h);
        return subject >= 0 && body(s, subject);
    }

    /** The sentence's own clause or one a verb of reporting governs, not the content of a proposal. */
    private static boolean toldAsNews(SentenceView s, int h) {
        String r = s.relation(h);
        return r.equals("root") || r.equals("ccomp") && s.listed(REPORTING, s.head(h));
    }

    private static boolean metParty(SentenceView s, int word) {
        return s.children(word, "prep").stream().anyMatch(p -> s.word(p).equals("with") || s.word(p).equals("between"));
    }

    private static boolean body(SentenceView s, int subject) {
        SentenceView.Placed mention = s.mentionAt(subject);
        return s.pos(subject).equals("NNS") || s.pos(subject).equals("NNPS") || s.child(subject, "conj") >= 0
                || mention != null && mention.type() == EntityType.ORGANIZATION;
    }
}
