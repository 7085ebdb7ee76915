package org.parley.extract.mention;

import org.parley.core.EntityType;
import org.parley.core.RuleId;

/**
 * A person's name joined by "of" or "for" to the body the person speaks for, read by the run of capitalized words
 * as one name: "Jakaya Kikwete of the African Union", "Velma Dorsk for the European Union", "Alpha Konare of the
 * African Union Commission and Ida Varon of the Arab League". The person's name (two or three capitalized words, no
 * head of a body, title, place noun or catalog name among them, a given name the catalog knows first or a surname
 * the article gave last; or two words, not after "the", before "of the" or "for the" and a body) and the body after
 * the connector (a catalog organization, or capitalized words that end in the head of a body) are each named on
 * their own. Names of bodies built so keep their head before the connector ("Movement
 * for Democracy in Liberia", "Party of the Regions"). Stateless.
 */
final class PersonBeforeBody {

    /** The typing rule of {@code phrase-types.tsv} that tests {@link #personBeforeBody}. */
    private static final RuleId RULE = RuleId.of("mention.skip.person-before-body");

    private PersonBeforeBody() {
    }

    /** The phrase opens with a person's name followed by "of" or "for" (and "the") and a body's name. */
    static boolean personBeforeBody(Phrase ph) {
        SentencePieces p = ph.p();
        int k = connector(p, ph.a(), ph.e());
        if (k - ph.a() < 2 || k - ph.a() > 3 || k >= ph.e() || !p.lower(k)
                || !p.norm(k).equals("of") && !p.norm(k).equals("for") || !personShaped(ph, k)) {
            return false;
        }
        boolean the = k + 1 < ph.e() && p.norm(k + 1).equals("the");
        int b = the ? k + 2 : k + 1;
        if (b >= ph.e() || !p.cap(b)) {
            return false;
        }
        CatalogMatch body = ph.matcher().match(p, b, ph.e());
        boolean catalogBody = body != null && body.onlyType(EntityType.ORGANIZATION);
        return (catalogBody || NameRuns.groupHeadAhead(p, b)) && (namedPerson(ph, k)
                || the && k - ph.a() == 2 && (catalogBody || !ph.before(1).equals("the"))); // not "the Youth Wing of"
    }

    /**
     * Where the body's name starts in the phrase {@code [a, e)} that {@link #personBeforeBody} holds for: after the
     * connector and "the".
     */
    static int bodyStart(SentencePieces p, int a, int e) {
        int k = connector(p, a, e);
        return k + 1 < e && p.norm(k + 1).equals("the") ? k + 2 : k + 1;
    }

    /**
     * Where the body's name starts when {@code rule} (the typing of the phrase {@code [a, e)}) found a person before
     * a body and the body is one name, with no "and" joining a second person and body after it; -1 otherwise.
     */
    static int singleBodyStart(RuleId rule, SentencePieces p, int a, int e) {
        if (!RULE.equals(rule)) {
            return -1;
        }
        int b = bodyStart(p, a, e);
        for (int k = b; k < e; k++) {
            if (p.lower(k) && p.norm(k).equals("and")) {
                return -1;
            }
        }
        return b;
    }

    /** The first piece after the capitalized words that open the phrase. */
    private static int connector(SentencePieces p, int a, int e) {
        int k = a;
        while (k < e && p.get(k).cap() && !p.get(k).allCaps()) {
            k++;
        }
        return k;
    }

    /** A given name the catalog knows opens the name, or a surname the article gave ends it. */
    private static boolean namedPerson(Phrase ph, int k) {
        SentencePieces p = ph.p();
        return ph.matcher().index().isGivenName(p.norm(ph.a())) || ph.known().isSurname(p.norm(k - 1));
    }

    /** No head of a body, title, place noun or catalog name among the words before the connector. */
    private static boolean personShaped(Phrase ph, int k) {
        SentencePieces p = ph.p();
        for (int j = ph.a(); j < k; j++) {
            String n = p.norm(j);
            if (Words.ORG_HEADS.contains(n) || Words.TITLES.contains(n) || Words.REGION_HEADS.contains(n)
                    || Words.TITLE_MODIFIERS.contains(n) || Words.ORGANIZATION_NOUNS.contains(n)
                    || ph.matcher().match(p, j, k) != null) {
                return false;
            }
        }
        return true;
    }
}
