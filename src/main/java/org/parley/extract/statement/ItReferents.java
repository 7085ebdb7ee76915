package org.parley.extract.statement;

import java.util.function.IntPredicate;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Where a subject "it" refers to something nearer than the latest party in focus: the unnamed body that reports its
 * clause ("The interim government, led by the Unity Council, said it had accepted": the party that body resolves
 * to, not the party named before; a body that resolves to none leaves "it" to the usual search), and a text that was
 * the subject of the main clause just before ("The draft calls for Chile to pull out. It would also cap the army":
 * the draft, no party). A part of {@link Parties}. Stateless.
 */
final class ItReferents {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList GROUP_NOUNS = LEXICON.list("group-nouns");
    private static final WordList STATE_DESCRIPTIONS = LEXICON.list("state-descriptions");
    private static final WordList GROUP_DESCRIPTIONS = LEXICON.list("group-descriptions");
    private static final WordList DOCUMENTS = LEXICON.list("document-nouns");
    private static final WordList PLAN_PARTS = LEXICON.list("plan-parts");

    private ItReferents() {
    }

    /**
     * The subject of the verb that reports the clause of the subject "it" at {@code token} when that subject is a
     * singular noun for a body (a group noun or a state or group description: "the government", "the council")
     * that no mention names and no phrase on it owns ({@code unnamed}); -1 otherwise.
     */
    static int unnamedReporter(SentenceView s, int token, IntPredicate unnamed) {
        if (!subjectIt(s, token)) {
            return -1;
        }
        int reporter = Clauses.speaker(s, s.head(token));
        if (reporter < 0 || reporter > token || s.mentionAt(reporter) != null || !s.pos(reporter).equals("NN")) {
            return -1;
        }
        String l = s.lemma(reporter);
        boolean body = s.listed(GROUP_NOUNS, reporter) || STATE_DESCRIPTIONS.contains(l)
                || GROUP_DESCRIPTIONS.contains(l);
        return body && unnamed.test(reporter) ? reporter : -1;
    }

    /**
     * Whether the subject "it" of a main clause that reports nothing follows a sentence whose main clause has a text
     * for its subject ("The plan calls for ... . It would also ..."): "it" carries that text on, no party.
     */
    static boolean textBefore(SentenceView s, int token, ArticleContext context) {
        int verb = s.head(token);
        if (!subjectIt(s, token) || verb < 0 || !s.relation(verb).equals("root") || Clauses.reporting(s, verb)) {
            return false;
        }
        SentenceView before = context.view(s.index() - 1);
        if (before == null || !before.parsed()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (before.relation(i).equals("root")) {
                int subject = Clauses.subject(before, i);
                return subject >= 0 && before.mentionAt(subject) == null && !before.quoted(subject)
                        && (DOCUMENTS.contains(before.lemma(subject)) || PLAN_PARTS.contains(before.lemma(subject)));
            }
        }
        return false;
    }

    private static boolean subjectIt(SentenceView s, int token) {
        String r = s.relation(token);
        return s.word(token).equalsIgnoreCase("it") && (r.equals("nsubj") || r.equals("nsubjpass"))
                && s.head(token) >= 0;
    }
}
