package org.parley.catalog.reference;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.Entity;

/** Comparisons of place names: folded forms, the name without its division noun, likeness, script, slugs. */
final class PlaceNames {

    private PlaceNames() {
    }

    /** The name folded for comparison ({@link Entity#fold}): "Zaporizhzhia Oblast" gives "zaporizhzhia oblast". */
    static String fold(String name) {
        return Entity.fold(name);
    }

    /** The folded name without a leading "the" and trailing division words: "the Luhansk Oblast" gives "luhansk". */
    static String core(String name) {
        List<String> words = new ArrayList<>(List.of(fold(name).split(" ")));
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && NameTables.get().isDivisionWord(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /**
     * Whether two spellings plausibly name the same place: without spaces they begin with the same five letters or
     * more, at least three fifths of the shorter ("Cataluña", "Catalonia"); or they share a word of four letters or
     * more that is not a general word ("Ciudad autónoma de Buenos Aires", "Autonomous City of Buenos Aires"). Not
     * "Bragado" and "Que", nor "Nord-Ubangi" and "Nord-Deren-Christ".
     */
    static boolean alike(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        String ca = fa.replace(" ", "");
        String cb = fb.replace(" ", "");
        int prefix = commonPrefix(ca, cb);
        if (prefix >= 5 && prefix * 5 >= Math.min(ca.length(), cb.length()) * 3
                && !NameTables.get().isGeneralPlaceWord(fa.split(" ")[0])) {
            return true;
        }
        List<String> wb = List.of(fb.split(" "));
        for (String w : fa.split(" ")) {
            if (w.length() >= 4 && !NameTables.get().isGeneralPlaceWord(w) && wb.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** True when every letter of the name is in the Latin script (and it has one). */
    static boolean isLatin(String name) {
        boolean any = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                any = true;
            }
            i += Character.charCount(c);
        }
        return any;
    }

    /** A key slug of ASCII letters, digits and hyphens: "Deir ez-Zor" gives "deir-ez-zor". */
    static String slug(String name) {
        String s = fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }

    /** Number of words of a name ("North Kivu": 2). */
    static int words(String name) {
        String f = fold(name);
        return f.isEmpty() ? 0 : f.split(" ").length;
    }
}
