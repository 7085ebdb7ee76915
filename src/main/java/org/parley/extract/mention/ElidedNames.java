package org.parley.extract.mention;

import java.util.Set;
import org.parley.core.EntityType;

/**
 * "North and South Kivu", "North and South Korea", "Upper and Lower Austria": the first of two coordinated place
 * names that share their last words is written without them. A capitalized word that is no catalog name on its own,
 * before "and" or "or" and a catalog place name of two words or more, names the catalog place of the same type
 * whose name is that word followed by the other name's last words. One look-up in the name index. Stateless.
 */
final class ElidedNames {

    private ElidedNames() {
    }

    /** The catalog place piece {@code i} names with the last words of the name after "and", or null. */
    static NameIndex.Form sharedTail(SentencePieces p, int i, CatalogMatcher matcher, Set<String> places) {
        if (i + 3 >= p.size() || !p.cap(i) || p.get(i).allCaps() || !coordinator(p.get(i + 1))) {
            return null;
        }
        CatalogMatch next = matcher.match(p, i + 2, p.size(), places);
        if (next == null || next.length() < 2) {
            return null;
        }
        String key = p.get(i).norm() + " " + p.key(next.begin() + 1, next.end());
        for (NameIndex.Form f : matcher.index().forms(key)) {
            EntityType type = f.entry().type();
            if (type.isPlace() && next.hasType(type) && f.surface().size() == next.length() && !f.cueOnly()
                    && NameText.caseAccepts(f.surface().get(0), p.get(i).text())) {
                return f;
            }
        }
        return null;
    }

    private static boolean coordinator(Piece piece) {
        return Words.LIST_JOINERS.contains(piece.text());
    }
}
