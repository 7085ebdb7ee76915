package org.parley.catalog.reference;

import java.util.ArrayList;
import java.util.List;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.PlaceFacts;
import org.parley.core.EntityType;

/** A place the import is about to write: its row, key, id, names and facts, settled step by step. Not thread-safe. */
final class Draft {

    final String where;
    final EntityType type;
    final boolean division;
    final String countryIso;
    final String countryKey;
    final String countryLabel;
    String qid;
    String key;
    NewsNames.Names names;
    long population;
    String locatedIn;
    String iso;
    String divisionType;
    String label;
    final List<String> aliases = new ArrayList<>();
    final List<String> cueNames = new ArrayList<>();

    Draft(String where, EntityType type, boolean division, String countryIso, String countryKey, String countryLabel) {
        this.where = where;
        this.type = type;
        this.division = division;
        this.countryIso = countryIso;
        this.countryKey = countryKey;
        this.countryLabel = countryLabel;
    }

    /** Every name: the names' label first, then the other forms. */
    List<String> allNames() {
        List<String> out = new ArrayList<>();
        out.add(names.label());
        out.addAll(names.names());
        return out;
    }

    CatalogEntry toEntry() {
        PlaceFacts facts = new PlaceFacts(population, locatedIn, iso, divisionType, cueNames);
        return new CatalogEntry(key, type, label, qid, aliases, List.of(), List.of(), countryKey, List.of(), List.of(),
                facts);
    }

    @Override
    public String toString() {
        return where + " " + names.label() + (qid == null ? "" : " " + qid);
    }
}
