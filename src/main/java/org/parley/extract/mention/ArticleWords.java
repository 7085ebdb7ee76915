package org.parley.extract.mention;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The words an article writes in lower case somewhere: a capitalized word whose lower-case form the article also
 * uses is an ordinary word capitalized by position ("Officials said"), not a name. Immutable.
 *
 * @param lower      every lower-case word piece
 * @param standalone the lower-case word pieces that also stand alone (after a space or at the start), not only as
 *                   the second part of a hyphenated compound
 */
record ArticleWords(Set<String> lower, Set<String> standalone) {

    ArticleWords {
        lower = Set.copyOf(lower);
        standalone = Set.copyOf(standalone);
    }

    static ArticleWords of(String text) {
        Set<String> lower = new HashSet<>();
        Set<String> standalone = new HashSet<>();
        Matcher m = NameText.PIECE.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (Character.isLowerCase(w.charAt(0))) {
                lower.add(w);
                if (m.start() == 0 || Character.isWhitespace(text.charAt(m.start() - 1))) {
                    standalone.add(w);
                }
            }
        }
        return new ArticleWords(lower, standalone);
    }

    /** True when the article writes {@code word} (as given, lower-case) somewhere. */
    boolean usesLowerCase(String word) {
        return lower.contains(word);
    }

    boolean standsAlone(String word) {
        return standalone.contains(word);
    }
}
