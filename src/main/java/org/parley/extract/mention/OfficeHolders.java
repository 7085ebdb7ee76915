package org.parley.extract.mention;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * A title that names its holder at the article's date: "the Russian president", "Russia's foreign minister",
 * "the NATO secretary general", when the catalog lists exactly one holder of that office then. Immutable and
 * thread-safe.
 */
final class OfficeHolders {

    private static final int LONGEST_TITLE = 4;

    private final Catalog catalog;
    private final NameIndex index;

    OfficeHolders(Catalog catalog, NameIndex index) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Adds to {@code out} the titles of its sentence that name one holder on {@code date} (null: none is named). */
    void find(SentenceMentions out, LocalDate date) {
        if (!index.hasOfficeTitles() || date == null) {
            return; // without the article's date the holder is unknown
        }
        SentencePieces p = out.pieces();
        for (int k = 0; k < p.size(); k++) {
            Piece x = p.get(k);
            if (x.norm().equals("the") && k + 2 < p.size()) {
                Piece d = p.get(k + 1);
                List<CatalogEntry> states = d.cap() ? index.demonym(d.norm()) : List.of();
                if (states.size() == 1) {
                    titleAt(out, k + 2, states.get(0).key(), d.begin(), date); // "the Russian president"
                }
            }
            if (x.possessive() && k > 0) {
                Candidate f = out.endingAt(p.get(k - 1).end());
                if (f != null && f.entity().type() != EntityType.PERSON) {
                    titleAt(out, k + 1, f.entity().key(), -1, date); // "Russia's foreign minister"
                }
            }
            if (x.norm().equals("the") && k + 1 < p.size()) {
                Candidate f = out.startingAt(p.get(k + 1).begin());
                if (f != null && f.entity().type() == EntityType.ORGANIZATION) {
                    int j = k + 1;
                    while (j < p.size() && p.get(j).end() <= f.end()) {
                        j++;
                    }
                    titleAt(out, j, f.entity().key(), -1, date); // "the NATO secretary general"
                }
            }
        }
    }

    /**
     * The office title of up to four pieces from {@code s} of the entity {@code ofKey}, resolved to its one holder;
     * the mention starts at {@code begin} when it is not negative ("Russian president"), else at piece {@code s}.
     */
    private void titleAt(SentenceMentions out, int s, String ofKey, int begin, LocalDate date) {
        SentencePieces p = out.pieces();
        if (s >= p.size() || !p.joined(s)) {
            return;
        }
        for (int len = Math.min(LONGEST_TITLE, p.size() - s); len >= 1; len--) {
            if (!joinedThrough(p, s, len)) {
                continue;
            }
            Set<String> spellings = index.officeTitles(p.key(s, s + len));
            if (spellings.isEmpty()) {
                continue;
            }
            Piece next = p.at(s + len);
            if (next != null && next.cap() && (p.joined(s + len) || next.mark().equals(","))) {
                return; // a name follows: "Foreign Minister Jane Doe", "the foreign minister, Jane Doe,"
            }
            Set<String> keys = new LinkedHashSet<>();
            CatalogEntry holder = null;
            for (String t : spellings) {
                for (CatalogEntry h : catalog.listHolders(t, ofKey, date)) {
                    if (keys.add(h.key())) {
                        holder = h;
                    }
                }
            }
            if (keys.size() == 1) {
                int b = begin >= 0 ? begin : p.get(s).begin();
                out.addSpan(b, p.get(s + len - 1).end(), holder.toEntity(), MentionKind.TITLE, 0.75, Rules.OFFICE_HOLDER);
            }
            return;
        }
    }

    private static boolean joinedThrough(SentencePieces p, int s, int len) {
        for (int k = s + 1; k < s + len; k++) {
            if (!p.joined(k)) {
                return false;
            }
        }
        return true;
    }
}
