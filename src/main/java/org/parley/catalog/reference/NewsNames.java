package org.parley.catalog.reference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.catalog.reference.NameTables.DivisionNouns;
import org.parley.catalog.reference.NameTables.Rewrite;

/**
 * The names news gives a division or a town, made from the source's name, its native name and its type with the
 * tables of {@link NameTables}: "Luhanska" (region, UA) gives "Luhansk Oblast", "Luhansk", "Luhansk oblast",
 * "Luhansk region" and keeps "Luhanska"; "Nord-Kivu" (province, CD) gives "North Kivu" and "North Kivu province".
 * Stateless and thread-safe.
 */
final class NewsNames {

    /**
     * The names of one place: the preferred label, then every other form, without repeats.
     *
     * @param label the preferred label
     * @param base  the English name without a division noun ("Luhansk")
     * @param names the other forms, in order of preference
     */
    record Names(String label, String base, List<String> names) {
        Names {
            names = List.copyOf(names);
        }
    }

    private final NameTables tables;

    NewsNames(NameTables tables) {
        this.tables = tables;
    }

    /**
     * @param region      the division
     * @param exonyms     English names the division may be named after, best first: the catalog's names of the
     *                    country's divisions and the names of the division's towns, most populous first
     */
    Names forRegion(ReferenceRows.Region region, List<String> exonyms) {
        String country = region.country();
        String base = region.name();
        Set<String> extraBare = new LinkedHashSet<>();
        Set<String> extraBases = new LinkedHashSet<>();
        for (Rewrite r : tables.rewrites()) {
            String english = r.appliesTo(country) && r.base() ? r.apply(base) : null;
            if (english != null) {
                extraBare.add(base);
                base = english;
                break;
            }
        }
        String exonym = exonym(base, country, exonyms);
        if (exonym != null) {
            extraBare.add(base);
            base = exonym;
        }
        extraBases.addAll(otherForms(base, country));
        DivisionNouns nouns = tables.nouns(country, region.type());
        String label = nouns.labelNoun().isEmpty() ? base : base + " " + nouns.labelNoun();
        Set<String> names = new LinkedHashSet<>();
        names.add(base);
        for (String b : prepend(base, extraBases)) {
            names.add(b);
            for (String noun : nouns.nouns()) {
                names.add(b + " " + noun);
            }
        }
        names.addAll(extraBare);
        nativeName(region.name(), region.nativeName(), names);
        names.remove(label);
        return new Names(label, base, new ArrayList<>(names));
    }

    /**
     * A town's names: its name, the other forms the alias and joined rewrites give ("As-Suwayda" also "Suwayda",
     * "Si Sa Ket" also "Sisaket"), and its native name when that is written in Latin letters and alike.
     */
    Names forTown(ReferenceRows.Town town) {
        Set<String> names = new LinkedHashSet<>(otherForms(town.name(), town.country()));
        nativeName(town.name(), town.nativeName(), names);
        names.remove(town.name());
        return new Names(town.name(), town.name(), new ArrayList<>(names));
    }

    /** The results of the rewrites that add a form (alias and joined modes) of a country's place name. */
    private Set<String> otherForms(String name, String country) {
        Set<String> out = new LinkedHashSet<>();
        for (Rewrite r : tables.rewrites()) {
            String form = r.appliesTo(country) && !r.base() ? r.apply(name) : null;
            if (form != null && !form.equals(name)) {
                out.add(form);
            }
        }
        return out;
    }

    private static List<String> prepend(String first, Set<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** Latin-script native names that are spellings of the name, not other words the source put there. */
    private static void nativeName(String name, String nativeName, Set<String> names) {
        if (nativeName != null && !nativeName.isBlank() && PlaceNames.isLatin(nativeName)
                && !PlaceNames.fold(nativeName).equals(PlaceNames.fold(name)) && PlaceNames.alike(name, nativeName)) {
            names.add(nativeName.strip());
        }
    }

    /**
     * For a country whose division names are adjectives ("Luhanska"), the English name they come from: the first
     * candidate whose folded core shares with the name, once an adjectival ending is cut off, a prefix of three
     * letters or more and of at least three quarters of what is left ("Zaporizka": "zaporiz", found in
     * "Zaporizhzhia"). Null when the country's names are not adjectives or no candidate fits.
     */
    String exonym(String name, String country, List<String> candidates) {
        List<String> endings = tables.adjectivalEndings(country);
        if (endings.isEmpty()) {
            return null;
        }
        String folded = PlaceNames.fold(name);
        String best = null;
        int bestLength = 0;
        for (String ending : endings) {
            if (!folded.endsWith(ending) || folded.length() - ending.length() < 3) {
                continue;
            }
            String stem = folded.substring(0, folded.length() - ending.length());
            for (String candidate : candidates) {
                String c = PlaceNames.core(candidate);
                int shared = PlaceNames.commonPrefix(stem, c);
                if (shared >= 3 && shared * 4 >= stem.length() * 3 && shared > bestLength && !c.equals(folded)) {
                    best = coreAsWritten(candidate);
                    bestLength = shared;
                }
            }
        }
        return best;
    }

    /** The candidate as written, without trailing division words ("Luhansk Oblast" gives "Luhansk"). */
    private static String coreAsWritten(String candidate) {
        String[] words = candidate.strip().split(" ");
        int n = words.length;
        while (n > 1 && NameTables.get().isDivisionWord(PlaceNames.fold(words[n - 1]))) {
            n--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }
}
