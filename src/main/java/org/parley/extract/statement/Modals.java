package org.parley.extract.statement;

import java.util.Locale;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * The auxiliaries that put an act to come ("will", "would", "shall", "'ll", "'d", "won't": the {@code future-modals}
 * list) and the words that hold something until a change ("until", "till": {@code until-markers}), read the same way
 * by every rule of the statement package, with the auxiliaries of ability ("can", "could", "ca" of "can't": the
 * {@code ability-modals} list); and the talks a party says it will or can hold.
 */
final class Modals {

    private static final WordList FUTURE = Lexicon.bundled().list("future-modals");
    private static final WordList UNTIL = Lexicon.bundled().list("until-markers");
    private static final WordList ABILITY = Lexicon.bundled().list("ability-modals");

    private Modals() {
    }

    /** Whether the token {@code aux} is a modal of the future; "'d" only when tagged a modal ("they'd left": "had"). */
    static boolean future(SentenceView s, int aux) {
        String w = s.word(aux);
        return FUTURE.contains(w) && (!w.equals("'d") || s.pos(aux).equals("MD"));
    }

    /** Whether {@code verb} has a modal of the future among its auxiliaries: "would stay", "will keep", "'ll sign". */
    static boolean hasFuture(SentenceView s, int verb) {
        return s.children(verb, "aux").stream().anyMatch(a -> future(s, a));
    }

    /** Whether {@code verb} has any modal among its auxiliaries (tagged MD): "would stay", "can discuss", "must go". */
    static boolean hasModal(SentenceView s, int verb) {
        return s.children(verb, "aux").stream().anyMatch(a -> s.pos(a).equals("MD"));
    }

    /** Whether {@code verb} has a modal of ability among its auxiliaries: "can discuss", "could not pay", "can't". */
    static boolean hasAbility(SentenceView s, int verb) {
        return s.children(verb, "aux").stream().anyMatch(a -> ABILITY.contains(s.word(a).toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether {@code h} is talks a party says it will or can hold: an announcing verb with a modal, or a verb whose
     * party subject says it can or could act ("we can discuss a defence strategy", "Quito would negotiate").
     */
    static boolean offeredWithModal(SentenceView s, int h) {
        if (AnnouncedActs.announced(s, h) && hasModal(s, h)) {
            return true;
        }
        if (!s.isVerb(h)) {
            return false;
        }
        int subject = Clauses.subject(s, h);
        return subject >= 0 && Conditions.partyLike(s, subject) && hasAbility(s, h);
    }

    /** Whether the token {@code i} is "until" or "till". */
    static boolean until(SentenceView s, int i) {
        return until(s.word(i));
    }

    /** Whether {@code word} is "until" or "till", in any case. */
    static boolean until(String word) {
        return UNTIL.contains(word.toLowerCase(Locale.ROOT));
    }
}
