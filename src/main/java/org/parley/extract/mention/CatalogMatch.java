package org.parley.extract.mention;

import java.util.List;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;

/**
 * The catalog forms that pieces {@code [begin, end)} of a sentence spell.
 *
 * @param begin first piece
 * @param end   piece after the last
 * @param forms the catalog forms the pieces may stand for (case checked), in catalog order
 * @param exact some form is written exactly as the text writes it
 * @param pairedRegion the region whose cue name, also its country's name, the matcher accepted because the sentence
 *                     pairs it with another region of that country ({@link SiblingRegions}); null for none
 */
record CatalogMatch(int begin, int end, List<NameIndex.Form> forms, boolean exact, CatalogEntry pairedRegion) {

    CatalogMatch {
        forms = List.copyOf(forms);
    }

    int length() {
        return end - begin;
    }

    boolean hasType(EntityType type) {
        return forms.stream().anyMatch(f -> f.entry().type() == type);
    }

    /** Whether every form matched names an entry of {@code type} ("Kenya": only the country). */
    boolean onlyType(EntityType type) {
        return forms.stream().allMatch(f -> f.entry().type() == type);
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

    /** The form is written as the text writes the pieces, accents aside ("San José" for "San Jose"). */
    boolean writtenAlike(NameIndex.Form f, SentencePieces p) {
        for (int k = 0; k < f.surface().size(); k++) {
            if (!NameText.unaccented(f.surface().get(k)).equals(NameText.unaccented(p.get(begin + k).text()))) {
                return false;
            }
        }
        return true;
    }
}
