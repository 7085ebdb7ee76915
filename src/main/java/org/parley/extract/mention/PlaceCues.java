package org.parley.extract.mention;

import java.util.stream.Stream;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;
import org.parley.extract.WordList;

/**
 * The context that makes an unknown phrase a region or a city: a head word ("Torvan Province", "Gaza Strip"),
 * a place noun after it or before "of" it ("the Lakhdar region", "the city of Marsk"), a plural region noun after
 * a list ("the Tomsk and Omsk regions"), a preposition of location ("in Vorlane"), or an apposition ("Velmar, a
 * small town"). Stateless.
 */
final class PlaceCues {

    private PlaceCues() {
    }

    /** "Torvan Province", "Varna Valley": a capitalized region head ends a phrase of two or more words. */
    static boolean regionHead(Phrase ph) {
        return ph.length() >= 2 && Words.REGION_HEADS.contains(ph.lastNorm()) && ph.p().cap(ph.e() - 1);
    }

    /** "Gaza Strip": a territory head ends a phrase of two or more words. */
    static boolean territoryHead(Phrase ph) {
        return ph.length() >= 2 && Words.TERRITORY_HEADS.contains(ph.lastNorm());
    }

    /** "Kuwait City": a capitalized "City" ends a phrase of two or more words. */
    static boolean cityHead(Phrase ph) {
        return ph.length() >= 2 && ph.lastNorm().equals("city") && ph.p().cap(ph.e() - 1);
    }

    /** "the regional capital, Velmar,": a name in apposition after a settlement noun or "capital". */
    static boolean afterSettlementNounComma(Phrase ph) {
        return ph.nameShaped() && ph.length() <= 3 && settlementNounBeforeComma(ph.p(), ph.a())
                && !(ph.length() == 1 && ph.known().isSurname(ph.p().norm(ph.a()))); // "the capital, Nyusi thanked"
    }

    /** Piece {@code a} follows a comma after a settlement noun or "capital": "the regional capital, X". */
    static boolean settlementNounBeforeComma(SentencePieces p, int a) {
        String noun = p.lowerNorm(a - 1);
        return p.mark(a).equals(",") && (Words.SETTLEMENT_NOUNS.contains(noun) && !noun.endsWith("s")
                || noun.equals("capital"));
    }

    /** "a town called X": named after a settlement noun. */
    static boolean namedAsCity(Phrase ph) {
        return Words.SETTLEMENT_NOUNS.contains(ph.namingNoun());
    }

    /** "a breakaway state called X", "a district known as X": named after a region or division noun. */
    static boolean namedAsRegion(Phrase ph) {
        String noun = ph.namingNoun();
        return Words.REGION_NOUNS_BEFORE_OF.contains(noun) || Words.DIVISION_NOUNS.contains(noun);
    }

    /**
     * "the Lakhdar region": a lower-case region noun right after a name of at most three words; not a landform's or an
     * enclave's noun after one adjective word.
     */
    static boolean regionNounAfter(Phrase ph) {
        String noun = ph.nextLowerWord();
        return ph.length() <= 3 && Words.REGION_NOUNS_AFTER_NAMES.contains(noun)
                && !(Words.LANDFORM_NOUNS.contains(noun) && adjectiveWord(ph)) // "the Tibetan plateau"
                // "the Baltic exclave"
                && !(Words.ENCLAVE_NOUNS.contains(noun) && (adjectiveWord(ph) || adjectiveEnding(ph)));
    }

    /** "its Baltic exclave": one word with the ending of an adjective of a people or a place, whatever its tag. */
    private static boolean adjectiveEnding(Phrase ph) {
        return ph.length() == 1 && Phrase.adjectiveEnding(ph.p().norm(ph.a()));
    }

    /** "the Tibetan plateau": one word that is an adjective of a people or a place, no name of a landform. */
    private static boolean adjectiveWord(Phrase ph) {
        return ph.length() == 1 && (ph.adjectiveAt(ph.a()) || ph.isDemonym(ph.p().norm(ph.a()))
                || PhraseTests.regionOfAdjective(ph) != null);
    }

    /**
     * The end of a region's name typed by the words after it: past a lower-case landform noun English writes as part
     * of the name ("the Neelum valley" is the Neelum Valley), else {@code e} ("the Kema district" is Kema).
     */
    static int landformNameEnd(SentencePieces p, int e, EntityType type) {
        Piece next = p.at(e);
        return type == EntityType.REGION && next != null && p.joined(e) && next.lower()
                && Words.LANDFORM_NAME_NOUNS.contains(next.norm()) ? e + 1 : e;
    }

    /**
     * "the Tomsk and Omsk regions", "in Velkar Tom and Sarun Mey provinces": a plural region noun after a list, for
     * each item of it, the last one too ("Omsk" before "territories", a noun no single name takes as its own).
     */
    static boolean pluralRegionNounAfterList(Phrase ph) {
        return (ph.length() == 1 || ph.length() <= 3 && placeListOpener(ph)) && sharedPluralRegionNoun(ph.p(), ph.e())
                && !demonymLaterInList(ph) || lastBeforePluralRegionNoun(ph);
    }

    /** "mainly Bosniak and Albanian towns": a later item of the list is a demonym, so its items qualify people. */
    private static boolean demonymLaterInList(Phrase ph) {
        SentencePieces p = ph.p();
        for (int k = ph.e(); k < Math.min(p.size(), ph.e() + 12); k++) {
            String w = p.lowerNorm(k);
            if (!p.cap(k) && !Words.LIST_JOINERS.contains(w)) {
                return false;
            }
            if (p.cap(k) && ph.isDemonym(p.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** "the Tomsk and Omsk territories": the last item of a list of names, right before a plural division noun. */
    private static boolean lastBeforePluralRegionNoun(Phrase ph) {
        SentencePieces p = ph.p();
        String noun = ph.nextLowerWord();
        int a = ph.a();
        if (ph.length() > 3 || !pluralRegionNoun(noun)) {
            return false;
        }
        boolean joiner = a >= 2 && p.lower(a - 1) && Words.LIST_JOINERS.contains(ph.before(1))
                && p.joined(a - 1) && p.get(a - 2).cap();
        return joiner && !adjectiveWord(ph) && !ph.adjectiveAt(a - 2) && !ph.isDemonym(p.norm(a - 2));
    }

    /**
     * "the Marsk city council", "Tarsheng township": a lower-case town noun right after a name of at most three words,
     * not after one adjective of a people, nor before "of" ("the Druze village of Marsa": the town follows "of").
     */
    static boolean cityNounAfter(Phrase ph) {
        return ph.length() <= 3 && Words.CITY_NOUNS_AFTER_NAMES.contains(ph.nextLowerWord())
                && !adjectiveWord(ph) && !adjectiveEnding(ph) && !ph.p().lowerNorm(ph.e() + 1).equals("of");
    }

    /** "the city of Marsk", "the outskirts of Marsk": a city noun and "of" before a name of at most three words. */
    static boolean cityNounBeforeOf(Phrase ph) {
        return ph.length() <= 3 && ofAfterLowerNoun(ph) && Words.CITY_NOUNS_BEFORE_OF.contains(ph.before(2));
    }

    /** "the province of Torvan": a region noun and "of" before a name of at most three words. */
    static boolean regionNounBeforeOf(Phrase ph) {
        return ph.length() <= 3 && ofAfterLowerNoun(ph) && Words.REGION_NOUNS_BEFORE_OF.contains(ph.before(2));
    }

    /**
     * "Residents of Batavo said", "villagers of Kema": a name of at most two words after the people who live in it
     * and "of" is a town (a region takes its own noun: "the Kema region").
     */
    static boolean residentsOf(Phrase ph) {
        return ph.length() <= 2 && ph.nameShaped() && ph.before(1).equals("of") && ph.p().lower(ph.a() - 1)
                && Words.RESIDENT_NOUNS.contains(ph.before(2)) && !titleAfter(ph) && !nounAfter(ph);
    }

    private static boolean ofAfterLowerNoun(Phrase ph) {
        return ph.before(1).equals("of") && ph.lowerBefore() && ph.p().lower(ph.a() - 2);
    }

    /**
     * "clashes in Velmoro", "the depot at Velmoro", "a call from Kersang": a short name-shaped phrase after a
     * preposition of location; after "at" or "from" only when nothing owns it and no person has it as surname.
     */
    static boolean afterLocationPreposition(Phrase ph) {
        SentencePieces p = ph.p();
        String prev = ph.before(1);
        if (!ph.nameShaped() || p.capitalized(ph.a(), ph.e()) > 2 || ph.length() > 4 || ph.a() == 0
                || !ph.lowerBefore() && !openingPreposition(ph) || !p.joined(ph.a()) || languageLike(ph)
                || titleAfter(ph) || nounAfter(ph)) {
            return false; // "from Catalan President Jane Doe", "in Soviet times": the word qualifies what follows
        }
        if (ph.length() == 1 && ph.known().isSurname(p.norm(ph.a()))) {
            return false; // "a seat in Doe's majority" after "Jane Doe": the person the article named
        }
        return Words.LOCATION_PREPOSITIONS.contains(prev)
                || (prev.equals("at") || prev.equals("from") && ph.length() == 1) && placeAfterAtOrFrom(ph);
    }

    /**
     * "elders from Lower Dalen", "a raid on Kafr Tazin": a name of two or three words that opens with a word that
     * begins place names and no person's ({@code place-name-elements}) right after a lower-case preposition, when no
     * title or role noun stands before it.
     */
    static boolean placeElementFirst(Phrase ph) {
        return ph.nameShaped() && ph.length() >= 2 && ph.length() <= 3 && ph.afterLowerWord()
                && Words.PLACE_NAME_ELEMENTS.contains(ph.p().norm(ph.a())) && placePreposition(ph.before(1));
    }

    /** "in", "near", "from" ... and "on", "of": a preposition a place name follows. */
    private static boolean placePreposition(String w) {
        return Words.LOCATION_PREPOSITIONS.contains(w) || Words.PLACE_PREPOSITIONS.contains(w)
                || Words.PLACE_ELEMENT_PREPOSITIONS.contains(w);
    }

    /**
     * "In Velmoro, residents said": a preposition of location opens the sentence and a comma ends the one-word name
     * after it (a longer name there may open the clause's subject: "In Velmoro Governor Doe said").
     */
    private static boolean openingPreposition(Phrase ph) {
        Piece next = ph.next();
        return ph.a() == 1 && ph.length() == 1 && Words.LOCATION_PREPOSITIONS.contains(ph.before(1))
                && next != null && next.mark().equals(",");
    }

    /**
     * "followed by Velmo in Garissa County", "reached Velmo in Kenya": a one-word name before "in" and a catalog
     * region or country (a place in a larger place), not at the sentence's start, and neither a given name nor a
     * surname the article gave.
     */
    static boolean beforeInPlace(Phrase ph) {
        SentencePieces p = ph.p();
        int e = ph.e();
        if (ph.length() != 1 || !ph.nameShaped() || ph.a() == 0 || !ph.lowerBefore() || !p.lower(e)
                || !p.norm(e).equals("in") || !p.joined(e) || languageLike(ph) || p.get(ph.a()).allCaps()
                || ph.matcher().index().isGivenName(p.norm(ph.a())) || ph.known().isSurname(p.norm(ph.a()))
                || Words.PERSON_OBJECT_WORDS.contains(ph.before(1)) || ph.before(1).equals("the")
                || ph.isDemonym(p.norm(ph.a()).replaceAll("s$", ""))) {
            return false; // "talks with Okafor in Nigeria", "the Malvinas in the south", "Hungarians in Ukraine"
        }
        int j = p.norm(e + 1).equals("the") && p.lower(e + 1) ? e + 2 : e + 1;
        CatalogMatch m = p.cap(j) ? ph.matcher().match(p, j, p.size()) : null;
        if (m == null || m.forms().isEmpty()) {
            return false;
        }
        for (NameIndex.Form f : m.forms()) {
            EntityType t = f.entry().type();
            if (f.kind() == MentionKind.METONYM || t != EntityType.REGION && t != EntityType.COUNTRY) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case common noun follows the phrase at once, which it then qualifies. */
    private static boolean nounAfter(Phrase ph) {
        Piece next = ph.next();
        return next != null && next.lower() && ph.p().joined(ph.e()) && !ph.p().hyphenBefore(ph.e())
                && (next.pos().equals("NN") || next.pos().equals("NNS"));
    }

    /** A capitalized title follows the phrase at once. */
    private static boolean titleAfter(Phrase ph) {
        Piece next = ph.next();
        return next != null && next.cap() && ph.p().joined(ph.e()) && Words.TITLES.contains(next.norm());
    }

    /** "Shan State's Velmo": a name right after the possessive of a region found there is a city in it. */
    static boolean afterRegionPossessive(Phrase ph) {
        SentencePieces p = ph.p();
        int a = ph.a();
        if (!ph.nameShaped() || ph.length() > 2 || a < 2 || !p.get(a - 1).possessive()) {
            return false;
        }
        Candidate owner = ph.foundEndingAt(p.get(a - 2).end());
        return owner != null && owner.entity().type() == EntityType.REGION;
    }

    /**
     * "withdraw from the two regions to Velmo": a short name after "to" when a verb of moving comes before it in
     * the same clause (within eight words), unless it is the surname of a person the article named.
     */
    static boolean afterMovementTo(Phrase ph) {
        SentencePieces p = ph.p();
        int a = ph.a();
        if (!ph.nameShaped() || ph.length() > 2 || !ph.before(1).equals("to") || !ph.lowerBefore()
                || !placeAfterAtOrFrom(ph)) {
            return false;
        }
        return wordInClauseBefore(p, a - 1, Words.MOTION_VERB_FORMS);
    }

    /**
     * "withdraw its police from Zubin Potok", "the pullout of troops from Ras Doumeira": a name of two or three words
     * after "from" where a word of leaving ({@code leaving-word-forms}) opens the clause. One word after "from" is
     * {@link #afterLocationPreposition}'s.
     */
    static boolean afterLeavingFrom(Phrase ph) {
        SentencePieces p = ph.p();
        int a = ph.a();
        if (!ph.nameShaped() || ph.length() < 2 || ph.length() > 3 || p.capitalized(ph.a(), ph.e()) != ph.length()
                || !ph.before(1).equals("from") || !ph.lowerBefore() || !placeAfterAtOrFrom(ph) || titleAfter(ph)
                || nounAfter(ph) || ph.matcher().index().isGivenName(p.norm(a)) || nonPlaceHead(p.lowerNorm(ph.e() - 1))) {
            return false;
        }
        return wordInClauseBefore(p, a - 1, Words.LEAVING_WORD_FORMS);
    }

    /**
     * Whether a word of {@code words} stands within the eight words before piece {@code at} (the preposition before a
     * name), with no punctuation between it and the name.
     */
    private static boolean wordInClauseBefore(SentencePieces p, int at, WordList words) {
        for (int k = at - 1; k >= Math.max(0, at - 8); k--) {
            if (words.contains(p.lowerNorm(k))) {
                return true;
            }
            if (p.mark(k + 1).matches(".*[,;:.!?].*")) {
                return false;
            }
        }
        return false;
    }

    /** The last word of a name that heads no place: "Velmor Holdings", "Camp Bastion Airfield", "the Paris Accord". */
    private static boolean nonPlaceHead(String last) {
        return Stream.of(Words.ORG_HEADS, Words.COMPANY_NAME_ENDINGS, Words.COMPANY_SUFFIXES, Words.FACILITY_HEADS,
                Words.UNANNOTATED_HEADS, Words.DOCUMENT_HEADS, Words.MEDIA_HEADS, Words.MISSION_HEADS)
                .anyMatch(l -> l.contains(last));
    }

    /**
     * "the depot at Velmoro", "told reporters from Kersang": after "at" or "from" an unknown name is a place
     * unless something owns it ("at Doe's residence") or it is the surname of a person named earlier.
     */
    private static boolean placeAfterAtOrFrom(Phrase ph) {
        Piece next = ph.next();
        return (next == null || !next.possessive()) && !ph.known().isSurname(ph.lastNorm());
    }

    /** "taught in Kurdish", "written in Portuguese": one word shaped like a language or demonym. */
    private static boolean languageLike(Phrase ph) {
        if (ph.length() != 1) {
            return false;
        }
        String n = ph.p().get(ph.a()).norm();
        return ph.isDemonym(n) || n.length() > 5 && (n.endsWith("ish") || n.endsWith("ese"));
    }

    /** "Velmar, a town near the border," / "Velmar, the village where": a settlement noun in the apposition. */
    static boolean settlementApposition(Phrase ph) {
        return ph.nameShaped() && ph.p().capitalized(ph.a(), ph.e()) <= 2 && ph.length() <= 3
                && settlementAppositionAfter(ph.p(), ph.e());
    }

    /** ", one of the provinces": an apposition that counts the name among divisions opens at piece {@code e}. */
    static boolean oneOfDivisionsAfter(SentencePieces p, int e) {
        Piece next = p.at(e);
        if (next == null || !next.mark().equals(",") || !next.lower() || !next.norm().equals("one")
                || !p.lowerNorm(e + 1).equals("of") || !p.lowerNorm(e + 2).equals("the")) {
            return false;
        }
        for (int k = e + 3; k < Math.min(p.size(), e + 6); k++) {
            Piece x = p.get(k);
            if (!x.lower() || !x.sep().equals(" ")) {
                return false;
            }
            if (x.norm().endsWith("s") && PlaceLists.listNounType(x.norm()) == EntityType.REGION) {
                return true;
            }
        }
        return false;
    }

    /**
     * ", its exclave", ", an enclave of": an apposition of an article or "its" and up to two lower-case words ending in
     * an enclave noun opens at piece {@code e} (a region cue for a name shared by a town and a territory).
     */
    static boolean enclaveAppositionAfter(SentencePieces p, int e) {
        Piece next = p.at(e);
        if (next == null || !next.mark().equals(",")
                || !(Words.ARTICLES.contains(next.norm()) || Words.ENCLAVE_APPOSITION_OWNERS.contains(next.norm()))) {
            return false;
        }
        for (int k = e + 1; k < Math.min(p.size(), e + 4); k++) {
            Piece x = p.get(k);
            if (!x.lower() || !x.sep().equals(" ")) {
                return false;
            }
            if (Words.ENCLAVE_NOUNS.contains(x.norm())) {
                return true;
            }
        }
        return false;
    }

    /** An apposition with a settlement noun opens at piece {@code e}: ", a small town near the river". */
    static boolean settlementAppositionAfter(SentencePieces p, int e) {
        Piece next = p.at(e);
        if (next == null || !next.mark().equals(",") || !Words.ARTICLES.contains(next.norm())) {
            return false;
        }
        for (int k = e + 1; k < Math.min(p.size(), e + 5); k++) {
            Piece x = p.get(k);
            if (x.possessive()) {
                continue; // ", the country's second city"
            }
            if (!x.lower() || !x.sep().equals(" ")) {
                return false;
            }
            if (Words.SETTLEMENT_NOUNS.contains(x.norm()) && !x.norm().endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "in Velkar Tom and Sarun Mey provinces": a name of several words takes a list's region noun only after
     * "in", "across" or "the", or as a later item of the list ("from Amani Okello and ..." may name a person):
     * after a word of {@code place-list-openers}.
     */
    private static boolean placeListOpener(Phrase ph) {
        Piece prev = ph.p().at(ph.a() - 1);
        if (prev == null || !prev.lower()) {
            return false;
        }
        return Words.PLACE_LIST_OPENERS.contains(prev.norm());
    }

    /**
     * "the Tomsk and Omsk regions": a plural region noun after the list applies to each name in it; an item may join
     * its words by a hyphen and hold a lower-case name particle ("Raqa, Hasaka and Deir ez-Zor provinces").
     */
    static boolean sharedPluralRegionNoun(SentencePieces p, int e) {
        boolean joiner = false;
        for (int k = e; k < Math.min(p.size(), e + 12); k++) {
            Piece x = p.get(k);
            String sep = x.mark();
            if (!sep.isEmpty() && !sep.equals(",") && !(k > e && p.hyphenBefore(k) && p.get(k - 1).cap() != x.cap())) {
                return false;
            }
            if (x.cap() || k > e && p.get(k - 1).cap() && articlePrefix(p, k)) {
                continue;
            }
            String n = x.norm();
            if (Words.LIST_JOINERS.contains(n)) {
                joiner = true;
            } else {
                return joiner && k > e && p.get(k - 1).cap() && pluralRegionNoun(n);
            }
        }
        return false;
    }

    /** "regions", "provinces", "territories": a plural noun of a division that follows names. */
    private static boolean pluralRegionNoun(String n) {
        return n.endsWith("s") && (Words.DIVISION_NOUNS.contains(n) || Words.REGION_NOUNS_AFTER_NAMES.contains(n));
    }

    /** "ez" of "Deir ez-Zor", "al" of "Tal al-Abyad": a short lower-case word a hyphen joins to a capitalized one. */
    private static boolean articlePrefix(SentencePieces p, int k) {
        Piece x = p.get(k);
        return x.lower() && x.norm().length() <= 3 && p.cap(k + 1) && p.hyphenBefore(k + 1);
    }
}
