package org.parley.catalog.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.LocatedEntry;
import org.parley.core.EntityType;

/**
 * One body of each kind for each country of the catalog, named by the forms of the kind's table: a foreign ministry
 * ({@code foreign-ministry-names.tsv}: "Ministry of Foreign Affairs of Algeria", "Algerian Foreign Ministry",
 * "Algeria's Foreign Ministry") and a parliament ({@code parliament-names.tsv}: "Parliament of Algeria", "the
 * Algerian Parliament"), as names are written: capitalized. A country without one gets a new entry. A hand-made
 * entry that already bears one of those names, or that is of the kind's group and part of the country, gets none:
 * the names it lacks are listed instead, for a person to copy into the hand-made file (the hand-made files win, and a
 * key is defined once), so that "Azerbaijan's Ministry of Foreign Affairs" finds the hand-made ministry as "Kenya's
 * Ministry of Foreign Affairs" finds a generated one. A country the table's skip line lists is left out. No new
 * Wikidata ids: they are not known with certainty here. Stateless.
 *
 * @param table     the resource of the kind's forms, beside the other tables of the import
 * @param keyPrefix the key of a new body, before the country's slug
 * @param group     the group tag of the kind
 */
public record StateBodies(String table, String keyPrefix, String group) {

    public static final StateBodies FOREIGN_MINISTRIES = new StateBodies("foreign-ministry-names.tsv",
            "organization/ministry-of-foreign-affairs-", "foreign-ministry");
    public static final StateBodies PARLIAMENTS = new StateBodies("parliament-names.tsv", "organization/parliament-",
            "legislature");

    /**
     * What the import makes of one kind of body.
     *
     * @param added   the new bodies, in the order of the hand-made catalog's countries
     * @param lacking per hand-made body (its file, line and key), the names of the table it lacks, as written
     */
    public record Result(List<CatalogEntry> added, Map<String, List<String>> lacking) {
    }

    /** The bodies to add to {@code handMade}, and the names its own bodies lack. */
    public Result of(List<LocatedEntry> handMade) {
        List<String[]> forms = forms();
        Set<String> skip = new HashSet<>();
        for (String[] f : forms) {
            if (f[0].equals("skip")) {
                skip.addAll(List.of(f[1].split("\\|")));
            }
        }
        Set<String> keys = new HashSet<>();
        Map<String, LocatedEntry> namedOrganizations = new HashMap<>();
        Map<String, LocatedEntry> ofCountry = new HashMap<>();
        for (LocatedEntry le : handMade) {
            CatalogEntry e = le.entry();
            keys.add(e.key());
            if (e.type() == EntityType.ORGANIZATION) {
                namedOrganizations.putIfAbsent(PlaceNames.fold(e.label()), le);
                e.aliases().forEach(a -> namedOrganizations.putIfAbsent(PlaceNames.fold(a), le));
                if (e.partOf() != null && e.groups().contains(group)) {
                    ofCountry.putIfAbsent(e.partOf(), le);
                }
            }
        }
        Map<String, Integer> demonymCountries = new HashMap<>();
        handMade.stream().map(LocatedEntry::entry).filter(e -> e.type() == EntityType.COUNTRY)
                .forEach(e -> e.demonyms().forEach(d -> demonymCountries.merge(d, 1, Integer::sum)));
        List<CatalogEntry> out = new ArrayList<>();
        Map<String, List<String>> lacking = new LinkedHashMap<>();
        for (LocatedEntry le : handMade) {
            CatalogEntry country = le.entry();
            if (country.type() != EntityType.COUNTRY || skip.contains(country.key())) {
                continue;
            }
            List<String> demonyms = country.demonyms().stream().filter(d -> demonymCountries.get(d) == 1).toList();
            List<String> names = names(forms, country.label(), demonyms);
            LocatedEntry handMadeOne = ofCountry.get(country.key());
            for (int i = 0; handMadeOne == null && i < names.size(); i++) {
                handMadeOne = namedOrganizations.get(PlaceNames.fold(names.get(i)));
            }
            String key = keyPrefix + PlaceNames.slug(country.label());
            if (handMadeOne != null) {
                List<String> missing = missingNames(handMadeOne.entry(), names);
                if (!missing.isEmpty()) {
                    lacking.put(handMadeOne.file() + ":" + handMadeOne.line() + " " + handMadeOne.entry().key(), missing);
                }
            } else if (!keys.contains(key)) {
                out.add(new CatalogEntry(key, EntityType.ORGANIZATION, names.get(0), null, names.subList(1, names.size()),
                        List.of(), List.of(), country.key(), List.of(), List.of("government-body", group)));
            }
        }
        return new Result(out, lacking);
    }

    /**
     * The names of {@code names} a hand-made body lacks, compared as written: a hand-made "Armenian foreign ministry"
     * (any case in text) is not "Armenian Foreign Ministry".
     */
    private static List<String> missingNames(CatalogEntry body, List<String> names) {
        Set<String> written = new HashSet<>(body.aliases());
        written.add(body.label());
        return names.stream().filter(n -> !written.contains(n)).toList();
    }

    /** The names of one country's body; demonyms two countries share ("Congolese") are left out. */
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

    private List<String[]> forms() {
        String name = "/org/parley/catalog/reference/" + table;
        try (InputStream in = StateBodies.class.getResourceAsStream(name)) {
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
