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
import java.util.Objects;
import java.util.Set;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.LocatedEntry;
import org.parley.core.EntityType;

/**
 * A foreign ministry for each country of the catalog, named by the forms of {@code foreign-ministry-names.tsv}:
 * "Ministry of Foreign Affairs of Algeria", "Algerian foreign ministry", "Algeria's foreign ministry". A country
 * without one gets a new entry; a hand-made entry that already bears one of those names is written again under its
 * own key, label and id with the forms it lacked added to its aliases, so that "Azerbaijan's Ministry of Foreign
 * Affairs" and "the Armenian foreign ministry" find the hand-made ministries as they find the generated ones. A
 * country the file's skip line lists is left out. No new Wikidata ids: they are not known with certainty here.
 * Stateless.
 */
public final class ForeignMinistries {

    private ForeignMinistries() {
    }

    /** The ministries to add to {@code handMade} or to write again with more names, in the order of its countries. */
    public static List<CatalogEntry> of(List<LocatedEntry> handMade) {
        List<String[]> forms = forms();
        Set<String> skip = new HashSet<>();
        Set<String> taken = new HashSet<>();
        Map<String, CatalogEntry> namedOrganizations = new HashMap<>();
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
                namedOrganizations.putIfAbsent(PlaceNames.fold(le.entry().label()), le.entry());
                le.entry().aliases().forEach(a -> namedOrganizations.putIfAbsent(PlaceNames.fold(a), le.entry()));
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
            CatalogEntry handMadeOne = names.stream().map(n -> namedOrganizations.get(PlaceNames.fold(n)))
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (handMadeOne != null) {
                out.add(completed(handMadeOne, names, country.key()));
                continue;
            }
            if (taken.contains(key)) {
                continue;
            }
            out.add(new CatalogEntry(key, EntityType.ORGANIZATION, names.get(0), null, names.subList(1, names.size()),
                    List.of(), List.of(), country.key(), List.of(), List.of("government-body", "foreign-ministry")));
        }
        return out;
    }

    /**
     * A hand-made ministry with the names it lacks added to its aliases, in its country, as a foreign ministry. Names
     * are compared as written: "Armenian foreign ministry" (any case in text) is not "Armenian Foreign Ministry".
     */
    private static CatalogEntry completed(CatalogEntry ministry, List<String> names, String country) {
        Set<String> written = new LinkedHashSet<>(ministry.aliases());
        written.addAll(names);
        written.remove(ministry.label());
        List<String> aliases = List.copyOf(written);
        Set<String> groups = new LinkedHashSet<>(ministry.groups());
        groups.add("government-body");
        groups.add("foreign-ministry");
        return new CatalogEntry(ministry.key(), ministry.type(), ministry.label(), ministry.wikidataId(), aliases,
                ministry.demonyms(), ministry.metonyms(), ministry.partOf() != null ? ministry.partOf() : country,
                ministry.offices(), List.copyOf(groups), ministry.place());
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
