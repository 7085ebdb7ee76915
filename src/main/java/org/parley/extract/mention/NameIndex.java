package org.parley.extract.mention;

import static org.parley.extract.mention.NameText.key;
import static org.parley.extract.mention.NameText.norm;
import static org.parley.extract.mention.NameText.surfacePieces;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.Office;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * The catalog's names, aliases and metonyms indexed by their normalized word pieces, with demonyms,
 * surnames and office titles. Built once from a {@link Catalog}; every look-up is a hash look-up, so a larger
 * catalog costs memory, not time per article. Immutable and thread-safe.
 */
final class NameIndex {

    /**
     * One way of writing an entity's name.
     *
     * @param entry   the catalog entry
     * @param kind    {@link MentionKind#NAME} for labels and aliases, {@link MentionKind#METONYM} for metonyms
     * @param surface the pieces as the catalog writes them (for case checks)
     * @param cueOnly a name that names the place only where the text says it is a place (a common word, a name a
     *                more prominent place shares): the catalog's {@code cue_names}
     */
    record Form(CatalogEntry entry, MentionKind kind, List<String> surface, boolean cueOnly) {

        Form(CatalogEntry entry, MentionKind kind, List<String> surface) {
            this(entry, kind, surface, false);
        }
    }

    private final Map<String, List<Form>> forms = new HashMap<>();
    private final Map<String, List<CatalogEntry>> demonyms = new HashMap<>();
    private final Map<String, List<CatalogEntry>> surnames = new HashMap<>();
    private final Map<String, Set<String>> officeTitles = new HashMap<>();
    /** First pieces of the catalog people's names ("mohammad", "sergei"): a name that opens with one is a person's. */
    private final Set<String> givenNames = new HashSet<>();
    /** Every key of {@link #forms} cut at each of its spaces, and whole: lets a scan stop extending early. */
    private final Set<String> keyPrefixes = new HashSet<>();
    private int maxPieces = 1;

    NameIndex(Catalog catalog) {
        List<Form> variants = new ArrayList<>();
        for (CatalogEntry e : catalog.entries()) {
            add(e, e.label(), MentionKind.NAME, variants);
            for (String a : e.aliases()) {
                add(e, a, MentionKind.NAME, variants);
            }
            for (String m : e.metonyms()) {
                add(e, m, MentionKind.METONYM, variants);
            }
            for (String c : e.place().cueNames()) {
                List<String> p = surfacePieces(stripArticle(c));
                if (!p.isEmpty()) {
                    addForm(new Form(e, MentionKind.NAME, p, true));
                }
            }
            for (String d : e.demonyms()) {
                String k = key(surfacePieces(d));
                if (!k.isEmpty()) {
                    demonyms.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
                }
            }
            if (e.type() == EntityType.PERSON) {
                addPerson(e, variants);
            }
            for (Office o : e.offices()) {
                String k = key(surfacePieces(o.title()));
                if (!k.isEmpty()) {
                    officeTitles.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(o.title());
                }
            }
        }
        addUnsharedVariants(variants);
        givenNames.removeIf(forms::containsKey); // "Jordan", "Georgia": a piece that also names a place or group
        addKeyPrefixes();
    }

    /**
     * The index a {@link NameIndexSnapshot} holds: the maps as the catalog constructor left them (the lists in their
     * order), the key prefixes derived again.
     */
    NameIndex(Map<String, List<Form>> forms, Map<String, List<CatalogEntry>> demonyms,
              Map<String, List<CatalogEntry>> surnames, Map<String, Set<String>> officeTitles, Set<String> givenNames,
              int maxPieces) {
        this.forms.putAll(forms);
        this.demonyms.putAll(demonyms);
        this.surnames.putAll(surnames);
        this.officeTitles.putAll(officeTitles);
        this.givenNames.addAll(givenNames);
        this.maxPieces = maxPieces;
        addKeyPrefixes();
    }

    private void addKeyPrefixes() {
        for (String k : forms.keySet()) {
            for (int sp = k.indexOf(' '); sp >= 0; sp = k.indexOf(' ', sp + 1)) {
                keyPrefixes.add(k.substring(0, sp));
            }
            keyPrefixes.add(k);
        }
    }

    /**
     * A person's surnames (the last piece of each name, in every spelling), the other spellings of the names, and a
     * name of three or more pieces without its first ("Tayyip Erdogan" for "Recep Tayyip Erdogan").
     */
    private void addPerson(CatalogEntry e, List<Form> variants) {
        Set<String> last = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        names.add(e.label());
        names.addAll(e.aliases());
        for (String n : names) {
            List<String> p = surfacePieces(n);
            String first = p.isEmpty() ? "" : norm(p.get(0));
            if (p.size() >= 2 && NameText.isCapitalized(p.get(0)) && first.length() >= 3 && !Words.TITLES.contains(first)
                    && !Words.NAME_PARTICLES.contains(first)) {
                givenNames.add(first);
            }
            if (p.size() >= 2 && NameText.isCapitalized(p.get(p.size() - 1))) { // not "lac" of "Wi Sung-lac"
                last.add(norm(p.get(p.size() - 1)));
                for (String v : NameSpellings.spellingVariants(p.get(p.size() - 1))) {
                    last.add(norm(v));
                }
            }
            for (List<String> v : NameSpellings.nameVariants(p)) {
                variants.add(new Form(e, MentionKind.NAME, v));
            }
            if (p.size() >= 3 && NameText.isCapitalized(p.get(1))) {
                variants.add(new Form(e, MentionKind.NAME, List.copyOf(p.subList(1, p.size())))); // "Tayyip Erdogan"
            }
        }
        for (String s : last) {
            surnames.computeIfAbsent(s, x -> new ArrayList<>()).add(e);
        }
    }

    /** A spelling two entries share names neither; one no entry writes itself names its one owner. */
    private void addUnsharedVariants(List<Form> variants) {
        Map<String, Set<String>> variantOwners = new HashMap<>();
        for (Form v : variants) {
            variantOwners.computeIfAbsent(key(v.surface()), x -> new HashSet<>()).add(v.entry().key());
        }
        for (Form v : variants) {
            String k = key(v.surface());
            if (variantOwners.get(k).size() == 1 && !forms.containsKey(k)) {
                addPieces(v.entry(), v.surface(), v.kind());
            }
        }
    }

    private void add(CatalogEntry e, String name, MentionKind kind, List<Form> variants) {
        List<String> p = surfacePieces(stripArticle(name));
        if (p.isEmpty()) {
            return;
        }
        addPieces(e, p, kind);
        if (kind == MentionKind.NAME) {
            List<String> shorter = withoutInnerArticle(p);
            if (shorter.size() < p.size()) {
                variants.add(new Form(e, kind, shorter));
            }
            List<String> abbreviated = unAbbreviated(p);
            if (abbreviated != null) {
                variants.add(new Form(e, kind, abbreviated));
            }
        }
    }

    /**
     * "U.N. Assistance Mission for Iraq" and "UN Assistance Mission for Iraq" for the catalog's "United Nations
     * Assistance Mission for Iraq": a body of the United Nations is written with the abbreviation as often as in
     * full ("U.N." folds to "un"). Null for other names and for "United Nations" alone.
     */
    static List<String> unAbbreviated(List<String> p) {
        if (p.size() < 3 || !p.get(0).equals("United") || !p.get(1).equals("Nations")) {
            return null;
        }
        List<String> out = new ArrayList<>(p.size() - 1);
        out.add("UN");
        out.addAll(p.subList(2, p.size()));
        return out;
    }

    /** "Democratic Republic of the Congo" is often written "Democratic Republic of Congo": drop "the" after "of". */
    static List<String> withoutInnerArticle(List<String> p) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (i > 0 && p.get(i).equals("the") && p.get(i - 1).equals("of") && i + 1 < p.size()) {
                continue;
            }
            out.add(p.get(i));
        }
        return out;
    }

    private void addPieces(CatalogEntry e, List<String> p, MentionKind kind) {
        addForm(new Form(e, kind, p));
    }

    private void addForm(Form form) {
        List<String> p = form.surface();
        List<Form> list = forms.computeIfAbsent(key(p), x -> new ArrayList<>());
        for (Form f : list) {
            if (f.entry().key().equals(form.entry().key()) && f.kind() == form.kind() && f.surface().equals(p)) {
                return;
            }
        }
        list.add(form);
        maxPieces = Math.max(maxPieces, p.size());
    }

    private static String stripArticle(String name) {
        String s = name.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            return s.substring(4);
        }
        return s;
    }

    /** The forms whose normalized pieces are exactly {@code key}, possibly empty. */
    List<Form> forms(String key) {
        return forms.getOrDefault(key, List.of());
    }

    /**
     * Whether some form key is {@code prefix} or starts with {@code prefix} followed by a space. A key made of
     * space-free pieces that fails this cannot be extended into a form key by adding pieces.
     */
    boolean isKeyPrefix(String prefix) {
        return keyPrefixes.contains(prefix);
    }

    int maxPieces() {
        return maxPieces;
    }

    /** Entries (countries) with this demonym, possibly empty. */
    List<CatalogEntry> demonym(String normKey) {
        return demonyms.getOrDefault(normKey, List.of());
    }

    boolean isDemonym(String normPiece) {
        return demonyms.containsKey(normPiece);
    }

    /** Catalog people whose surname (last name piece) is {@code normPiece}. */
    List<CatalogEntry> surname(String normPiece) {
        return surnames.getOrDefault(normPiece, List.of());
    }

    /** True when {@code normPiece} opens the name of some catalog person and names nothing else. */
    boolean isGivenName(String normPiece) {
        return givenNames.contains(normPiece);
    }

    /** The catalog's spellings of an office title with this normalized key, possibly empty. */
    Set<String> officeTitles(String normKey) {
        return officeTitles.getOrDefault(normKey, Set.of());
    }

    boolean hasOfficeTitles() {
        return !officeTitles.isEmpty();
    }

    /** The maps themselves, read only, for {@link NameIndexSnapshot} and its tests. */
    Map<String, List<Form>> allForms() {
        return Collections.unmodifiableMap(forms);
    }

    Map<String, List<CatalogEntry>> allDemonyms() {
        return Collections.unmodifiableMap(demonyms);
    }

    Map<String, List<CatalogEntry>> allSurnames() {
        return Collections.unmodifiableMap(surnames);
    }

    Map<String, Set<String>> allOfficeTitles() {
        return Collections.unmodifiableMap(officeTitles);
    }

    Set<String> allGivenNames() {
        return Collections.unmodifiableSet(givenNames);
    }

    Set<String> allKeyPrefixes() {
        return Collections.unmodifiableSet(keyPrefixes);
    }

    /** A copy of the map, for tests and diagnostics: normalized key to entry keys. */
    Map<String, List<String>> snapshot() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        forms.forEach((k, v) -> out.put(k, v.stream().map(f -> f.entry().key()).toList()));
        return out;
    }
}
