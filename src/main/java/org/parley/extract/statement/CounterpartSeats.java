package org.parley.extract.statement;

import org.parley.core.EntityType;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * Recognizes where a local counterpart of talks sits: a place right after "in" (past a determiner) that follows a
 * noun modified by "local" in the "with" phrase of a noun of talks ({@code talk-nouns}), "consultations with local
 * officials in A, B and C would be held", "offered talks with the local authorities in A". Local people are met
 * where they live, so the place is where the talks are held and the content's, though the seat of a body or a group
 * is otherwise left out ("demanded that the authorities in A reopen the road", "ready to work with any government in
 * A", "hold a meeting with the ambassadors in A": those who sit there may meet elsewhere). Not a country, the
 * counterpart's state rather than where the talks are held ("rejected talks with local groups in Chad").
 */
final class CounterpartSeats {

    private static final WordList TALK_NOUNS = Lexicon.bundled().list("talk-nouns");

    private CounterpartSeats() {
    }

    /** Whether the place is in the "in" phrase right after a counterpart of talks (see the class comment). */
    static boolean seat(SentenceView s, SentenceView.Placed m) {
        SentenceView.Placed first = s.mentionAt(PlaceRules.listHead(s, m.head())); // "in A, B and C"
        // "in the Kerak region"
        int in = BodySeats.inBefore(s, (first == null ? m : first).begin(), Integer.MAX_VALUE,
                i -> s.pos(i).equals("DT"));
        int body = in - 1;
        int with = body < 0 ? -1 : s.head(body);
        return m.type() != EntityType.COUNTRY && body >= 0 && s.isNoun(body)
                && s.relation(body).equals("pobj") && with >= 0 && s.word(with).equalsIgnoreCase("with")
                && s.head(with) >= 0 && s.listed(TALK_NOUNS, s.head(with))
                && s.children(body).stream().anyMatch(c -> s.word(c).equalsIgnoreCase("local"));
    }
}
