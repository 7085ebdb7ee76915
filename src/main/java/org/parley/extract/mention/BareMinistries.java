package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * "In Kigali, the Foreign Ministry said", "a spokesman for the Foreign Office in Kigali": a foreign ministry named
 * without its country ({@code bare-foreign-ministry-names}) is the ministry of the one country its sentence names, by
 * name or by its capital, when the catalog has that country's ministry; else it stays what the rules made of it (a
 * new "Foreign Ministry", or the catalog's British "Foreign Office"). Immutable and thread-safe.
 */
final class BareMinistries {

    /** The labels the catalog gives a country's foreign ministry, in the order they are tried. */
    private static final List<String> MINISTRY_LABELS =
            List.of("%s's Foreign Ministry", "Foreign Ministry of %s", "Ministry of Foreign Affairs of %s");

    private final Catalog catalog;
    private final Map<String, String> countryOfName = new HashMap<>();
    private final Map<String, Entity> ministryOf = new HashMap<>();

    BareMinistries(Catalog catalog) {
        this.catalog = catalog;
        Map<String, Entity> organizations = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (CatalogEntry e : catalog.entries()) {
            if (e.type() == EntityType.ORGANIZATION) {
                e.aliases().forEach(a -> organizations.putIfAbsent(a, e.toEntity()));
            } else if (e.type() == EntityType.COUNTRY) {
                e.names().map(name -> name.toLowerCase(Locale.ROOT)).forEach(name -> {
                    if (!countryOfName.getOrDefault(name, e.key()).equals(e.key())) {
                        ambiguous.add(name);
                    }
                    countryOfName.putIfAbsent(name, e.key());
                });
            }
        }
        ambiguous.forEach(countryOfName::remove);
        for (CatalogEntry e : catalog.entries()) {
            if (e.type() != EntityType.COUNTRY) {
                continue;
            }
            for (String form : MINISTRY_LABELS) {
                Entity ministry = organizations.get(String.format(form, e.label()));
                if (ministry != null) {
                    ministryOf.putIfAbsent(e.key(), ministry);
                    break;
                }
            }
        }
    }

    /** The candidates, a bare foreign ministry read as the ministry of its sentence's one country. */
    List<Candidate> resolve(List<Candidate> found, String text) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            Entity ministry = bare(c, text) ? ministryOf.get(oneCountry(found, c.sentence(), text)) : null;
            boolean other = ministry != null && !ministry.key().equals(c.entity().key());
            out.add(other ? c.as(ministry, MentionKind.NAME, Rules.BARE_FOREIGN_MINISTRY) : c);
        }
        return out;
    }

    /**
     * A bare name read as a new organization or as a catalog body that has the bare name itself ("Foreign Office"), not
     * one the rules gave a country's ministry by the demonym or possessor before it ("the Algerian Foreign Ministry").
     */
    private boolean bare(Candidate c, String text) {
        String surface = text.substring(c.begin(), c.end());
        boolean ownName = catalog.findZeroOrOne(c.entity().key())
                .map(e -> e.label().equals(surface) || e.aliases().contains(surface)).orElse(true);
        return c.entity().type() == EntityType.ORGANIZATION && ownName
                && Words.BARE_FOREIGN_MINISTRY_NAMES.contains(surface.toLowerCase(Locale.ROOT));
    }

    /** The key of the one country sentence {@code s} names (itself, or its capital or seat), or null. */
    private String oneCountry(List<Candidate> found, int s, String text) {
        Set<String> countries = new HashSet<>();
        for (Candidate c : found) {
            if (c.sentence() != s) {
                continue;
            }
            String country = c.entity().type() == EntityType.COUNTRY ? c.entity().key()
                    : countryOfName.get(text.substring(c.begin(), c.end()).toLowerCase(Locale.ROOT));
            if (country != null) {
                countries.add(country);
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }
}
