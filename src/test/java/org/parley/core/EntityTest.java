package org.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EntityTest {

    @Test
    void aFoldedNameHasNoCaseNoDiacriticsAndSingleSpaces() {
        assertEquals("zaporizhzhia oblast", Entity.fold("Zaporizhzhia Oblast"));
        assertEquals("cote d ivoire", Entity.fold("Côte d'Ivoire"));
        assertEquals("al hasakah", Entity.fold(" Al-Ḥasakah "));
        assertEquals("recep tayyip erdogan", Entity.fold("Recep Tayyip  Erdoğan"));
    }

    @Test
    void aSlugIsLowerCaseAsciiJoinedByHyphens() {
        assertEquals("cote-d-ivoire", Entity.slug("Côte d'Ivoire"));
    }
}
