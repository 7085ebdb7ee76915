package org.parley.extract.mention;

import org.parley.core.EntityType;

/**
 * A person's name joined by "of" or "for" to the body the person speaks for, read by the run of capitalized words
 * as one name: "Jakaya Kikwete of the African Union", "Velma Dorsk for the European Union", "Alpha Konare of the
 * African Union Commission and Ida Varon of the Arab League". The person's name (two or three capitalized words, no
 * head of a body, title, place noun or catalog name among them, a given name the catalog knows first or a surname
 * the article gave last; or two words before "of the" or "for the" and a catalog organization) and the body after
 * the connector (a catalog organization, or capitalized words that end in the head of a body) are each named on
 * their own. Names of bodies built so keep their head before the connector ("Movement
 * for Democracy in Liberia", "Party of the Regions"). Stateless.
 */
final class PersonBeforeBody {

    private PersonBeforeBody() {
    }

    /** The phrase opens with a person's name followed by "of" or "for" (and "the") and a body's name. */
    static boolean personBeforeBody(Phrase ph) {
        SentencePieces p = ph.p();
        int k = ph.a();
        while (k < ph.e() && p.get(k).cap() && !p.get(k).allCaps()) {
            k++;
        }
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
        return (catalogBody || NameRuns.groupHeadAhead(p, b))
                && (namedPerson(ph, k) || the && catalogBody && k - ph.a() == 2);
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
                    || Words.TITLE_MODIFIERS.contains(n) || ph.matcher().match(p, j, k) != null) {
                return false;
            }
        }
        return true;
    }
}
