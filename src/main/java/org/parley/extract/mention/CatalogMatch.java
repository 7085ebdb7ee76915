package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * The catalog forms that pieces {@code [begin, end)} of a sentence spell.
 *
 * @param begin first piece
 * @param end   piece after the last
 * @param forms the catalog forms the pieces may stand for (case checked), in catalog order
 * @param exact some form is written exactly as the text writes it
 */
record CatalogMatch(int begin, int end, List<NameIndex.Form> forms, boolean exact) {

    CatalogMatch {
        forms = List.copyOf(forms);
    }

    int length() {
        return end - begin;
    }

    boolean hasType(EntityType type) {
        return forms.stream().anyMatch(f -> f.entry().type() == type);
    }

    boolean allPlaces() {
        return forms.stream().allMatch(f -> f.entry().type().isPlace());
    }

    /** The first form of this kind and type (any type when {@code type} is null), or null. */
    NameIndex.Form first(MentionKind kind, EntityType type) {
        for (NameIndex.Form f : forms) {
            if (f.kind() == kind && (type == null || f.entry().type() == type)) {
                return f;
            }
        }
        return null;
    }

    /** The forms written exactly as the text writes them first, then the others, each group in catalog order. */
    List<NameIndex.Form> exactFirst(SentencePieces p) {
        List<NameIndex.Form> exactForms = new ArrayList<>();
        List<NameIndex.Form> rest = new ArrayList<>();
        for (NameIndex.Form f : forms) {
            boolean same = true;
            for (int k = 0; k < f.surface().size(); k++) {
                same &= f.surface().get(k).equals(p.get(begin + k).text());
            }
            (same ? exactForms : rest).add(f);
        }
        exactForms.addAll(rest);
        return exactForms;
    }
}
