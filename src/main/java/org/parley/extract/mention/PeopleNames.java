package org.parley.extract.mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.core.EntityType;
import org.parley.core.RuleId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the article writes as a people ("the Kokang people", "Buddhist-majority Leh", "the Naga-inhabited areas"),
 * which the annotation leaves out: such a span is no mention (unless it names a country), and no other span of the
 * same name in the article is one either when the name is no linked entry of the catalog ("the Kanak vote" after
 * "the Kanak people"; mention.skip.people-name). A name of one or two words ending in a people's name that news
 * writes without a people noun ("the Hutu militia", "the Ngok Dinka") is one too. Stateless.
 */
final class PeopleNames {

    /** The skip's rule id (it makes no mention, so it is not one of {@link Rules}). */
    static final RuleId RULE = RuleId.of("mention.skip.people-name");
    private static final Logger LOG = LoggerFactory.getLogger("org.parley.extract");

    private PeopleNames() {
    }

    /** {@code found} without the spans of names the text writes as a people. */
    static List<Candidate> withoutPeoples(List<Candidate> found, String text) {
        Set<String> peoples = new HashSet<>();
        Set<Candidate> asPeople = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate c : found) {
            if (c.entity().type() != EntityType.COUNTRY && (writtenAsPeople(text, c.end()) || listedPeople(text, c))) {
                peoples.add(surface(text, c));
                asPeople.add(c);
            }
        }
        if (peoples.isEmpty()) {
            return found;
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            boolean here = asPeople.contains(c);
            boolean elsewhere = c.entity().wikidataId() == null && c.entity().type() != EntityType.PERSON
                    && peoples.contains(surface(text, c));
            if (!here && !elsewhere) {
                out.add(c);
            } else {
                LOG.debug("{}: no mention of {}", RULE, c.entity().label());
            }
        }
        return List.copyOf(out);
    }

    /** A people noun after one space ("Kokang people") or a people compound after a hyphen ("Naga-inhabited"). */
    static boolean writtenAsPeople(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char sep = text.charAt(end);
        if (sep != ' ' && sep != '-') {
            return false;
        }
        int b = end + 1;
        int e = b;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e == b || !Character.isLowerCase(text.charAt(b))) {
            return false;
        }
        String word = text.substring(b, e).toLowerCase(Locale.ROOT);
        return sep == ' ' ? Words.PEOPLE_NOUNS.contains(word) : Words.PEOPLE_COMPOUNDS.contains(word);
    }

    /**
     * "the Hutu militia", "the Ngok Dinka voted": a name of one or two words, linked to no catalog entry, whose last
     * word names a people (`people-names`).
     */
    private static boolean listedPeople(String text, Candidate c) {
        String[] words = surface(text, c).split(" ");
        return c.entity().wikidataId() == null && words.length <= 2
                && Words.PEOPLE_NAMES.contains(words[words.length - 1]);
    }

    private static String surface(String text, Candidate c) {
        return text.substring(c.begin(), c.end()).toLowerCase(Locale.ROOT);
    }
}
