package org.parley.extract.mention;

import java.util.List;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;
import org.parley.extract.WordList;

/**
 * Whether a capital or seat named in a sentence is the city or stands for its government: the city in a place
 * phrase ("talks in Kyiv", "the road to Kyiv", "would send two envoys to Kyiv", "the mayor of Kyiv", "Kyiv's
 * outskirts", "Kyiv-based"), as the object
 * of a verb of taking or leaving a place ("troops left Kyiv"), as the venue an agreement or talks are named after
 * ("the Minsk agreements"), after "capital" ("the Chadian capital N'Djamena"), in a dateline (also one of two
 * cities joined by a slash, "KYIV/MOSCOW,") or a list of cities;
 * the government otherwise ("Kyiv rejected", "Beijing's call", "in Kyiv's view", "a protest note sent to Kyiv").
 * Stateless.
 */
final class CapitalSense {

    private CapitalSense() {
    }

    /** True when the name at pieces {@code [a, e)} is read as the city. */
    static boolean isCity(SentencePieces p, int a, int e, CatalogMatcher matcher, List<Candidate> found) {
        int k = a - 1;
        if (p.norm(k).equals("the") && p.lower(k)) {
            k--;
        }
        String prev = p.lowerNorm(k);
        if (whereAfter(p, e)) {
            return true; // "the call from Muscat, where he is based": a place that a relative clause describes
        }
        if (prev.equals("from") && proposalNoun(openingOrLower(p, k - 1))) {
            return false; // "the offer from Chisinau", "Demands from Moscow": who made it
        }
        if (ownerAfterPreposition(p, e, prev)) {
            return false; // "in Kyiv's view", "removed from Kyiv's list": the preposition governs what Kyiv holds
        }
        if (prev.equals("from") && Words.GOVERNMENT_ACT_NOUNS.contains(p.norm(k - 1))
                && (p.lower(k - 1) || p.at(k - 1).sentenceStart())) {
            return false; // "pressure from Washington", "the response from Moscow": who acts
        }
        if (Words.PLACE_PREPOSITIONS.contains(prev) || Words.CITY_OBJECT_VERB_FORMS.contains(prev)
                || openingPlacePhrase(p, a, e, k) || dateline(p, a, e)) {
            return true;
        }
        if (prev.equals("of") && (Words.CITY_NOUNS_BEFORE_OF.contains(p.norm(k - 1))
                || Words.PLACE_EVENT_NOUNS.contains(p.norm(k - 1)))
                || prev.equals("to") && (movementBefore(p, k) || peopleSentBefore(p, k))) {
            return true; // "the mayor of Kyiv", "the siege of Kyiv", "the road to Kyiv"
        }
        if (PlaceCues.settlementNounBeforeComma(p, a) || asCapital(p, e) || prev.equals("capital") && p.lower(k)) {
            return true; // "the regional capital, Kyiv,", "recognized Kyiv as the capital", "the Chadian capital N'Djamena"
        }
        if (PlaceLists.forwardNeighbour(p, e, matcher) == EntityType.CITY || previousListItemIsCity(p, a, e, found)) {
            return true; // "Khartoum, Omdurman and every town": a capital among cities is a city
        }
        Piece next = p.at(e);
        if (next != null && next.possessive()) {
            return cityPartAfter(p, e + 1); // "Kyiv's outskirts", "Kyiv's eastern suburbs"
        }
        return next != null && p.joined(e) && next.lower() && (next.norm().equals("city")
                || p.hyphenBefore(e) && next.norm().equals("based")
                || Words.VENUE_NAMED_NOUNS.contains(next.norm()) && !p.hyphenBefore(a)); // not "the Kyiv-Moscow talks"
    }

    /** The word at piece k in lower case when it is written so or opens the sentence ("Requests"), else "". */
    private static String openingOrLower(SentencePieces p, int k) {
        Piece x = p.at(k);
        return x != null && (x.lower() || x.sentenceStart()) ? x.norm() : "";
    }

    /**
     * "in Kyiv's view", "from Kyiv's list", "at Kyiv's request": a possessive name after a place preposition
     * whose possessed word is written in lower case and is no part of a city (not "in Kyiv's streets", "in Kyiv's
     * eastern suburbs"): the preposition reaches the thing possessed, and the name is its holder, the government.
     */
    private static boolean ownerAfterPreposition(SentencePieces p, int e, String prev) {
        Piece next = p.at(e);
        Piece after = p.at(e + 1);
        return Words.PLACE_PREPOSITIONS.contains(prev) && next != null && next.possessive() && after != null
                && after.lower() && !cityPartAfter(p, e + 1);
    }

    /**
     * A part of a city (city-parts) at piece k or, after one adjective describing it, at k + 1: "eastern suburbs"
     * (not "concerns center on").
     */
    private static boolean cityPartAfter(SentencePieces p, int k) {
        Piece x = p.at(k);
        Piece y = p.at(k + 1);
        return x != null && (Words.CITY_PARTS.contains(x.norm()) || x.lower() && x.pos().startsWith("JJ")
                && y != null && p.joined(k + 1) && Words.CITY_PARTS.contains(y.norm()));
    }

    /** ", where": a relative clause of place right after the name. */
    private static boolean whereAfter(SentencePieces p, int e) {
        return p.at(e) != null && p.mark(e).equals(",") && p.lower(e) && p.norm(e).equals("where");
    }

    /** An offer, demand or rejection noun, singular or plural ("offer", "demands"). */
    private static boolean proposalNoun(String word) {
        return Words.PROPOSAL_NOUNS.stream().anyMatch(l -> eitherNumber(l, word));
    }

    /** Whether {@code list} holds the word as written or without a plural "s" ("demands" as "demand"). */
    private static boolean eitherNumber(WordList list, String word) {
        return list.contains(word) || word.endsWith("s") && list.contains(word.substring(0, word.length() - 1));
    }

        /** "... Kyiv as the capital", "as its capital": the city named as a capital. */
    private static boolean asCapital(SentencePieces p, int e) {
        String det = p.lowerNorm(e + 1);
        return p.lowerNorm(e).equals("as") && (det.equals("the") || det.equals("its") || det.equals("their")
                || det.equals("a")) && p.lowerNorm(e + 2).equals("capital");
    }

    /** "In Tashkent, the minister said": a sentence-opening place phrase. */
    private static boolean openingPlacePhrase(SentencePieces p, int a, int e, int k) {
        return k == a - 1 && p.at(k) != null && p.at(k).sentenceStart() && Words.PLACE_PREPOSITIONS.contains(p.norm(k))
                && p.at(e) != null && p.mark(e).equals(",");
    }

    /**
     * A word of movement within four words before "to", with no message sent between: "travelled to", "the road
     * to"; not "sent a protest note to".
     */
    private static boolean movementBefore(SentencePieces p, int to) {
        for (int j = to - 1; j >= Math.max(0, to - 4); j--) {
            if (Words.MOVEMENT_WORDS.contains(p.norm(j))) {
                return true;
            }
            if (eitherNumber(Words.SENT_MESSAGE_NOUNS, p.lowerNorm(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A verb of sending, flying or inviting (sending-verb-forms) up to eight words before "to", in the same stretch of
     * the clause (no comma between) and with no text, answer or message sent (document-nouns, answer-nouns,
     * sent-message-nouns): "would send two mediators and a legal adviser to Kampala", "fly the hostages from Tehran to
     * Algiers"; not "would send its reply to Kampala", "sent a protest note to Kampala".
     */
    private static boolean peopleSentBefore(SentencePieces p, int to) {
        for (int j = to - 1; j >= Math.max(0, to - 8); j--) {
            String w = p.lowerNorm(j);
            if (Words.SENDING_VERB_FORMS.contains(w)) {
                return true;
            }
            if (eitherNumber(Words.DOCUMENT_NOUNS, w) || Words.ANSWER_NOUNS.contains(w)
                    || eitherNumber(Words.SENT_MESSAGE_NOUNS, w) || !p.mark(j).isEmpty()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "TASHKENT, May 4 (Agency) -": an ALL-CAPS name opening a sentence before a comma is a dateline city;
     * so is the name before "(Agency) -" that opens the article.
     */
    static boolean dateline(SentencePieces p, int a, int e) {
        int b = slashedStart(p, a);
        if (p.at(b) == null || !p.at(b).sentenceStart() || p.at(e) == null) {
            return false;
        }
        e = slashedEnd(p, e);
        if (p.sentence() == 0 && p.mark(e).equals("(") && p.at(e).cap() && p.at(e + 1) != null
                && p.mark(e + 1).startsWith(")") && p.at(e + 1).sep().matches("\\)\\s*[-\u2013\u2014].*")) {
            return true; // "Velmar (Agency) - ...": the place line that opens a wire story
        }
        if (!p.mark(e).equals(",")) {
            return false;
        }
        int letters = 0;
        for (int k = a; k < e; k++) {
            if (!p.get(k).allCaps()) {
                return false;
            }
            letters += NameText.letters(p.get(k).text()).length();
        }
        return letters >= (e - a == 1 ? 3 : 5); // "LA PAZ", "EL FASHER": short pieces in a longer name
    }

    /** "TASHKENT/ALMATY": the first piece of the ALL-CAPS names joined by slashes that ends with piece a's name. */
    private static int slashedStart(SentencePieces p, int a) {
        int b = a;
        while (p.mark(b).equals("/") && p.at(b) != null && p.get(b).sep().equals("/") && allCaps(p, b - 1)) {
            b--;
            while (p.get(b).sep().equals(" ") && allCaps(p, b - 1)) {
                b--; // "LA PAZ/..."
            }
        }
        return b;
    }

    /** "TASHKENT/ALMATY,": the piece after the ALL-CAPS names joined by slashes that starts at piece e. */
    private static int slashedEnd(SentencePieces p, int e) {
        int f = e;
        while (p.at(f) != null && p.get(f).sep().equals("/") && p.get(f).allCaps()) {
            f++;
            while (p.at(f) != null && p.get(f).sep().equals(" ") && p.get(f).allCaps()) {
                f++;
            }
        }
        return f;
    }

    private static boolean allCaps(SentencePieces p, int k) {
        return p.at(k) != null && p.get(k).allCaps();
    }

    /**
     * "VELMARSK, Tessaly, Jan 29 (Agency) - ...": an ALL-CAPS name before a comma that opens the article's first
     * sentence, whose wire credit and dash follow within a few pieces, is the dateline's place.
     */
    static boolean openingDateline(SentencePieces p, int a, int e) {
        return p.sentence() == 0 && dateline(p, a, e) && PlaceCue.wireCreditAhead(p, e);
    }

    /** "Goma, Bukavu and Kinshasa": the list item before piece a was found as a city by its name. */
    static boolean previousListItemIsCity(SentencePieces p, int a, int e, List<Candidate> found) {
        if (p.at(a) == null) {
            return false;
        }
        int before;
        if (p.mark(a).equals(",")) {
            before = a - 1;
            if (!PlaceLists.listContinues(p, e)) {
                return false; // "In Goma, Kinshasa said": a comma after a phrase, not a list
            }
        } else if (a >= 2 && p.lower(a - 1) && Words.LIST_JOINERS.contains(p.norm(a - 1))
                && p.get(a - 1).sep().equals(" ")) {
            before = a - 2;
        } else {
            return false;
        }
        if (before < 0 || !p.cap(before)) {
            return false;
        }
        int end = p.get(before).end();
        for (Candidate f : found) {
            if (f.end() == end) {
                return f.entity().type() == EntityType.CITY && f.kind() == MentionKind.NAME;
            }
        }
        return false;
    }
}
