package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;

/**
 * Finds the longest catalog name that starts at a piece: one hash look-up per n-gram of pieces, cut short as soon
 * as no catalog name starts with the pieces read so far, so the cost grows with the article's tokens and not with
 * the catalog. A cue name (a town named like a common word or a more prominent place) counts only under a place cue
 * of its type and in a country or region the article named. Immutable and thread-safe.
 */
final class CatalogMatcher {

    private final NameIndex index;

    CatalogMatcher(NameIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    NameIndex index() {
        return index;
    }

    /**
     * The longest catalog name of pieces starting at {@code i} and ending before {@code limit}, or null; the
     * catalog's cue names are left out.
     */
    CatalogMatch match(SentencePieces p, int i, int limit) {
        return match(p, i, limit, null);
    }

    /**
     * As {@link #match(SentencePieces, int, int)}, with the cue names of places that the words around the name
     * say are places of their type and that lie in a country or region of {@code places} (the article's; null:
     * no cue names).
     */
    CatalogMatch match(SentencePieces p, int i, int limit, Set<String> places) {
        if (p.hyphenBefore(i) && p.cap(i - 1)) {
            return null; // inside a hyphenated name: "Guinea-Bissau"
        }
        return matchPart(p, i, limit, places);
    }

    /** As {@link #match}, also after a hyphen: the second name of "Israel-Hezbollah". */
    CatalogMatch matchPart(SentencePieces p, int i, int limit) {
        return matchPart(p, i, limit, null);
    }

    private CatalogMatch matchPart(SentencePieces p, int i, int limit, Set<String> places) {
        Piece first = p.at(i);
        if (first == null || first.possessive()) {
            return null;
        }
        int max = Math.min(index.maxPieces(), limit - i);
        String[] keys = new String[Math.max(max, 0) + 1];
        max = candidateKeys(p, i, max, keys);
        for (int len = max; len >= 1; len--) {
            List<NameIndex.Form> forms = index.forms(keys[len]);
            if (!oneName(p, i, len) && !commaInName(p, i, len, forms) || p.get(i + len - 1).possessive()) {
                continue;
            }
            CatalogMatch m = accepted(p, i, len, forms, places);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * The pieces {@code [i, i + len)} are written as one name: joined by spaces, hyphens or apostrophes, or by the
     * apostrophe of a plural possessive inside the name ("Kurdistan Workers' Party").
     */
    private static boolean oneName(SentencePieces p, int i, int len) {
        for (int k = i + 1; k < i + len; k++) {
            String sep = p.get(k).sep();
            if (!(p.joined(k) || sep.isEmpty() || sep.equals("'") || sep.equals("’")
                    || pluralPossessive(p.get(k - 1), sep))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the Foreign, Commonwealth and Development Office": the pieces are written as one name but for commas, and a
     * catalog form of theirs has a comma at each of those places.
     */
    private static boolean commaInName(SentencePieces p, int i, int len, List<NameIndex.Form> forms) {
        if (forms == null || forms.isEmpty()) {
            return false;
        }
        for (int k = i + 1; k < i + len; k++) {
            String sep = p.get(k).sep();
            if (!(p.joined(k) || sep.isEmpty() || sep.equals(", ")) || sep.equals(", ") && !p.get(k - 1).cap()) {
                return false;
            }
        }
        return forms.stream().anyMatch(f -> f.entry().label().contains(","));
    }

    /** "Workers' ": a capitalized plural and its apostrophe before the next word of a name. */
    private static boolean pluralPossessive(Piece before, String sep) {
        return (sep.equals("' ") || sep.equals("’ ")) && before.cap() && before.norm().endsWith("s");
    }

    /** The forms of the right length whose case the text's pieces accept, or null when none does. */
    private CatalogMatch accepted(SentencePieces p, int i, int len, List<NameIndex.Form> forms,
                                         Set<String> places) {
        List<NameIndex.Form> accepted = new ArrayList<>();
        boolean exact = false;
        CatalogEntry paired = null;
        for (NameIndex.Form f : forms) {
            if (f.surface().size() != len) {
                continue;
            }
            Hold hold = f.cueOnly() ? places == null ? Hold.NONE : cueHeld(p, i, i + len, f, forms, places) : Hold.OWN;
            if (hold == Hold.NONE) {
                continue;
            }
            boolean caseOk = true;
            boolean same = true;
            for (int k = 0; k < len; k++) {
                String written = p.get(i + k).text();
                String form = f.surface().get(k);
                caseOk &= NameText.caseAccepts(form, written) || k == len - 1 && k > 0 && lowerRegionHead(f, form, written);
                same &= form.equals(written);
            }
            if (caseOk) {
                accepted.add(f);
                exact |= same;
                paired = hold == Hold.PAIRED && paired == null ? f.entry() : paired;
            }
        }
        return accepted.isEmpty() ? null : new CatalogMatch(i, i + len, accepted, exact, paired);
    }

    /**
     * "the Tskhinvali region" for the catalog's "Tskhinvali Region", "Kherson oblast" for "Kherson Oblast": news writes
     * the head word of a region's name in lower case as often as not.
     */
    private static boolean lowerRegionHead(NameIndex.Form f, String form, String written) {
        return f.entry().type() == EntityType.REGION && Words.REGION_HEADS.contains(written)
                && written.equals(form.toLowerCase(Locale.ROOT));
    }

    /**
     * A cue name of {@code entry} at pieces {@code [a, e)} has its cue: a legislature's, that the article named its
     * country ("Congress" is the United States Congress only in an article that named the United States); a news
     * outlet's, a word of reporting; a place's, a place word of its type, the article's naming the place in full
     * before ("Toledo District", then "leaders in Toledo"); a region's also its own region noun ("Rivers State"); a
     * town's also the country or region it lies in, named right after it and a comma ("San Jose, California").
     */
    private boolean cued(SentencePieces p, int a, int e, CatalogEntry entry, Set<String> places) {
        if (entry.type() == EntityType.ORGANIZATION && legislative(entry)) {
            return entry.partOf() != null && places.contains(entry.partOf());
        }
        if (entry.type() == EntityType.ORGANIZATION) {
            return PlaceCue.mediaAround(p, a, e);
        }
        return inNamedPlace(entry, places) && (PlaceCue.around(p, a, e) == entry.type() || places.contains(entry.key())
                || entry.type() == EntityType.REGION && PlaceCue.ownRegionNoun(p, a, e))
                || PlaceApposition.locates(p, e, entry, this);
    }

    /**
     * The cue name {@code place} at pieces {@code [a, e)} has the cue it needs ({@link #cued}). A cue name that is also
     * a name of the place's own country (a city-state's, an island's that gives the state its name: "in Singapore",
     * "Britain said") names the country, unless a city word says it is the city ("Djibouti city", "the city of
     * Djibouti") or a region word or a region of that country it is paired with says it is the region ("between
     * Britain and Northern Ireland"); an earlier naming of the place is no cue for it there.
     */
    private Hold cueHeld(SentencePieces p, int a, int e, NameIndex.Form place, List<NameIndex.Form> forms,
                         Set<String> places) {
        boolean shared = forms.stream().anyMatch(o -> !o.cueOnly() && o.surface().size() == e - a
                && o.entry().type() == EntityType.COUNTRY && o.entry().key().equals(place.entry().partOf()));
        if (!shared) {
            return cued(p, a, e, place.entry(), places) ? Hold.CUED : Hold.NONE;
        }
        if (place.entry().type() == EntityType.CITY ? PlaceCue.cityWordAround(p, a, e)
                : PlaceCue.around(p, a, e) == EntityType.REGION) {
            return Hold.CUED;
        }
        return place.entry().type() != EntityType.CITY && SiblingRegions.paired(p, a, e, place.entry(), this)
                ? Hold.PAIRED : Hold.NONE;
    }

    /** Why a form counts: its own name, a cue around a cue name, a sibling region paired with it; or not at all. */
    private enum Hold { OWN, CUED, PAIRED, NONE }

    /**
     * A catalog name opening with a lower-case word ("northern Shan") whose capitalized rest opens a longer catalog
     * name ("Shan State"): the longer name is the one written.
     */
    boolean directionBeforeLongerName(SentencePieces p, CatalogMatch c, Set<String> places) {
        if (c.length() < 2 || !p.get(c.begin()).lower()) {
            return false;
        }
        CatalogMatch inner = match(p, c.begin() + 1, p.size(), places);
        return inner != null && inner.end() > c.end();
    }

    /** The entry is a legislature or a house of one (its group in {@code legislatures.tsv}). */
    static boolean legislative(CatalogEntry entry) {
        return entry.groups().contains("legislature") || entry.groups().contains("legislative-chamber");
    }

    /** The entry lies in a country or region the article named (or in none). */
    static boolean inNamedPlace(CatalogEntry e, Set<String> places) {
        return e.partOf() == null || places.contains(e.partOf())
                || e.place().locatedIn() != null && places.contains(e.place().locatedIn());
    }

    /**
     * Fills {@code keys[len]} with the lookup key of pieces {@code i .. i+len-1} for each length up to
     * {@code max} and returns the longest length worth looking up: once a key of space-free pieces starts
     * no catalog key, no longer run starting at {@code i} can be a catalog name.
     */
    private int candidateKeys(SentencePieces p, int i, int max, String[] keys) {
        StringBuilder key = new StringBuilder();
        boolean prunable = true;
        for (int len = 1; len <= max; len++) {
            String n = p.get(i + len - 1).norm();
            if (len > 1) {
                key.append(' ');
            }
            key.append(n);
            keys[len] = key.toString();
            prunable &= n.indexOf(' ') < 0;
            if (prunable && !index.isKeyPrefix(keys[len])) {
                return len - 1;
            }
        }
        return max;
    }
}
