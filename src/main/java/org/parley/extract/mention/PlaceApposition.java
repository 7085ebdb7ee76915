package org.parley.extract.mention;

import java.util.HashSet;
import java.util.Set;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;

/**
 * The country or region a sentence names right after a town's name and a comma ("San Jose, California", "Hamilton,
 * Ontario"): the place that says which of the towns sharing the name the text means. Stateless.
 */
final class PlaceApposition {

    private PlaceApposition() {
    }

    /** The town {@code entry} lies in the country or region named right after piece {@code e - 1} and a comma. */
    static boolean locates(SentencePieces p, int e, CatalogEntry entry, CatalogMatcher matcher) {
        return entry.type() == EntityType.CITY && entry.partOf() != null
                && locatedIn(entry, placesAfter(p, e, matcher));
    }

    /** The town {@code entry} lies in one of the places {@code apposed} ({@link #placesAfter}) stands for. */
    static boolean locatedIn(CatalogEntry entry, Set<String> apposed) {
        return entry.type() == EntityType.CITY && entry.partOf() != null && !apposed.isEmpty()
                && CatalogMatcher.inNamedPlace(entry, apposed);
    }

    /**
     * The keys of the countries and regions the catalog name right after piece {@code end - 1} and a comma may stand
     * for, when a mark or the sentence's end closes it (not a list: "Jos, Nigeria and Chad"); empty otherwise.
     */
    static Set<String> placesAfter(SentencePieces p, int end, CatalogMatcher matcher) {
        if (!p.mark(end).equals(",") || !p.cap(end)) {
            return Set.of();
        }
        CatalogMatch next = matcher.match(p, end, p.size());
        boolean closed = next != null && (p.at(next.end()) == null || !p.mark(next.end()).isEmpty());
        if (!closed || !next.forms().stream().allMatch(f -> f.entry().type() == EntityType.COUNTRY
                || f.entry().type() == EntityType.REGION)) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        next.forms().forEach(f -> keys.add(f.entry().key()));
        return keys;
    }
}
