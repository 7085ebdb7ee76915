package org.parley.extract.mention;

import java.util.Set;

/**
 * Catalog names that a run of capitalized words cuts: a name that opens in the run's last segment and goes on past a
 * word that ends runs ("Ido Ward of Papua New Guinea": "New" ends a run), and a name that spans the run's lower-case
 * connectors ("President Ido Ward of Bosnia and Herzegovina", "of St Vincent and the Grenadines"). Stateless.
 */
final class ConnectedNames {

    private ConnectedNames() {
    }

    /**
     * The end of the run {@code [a, e)}, or past it, to the end of the catalog name that opens at its last
     * capitalized segment after a lower-case connector and goes on past {@code e}.
     */
    static int runEnd(SentencePieces p, int a, int e, CatalogMatcher matcher, Set<String> places) {
        int s = e - 1;
        while (s > a && p.get(s - 1).cap()) {
            s--;
        }
        if (s <= a || !p.get(s - 1).lower()) {
            return e;
        }
        CatalogMatch m = matcher.match(p, s, p.size(), places);
        return m != null && m.end() > e ? m.end() : e;
    }

    /**
     * The catalog name at segment {@code [s, s2)} of the run {@code [s, e)}: the longest that ends at a segment's
     * end, across the connectors after the segment too; null when none.
     */
    static CatalogMatch segment(SentencePieces p, int s, int s2, int e, CatalogMatcher matcher) {
        CatalogMatch across = s2 < e ? matcher.match(p, s, e) : null;
        if (across != null && across.end() > s2 && (across.end() == e || p.get(across.end()).lower())) {
            return across;
        }
        return matcher.match(p, s, s2);
    }
}
