package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A verb of offering whose subject is a text the sides sign together (list {@code signed-texts}): "the accord commits
 * both sides to open the crossing", "the agreement would commit Chad and Niger to a joint patrol", "the memorandum,
 * which offered Togo a port": the terms of a text that binds every side, no party's offer. A relative pronoun stands
 * for the noun its clause hangs on. One party's plan or draft is no signed text ("the Ghanaian plan offers Togo a
 * share" stays an offer).
 */
final class SignedTexts {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList SIGNED_TEXTS = LEXICON.list("signed-texts");
    private static final WordList RELATIVE = LEXICON.list("relative-pronouns");

    private SignedTexts() {
    }

    /** Whether the subject of the verb at {@code h}, or the noun its relative pronoun stands for, is a signed text. */
    static boolean subject(SentenceView s, int h) {
        int subject = s.child(h, "nsubj"); // the passive's subject is what is offered ("a truce was offered")
        if (subject >= 0 && s.relation(h).equals("relcl") && RELATIVE.contains(s.word(subject).toLowerCase())) {
            subject = s.head(h);
        }
        return subject >= 0 && s.isNoun(subject) && s.listed(SIGNED_TEXTS, subject);
    }
}
