package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexAbbreviationTest {

    @Test
    void aBodyOfTheUnitedNationsIsAlsoNamedWithTheAbbreviation() {
        assertEquals(List.of("UN", "Mission", "in", "Kosovo"),
                NameIndex.unAbbreviated(List.of("United", "Nations", "Mission", "in", "Kosovo")));
    }

    @Test
    void theUnitedNationsAloneAndOtherNamesGetNoVariant() {
        assertNull(NameIndex.unAbbreviated(List.of("United", "Nations")));
        assertNull(NameIndex.unAbbreviated(List.of("United", "Arab", "Emirates")));
    }
}
