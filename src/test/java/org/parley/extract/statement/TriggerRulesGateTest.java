package org.parley.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parley.core.CharSpan;
import org.parley.core.Sentence;
import org.parley.core.Token;
import org.parley.extract.Lexicon;

/**
 * The parse gate's trigger test tries a pattern only from the tokens its first element can take
 * ({@link TokenPattern#firstWords}); it must answer as trying every bundled pattern from every token does, and
 * {@link TokenPattern#findAll} must skip only starts where no match can begin. Sentences of our own writing.
 */
class TriggerRulesGateTest {

    private static final String[] SENTENCES = {
        "The dockers said they would call off the strike if the port raised their pay.",
        "Rain fell on the valley all night and the river rose.",
        "The regional council urged both sides to return to the table in Varnel.",
        "Marisol Teague, she added, was ready for talks without conditions.",
        "Officials in Ostrava rejected the proposal outright on Tuesday.",
        "The mayor offered to open the bridge to lorries at night.",
        "Ten people were hurt when the roof of the market collapsed.",
        "Under the plan, the militia would withdraw its fighters from the two villages.",
    };

    /** Tokens split on spaces, the full stop apart, tagged NN (the gate reads no tags) and lemmatized as written. */
    private static SentenceView view(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.replace(".", " .").replace(",", " ,").split(" ")) {
            tokens.add(new Token(new CharSpan(at, at + w.length()), w, "NN", w.toLowerCase(Locale.ROOT), "O"));
            at += w.length() + 1;
        }
        return new SentenceView(new Sentence(0, new CharSpan(0, at), tokens), List.of(), List.of(), null, m -> false);
    }

    @Test
    void theIndexedGateAnswersAsEveryPatternFromEveryToken() {
        TriggerRules rules = TriggerRules.bundled();
        int admitted = 0;
        for (String text : SENTENCES) {
            SentenceView s = view(text);
            List<List<String>> forms = TokenPattern.formsOf(s);
            boolean everyPattern = rules.rules().stream().anyMatch(r -> r.pattern().mayMatch(forms));
            assertEquals(everyPattern, rules.mayMatch(s), text);
            admitted += everyPattern ? 1 : 0;
        }
        assertTrue(admitted >= 4 && admitted < SENTENCES.length, "admitted " + admitted);
    }

    @Test
    void aPatternStartsOnlyWhereItsFirstElementCanMatch() {
        Lexicon lexicon = Lexicon.bundled();
        TokenPattern callOff = TokenPattern.parse("^call off", lexicon);
        assertEquals(java.util.Set.of("call"), callOff.firstWords());
        assertNull(TokenPattern.parse("be? ^@readiness-adjectives/J to|for", lexicon).firstWords());
        assertNull(TokenPattern.parse("_ ^offer", lexicon).firstWords());
        SentenceView s = view(SENTENCES[0]);
        List<TokenPattern.Match> matches = callOff.findAll(s);
        assertEquals(1, matches.size());
        assertEquals(5, matches.get(0).head());
        assertFalse(callOff.findAll(view(SENTENCES[1])).iterator().hasNext());
    }
}
