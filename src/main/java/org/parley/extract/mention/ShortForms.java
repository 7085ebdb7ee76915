package org.parley.extract.mention;

import java.util.List;
import org.parley.catalog.CatalogEntry;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * Short forms a full name introduces for the rest of the article: an acronym in parentheses after it ("Tigray
 * People's Liberation Front (TPLF)"), which beats the catalog's reading of the same acronym and, after a name that
 * is no entity, names none; and the last word of a country's "... of X" name ("Democratic Republic of Congo" lets
 * "Congo" name it). Stateless.
 */
final class ShortForms {

    private ShortForms() {
    }

    /**
     * "Marvan Liberation Front (MLF)": an all-capitals piece in parentheses right after the name at piece
     * {@code e} names the same entity, here and later in the article, unless the catalog knows it as this entity or,
     * starting with another letter, as another; a place's only when it starts as the place's name does, for a place
     * that ends a longer name is not what the acronym shortens ("Confederation of Indigenous Nationalities of Ecuador
     * (CONAIE)" when the typing left the name whole unread).
     */
    static void acronymInParentheses(SentenceMentions out, int e, Entity entity, NameIndex index) {
        SentencePieces p = out.pieces();
        Piece x = p.at(e);
        if (x == null || !x.mark().equals("(") || !x.allCaps()) {
            return;
        }
        if (!inParentheses(p, e)) {
            return;
        }
        List<NameIndex.Form> catalogForms = index.forms(x.norm());
        if (entity.type().isPlace() && !sameFirstLetter(x.norm(), entity.label())) {
            return;
        }
        if (catalogForms.isEmpty()) {
            out.addPieces(e, e + 1, entity, MentionKind.SHORT_NAME, 0.8, Rules.ACRONYM_IN_PARENTHESES);
            out.name(x.norm(), entity);
        } else if (catalogForms.stream().noneMatch(f -> f.entry().key().equals(entity.key()))
                && sameFirstLetter(x.norm(), entity.label())
                && (!entity.type().isPlace() || initialsOf(entity.label()).equals(x.norm()))) {
            out.addPieces(e, e + 1, entity, MentionKind.SHORT_NAME, 0.8, Rules.ACRONYM_IN_PARENTHESES);
            out.acronym(x.norm(), entity); // "Peace-talk Creation Group (PCG)": not the catalog's PCG here
        }
    }

    /**
     * An acronym the catalog gives another entry is this name's only when it starts as the name does: "Peace-talk
     * Creation Group (PCG)" takes PCG, but the agency after a dateline ("KYIV, Ukraine (AP)", "GENEVA (AFP)") stays
     * the agency.
     */
    private static boolean sameFirstLetter(String acronym, String label) {
        String name = label.regionMatches(true, 0, "the ", 0, 4) ? label.substring(4) : label;
        return !name.isEmpty() && !acronym.isEmpty()
                && Character.toLowerCase(name.charAt(0)) == Character.toLowerCase(acronym.charAt(0));
    }

    /**
     * The first letters of a label's capitalized words, in lower case ("Democratic Republic of the Congo": drc). A
     * place takes an acronym the catalog gives another entry only when it spells the place's initials, for the
     * agency after a dateline may start with the place's letter ("BAKU, Azerbaijan (AP)", "LUANDA, Angola (AFP)").
     */
    private static String initialsOf(String label) {
        StringBuilder initials = new StringBuilder();
        for (String word : label.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(Character.toLowerCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }

    /**
     * "the Velmar Dock Workers Union ... The union, known as VDWU,": an organization's name of three capitalized
     * words or more lets the all-capitals word of their first letters name it later in the article, without the
     * parentheses that would introduce it, unless the catalog or the article already gives those letters a sense.
     */
    static void initialsOfName(SentenceMentions out, int a, int e, Entity entity, NameIndex index) {
        SentencePieces p = out.pieces();
        if (entity.type() != EntityType.ORGANIZATION || p.capitalized(a, e) < 3) {
            return;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = a; k < e; k++) {
            Piece x = p.get(k);
            if (x.allCaps()) {
                return; // "UN Relief Agency": a name with an acronym in it is not spelled out
            }
            if (x.cap()) {
                initials.append(x.norm().charAt(0));
            }
        }
        String key = initials.toString();
        if (index.forms(key).isEmpty() && !index.isDemonym(key) && out.known().entity(key) == null) {
            out.name(key, entity);
        }
    }

    /** "Grand Velmar Dam (GVD)": an acronym given to a name that is no entity names no entity later either. */
    static void acronymOfNoEntity(SentenceMentions out, int e) {
        Piece x = out.pieces().at(e);
        if (x != null && x.mark().equals("(") && x.allCaps() && inParentheses(out.pieces(), e)) {
            out.notAnEntity(x.norm());
        }
    }

    /** The piece at {@code e} stands alone in parentheses: "(" before it, ")" right after it. */
    private static boolean inParentheses(SentencePieces p, int e) {
        Piece x = p.at(e);
        Piece after = p.at(e + 1);
        return x.mark().equals("(") && (after != null ? after.mark().startsWith(")") : p.charAt(x.end()) == ')');
    }

    /**
     * "Democratic Republic of Congo" lets a later "Congo" in the same article name that country, when the
     * catalog has no entry of its own for the word.
     */
    static void countryShortForm(SentenceMentions out, CatalogMatch c, CatalogEntry entry, NameIndex index) {
        SentencePieces p = out.pieces();
        if (entry.type() != EntityType.COUNTRY || c.length() < 3 || !p.norm(c.end() - 2).equals("of")
                && !(p.norm(c.end() - 2).equals("the") && p.norm(c.end() - 3).equals("of"))) {
            return;
        }
        Piece last = p.get(c.end() - 1);
        if (last.cap() && !last.allCaps() && index.forms(last.norm()).isEmpty() && !index.isDemonym(last.norm())) {
            out.name(last.norm(), entry.toEntity());
        }
    }
}
