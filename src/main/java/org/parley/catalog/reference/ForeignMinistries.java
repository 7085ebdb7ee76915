package org.parley.catalog.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.LocatedEntry;
import org.parley.core.EntityType;

/**
 * One foreign ministry for each country of the catalog that has none yet, named by the forms of
 * {@code foreign-ministry-names.tsv}: "Ministry of Foreign Affairs of Algeria", "Algerian foreign ministry",
 * "Algeria's foreign ministry". A country is left out when a hand-made entry already bears one of those names, or
 * when the file's skip line lists it. No Wikidata ids: they are not known with certainty here. Stateless.
 */
public final class ForeignMinistries {

    private ForeignMinistries() {
    }

    /** The ministries to add to {@code handMade}, in the order of its countries. */
    public static List<CatalogEntry> missingFrom(List<LocatedEntry> handMade) {
        List<String[]> forms = forms();
        Set<String> skip = new HashSet<>();
        Set<String> taken = new HashSet<>();
        for (String[] f : forms) {
            if (f[0].equals("skip")) {
                skip.addAll(List.of(f[1].split("\\|")));
            }
        }
        for (LocatedEntry le : handMade) {
            taken.add(le.entry().key());
            if (le.entry().type() == EntityType.ORGANIZATION) {
                taken.add(PlaceNames.fold(le.entry().label()));
                le.entry().aliases().forEach(a -> taken.add(PlaceNames.fold(a)));
            }
        }
        Map<String, Integer> demonymCountries = new HashMap<>();
        handMade.stream().map(LocatedEntry::entry).filter(e -> e.type() == EntityType.COUNTRY)
                .forEach(e -> e.demonyms().forEach(d -> demonymCountries.merge(d, 1, Integer::sum)));
        List<CatalogEntry> out = new ArrayList<>();
        for (LocatedEntry le : handMade) {
            CatalogEntry country = le.entry();
            if (country.type() != EntityType.COUNTRY || skip.contains(country.key())) {
                continue;
            }
            List<String> demonyms = country.demonyms().stream().filter(d -> demonymCountries.get(d) == 1).toList();
            List<String> names = names(forms, country.label(), demonyms);
            String key = "organization/ministry-of-foreign-affairs-" + PlaceNames.slug(country.label());
            if (names.stream().anyMatch(n -> taken.contains(PlaceNames.fold(n))) || taken.contains(key)) {
                continue;
            }
            out.add(new CatalogEntry(key, EntityType.ORGANIZATION, names.get(0), null, names.subList(1, names.size()),
                    List.of(), List.of(), country.key(), List.of(), List.of("government-body", "foreign-ministry")));
        }
        return out;
    }

    /** The names of one country's ministry; demonyms two countries share ("Congolese") are left out. */
    private static List<String> names(List<String[]> forms, String country, List<String> demonyms) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] f : forms) {
            if (f[0].equals("skip")) {
                continue;
            }
            String text = f[1].replace("{country}", country);
            if (!text.contains("{demonym}")) {
                out.add(text);
            }
            for (String demonym : text.contains("{demonym}") ? demonyms : List.<String>of()) {
                if (!demonym.endsWith("s") || demonym.endsWith("ss")) { // "Afghans" names the people, not the state
                    out.add(text.replace("{demonym}", demonym));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String[]> forms() {
        String name = "/org/parley/catalog/reference/foreign-ministry-names.tsv";
        try (InputStream in = ForeignMinistries.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("form\t"))
                    .map(l -> l.split("\t", 2)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
