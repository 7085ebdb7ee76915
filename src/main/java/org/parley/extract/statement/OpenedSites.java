package org.parley.extract.statement;

import org.parley.extract.Lexicon;
import org.parley.extract.WordList;

/**
 * A place in the "in" phrase of a body's site that the content opens or closes ("demanded that Kosovo reopen the
 * offices in Zvecan", "that the offices in Zvecan be reopened", "the closure of the liaison office in Kerak"): the
 * offices stand where the act is done, so the place is the content's, not a seat that only says where a party sits
 * ({@code PlaceRules}' seat and owner exclusions). The site must be the thing opened or closed (the object or the
 * passive subject of a verb of {@code opening-words}, or the "of" phrase of such a noun); a body that acts
 * ("that the offices in Zvecan pay the pensions"), is addressed ("asked the authorities in Zvecan to reopen the
 * road") or is recognized keeps its seat out.
 */
final class OpenedSites {

    private static final WordList OPENING = Lexicon.bundled().list("opening-words");
    private static final WordList GROUP_NOUNS = Lexicon.bundled().list("group-nouns");
    private static final WordList SEAT_NOUNS = Lexicon.bundled().list("body-seat-nouns");
    private static final WordList ORGANIZATION_NOUNS = Lexicon.bundled().list("organization-nouns");

    private OpenedSites() {
    }

    /** Whether the place stands in the "in" phrase of a body's noun that the content opens or closes. */
    static boolean inOpenedSite(SentenceView s, SentenceView.Placed m) {
        int t = s.firstConjunct(m.head()); // "in North Mitrovica and Zvecan"
        int in = s.head(t);
        if (!s.relation(t).equals("pobj") || in < 1 || !s.word(in).equals("in")) {
            return false;
        }
        return openedBody(s, s.head(in));
    }

    /**
     * Whether a token is a body's noun that the content opens or closes ("that the offices be reopened"): when it is
     * a passive subject, its phrases stay in the content ({@code ContentRules}), as a force subject's do.
     */
    static boolean openedBody(SentenceView s, int site) {
        return site >= 0 && s.isNoun(site) && bodyNoun(s, site) && opened(s, site);
    }

    private static boolean bodyNoun(SentenceView s, int site) {
        return s.listed(GROUP_NOUNS, site) || s.listed(SEAT_NOUNS, site) || ORGANIZATION_NOUNS.contains(s.lemma(site));
    }

    private static boolean opened(SentenceView s, int site) {
        String r = s.relation(site);
        int gov = s.head(site);
        if (gov < 0) {
            return false;
        }
        if (r.equals("dobj") || r.equals("nsubjpass")) {
            return s.isVerb(gov) && OPENING.contains(s.lemma(gov));
        }
        int noun = s.head(gov);
        return r.equals("pobj") && s.word(gov).equals("of") && noun >= 0 && s.isNoun(noun)
                && OPENING.contains(s.lemma(noun));
    }
}
