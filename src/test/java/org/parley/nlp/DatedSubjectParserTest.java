package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.parley.nlp.RelativeClauseAwareParserTest.tagged;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.DependencyTree;
import org.parley.core.Token;

class DatedSubjectParserTest {

    @Test
    void aNameJoinedToAWeekdayBecomesTheSubject() {
        // "On Sunday Velez said Lima would talk ." as the parser reads it: "Sunday Velez" the object of "On"
        List<Token> t = tagged("On/IN Sunday/NNP Velez/NNP said/VBD Lima/NNP would/MD talk/VB ./.");
        DependencyTree misread = new DependencyTree(List.of(3, 2, 0, -1, 6, 6, 3, 3),
                List.of("prep", "compound", "pobj", "root", "nsubj", "aux", "ccomp", "punct"));
        DependencyTree tree = new DatedSubjectParser(x -> misread).parse(t);
        assertEquals(3, tree.head(2)); // "Velez" is the subject of "said"
        assertEquals("nsubj", tree.relation(2));
        assertEquals(0, tree.head(1)); // "Sunday" is the object of "On"
        assertEquals("pobj", tree.relation(1));
        assertEquals(3, tree.head(0));
    }

    @Test
    void aMonthWithItsDayAndAFullNameBeforeAnAuxiliary() {
        // "On March 3 Ana Velez had offered talks ."
        List<Token> t = tagged("On/IN March/NNP 3/CD Ana/NNP Velez/NNP had/VBD offered/VBN talks/NNS ./.");
        DependencyTree misread = new DependencyTree(List.of(6, 4, 1, 4, 0, 6, -1, 6, 6),
                List.of("prep", "compound", "nummod", "compound", "pobj", "aux", "root", "dobj", "punct"));
        DependencyTree tree = new DatedSubjectParser(x -> misread).parse(t);
        assertEquals(6, tree.head(4));
        assertEquals("nsubj", tree.relation(4));
        assertEquals(0, tree.head(2)); // the day's number ends the date, the object of "On"
        assertEquals(2, tree.head(1)); // the month hangs on it
        assertEquals(4, tree.head(3)); // the first name stays on the name
    }

    @Test
    void aVerbWithASubjectIsKept() {
        // "On 12 March Velez said so ." read right: "March" the object of "On", "Velez" the subject
        List<Token> t = tagged("On/IN 12/CD March/NNP Velez/NNP said/VBD so/RB ./.");
        DependencyTree read = new DependencyTree(List.of(4, 2, 0, 4, -1, 4, 4),
                List.of("prep", "nummod", "pobj", "nsubj", "root", "advmod", "punct"));
        assertSame(read, new DatedSubjectParser(x -> read).parse(t));
    }

    @Test
    void aDateWithNoWeekdayOrMonthOrAWordThatIsNoNameIsKept() {
        // "On Route 9 Velez spoke ." has no weekday or month; "On Sunday talks began ." no capitalised name
        List<Token> t = tagged("On/IN Route/NNP 9/CD Velez/NNP spoke/VBD ./.");
        DependencyTree read = new DependencyTree(List.of(4, 3, 1, 0, -1, 4),
                List.of("prep", "compound", "nummod", "pobj", "root", "punct"));
        assertSame(read, new DatedSubjectParser(x -> read).parse(t));
        List<Token> u = tagged("On/IN Sunday/NNP talks/NNS began/VBD ./.");
        DependencyTree other = new DependencyTree(List.of(3, 2, 0, -1, 3),
                List.of("prep", "compound", "pobj", "root", "punct"));
        assertSame(other, new DatedSubjectParser(x -> other).parse(u));
    }

    @Test
    void aPhraseOfAnotherPrepositionOrAfterTheVerbIsKept() {
        // "In March Velez spoke ." (no "on"); "Velez spoke on Sunday Lima time ." (after the verb)
        List<Token> t = tagged("In/IN March/NNP Velez/NNP spoke/VBD ./.");
        DependencyTree read = new DependencyTree(List.of(3, 2, 0, -1, 3),
                List.of("prep", "compound", "pobj", "root", "punct"));
        assertSame(read, new DatedSubjectParser(x -> read).parse(t));
        List<Token> u = tagged("Velez/NNP spoke/VBD on/IN Sunday/NNP Lima/NNP ./.");
        DependencyTree after = new DependencyTree(List.of(1, -1, 1, 4, 2, 1),
                List.of("nsubj", "root", "prep", "compound", "pobj", "punct"));
        assertSame(after, new DatedSubjectParser(x -> after).parse(u));
    }
}
