package org.parley.catalog.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.LocatedEntry;
import org.parley.core.EntityType;

/**
 * The hand-made catalog as the import consults it: entries by Wikidata id, places by country and folded name, every
 * name of every entry, and the words of people's names. Built once; immutable.
 */
final class HandMadeIndex {

    private final Map<String, LocatedEntry> byQid = new HashMap<>();
    private final Map<String, LocatedEntry> byKey = new HashMap<>();
    private final Map<String, List<String>> regionNames = new HashMap<>();
    private final Map<String, List<LocatedEntry>> placesByCountryAndCore = new HashMap<>();
    private final Map<String, List<LocatedEntry>> byName = new HashMap<>();
    private final Set<String> personWords = new HashSet<>();
    private final Set<String> personNames = new HashSet<>();

    HandMadeIndex(List<LocatedEntry> entries) {
        for (LocatedEntry le : entries) {
            CatalogEntry e = le.entry();
            byKey.put(e.key(), le);
            if (e.wikidataId() != null) {
                byQid.putIfAbsent(e.wikidataId(), le);
            }
            List<String> names = new ArrayList<>();
            names.add(e.label());
            names.addAll(e.aliases());
            for (String n : names) {
                byName.computeIfAbsent(PlaceNames.fold(n), x -> new ArrayList<>()).add(le);
                if (e.type().isPlace()) {
                    String country = e.type() == EntityType.COUNTRY ? e.key() : e.partOf();
                    placesByCountryAndCore.computeIfAbsent(country + "\t" + PlaceNames.core(n), x -> new ArrayList<>()).add(le);
                }
                if (e.type() == EntityType.PERSON) {
                    personNames.add(PlaceNames.fold(n));
                    for (String w : PlaceNames.fold(n).split(" ")) {
                        if (w.length() >= 3) {
                            personWords.add(w);
                        }
                    }
                }
            }
            if (e.type() == EntityType.REGION && e.partOf() != null) {
                regionNames.computeIfAbsent(e.partOf(), x -> new ArrayList<>()).addAll(names);
            }
            for (String m : e.metonyms()) {
                byName.computeIfAbsent(PlaceNames.fold(m), x -> new ArrayList<>()).add(le);
            }
        }
    }

    LocatedEntry byQid(String qid) {
        return qid == null ? null : byQid.get(qid);
    }

    LocatedEntry byKey(String key) {
        return byKey.get(key);
    }

    /** Places of a country (key) one of whose names has this core ({@link PlaceNames#core}), in catalog order. */
    List<LocatedEntry> places(String countryKey, String core) {
        return placesByCountryAndCore.getOrDefault(countryKey + "\t" + core, List.of());
    }

    /** Entries with a label, alias or metonym that folds to {@code folded}. */
    List<LocatedEntry> named(String folded) {
        return byName.getOrDefault(folded, List.of());
    }

    /** True when the folded name is a word of a person's name in the catalog, or a person's whole name. */
    boolean isPersonName(String folded) {
        return personNames.contains(folded) || !folded.contains(" ") && personWords.contains(folded);
    }

    /** The names of the country's divisions in the catalog (labels and aliases, in catalog order), for exonyms. */
    List<String> regionNames(String countryKey) {
        return regionNames.getOrDefault(countryKey, List.of());
    }
}
