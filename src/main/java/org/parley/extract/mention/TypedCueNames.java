package org.parley.extract.mention;

import java.util.Set;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;

/**
 * A catalog region's cue name that the phrase's own context typed a region ("the Loyalty Islands Province", "South
 * Kordofan and Blue Nile"): the typing is the cue the name needs, when the region lies in a country the article named
 * and no other region of the catalog has that cue name there. Stateless.
 */
final class TypedCueNames {

    private TypedCueNames() {
    }

    /** The one catalog region whose cue name pieces {@code [a, e)} write, typed {@code type}, or null. */
    static CatalogEntry entry(NameIndex index, SentencePieces p, int a, int e, EntityType type, Set<String> places) {
        if (type != EntityType.REGION) {
            return null;
        }
        CatalogEntry found = null;
        for (NameIndex.Form f : index.forms(p.key(a, e))) {
            CatalogEntry entry = f.entry();
            if (!f.cueOnly() || f.surface().size() != e - a || entry.type() != type || entry.partOf() == null
                    || !CatalogMatcher.inNamedPlace(entry, places) || !casesAccepted(f, p, a)) {
                continue;
            }
            if (found != null && !found.key().equals(entry.key())) {
                return null;
            }
            found = entry;
        }
        return found;
    }

    private static boolean casesAccepted(NameIndex.Form f, SentencePieces p, int a) {
        for (int k = 0; k < f.surface().size(); k++) {
            if (!NameText.caseAccepts(f.surface().get(k), p.get(a + k).text())) {
                return false;
            }
        }
        return true;
    }
}
