package org.parley.extract.mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How names are cut into word pieces, folded for look-up and compared by case. Stateless. */
final class NameText {

    /** Word pieces: abbreviations with dots ("U.S."), else runs of letters, marks and digits. */
    static final Pattern PIECE = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private NameText() {
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

    /** Diacritics removed, case kept ("San José" gives "San Jose"). */
    static String unaccented(String s) {
        // NFKD leaves ASCII as it is and it holds no marks
        return isAscii(s) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }

    /** Diacritics removed, lower case. */
    static String fold(String s) {
        return unaccented(s).toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The look-up key of a name's pieces: their normalized forms joined by single spaces. */
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

    /**
     * The label of a place the catalog lacks, as written but title-cased when written wholly in capitals, as a
     * dateline writes its town ("JAYAPURA, Indonesia (Agency) -" gives "Jayapura", "AL-FASHER" gives "Al-Fasher");
     * other names as written (an organization's acronym keeps its capitals).
     */
    static String placeLabel(boolean place, String written) {
        if (!place || written.chars().anyMatch(Character::isLowerCase)
                || written.chars().filter(Character::isLetter).count() < 3) {
            return written;
        }
        StringBuilder b = new StringBuilder(written.length());
        boolean wordStart = true;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            b.append(!Character.isLetter(c) ? c : wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c) && c != '\'' && c != '\u2019';
        }
        return b.toString();
    }
}
