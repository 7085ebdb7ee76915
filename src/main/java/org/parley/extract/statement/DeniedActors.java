package org.parley.extract.statement;

import java.util.List;
import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * No one at all said to do an act to come, in a clause a party reports: "nobody would lay down a hammer before the
 * demands were met", "no court in Lusaka is going to free a prisoner because a gunman asks", "no Danish surveyor
 * will be measuring our dykes". The party refuses the act for everyone, its own side or the other's
 * (statement.rejection.nobody-will; the owned "no officer of his would" is statement.rejection.none-of-ours'). The
 * active subject of the act (or of "be going to" above it) names no one ("nobody", "no one", "none", a noun under
 * "no" or "neither") and is a person, a body of people or a force (person-nouns, group-nouns, force-nouns,
 * court-nouns, titles): "no outside pressure will shake our resolve" denies no party's act. A hostile or punitive act
 * denied ("no one will fire on the marchers") is a pledge of restraint, read elsewhere; a passive ("no soldier would
 * be punished") grants, no refusal. Stateless.
 */
final class DeniedActors {

    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final WordList NOTHING = LEXICON.list("nothing-words");
    private static final List<WordList> ACTORS = List.of(LEXICON.list("person-nouns"), LEXICON.list("group-nouns"),
            LEXICON.list("force-nouns"), LEXICON.list("court-nouns"), LEXICON.list("titles"));

    private DeniedActors() {
    }

    /** Condition {@code no-one-acts}: the active subject of {@code h} is no one, a person or a body of people. */
    static boolean test(SentenceView s, int h) {
        int subject = subject(s, h);
        return subject >= 0 && FalseTriggers.namesNoOne(s, subject) && actor(s, subject)
                && !OwnSideRefusals.restraint(s, h);
    }

    /** The subject of {@code h}, or of the "going" that governs it ("nobody is going to hand"). */
    private static int subject(SentenceView s, int h) {
        int subject = s.child(h, "nsubj");
        if (subject < 0 && s.relation(h).equals("xcomp") && s.lemma(s.head(h)).equals("go")) {
            return s.child(s.head(h), "nsubj");
        }
        return subject;
    }

    /** "nobody", "none", "no one", or a noun for a person, a body of people or a force. */
    private static boolean actor(SentenceView s, int subject) {
        String w = s.word(subject).toLowerCase(Locale.ROOT);
        return NOTHING.contains(w) || w.equals("one") || ACTORS.stream().anyMatch(l -> s.listed(l, subject));
    }
}
