package org.parley.extract.mention;

import java.util.List;
import java.util.Locale;
import org.parley.core.Token;

/**
 * Names of buildings that news uses for the place where an office sits or talks are held ("at State House",
 * "a statement read at Government House", "talks at Lancaster House"): two capitalized words or more that end in a
 * building's word ({@code building-name-ends}) and are no legislature's name ({@code legislature-names}). Such a name
 * is a facility, which the annotation leaves out; a body named after its building ("Chatham House") is a catalog
 * entry, found before this test. Stateless.
 */
final class BuildingNames {

    private BuildingNames() {
    }

    /** The phrase is a building's name. */
    static boolean phrase(Phrase ph) {
        SentencePieces p = ph.p();
        return ph.length() >= 2 && p.get(ph.e() - 1).cap() && named(ph.lastNorm(), p.key(ph.a(), ph.e()));
    }

    /** The tagger's name {@code [a, e)} of the sentence's tokens, whose look-up key is {@code key}, is a building's. */
    static boolean tagged(List<Token> tokens, int a, int e, String key) {
        String last = tokens.get(e - 1).text();
        return e - a >= 2 && !last.isEmpty() && Character.isUpperCase(last.charAt(0))
                && named(last.toLowerCase(Locale.ROOT), key);
    }

    private static boolean named(String lastWord, String key) {
        return Words.BUILDING_NAME_ENDS.contains(lastWord) && !Words.LEGISLATURE_NAMES.contains(key);
    }
}
