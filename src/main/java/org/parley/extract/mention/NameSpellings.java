package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The other common romanizations of a person's name ("Sergey" and "Sergei", "Yevgeny" and "Evgeny", the spellings
 * of Muhammad), so that the catalog's one spelling finds the others. Stateless.
 */
final class NameSpellings {

    private NameSpellings() {
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
        if (piece.length() < 4 || !NameText.isCapitalized(piece) || NameText.isAllCaps(piece) || !piece.chars().allMatch(Character::isLetter)) {
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

}
