package org.parley.export;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which part of the actor network to export.
 *
 * @param since  only statements dated on or after this day; null for no bound
 * @param until  only statements dated on or before this day; null for no bound
 * @param kinds  the link kinds kept; never empty (all five by default)
 * @param around only the entities within {@code depth} links of this entity (an IRI); null for the whole network
 * @param depth  how many links away from {@code around}, at least 1
 */
public record NetworkFilter(LocalDate since, LocalDate until, Set<LinkKind> kinds, String around, int depth) {

    public NetworkFilter {
        kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(LinkKind.class) : EnumSet.copyOf(kinds);
        kinds = Set.copyOf(kinds);
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1: " + depth);
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since " + since + " is after until " + until);
        }
    }

    /** The whole network. */
    public static NetworkFilter all() {
        return new NetworkFilter(null, null, null, null, 1);
    }

    public NetworkFilter withAround(String entityIri, int d) {
        return new NetworkFilter(since, until, kinds, Objects.requireNonNull(entityIri, "entityIri"), d);
    }

    public Optional<String> aroundEntity() {
        return Optional.ofNullable(around);
    }

    /** Whether every kind is kept. */
    public boolean allKinds() {
        return kinds.size() == LinkKind.values().length;
    }
}
