package org.parley.extract.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.core.EntityType;
import org.parley.core.Token;

/**
 * Whether a name the statistical tagger reads as a person is a place instead: it opens with a word that begins
 * place names and no person's ("Beit", "Kafr", "Lower": {@code place-name-elements}), or it stands in a list between
 * places ("from Velmoro, Kafr Tazin and Orlat", "leave Velmoro, Dalen Hiro and the hills"). A title or speech verb
 * around a person is read by the typing rules before the tagger, so no such cue is overruled here. Stateless.
 */
final class TaggedPlaces {

    private static final Set<EntityType> PLACES = Set.of(EntityType.CITY, EntityType.REGION, EntityType.COUNTRY);

    private TaggedPlaces() {
    }

    /** Whether tokens {@code [a, e)}, tagged as a person, are shaped like a place. */
    static boolean placeShaped(List<Token> tokens, int a, int e, List<Candidate> found) {
        return Words.PLACE_NAME_ELEMENTS.contains(tokens.get(a).text().toLowerCase(Locale.ROOT))
                || listAfterPlace(tokens, a, e, found);
    }

    /**
     * "Velmoro and Dalen Hiro", "Velmoro, Dalen Hiro and ...": the name follows a place and a list joiner, and when
     * the joiner is a comma the list goes on after it ("In Velmoro, Jane Doe said" is no list).
     */
    private static boolean listAfterPlace(List<Token> tokens, int a, int e, List<Candidate> found) {
        if (a < 2) {
            return false;
        }
        String joiner = tokens.get(a - 1).text().toLowerCase(Locale.ROOT);
        boolean comma = joiner.equals(",");
        if (!comma && !Words.LIST_JOINERS.contains(joiner)) {
            return false;
        }
        if (comma && (e >= tokens.size() || !Words.LIST_JOINERS.contains(tokens.get(e).text().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        int j = !comma && tokens.get(a - 2).text().equals(",") ? a - 3 : a - 2;
        if (j < 0) {
            return false;
        }
        int placeEnd = tokens.get(j).span().end();
        return found.stream().anyMatch(f -> f.end() == placeEnd && PLACES.contains(f.entity().type()));
    }
}
