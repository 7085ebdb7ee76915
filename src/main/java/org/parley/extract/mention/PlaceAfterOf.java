package org.parley.extract.mention;

import org.parley.core.EntityType;

/**
 * A catalog place that ends a capitalized phrase after "of" ("Area C of the West Bank"): the words before "of" name
 * a part of that place, and an organization head inside the place's own name ("Bank") says nothing of the phrase.
 * Also the part itself when it is a division noun and one capital letter ("Area C", "District B"). Stateless.
 */
final class PlaceAfterOf {

    private PlaceAfterOf() {
    }

    /**
     * The piece of "of" before a catalog place (its name after an optional "the") that ends the phrase, or the
     * phrase's end when there is none.
     */
    static int start(Phrase ph) {
        SentencePieces p = ph.p();
        for (int k = ph.a() + 1; k + 1 < ph.e(); k++) {
            if (!p.lower(k) || !p.norm(k).equals("of")) {
                continue;
            }
            int j = p.lower(k + 1) && p.norm(k + 1).equals("the") ? k + 2 : k + 1;
            CatalogMatch m = j < ph.e() ? ph.matcher().match(p, j, ph.e()) : null;
            if (m != null && m.end() == ph.e() && !m.forms().isEmpty()
                    && m.forms().stream().allMatch(f -> f.entry().type().isPlace())) {
                return k;
            }
            return ph.e();
        }
        return ph.e();
    }

    /** "Area C", "District B": a capitalized division noun and one capital letter name a division of a place. */
    static boolean letteredDivision(Phrase ph) {
        SentencePieces p = ph.p();
        String letter = p.get(ph.e() - 1).text();
        return ph.length() == 2 && p.cap(ph.a()) && Words.REGION_NOUNS_BEFORE_OF.contains(p.norm(ph.a()))
                && letter.length() == 1 && Character.isUpperCase(letter.charAt(0)) && p.joined(ph.e() - 1);
    }
}
