package org.parley.extract.mention;

import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * Places named in lists: the type a list gives an unknown name ("the villages of A and B", "A and other towns",
 * "in Kyiv, A and B") and whether a catalog name's neighbours in a list are cities ("Odesa, Mykolaiv and
 * Kherson"). Stateless.
 */
final class PlaceLists {

    private PlaceLists() {
    }

    /** The type a settlement or division noun gives the names it introduces, or null for other words. */
    static EntityType listNounType(String n) {
        if (Words.SETTLEMENT_NOUNS.contains(n)) {
            return EntityType.CITY;
        }
        return Words.DIVISION_NOUNS.contains(n) ? EntityType.REGION : null;
    }

    /** True when a short name-shaped phrase is an item of a list of places. */
    static boolean cityInList(Phrase ph) {
        return shortName(ph) && listType(ph) == EntityType.CITY;
    }

    /** True when a short name-shaped phrase is an item of a list of regions. */
    static boolean regionInList(Phrase ph) {
        return shortName(ph) && listType(ph) == EntityType.REGION;
    }

    private static boolean shortName(Phrase ph) {
        return ph.nameShaped() && ph.p().capitalized(ph.a(), ph.e()) <= 2;
    }

    /**
     * The place type a list gives an unknown name: after a place noun ("the villages of A and B",
     * "towns such as A"), before "and other towns", or beside a place already found in the same
     * list ("in Kyiv, A and B"). Null when the name is in no such list.
     */
    static EntityType listType(Phrase ph) {
        SentencePieces p = ph.p();
        int a = ph.a();
        int e = ph.e();
        EntityType other = andOtherPlaces(p, e);
        if (other != null) {
            return other;
        }
        if (Words.SPEECH_VERB_FORMS.contains(ph.nextLowerWord())) {
            return null; // "..., Doe said"
        }
        boolean lastItem = a >= 2 && p.lower(a - 1) && Words.LIST_JOINERS.contains(p.norm(a - 1));
        if (p.get(a).mark().equals(",") && !lastItem && !listContinues(p, e)) {
            return null; // "in Goma, Doe ...": a comma after a phrase, not a list
        }
        int k = a;
        EntityType neighbour = null;
        int neighbours = 0;
        while (true) { // walk back over the list items before this one: "A, B and" / "A or"
            int before = itemBefore(p, k);
            if (before < 0 || !p.get(before).cap()) {
                break;
            }
            EntityType t = itemType(ph, itemStart(p, before), before + 1);
            if (t == EntityType.CITY || t == EntityType.REGION) {
                neighbour = neighbour == null ? t : neighbour;
                neighbours += t == neighbour ? 1 : 0;
            }
            if (t != null && !t.isPlace()) {
                return null; // a list of people or organizations
            }
            k = itemStart(p, before);
            if (a - k > 16) {
                break;
            }
        }
        EntityType head = placeNounBefore(p, k); // "the villages of", "towns such as", "districts including"
        if (head != null) {
            return head;
        }
        if (pluralSettlementAfterList(p, e)) {
            return EntityType.CITY; // "A and B, two towns in the north"
        }
        if (neighbours >= 2 && lastItem) {
            return neighbour; // "over Sool, Sanaag and C": two places of one type before the last item
        }
        if (!placeAnchor(p, k)) {
            return null;
        }
        if (neighbour != null && k < a) {
            return neighbour;
        }
        return laterNeighbour(ph, e);
    }

    /**
     * "between A, B and Velmo": the type of the first later item of the list that the catalog or the article (an
     * earlier sentence) knows as a city or region, past items nobody knows; null when none is, or when a later item
     * is a known entity of another type (a list of people or organizations).
     */
    private static EntityType laterNeighbour(Phrase ph, int e) {
        SentencePieces p = ph.p();
        int j = e;
        for (int items = 0; items < 6 && listContinues(p, j); items++) {
            EntityType t = forwardNeighbour(p, j, ph.matcher());
            if (t != null) {
                return t;
            }
            int s = p.at(j).mark().equals(",") ? j : j + 1;
            int end = s + 1;
            while (end < p.size() && p.get(end).cap() && p.joined(end)) {
                end++;
            }
            if (ph.matcher().match(p, s, p.size()) != null) {
                return null; // a catalog name of another kind: "between A, Israel and B"
            }
            Entity known = ph.known().entity(p.key(s, end));
            if (known != null) {
                return known.type() == EntityType.CITY || known.type() == EntityType.REGION ? known.type() : null;
            }
            j = end;
        }
        return null;
    }

    /**
     * The type of the list item at pieces [from, to): the entity found there in this sentence, else the entity the
     * article named with it before ("to Velmo and B" after "in Velmo" earlier), or null.
     */
    private static EntityType itemType(Phrase ph, int from, int to) {
        Candidate f = ph.foundEndingAt(ph.p().get(to - 1).end());
        if (f != null) {
            return f.entity().type();
        }
        Entity known = ph.known().entity(ph.p().key(from, to));
        return known == null ? null : known.type();
    }

    /**
     * "A and B, two towns near the border", "A and B, villages on the slopes": after the rest of the list that this
     * item opens or ends, an apposition of a number, "both" or an article, or of none, up to two lower-case words and
     * a plural settlement noun.
     */
    static boolean pluralSettlementAfterList(SentencePieces p, int e) {
        int j = e;
        while (listContinues(p, j)) { // skip ", B" / "and B" to the list's end
            j = p.at(j).mark().equals(",") ? j : j + 1;
            j++;
            while (j < p.size() && p.get(j).cap() && p.joined(j)) {
                j++;
            }
        }
        Piece next = p.at(j);
        if (j == e && !(e >= 2 && isJoiner(p, e))) {
            return false;
        }
        if (next == null || !next.mark().equals(",") || !next.lower()) {
            return false;
        }
        boolean opener = next.pos().equals("CD") || next.norm().equals("both") || Words.ARTICLES.contains(next.norm());
        for (int k = opener ? j + 1 : j; k < Math.min(p.size(), j + 4); k++) {
            Piece x = p.get(k);
            if (!x.lower() || k > j && !x.sep().equals(" ")) {
                return false;
            }
            if (Words.SETTLEMENT_NOUNS.contains(x.norm()) && x.norm().endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the three provinces of Quneitra, Daraa and Sweida", "three provinces, Quneitra, Daraa and Sweida", "in Jaffna,
     * Batticaloa and the other districts": the list holding the item at pieces [a, e) opens after a plural division
     * noun and "of" or a comma, or closes with "and (the) other" and a division noun; each of its items is then a
     * division.
     */
    static boolean regionList(SentencePieces p, int a, int e) {
        int k = a;
        for (int items = 0; items < 8; items++) { // walk back to the first item: "A, B and" / "A or"
            int before = itemBefore(p, k);
            if (before < 0 || !p.get(before).cap()) {
                break;
            }
            k = itemStart(p, before);
        }
        if (nounBeforeApposedList(p, k) == EntityType.REGION) {
            return true; // "three provinces, A, B and C"
        }
        String noun = p.lowerNorm(k - 2);
        if (p.lowerNorm(k - 1).equals("of") && noun.endsWith("s") && listNounType(noun) == EntityType.REGION
                && (p.at(k - 3) == null || !p.get(k - 3).cap())) {
            return true; // not "the sovereignty of X" (no division) nor "the A and B regions of X" (their country)
        }
        int j = e;
        for (int items = 0; items < 8 && listContinues(p, j); items++) { // on to the last item
            j = p.at(j).mark().equals(",") ? j : j + 1;
            j++;
            while (j < p.size() && p.get(j).cap() && p.joined(j)) {
                j++;
            }
        }
        if (!Words.LIST_JOINERS.contains(p.lowerNorm(j))) {
            return false;
        }
        int w = p.lowerNorm(j + 1).equals("the") ? j + 2 : j + 1;
        if (!p.lowerNorm(w).equals("other")) {
            return false;
        }
        for (int n = w + 1; n < Math.min(p.size(), w + 4); n++) {
            EntityType t = p.lower(n) ? listNounType(p.norm(n)) : null;
            if (t != null) {
                return t == EntityType.REGION;
            }
            if (!p.lower(n) || !p.get(n).sep().equals(" ")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the phrase ending at e is the last item of a list: "and"/"or" stands before its first piece. */
    private static boolean isJoiner(SentencePieces p, int e) {
        int s = itemStart(p, e - 1);
        return s >= 2 && p.lower(s - 1) && Words.LIST_JOINERS.contains(p.norm(s - 1));
    }

    /** "Mersa and other coastal towns": the type of the place noun after "and/or other", or null. */
    private static EntityType andOtherPlaces(SentencePieces p, int e) {
        Piece next = p.at(e);
        if (next == null || !next.lower() || !Words.LIST_JOINERS.contains(next.norm())
                || !p.norm(e + 1).equals("other")) {
            return null;
        }
        for (int k = e + 2; k < Math.min(p.size(), e + 5); k++) {
            EntityType t = listNounType(p.norm(k));
            if (t != null && p.lower(k)) {
                return t;
            }
            if (!p.lower(k) || !p.get(k).sep().equals(" ")) {
                break;
            }
        }
        return null;
    }

    /** The last piece of the list item before the item that starts at {@code k}, or -1 when none is. */
    private static int itemBefore(SentencePieces p, int k) {
        if (p.get(k).mark().equals(",")) {
            return k - 1;
        }
        if (k >= 2 && p.lower(k - 1) && Words.LIST_JOINERS.contains(p.norm(k - 1)) && p.joined(k - 1)) {
            return k - 2; // also "A, B, and C"
        }
        if (!repeatedPreposition(p, k)) {
            return -1;
        }
        return p.lower(k - 3) ? k - 4 : k - 3; // "to A town and to B": the item ends before its settlement noun
    }

    /**
     * "to A and to B", "in A or in B", "to A town and to B": the place preposition before the item at {@code k}
     * repeats the one before the item ahead of "and"/"or", so both items are objects of one kind of place phrase.
     */
    private static boolean repeatedPreposition(SentencePieces p, int k) {
        if (k < 4 || !p.lower(k - 1) || !p.lower(k - 2) || !p.joined(k - 1) || !p.joined(k - 2)
                || !Words.LIST_JOINERS.contains(p.norm(k - 2))) {
            return false;
        }
        int last = p.lower(k - 3) && Words.SETTLEMENT_NOUNS.contains(p.norm(k - 3)) && p.joined(k - 3) ? k - 4 : k - 3;
        String preposition = p.norm(k - 1);
        if (!p.get(last).cap() || !Words.PLACE_PREPOSITIONS.contains(preposition) && !preposition.equals("to")) {
            return false;
        }
        int first = itemStart(p, last);
        return first >= 1 && p.lower(first - 1) && p.norm(first - 1).equals(preposition);
    }

    /** The first piece of the capitalized item that ends at {@code last}. */
    private static int itemStart(SentencePieces p, int last) {
        int s = last;
        while (s > 0 && p.joined(s) && (p.get(s - 1).cap()
                || Words.NAME_PARTICLES.contains(p.norm(s - 1)) && p.get(s - 1).lower())) {
            s--;
        }
        return s;
    }

    /** The list goes on after piece e-1: ", B" or "and B". */
    static boolean listContinues(SentencePieces p, int e) {
        Piece next = p.at(e);
        if (next == null) {
            return false;
        }
        if (next.mark().equals(",") && next.cap()) {
            return true;
        }
        return next.lower() && Words.LIST_JOINERS.contains(next.norm()) && p.at(e + 1) != null
                && p.at(e + 1).cap() && p.joined(e + 1);
    }

    /**
     * A list that starts after a place preposition: "in A, B and C", "to A or B", "between A and B"; also with one
     * lower-case adjective between: "reach rural A and B", "in northern A and B".
     */
    private static boolean placeAnchor(SentencePieces p, int k) {
        Piece adjective = p.at(k - 1);
        if (adjective != null && adjective.lower() && adjective.pos().startsWith("JJ") && anchorWord(p, k - 1)) {
            return true;
        }
        return anchorWord(p, k);
    }

    /** The word before piece k is a place preposition or a verb that takes a place. */
    private static boolean anchorWord(SentencePieces p, int k) {
        Piece x = p.at(k - 1);
        if (x == null || !x.lower()) {
            return false;
        }
        String n = x.norm();
        return Words.PLACE_PREPOSITIONS.contains(n) || n.equals("to") || n.equals("between")
                || n.equals("of") && p.norm(k - 2).equals("out") || Words.PLACE_OBJECT_VERB_FORMS.contains(n);
    }

    /** "the villages of", "towns such as", "districts including", "cities like" before piece k. */
    static EntityType placeNounBefore(SentencePieces p, int k) {
        EntityType apposed = nounBeforeApposedList(p, k);
        if (apposed != null) {
            return apposed; // "three provinces, A, B and C"
        }
        String p1 = p.norm(k - 1);
        if ((p1.equals("of") || p1.equals("for") || p1.equals("over")) && p.lower(k - 1) && statusNounAt(p, k - 2)) {
            return EntityType.REGION; // "self-determination for X", "the sovereignty of X, Y and Z"
        }
        int noun;
        if (p1.equals("of") || p1.equals("including") || p1.equals("like")) {
            noun = k - 2;
        } else if (p1.equals("as") && p.norm(k - 2).equals("such")) {
            noun = k - 3;
        } else {
            return null;
        }
        Piece n = p.at(noun);
        if (n == null || !n.lower() || !p.lower(k - 1)) {
            return null;
        }
        String w = n.norm();
        if (p1.equals("of") && !w.endsWith("s") && !w.equals("municipality")) {
            return null; // singular "city of X" is handled elsewhere; "the capital of X" names a country
        }
        if (p1.equals("of") && (Words.QUANTIFIERS.contains(p.lowerNorm(noun - 1)) || p.at(noun - 1) != null
                && p.get(noun - 1).pos().equals("CD"))) {
            return null; // "several cities of X" names the places X holds, not X
        }
        EntityType t = listNounType(w);
        if (t == null && p1.equals("of") && Words.CITY_NOUNS_BEFORE_OF.contains(w)) {
            return EntityType.CITY; // "the mayors of X and Y", "residents of X and Y"
        }
        return t;
    }

    /**
     * "two eastern provinces, Velmar, Dorsk and Tarnel", "three villages, A and B": the type of a plural settlement or
     * division noun that a comma and a list of two or more capitalized names (opening at piece {@code k}) follow, as
     * its apposition; null when no such noun stands there or one name alone follows ("in the provinces, Doe said").
     */
    static EntityType nounBeforeApposedList(SentencePieces p, int k) {
        Piece noun = p.at(k - 1);
        if (noun == null || k >= p.size() || !p.get(k).mark().equals(",") || !p.get(k).cap() || !noun.lower()
                || !noun.norm().endsWith("s")) {
            return null;
        }
        int end = k + 1;
        while (end < p.size() && p.get(end).cap() && p.joined(end)) {
            end++;
        }
        return listContinues(p, end) ? listNounType(noun.norm()) : null;
    }

    /** A noun of a territory's status ends at piece {@code k}: "independence", "self-determination". */
    private static boolean statusNounAt(SentencePieces p, int k) {
        String n = p.lowerNorm(k);
        return Words.TERRITORIAL_STATUS_NOUNS.contains(n)
                || p.hyphenBefore(k) && Words.TERRITORIAL_STATUS_NOUNS.contains(p.lowerNorm(k - 1) + "-" + n);
    }

    /** "A, Omdurman and every town": the type of the catalog city or region right after this list item, or null. */
    static EntityType forwardNeighbour(SentencePieces p, int e, CatalogMatcher matcher) {
        Piece next = p.at(e);
        if (next == null) {
            return null;
        }
        int j;
        if (next.mark().equals(",") && next.cap()) {
            j = e;
        } else if (next.lower() && Words.LIST_JOINERS.contains(next.norm()) && p.cap(e + 1)) {
            j = e + 1;
        } else {
            return null;
        }
        CatalogMatch m = matcher.match(p, j, p.size());
        if (m == null) {
            return null;
        }
        Piece after = p.at(m.end());
        if (after != null && p.joined(m.end()) && after.cap()) {
            return null;
        }
        EntityType t = null;
        for (NameIndex.Form f : m.forms()) {
            EntityType ft = f.entry().type();
            if (f.kind() == MentionKind.METONYM || ft != EntityType.CITY && ft != EntityType.REGION) {
                return null;
            }
            t = t == null ? ft : t;
        }
        return t;
    }
}
