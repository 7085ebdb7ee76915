package org.parley.extract.mention;

import java.util.Set;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * "West Velmar", "East Dorsk": a capitalized compass point ({@code compass-points}) right before the name of a
 * catalog town (also when a region shares the town's name or the town is a capital; never a country's own name),
 * where the catalog has no name for the two words together, names a part of the town, a place of its own (a region,
 * as the catalog holds East Jerusalem), not the town. Not inside a longer run of capitalized words ("West Velmar
 * Hospital"), nor after one. One look-up in the catalog. Stateless.
 */
final class CompassPartNames {

    private CompassPartNames() {
    }

    /** The end of the town's name when piece {@code i} is a compass point naming a part of it, else -1. */
    static int end(SentencePieces p, int i, CatalogMatcher matcher, Set<String> places) {
        Piece x = p.get(i);
        if (!x.cap() || x.allCaps() || !Words.COMPASS_POINTS.contains(x.norm()) || !p.joined(i + 1)
                || p.hyphenBefore(i + 1) || i > 0 && p.cap(i - 1) && p.joined(i)) {
            return -1;
        }
        CatalogMatch town = matcher.match(p, i + 1, p.size(), places);
        if (town == null || town.begin() != i + 1 || !town.hasType(EntityType.CITY) || !town.allPlaces()
                || town.forms().stream().anyMatch(CompassPartNames::countryName)
                || p.cap(town.end()) && p.joined(town.end())) {
            return -1;
        }
        return town.end();
    }

    /** A country's own name or alias; a capital standing for its country (a metonym form) is still a town. */
    private static boolean countryName(NameIndex.Form f) {
        return f.entry().type() == EntityType.COUNTRY && f.kind() != MentionKind.METONYM;
    }
}
