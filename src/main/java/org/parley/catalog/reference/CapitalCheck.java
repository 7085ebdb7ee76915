package org.parley.catalog.reference;

import java.util.List;
import java.util.Map;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.LocatedEntry;
import org.parley.catalog.reference.ReferenceRows.Country;
import org.parley.core.EntityType;

/**
 * Checks every capital of {@code countries.tsv} against the catalog: that a City of that name is in the country,
 * and whether it has an id. Writes one line per capital that is missing or unlinked, and a count of the rest.
 */
final class CapitalCheck {

    private final HandMadeIndex handMade;
    private final ImportReport report;

    CapitalCheck(HandMadeIndex handMade, ImportReport report) {
        this.handMade = handMade;
        this.report = report;
    }

    void check(List<Country> countries, Map<String, String> countryKeys, List<Draft> towns) {
        int linked = 0;
        for (Country c : countries) {
            String key = countryKeys.get(c.iso2());
            if (key == null || c.capital().isBlank()) {
                continue;
            }
            CatalogEntry city = null;
            for (LocatedEntry le : handMade.places(key, PlaceNames.core(c.capital()))) {
                if (le.entry().type() == EntityType.CITY) {
                    city = le.entry();
                    break;
                }
            }
            Draft imported = towns.stream().filter(d -> d.countryKey.equals(key)
                    && PlaceNames.core(d.names.label()).equals(PlaceNames.core(c.capital()))).findFirst().orElse(null);
            if (city != null && city.wikidataId() != null) {
                linked++;
            } else if (city != null) {
                report.add("capitals", c.where() + " " + c.capital() + " (" + c.iso2() + "): catalog " + city.key()
                        + " has no id (see R2 above for a proposal)");
            } else if (imported != null) {
                report.add("capitals", c.where() + " " + c.capital() + " (" + c.iso2() + "): not in the hand-made"
                        + " catalog; imported as " + imported.key);
            } else {
                report.add("capitals", c.where() + " " + c.capital() + " (" + c.iso2() + "): in neither the catalog"
                        + " nor the towns list");
            }
        }
        report.add("counts", linked + " capitals are a City of the catalog with an id");
    }
}
