package org.parley.catalog.reference;

import java.util.List;
import java.util.Map;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.LocatedEntry;
import org.parley.core.EntityType;

/**
 * Decides which of a place's names are cue names (rule R6 of {@link ImportReport}): names a mention finder should
 * take for this place only where the text says it is one ("the town of Police", "in Cork"). Thread-safe once built.
 */
final class NameGuard {

    /** Towns at or above this population keep a name that is also a name of people or brands ("Marrakesh"). */
    static final long PROPER_NAME_POPULATION = 500_000;
    /** A town this many times as populous as another of the same name keeps the name. */
    static final long DOMINANCE = 10;

    private final NameTables tables;
    private final HandMadeIndex handMade;
    private final Map<String, List<Draft>> draftsByName;

    NameGuard(NameTables tables, HandMadeIndex handMade, Map<String, List<Draft>> draftsByName) {
        this.tables = tables;
        this.handMade = handMade;
        this.draftsByName = draftsByName;
    }

    /** Why {@code name} of {@code d} is a cue name, or null when it is a plain name. */
    String reason(String name, Draft d) {
        String f = PlaceNames.fold(name);
        String[] words = f.split(" ");
        if (words.length == 1 && f.length() <= 3) {
            return "short";
        }
        if (allCommonWords(words)) {
            return "common word";
        }
        if (tables.isWordName(f)) {
            return "read as an English word";
        }
        if (handMade.isPersonName(f)) {
            return "a person's name";
        }
        if (d.type == EntityType.CITY && words.length == 1 && tables.isProperName(name.strip())
                && d.population < PROPER_NAME_POPULATION) {
            return "a name of people or brands";
        }
        for (LocatedEntry h : handMade.named(f)) {
            String why = handMadeConflict(d, h.entry());
            if (why != null) {
                return why;
            }
        }
        for (Draft o : draftsByName.getOrDefault(f, List.of())) {
            boolean sameCountry = o.countryKey.equals(d.countryKey);
            if (o == d || d.type == EntityType.CITY && o.division && sameCountry || dominates(d, o)) {
                continue; // a division named after a town leaves the name to the town
            }
            return d.division && o.type == EntityType.CITY && sameCountry
                    ? "named after the town " + o.names.label()
                    : "shared with " + o.names.label() + " (" + o.countryIso + ", " + o.where + ")";
        }
        return null;
    }

    private boolean allCommonWords(String[] words) {
        for (String w : words) {
            if (!tables.isCommonWord(w)) {
                return false;
            }
        }
        return true;
    }

    /** Null when a hand-made entry may share the name: the town's own region. */
    private static String handMadeConflict(Draft d, CatalogEntry h) {
        if (d.type == EntityType.CITY && h.type() == EntityType.REGION && d.countryKey.equals(h.partOf())) {
            return null; // a division named after the town
        }
        if (d.division && h.type() == EntityType.CITY && d.countryKey.equals(h.partOf())) {
            return "named after the town " + h.key();
        }
        return "the catalog's name of " + h.label() + " (" + h.key() + ")";
    }

    private static boolean dominates(Draft d, Draft o) {
        return d.type == EntityType.CITY && o.type == EntityType.CITY && d.population >= DOMINANCE * Math.max(1, o.population);
    }
}
