package org.parley.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Facts about a place that help a mention finder decide between entries sharing a name: how many people live
 * there, the division it lies in, its ISO 3166-2 code, the kind of division it is, and the names that name it
 * only with a cue ("the town of Police", "in Cork"). Optional catalog columns; {@link #NONE} when a file has none.
 *
 * @param population people living there, 0 when unknown
 * @param locatedIn  key of the first-level division a town lies in, or of the division a second-level one is
 *                   part of; null when unknown (the country is {@link CatalogEntry#partOf()})
 * @param isoCode    ISO 3166-2 code of a division ("UA-09"), or null
 * @param division   the kind of division, as the source names it ("oblast", "governorate"), or null
 * @param cueNames   names that are common words, people's names or names shared with a more prominent place:
 *                   they name this entry only where the text says it is a place; never null
 */
public record PlaceFacts(long population, String locatedIn, String isoCode, String division, List<String> cueNames) {

    /** No facts: what every entry of a file without the optional columns carries. */
    public static final PlaceFacts NONE = new PlaceFacts(0, null, null, null, List.of());

    public PlaceFacts {
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative: " + population);
        }
        cueNames = List.copyOf(Objects.requireNonNull(cueNames, "cueNames"));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
