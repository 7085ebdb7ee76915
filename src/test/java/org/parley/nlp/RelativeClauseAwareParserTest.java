package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.core.CharSpan;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

class RelativeClauseAwareParserTest {

    private static final Set<String> RELATIVE = Set.of("whose", "who", "which");

    /**
     * A parser that records what it was given. With {@code misreads}, tokens holding a relative pronoun get the
     * misreading the class repairs: every token hangs on the first, so no verb has a subject. Otherwise the last
     * finite verb is the root and the first noun its subject; every other token hangs on the root.
     */
    private static final class Misreading implements SentenceParser {
        final List<String> parsed = new ArrayList<>();
        private final boolean misreads;

        Misreading(boolean misreads) {
            this.misreads = misreads;
        }

        @Override
        public DependencyTree parse(List<Token> tokens) {
            parsed.add(StarTrees.words(tokens));
            boolean relative = tokens.stream().anyMatch(t -> RELATIVE.contains(t.text()));
            return misreads && relative ? StarTrees.star(tokens.size(), 0, -1) : StarTrees.onFiniteVerb(tokens);
        }
    }

    /** Tokens of a sentence written as {@code word/TAG} with spaces between them (also used by the other parser tests). */
    static List<Token> tagged(String sentence) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String wt : sentence.split(" ")) {
            String w = wt.substring(0, wt.lastIndexOf('/'));
            out.add(new Token(new CharSpan(at, at + w.length()), w, wt.substring(wt.lastIndexOf('/') + 1),
                    w.toLowerCase(), "O"));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void aClauseAfterAnAppositionIsParsedApartAndTheMainPartKeepsTheAppositionsComma() {
        Misreading parser = new Misreading(true);
        List<Token> t = tagged("Chad/NNP 's/POS president/NN ,/, Ali/NNP Musa/NNP ,/, whose/WP$ government/NN"
                + " hosts/VBZ the/DT talks/NNS ,/, urged/VBD both/DT sides/NNS ./.");
        DependencyTree tree = new RelativeClauseAwareParser(parser).parse(t);
        assertEquals(List.of(String.join(" ", t.stream().map(Token::text).toList()),
                "Chad 's president , Ali Musa , urged both sides .", "whose government hosts the talks"),
                parser.parsed);
        int urged = 13;
        assertEquals(urged, tree.root());
        assertEquals("nsubj", tree.relation(0));
        assertEquals(urged, tree.head(0));
        assertEquals(urged, tree.head(6)); // the apposition's closing comma, the main part's own
        assertEquals(5, tree.head(7)); // "whose", the clause's root, on "Musa"
        assertEquals("relcl", tree.relation(7));
        assertEquals(7, tree.head(9)); // inside the clause, its own tree
        assertEquals(5, tree.head(12));
        assertEquals("punct", tree.relation(12));
        assertEquals(urged, tree.head(14));
    }

    @Test
    void aClauseRightAfterTheSubjectTakesBothCommas() {
        Misreading parser = new Misreading(true);
        List<Token> t = tagged("The/DT council/NN ,/, whose/WP$ head/NN left/VBD ,/, has/VBZ called/VBN on/IN"
                + " Chad/NNP ./.");
        DependencyTree tree = new RelativeClauseAwareParser(parser).parse(t);
        assertEquals("The council has called on Chad .", parser.parsed.get(1));
        assertEquals(7, tree.root());
        assertEquals(7, tree.head(1));
        assertEquals("nsubj", tree.relation(1));
        assertEquals(1, tree.head(2));
        assertEquals("punct", tree.relation(2));
        assertEquals(1, tree.head(3));
        assertEquals("relcl", tree.relation(3));
        assertEquals(1, tree.head(6));
        assertEquals("punct", tree.relation(6));
        assertEquals(7, tree.head(10));
    }

    @Test
    void aWholeParseThatGivesTheVerbItsSubjectOrAClauseNoVerbClosesIsKept() {
        Misreading good = new Misreading(false);
        new RelativeClauseAwareParser(good).parse(tagged("The/DT council/NN ,/, whose/WP$ head/NN left/VBD ,/,"
                + " has/VBZ called/VBN on/IN Chad/NNP ./."));
        assertEquals(1, good.parsed.size());
        Misreading bad = new Misreading(true);
        new RelativeClauseAwareParser(bad).parse(tagged("Chad/NNP ,/, whose/WP$ army/NN is/VBZ large/JJ ,/,"
                + " and/CC Niger/NNP met/VBD ./."));
        new RelativeClauseAwareParser(bad).parse(tagged("Chad/NNP ,/, whose/WP$ army/NN ,/, met/VBD Niger/NNP ./."));
        assertEquals(2, bad.parsed.size());
    }
}
