package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

class ParentheticalAwareParserTest {

    /**
     * A parser that records what it was given. A sentence with a comma gets the misreading the class repairs: every
     * token hangs on the first comma, so no verb has a subject. Otherwise the last finite verb is the root and the
     * first noun its subject; every other token hangs on the root.
     */
    private static final class Misreading implements SentenceParser {
        final List<String> parsed = new ArrayList<>();

        @Override
        public DependencyTree parse(List<Token> tokens) {
            parsed.add(StarTrees.words(tokens));
            int comma = tokens.stream().map(Token::text).toList().indexOf(",");
            return comma >= 0 ? StarTrees.star(tokens.size(), comma, -1) : StarTrees.onFiniteVerb(tokens);
        }
    }

    @Test
    void aPhraseBetweenCommasAfterTheSubjectIsParsedApartAndHangsOnTheVerb() {
        Misreading parser = new Misreading();
        List<Token> t = RelativeClauseAwareParserTest.tagged(
                "The/DT army/NN ,/, for/IN its/PRP$ part/NN ,/, called/VBD on/IN Kigali/NNP ./.");
        DependencyTree tree = new ParentheticalAwareParser(parser).parse(t);
        assertEquals(List.of("The army , for its part , called on Kigali .", "The army called on Kigali .",
                "for its part"), parser.parsed);
        int called = 7;
        assertEquals(called, tree.root());
        assertEquals("nsubj", tree.relation(1));
        assertEquals(called, tree.head(1));
        assertEquals("prep", tree.relation(3)); // the phrase's root, "for"
        assertEquals(called, tree.head(3));
        assertEquals(3, tree.head(5)); // inside the phrase, as parsed apart
        assertEquals("punct", tree.relation(2));
        assertEquals(called, tree.head(2));
        assertEquals("punct", tree.relation(6));
        assertEquals(called, tree.head(6));
        assertEquals(called, tree.head(9));
    }

    @Test
    void anAdverbBetweenCommasHangsOnTheVerbAsAnAdverb() {
        Misreading parser = new Misreading();
        List<Token> t = RelativeClauseAwareParserTest.tagged(
                "Hamas/NNP ,/, however/RB ,/, rejected/VBD the/DT plan/NN");
        DependencyTree tree = new ParentheticalAwareParser(parser).parse(t);
        assertEquals(4, tree.root());
        assertEquals("nsubj", tree.relation(0));
        assertEquals("advmod", tree.relation(2));
        assertEquals(4, tree.head(2));
    }

    @Test
    void otherSentencesKeepTheWholesParse() {
        Misreading parser = new Misreading();
        // a verb before the first comma: the phrase is no parenthetical on the subject
        List<Token> verbFirst = RelativeClauseAwareParserTest.tagged(
                "Hamas/NNP said/VBD ,/, in/IN turn/NN ,/, it/PRP refused/VBD");
        DependencyTree whole = parser.parse(verbFirst);
        assertEquals(whole, new ParentheticalAwareParser(parser).parse(verbFirst));
        // a phrase with a verb in it, or too long, or no finite verb after it
        for (String s : List.of("Hamas/NNP ,/, having/VBG agreed/VBN ,/, rejected/VBD it/PRP",
                "Hamas/NNP ,/, in/IN a/DT long/JJ written/JJ reply/NN ,/, rejected/VBD it/PRP",
                "Hamas/NNP ,/, in/IN Doha/NNP ,/, and/CC Israel/NNP")) {
            List<Token> tokens = RelativeClauseAwareParserTest.tagged(s);
            assertEquals(parser.parse(tokens), new ParentheticalAwareParser(parser).parse(tokens), s);
        }
    }

    @Test
    void aWholeParseThatGaveTheVerbItsSubjectIsKept() {
        SentenceParser right = tokens -> StarTrees.star(tokens.size(), 4, 0);
        List<Token> t = RelativeClauseAwareParserTest.tagged(
                "Hamas/NNP ,/, however/RB ,/, rejected/VBD the/DT plan/NN");
        DependencyTree whole = right.parse(t);
        assertEquals(whole, new ParentheticalAwareParser(right).parse(t));
    }
}
