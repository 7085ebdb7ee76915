package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;

/**
 * The catalog's places and people by the consonant skeleton of their names, so that another romanization finds
 * them: "Deir Ezzor" and "Deir ez-Zor", "Raqa" and "Raqqa", "Hasakeh" and "Hasakah", "Mahmud Abbas" and "Mahmoud
 * Abbas" have one skeleton each. A skeleton keeps a name's first letter and its consonants, each run of one
 * consonant once, with "c" read as "k"; a leading article "al"/"el" and a region's head word ("Governorate") are
 * left out. Built once; every look-up is a hash look-up. Immutable and thread-safe.
 */
final class NameSkeletons {

    /** The fewest consonants a person's skeleton needs before it may stand for a catalog person. */
    private static final int PERSON_MIN = 5;
    /** The fewest letters a place's skeleton needs ("Bure" and "Burao" share the too short "br"). */
    private static final int PLACE_MIN = 3;

    /** A bracketed part of a name with the spaces before it ("Kherson (city)"): left out of the skeleton. */
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern NOT_A_TO_Z = Pattern.compile("[^a-z]");

    private final Map<String, List<CatalogEntry>> byKey = new HashMap<>();

    NameSkeletons(Catalog catalog) {
        for (CatalogEntry e : catalog.entries()) {
            if (e.type() == EntityType.REGION || e.type() == EntityType.CITY || e.type() == EntityType.PERSON) {
                Set<String> keys = new LinkedHashSet<>();
                keys.add(of(e.label()));
                e.aliases().forEach(a -> keys.add(of(a)));
                keys.forEach(k -> byKey.computeIfAbsent(typed(e.type(), k), x -> new ArrayList<>()).add(e));
            }
        }
    }

    /** The skeletons a {@link NameIndexSnapshot} holds: typed skeleton to entries, in the order the catalog gave them. */
    NameSkeletons(Map<String, List<CatalogEntry>> byKey) {
        this.byKey.putAll(byKey);
    }

    /** The map itself, read only, for {@link NameIndexSnapshot} and its tests. */
    Map<String, List<CatalogEntry>> all() {
        return Collections.unmodifiableMap(byKey);
    }

    /**
     * The one catalog entry of {@code type} whose name has the skeleton of {@code name} and that {@code accept}s,
     * or null when none or several do (or the skeleton is too short to trust).
     */
    CatalogEntry only(EntityType type, String name, Predicate<CatalogEntry> accept) {
        String k = of(name);
        if (k.length() < (type == EntityType.PERSON ? PERSON_MIN : PLACE_MIN)) {
            return null;
        }
        List<CatalogEntry> found = byKey.getOrDefault(typed(type, k), List.of()).stream().filter(accept)
                .filter(e -> type != EntityType.PERSON || sameSurnameInitial(e, name, k)).distinct().toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /**
     * Whether a name of {@code e} with skeleton {@code k} ends in a word with the first letter of {@code name}'s last
     * word: another romanization keeps a surname's initial ("Mahmud Abbas", "Mahmoud Abbas"), while a vowel read as
     * such hides a different surname ("Muhammad Ali Saif" and "Mahmoud Ali Youssouf" share "mhmdlsf").
     */
    private static boolean sameSurnameInitial(CatalogEntry e, String name, String k) {
        char initial = lastInitial(name);
        return Stream.concat(Stream.of(e.label()), e.aliases().stream())
                .anyMatch(n -> of(n).equals(k) && lastInitial(n) == initial);
    }

    private static char lastInitial(String name) {
        List<String> pieces = NameText.surfacePieces(PARENTHESES.matcher(name).replaceAll(""));
        String last = pieces.isEmpty() ? "" : NameText.norm(pieces.get(pieces.size() - 1));
        return last.isEmpty() ? ' ' : last.charAt(0);
    }

    private static String typed(EntityType type, String skeleton) {
        return type.name() + ":" + skeleton;
    }

    /** The skeleton of a name: "Deir ez-Zor Governorate" gives "drzr". */
    static String of(String name) {
        List<String> pieces = new ArrayList<>(NameText.surfacePieces(PARENTHESES.matcher(name).replaceAll("")));
        pieces.removeIf(x -> Words.REGION_HEADS.contains(NameText.norm(x)));
        if (pieces.size() > 1 && (NameText.norm(pieces.get(0)).equals("al") || NameText.norm(pieces.get(0)).equals("el"))) {
            pieces.remove(0);
        }
        String letters = NOT_A_TO_Z.matcher(NameText.norm(String.join("", pieces))).replaceAll("").replace('c', 'k');
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            char ch = letters.charAt(i);
            boolean vowel = "aeiouy".indexOf(ch) >= 0;
            if ((i == 0 || !vowel) && (out.length() == 0 || out.charAt(out.length() - 1) != ch)) {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
