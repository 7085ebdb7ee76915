package org.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatementFlagTest {

    @Test
    void flagsIterateInDeclarationOrderWhateverOrderTheyCameIn() {
        Set<StatementFlag> given = new LinkedHashSet<>(
                List.of(StatementFlag.FUTURE, StatementFlag.NEGATED, StatementFlag.HYPOTHETICAL));
        assertEquals(List.of(StatementFlag.NEGATED, StatementFlag.HYPOTHETICAL, StatementFlag.FUTURE),
                List.copyOf(StatementFlag.inOrder(given)));
    }

    @Test
    void noFlagsGiveTheEmptySetAndTheCopyCannotBeChanged() {
        assertEquals(Set.of(), StatementFlag.inOrder(List.of()));
        Set<StatementFlag> copy = StatementFlag.inOrder(List.of(StatementFlag.REPORTED));
        assertThrows(UnsupportedOperationException.class, () -> copy.add(StatementFlag.NEGATED));
    }
}
