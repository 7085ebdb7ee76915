package org.parley.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;

/**
 * Catalog entries to put in place of others when the benchmark varies copies of articles or of their graphs: an entry
 * of the same type, low catalog ranks often and the rest rarely.
 */
final class CatalogSwaps {

    private final Map<EntityType, List<CatalogEntry>> byType = new EnumMap<>(EntityType.class);

    /** The entries of {@code catalog} whose type {@code swapped} accepts, in catalog order. */
    CatalogSwaps(Catalog catalog, Predicate<EntityType> swapped) {
        for (CatalogEntry e : catalog.entries()) {
            if (swapped.test(e.type())) {
                byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
            }
        }
    }

    /** Another entry of the same type, not yet used in this copy ({@code taken}); {@code e} itself after 8 tries. */
    CatalogEntry swap(CatalogEntry e, Random random, Set<String> taken) {
        List<CatalogEntry> pool = byType.get(e.type());
        for (int attempt = 0; attempt < 8; attempt++) {
            double u = random.nextDouble();
            CatalogEntry pick = pool.get((int) (pool.size() * u * u * u));
            if (taken.add(pick.key())) {
                return pick;
            }
        }
        return e;
    }
}
