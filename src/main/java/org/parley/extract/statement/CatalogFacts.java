package org.parley.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.Office;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * What the statement rules read from the catalog: countries and groups by demonym ("Egyptian" gives Egypt, "Houthi"
 * the Houthis), the countries people hold office for, the country a region or city belongs to, and named groups of
 * places ("the four annexed regions"). Immutable; built once per extractor.
 */
final class CatalogFacts {

    private final Map<String, Entity> demonyms = new HashMap<>();
    private final Map<String, Set<String>> officeCountries = new HashMap<>();
    private final Map<String, String> partOf = new HashMap<>();
    private final Map<String, Entity> byKey = new HashMap<>();
    private final Map<String, List<Entity>> groups = new LinkedHashMap<>();
    private final Set<String> outlets = new HashSet<>();
    private final Map<String, Entity> bodiesBySeat = new HashMap<>();

    /** The catalog groups of news outlets ("news-agency"). */
    private static final WordList OUTLET_GROUPS = Lexicon.bundled().list("outlet-groups");

    /** The prefix of the mention rules that find the names of outlets the catalog lacks ("told the Morning Ledger"). */
    private static final String OUTLET_RULES = "mention.proper-noun.media-";

    CatalogFacts(Catalog catalog) {
        for (CatalogEntry e : catalog.entries()) {
            byKey.put(e.key(), e.toEntity());
            if (e.type() == EntityType.ORGANIZATION) {
                for (String seat : e.metonyms()) { // "Brussels" for the EU
                    bodiesBySeat.putIfAbsent(seat.toLowerCase(Locale.ROOT), e.toEntity());
                }
            }
            if (e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION) {
                for (String d : e.demonyms()) {
                    demonyms.merge(d.toLowerCase(Locale.ROOT), e.toEntity(), CatalogFacts::countryFirst);
                }
            }
            for (Office o : e.offices()) {
                if (o.of() != null && !o.of().isBlank()) {
                    officeCountries.computeIfAbsent(e.key(), k -> new HashSet<>()).add(o.of());
                }
            }
            if (e.partOf() != null && !e.partOf().isBlank()) {
                partOf.put(e.key(), e.partOf());
            }
            for (String g : e.groups()) {
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(e.toEntity());
                if (OUTLET_GROUPS.contains(g)) {
                    outlets.add(e.key());
                }
            }
        }
    }

    /**
     * Whether a mention names a news outlet: a catalog entry in an outlet group, or a name an outlet rule found.
     * Outlets report statements; they never make or receive one.
     */
    boolean isOutlet(Mention m) {
        return outlets.contains(m.entity().key()) || m.rule().id().startsWith(OUTLET_RULES);
    }

    /** A country's entity before a group's when both have one demonym; else the one listed first. */
    private static Entity countryFirst(Entity listed, Entity next) {
        return listed.type() != EntityType.COUNTRY && next.type() == EntityType.COUNTRY ? next : listed;
    }

    /** The country or group a demonym or adjective names ("egyptian", "u.s.", "houthi"), or null. */
    Entity demonym(String lowerCaseWord) {
        return demonyms.get(lowerCaseWord);
    }

    /** The keys of the countries a person holds or held an office for, per the catalog; empty when none. */
    Set<String> officeCountries(String personKey) {
        return officeCountries.getOrDefault(personKey, Set.of());
    }

    /** The entity of a catalog key, or null. */
    Entity entity(String key) {
        return byKey.get(key);
    }

    /** The key of what a region, city or body is part of, or null. */
    String partOf(String key) {
        return partOf.get(key);
    }

    /** The country a city or region lies in (up to three steps up), or null. */
    Entity stateOf(Entity place) {
        String key = place.key();
        for (int up = 0; up < 3 && key != null; up++) {
            key = partOf(key);
            Entity e = key == null ? null : entity(key);
            if (e != null && e.type() == EntityType.COUNTRY) {
                return e;
            }
        }
        return null;
    }

    /** The organization whose seat a city's name stands for ("Brussels": the European Union), or null. */
    Entity bodySeatedIn(Entity city) {
        return bodiesBySeat.get(city.label().toLowerCase(Locale.ROOT));
    }

    /** The members of a named group of places, in catalog order. */
    List<Entity> group(String name) {
        return groups.getOrDefault(name, List.of());
    }
}
