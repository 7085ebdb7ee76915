package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.parley.core.Sentence;
import org.parley.core.Token;

/**
 * One sentence cut into {@link Piece}s, with the questions every mention rule asks about them: the piece at an
 * index (null outside the sentence), whether two pieces are joined into one name, the text of a range. Indices
 * run over pieces, ranges are half-open {@code [a, e)}. Immutable.
 */
final class SentencePieces {

    private final int sentence;
    private final String body;
    private final List<Piece> pieces;

    private SentencePieces(int sentence, String body, List<Piece> pieces) {
        this.sentence = sentence;
        this.body = body;
        this.pieces = List.copyOf(pieces);
    }

    /** The pieces of {@code s}, a sentence of {@code body}, each with the POS tag of the token it starts in. */
    static SentencePieces of(Sentence s, String body) {
        List<Token> tokens = s.tokens();
        List<Piece> out = new ArrayList<>();
        String st = s.span().of(body);
        Matcher m = NameText.PIECE.matcher(st);
        int prevEnd = 0;
        int t = 0;
        while (m.find()) {
            int b = s.span().begin() + m.start();
            int e = s.span().begin() + m.end();
            while (t < tokens.size() && tokens.get(t).span().end() <= b) {
                t++;
            }
            String pos = t < tokens.size() && tokens.get(t).span().begin() <= b ? tokens.get(t).pos() : "";
            String sep = st.substring(prevEnd, m.start());
            String w = m.group();
            boolean poss = (w.equals("s") || w.equals("S")) && !out.isEmpty() && (sep.equals("'") || sep.equals("’"));
            out.add(new Piece(b, e, w, NameText.norm(w), pos, sep, poss, out.isEmpty()));
            prevEnd = m.end();
        }
        return new SentencePieces(s.index(), body, out);
    }

    int sentence() {
        return sentence;
    }

    int size() {
        return pieces.size();
    }

    Piece get(int k) {
        return pieces.get(k);
    }

    /** The piece at {@code k}, or null outside the sentence. */
    Piece at(int k) {
        return k >= 0 && k < pieces.size() ? pieces.get(k) : null;
    }

    /** The look-up form of piece {@code k}, or "" outside the sentence. */
    String norm(int k) {
        Piece x = at(k);
        return x == null ? "" : x.norm();
    }

    /** The look-up form of piece {@code k} when it is a lower-case word, else "". */
    String lowerNorm(int k) {
        Piece x = at(k);
        return x != null && x.lower() ? x.norm() : "";
    }

    boolean cap(int k) {
        Piece x = at(k);
        return x != null && x.cap();
    }

    boolean lower(int k) {
        Piece x = at(k);
        return x != null && x.lower();
    }

    /** The separator before piece {@code k} without spaces, or "" outside the sentence. */
    String mark(int k) {
        Piece x = at(k);
        return x == null ? "" : x.mark();
    }

    /**
     * True when piece k is joined to k-1 by a space or a hyphen (or a dot after an abbreviation, or the apostrophe
     * of an elided "l'" or "d'").
     */
    boolean joined(int k) {
        Piece x = at(k);
        if (x == null || k == 0) {
            return false;
        }
        String sep = x.sep();
        if (sep.equals(" ") || sep.equals("\u00a0") || isHyphen(sep)) {
            return true;
        }
        Piece prev = pieces.get(k - 1);
        if (sep.isEmpty() && prev.text().endsWith(".")) {
            return true; // "L.L.C": an abbreviation cut into "L.L." and "C"
        }
        if ((sep.equals("'") || sep.equals("\u2019")) && (prev.text().equals("l") || prev.text().equals("d"))) {
            return true; // "Riviere-de-l'Artibonite", "Cote d'Ivoire": an elided article or "de" before a name
        }
        if (sep.equals(". ")) {
            return Words.HONORIFICS.contains(prev.norm()) || Words.TITLES.contains(prev.norm())
                    && prev.text().length() <= 4 || prev.text().length() == 1 && prev.cap()
                    || Words.NAME_ABBREVIATIONS.contains(prev.norm()) && prev.cap();
        }
        return false;
    }

    /** True when piece {@code k} follows the one before it after a hyphen. */
    boolean hyphenBefore(int k) {
        Piece x = at(k);
        return x != null && k > 0 && isHyphen(x.sep());
    }

    static boolean isHyphen(String sep) {
        return sep.equals("-") || sep.equals("\u2010") || sep.equals("\u2011");
    }

    /** The body text from piece {@code a} to piece {@code e - 1}, as written. */
    String text(int a, int e) {
        return body.substring(pieces.get(a).begin(), pieces.get(e - 1).end());
    }

    /** The body text between offsets {@code begin} and {@code end}. */
    String bodyText(int begin, int end) {
        return body.substring(begin, end);
    }

    /** The body's character at {@code offset}, or 0 outside the body. */
    char charAt(int offset) {
        return offset >= 0 && offset < body.length() ? body.charAt(offset) : 0;
    }

    /** The look-up key of pieces {@code [a, e)}: their normalized forms joined by spaces. */
    String key(int a, int e) {
        StringBuilder b = new StringBuilder();
        for (int i = a; i < e; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(pieces.get(i).norm());
        }
        return b.toString();
    }

    /** The number of capitalized pieces in {@code [a, e)}. */
    int capitalized(int a, int e) {
        int n = 0;
        for (int k = a; k < e; k++) {
            n += pieces.get(k).cap() ? 1 : 0;
        }
        return n;
    }

    /** True when some piece of {@code [a, e)} is a lower-case word. */
    boolean hasLower(int a, int e) {
        for (int k = a; k < e; k++) {
            if (pieces.get(k).lower()) {
                return true;
            }
        }
        return false;
    }
}
