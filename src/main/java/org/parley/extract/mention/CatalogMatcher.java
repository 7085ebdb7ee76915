package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the longest catalog name that starts at a piece: one hash look-up per n-gram of pieces, cut short as soon
 * as no catalog name starts with the pieces read so far, so the cost grows with the article's tokens and not with
 * the catalog. Immutable and thread-safe.
 */
final class CatalogMatcher {

    private final NameIndex index;

    CatalogMatcher(NameIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    NameIndex index() {
        return index;
    }

    /** The longest catalog name of pieces starting at {@code i} and ending before {@code limit}, or null. */
    CatalogMatch match(SentencePieces p, int i, int limit) {
        if (p.hyphenBefore(i) && p.cap(i - 1)) {
            return null; // inside a hyphenated name: "Guinea-Bissau"
        }
        return matchPart(p, i, limit);
    }

    /** As {@link #match}, also after a hyphen: the second name of "Israel-Hezbollah". */
    CatalogMatch matchPart(SentencePieces p, int i, int limit) {
        Piece first = p.at(i);
        if (first == null || first.possessive()) {
            return null;
        }
        int max = Math.min(index.maxPieces(), limit - i);
        String[] keys = new String[Math.max(max, 0) + 1];
        max = candidateKeys(p, i, max, keys);
        for (int len = max; len >= 1; len--) {
            if (!oneName(p, i, len) || p.get(i + len - 1).possessive()) {
                continue;
            }
            CatalogMatch m = accepted(p, i, len, index.forms(keys[len]));
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The pieces {@code [i, i + len)} are written as one name: joined by spaces, hyphens or apostrophes. */
    private static boolean oneName(SentencePieces p, int i, int len) {
        for (int k = i + 1; k < i + len; k++) {
            String sep = p.get(k).sep();
            if (!(p.joined(k) || sep.isEmpty() || sep.equals("'") || sep.equals("’"))) {
                return false;
            }
        }
        return true;
    }

    /** The forms of the right length whose case the text's pieces accept, or null when none does. */
    private static CatalogMatch accepted(SentencePieces p, int i, int len, List<NameIndex.Form> forms) {
        List<NameIndex.Form> accepted = new ArrayList<>();
        boolean exact = false;
        for (NameIndex.Form f : forms) {
            if (f.surface().size() != len) {
                continue;
            }
            boolean caseOk = true;
            boolean same = true;
            for (int k = 0; k < len; k++) {
                String written = p.get(i + k).text();
                String form = f.surface().get(k);
                caseOk &= NameText.caseAccepts(form, written);
                same &= form.equals(written);
            }
            if (caseOk) {
                accepted.add(f);
                exact |= same;
            }
        }
        return accepted.isEmpty() ? null : new CatalogMatch(i, i + len, accepted, exact);
    }

    /**
     * Fills {@code keys[len]} with the lookup key of pieces {@code i .. i+len-1} for each length up to
     * {@code max} and returns the longest length worth looking up: once a key of space-free pieces starts
     * no catalog key, no longer run starting at {@code i} can be a catalog name.
     */
    private int candidateKeys(SentencePieces p, int i, int max, String[] keys) {
        StringBuilder key = new StringBuilder();
        boolean prunable = true;
        for (int len = 1; len <= max; len++) {
            String n = p.get(i + len - 1).norm();
            if (len > 1) {
                key.append(' ');
            }
            key.append(n);
            keys[len] = key.toString();
            prunable &= n.indexOf(' ') < 0;
            if (prunable && !index.isKeyPrefix(keys[len])) {
                return len - 1;
            }
        }
        return max;
    }
}
