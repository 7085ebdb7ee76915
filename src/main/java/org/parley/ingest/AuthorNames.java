package org.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cleans bylines: splits "A, B and C", drops a leading "By", title-cases names written in capitals. */
final class AuthorNames {

    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("^by\\s+", Pattern.CASE_INSENSITIVE);

    private AuthorNames() {
    }

    /** The names in one byline such as {@code "By JANE DOE, JOHN ROE and Ann Poe"}, in order. */
    static List<String> split(String byline) {
        List<String> names = new ArrayList<>();
        for (String part : SEPARATORS.split(BY.matcher(byline.strip()).replaceFirst(""))) {
            String name = clean(part);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** One name, stripped, without a leading "By", title-cased when written in capitals; null when blank. */
    static String clean(String name) {
        String n = BY.matcher(name.strip()).replaceFirst("").strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            return null;
        }
        return isAllCaps(n) ? titleCase(n) : n;
    }

    static boolean isAllCaps(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** "JEAN-PIERRE O'NEIL" becomes "Jean-Pierre O'Neil". */
    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                b.append(wordStart ? Character.toTitleCase(c) : Character.toLowerCase(c));
                wordStart = false;
            } else {
                b.append(c);
                wordStart = true;
            }
        }
        return b.toString();
    }
}
