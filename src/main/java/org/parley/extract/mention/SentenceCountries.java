package org.parley.extract.mention;

import java.util.HashSet;
import java.util.Set;
import org.parley.core.EntityType;

/**
 * The countries a sentence names by a catalog name, added to the article's known places before the sentence is
 * scanned: "the Kidal and Gao regions of Mali" cues the regions of the country it names after them. Stateless.
 */
final class SentenceCountries {

    private SentenceCountries() {
    }

    /**
     * {@code known} and the countries the sentence names by a catalog name, wherever in it: "the Kidal and Gao
     * regions of Mali" cues the regions of the country it names after them.
     */
    static Set<String> withCountriesNamedHere(SentencePieces p, CatalogMatcher matcher, Set<String> known) {
        Set<String> all = new HashSet<>(known);
        for (int i = 0; i < p.size(); i++) {
            CatalogMatch c = p.cap(i) ? matcher.match(p, i, p.size(), null) : null;
            if (c != null && c.onlyType(EntityType.COUNTRY)) {
                c.forms().forEach(f -> all.add(f.entry().key()));
            }
        }
        return all;
    }
}
