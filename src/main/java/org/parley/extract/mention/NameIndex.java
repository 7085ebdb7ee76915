package org.parley.extract.mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.Office;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * The catalog's names, aliases and metonyms indexed by their normalized word pieces, with demonyms,
 * surnames and office titles. Built once from a {@link Catalog}; immutable and thread-safe.
 */
final class NameIndex {

    /** Word pieces: abbreviations with dots ("U.S."), else runs of letters, marks and digits. */
    static final Pattern PIECE = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /**
     * One way of writing an entity's name.
     *
     * @param entry   the catalog entry
     * @param kind    {@link MentionKind#NAME} for labels and aliases, {@link MentionKind#METONYM} for metonyms
     * @param surface the pieces as the catalog writes them (for case checks)
     */
    record Form(CatalogEntry entry, MentionKind kind, List<String> surface) {
    }

    private final Map<String, List<Form>> forms = new HashMap<>();
    private final Map<String, List<CatalogEntry>> demonyms = new HashMap<>();
    private final Map<String, List<CatalogEntry>> surnames = new HashMap<>();
    private final Map<String, Set<String>> officeTitles = new HashMap<>();
    private final Set<String> firstPieces = new java.util.HashSet<>();
    /** Every key of {@link #forms} cut at each of its spaces, and whole: lets a scan stop extending early. */
    private final Set<String> keyPrefixes = new java.util.HashSet<>();
    private final List<Form> variants = new ArrayList<>();
    private int maxPieces = 1;

    NameIndex(Catalog catalog) {
        for (CatalogEntry e : catalog.entries()) {
            add(e, e.label(), MentionKind.NAME);
            for (String a : e.aliases()) {
                add(e, a, MentionKind.NAME);
            }
            for (String m : e.metonyms()) {
                add(e, m, MentionKind.METONYM);
            }
            for (String d : e.demonyms()) {
                String k = key(surfacePieces(d));
                if (!k.isEmpty()) {
                    demonyms.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
                }
            }
            if (e.type() == EntityType.PERSON) {
                Set<String> last = new LinkedHashSet<>();
                for (String n : names(e)) {
                    List<String> p = surfacePieces(n);
                    if (p.size() >= 2) {
                        last.add(norm(p.get(p.size() - 1)));
                        for (String v : spellingVariants(p.get(p.size() - 1))) {
                            last.add(norm(v));
                        }
                    }
                    for (List<String> v : nameVariants(p)) {
                        variants.add(new Form(e, MentionKind.NAME, v));
                    }
                }
                for (String s : last) {
                    surnames.computeIfAbsent(s, x -> new ArrayList<>()).add(e);
                }
            }
            for (Office o : e.offices()) {
                String k = key(surfacePieces(o.title()));
                if (!k.isEmpty()) {
                    officeTitles.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(o.title());
                }
            }
        }
        Map<String, Set<String>> variantOwners = new HashMap<>();
        for (Form v : variants) {
            variantOwners.computeIfAbsent(key(v.surface()), x -> new HashSet<>()).add(v.entry().key());
        }
        for (Form v : variants) {
            String k = key(v.surface());
            if (variantOwners.get(k).size() == 1 && !forms.containsKey(k)) {
                addPieces(v.entry(), v.surface(), v.kind()); // a spelling two entries share names neither
            }
        }
        variants.clear();
        for (String k : forms.keySet()) {
            for (int sp = k.indexOf(' '); sp >= 0; sp = k.indexOf(' ', sp + 1)) {
                keyPrefixes.add(k.substring(0, sp));
            }
            keyPrefixes.add(k);
        }
    }

    private static List<String> names(CatalogEntry e) {
        List<String> out = new ArrayList<>();
        out.add(e.label());
        out.addAll(e.aliases());
        return out;
    }

    private void add(CatalogEntry e, String name, MentionKind kind) {
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
        }
    }

    /** Most spellings one person's name gets; keeps the index small for long names. */
    private static final int MAX_NAME_VARIANTS = 24;

    /**
     * The other common romanizations of a person's name, piece by piece ("Sergey Lavrov" gives "Sergei Lavrov",
     * "Yevgeny" gives "Evgeny", "Mohammed" gives "Muhammad"); never the name itself. Empty for names of more
     * than four pieces.
     */
    static List<List<String>> nameVariants(List<String> pieces) {
        if (pieces.isEmpty() || pieces.size() > 4) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (String piece : pieces) {
            List<String> options = new ArrayList<>();
            options.add(piece);
            options.addAll(spellingVariants(piece));
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String o : options) {
                    if (next.size() >= MAX_NAME_VARIANTS) {
                        break;
                    }
                    List<String> v = new ArrayList<>(prefix);
                    v.add(o);
                    next.add(v);
                }
            }
            out = next;
        }
        out.remove(pieces);
        return out;
    }

    private static final Pattern MUHAMMAD = Pattern.compile("m[ou]h[ae]mm?[ae]d");
    private static final List<String> MUHAMMAD_SPELLINGS = List.of("Muhammad", "Mohammed", "Mohammad", "Mohamed",
            "Muhammed", "Mohamad");

    /**
     * Other romanizations of one name piece, as written with its capital: the endings -ey/-ei, -y/-i/-iy/-yy
     * ("Dmitry", "Dmitri", "Dmitriy"; "Zelenskyy", "Zelensky"), a leading Ye-/E- before a consonant
     * ("Yevgeny", "Evgeny") and the spellings of Muhammad. Pieces of fewer than four letters, and acronyms,
     * have none.
     */
    static Set<String> spellingVariants(String piece) {
        Set<String> out = new LinkedHashSet<>();
        if (piece.length() < 4 || !isCapitalized(piece) || isAllCaps(piece) || !piece.chars().allMatch(Character::isLetter)) {
            return out;
        }
        String low = piece.toLowerCase(Locale.ROOT);
        if (MUHAMMAD.matcher(low).matches()) {
            for (String m : MUHAMMAD_SPELLINGS) {
                if (!m.equalsIgnoreCase(piece)) {
                    out.add(m);
                }
            }
            return out;
        }
        Set<String> stems = new LinkedHashSet<>();
        stems.add(low);
        if (low.startsWith("ye") && low.length() > 4 && !isVowel(low.charAt(2))) {
            stems.add(low.substring(1)); // Yevgeny: Evgeny
        } else if (low.startsWith("e") && !isVowel(low.charAt(1)) && low.charAt(1) != 'y') {
            stems.add("y" + low); // Evgeny: Yevgeny
        }
        for (String s : stems) {
            out.add(s);
            out.addAll(endingVariants(s));
        }
        out.remove(low);
        Set<String> capitalized = new LinkedHashSet<>();
        for (String v : out) {
            capitalized.add(Character.toUpperCase(v.charAt(0)) + v.substring(1));
        }
        return capitalized;
    }

    /** "sergey": [sergei]; "dmitry": [dmitri, dmitriy, dmitryy, dmitrii]; "oleksiy": [oleksii, ...]. */
    private static List<String> endingVariants(String s) {
        int n = s.length();
        if (s.endsWith("ey") || s.endsWith("ei")) {
            String stem = s.substring(0, n - 2);
            return List.of(stem + (s.endsWith("ey") ? "ei" : "ey"));
        }
        String stem;
        if (s.endsWith("iy") || s.endsWith("yy") || s.endsWith("ii")) {
            stem = s.substring(0, n - 2);
        } else if ((s.endsWith("y") || s.endsWith("i")) && !isVowel(s.charAt(n - 2))) {
            stem = s.substring(0, n - 1);
        } else {
            return List.of();
        }
        if (stem.length() < 3 || isVowel(stem.charAt(stem.length() - 1))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String end : List.of("y", "i", "iy", "yy", "ii")) {
            if (!(stem + end).equals(s)) {
                out.add(stem + end);
            }
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
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
        String k = key(p);
        List<Form> list = forms.computeIfAbsent(k, x -> new ArrayList<>());
        for (Form f : list) {
            if (f.entry().key().equals(e.key()) && f.kind() == kind && f.surface().equals(p)) {
                return;
            }
        }
        list.add(new Form(e, kind, p));
        maxPieces = Math.max(maxPieces, p.size());
        firstPieces.add(norm(p.get(0)));
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

    boolean startsName(String normPiece) {
        return firstPieces.contains(normPiece);
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

    /** The catalog's spellings of an office title with this normalized key, possibly empty. */
    Set<String> officeTitles(String normKey) {
        return officeTitles.getOrDefault(normKey, Set.of());
    }

    boolean hasOfficeTitles() {
        return !officeTitles.isEmpty();
    }

    /** The word pieces of a name as written: "U.S.-led" gives [U.S., led]. */
    static List<String> surfacePieces(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PIECE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** A piece folded for lookup: no diacritics, no dots, lower case ("U.S." gives "us", "Kyïv" gives "kyiv"). */
    static String norm(String piece) {
        return fold(piece).replace(".", "");
    }

    /** Diacritics removed, lower case. */
    static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // NFKD leaves ASCII as it is and it holds no marks
        }
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return d.toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String key(List<String> surfacePieces) {
        StringBuilder b = new StringBuilder();
        for (String p : surfacePieces) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(norm(p));
        }
        return b.toString();
    }

    /** Letters of a piece without dots. */
    static String letters(String piece) {
        return piece.replace(".", "");
    }

    static boolean isAllCaps(String piece) {
        String l = letters(piece);
        boolean any = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                any = true;
            }
        }
        return any && l.length() >= 2;
    }

    static boolean isCapitalized(String piece) {
        return !piece.isEmpty() && Character.isUpperCase(piece.charAt(0));
    }

    /**
     * Whether {@code written} may stand for the catalog piece {@code form}: lower-case catalog pieces
     * accept any case; acronyms need capitals (title case from four letters: "Nato"); other names
     * need an initial capital.
     */
    static boolean caseAccepts(String form, String written) {
        if (!hasUpper(form)) {
            return true;
        }
        if (isAllCaps(form)) {
            return isAllCaps(written) || (letters(form).length() >= 4 && isCapitalized(written));
        }
        return isCapitalized(written);
    }

    private static boolean hasUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A copy of the map, for tests and diagnostics: normalized key to entry keys. */
    Map<String, List<String>> snapshot() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        forms.forEach((k, v) -> out.put(k, v.stream().map(f -> f.entry().key()).toList()));
        return out;
    }
}
