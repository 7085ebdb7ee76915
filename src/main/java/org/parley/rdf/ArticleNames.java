package org.parley.rdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.Mention;
import org.parley.core.MentionKind;

/**
 * The name an article gives a person ({@code parley:nameInArticle} in its graph): the fullest name the article writes
 * for that person ("Jane Marta Doe" where it names her so, though the catalog says "Jane Doe"), else the entity's own
 * label. A person's name is spelled and shortened many ways and only a Wikidata id settles who it is; within one
 * article the article's own full name is the one its reader sees. Kept: the entity's label when the article's name is only that label in
 * other letters ("Erdogan" for "Erdoğan"), or that label after words that open it (a title such as "Mullah"), and
 * when the article names the person by one word only. A town or a region is named without the qualifier in
 * parentheses that the catalog adds to tell places of one name apart ("Tripoli (Lebanon)" is "Tripoli" in the article
 * that names it): the qualifier is the catalog's, no part of the name. Other types keep their label (an
 * organization's name in full is not the article's acronym). Immutable and thread-safe.
 */
final class ArticleNames {

    /** The catalog's qualifier at the end of a place's label: " (Lebanon)", " (United States)". */
    private static final Pattern QUALIFIER = Pattern.compile("\\s+\\([^()]+\\)$");

    private final Map<String, String> fullest;

    private ArticleNames(Map<String, String> fullest) {
        this.fullest = fullest;
    }

    /** The names of one article's persons, from its mentions. */
    static ArticleNames of(List<Mention> mentions) {
        Map<String, String> best = new HashMap<>();
        for (Mention m : mentions) {
            Entity e = m.entity();
            String name = stripPossessive(m.text().strip());
            if (e.type() != EntityType.PERSON || m.kind() != MentionKind.NAME || !fullName(name)) {
                continue;
            }
            best.merge(e.key(), name, (old, now) -> fuller(now, old) ? now : old);
        }
        return new ArticleNames(Map.copyOf(best));
    }

    /** The name this article gives {@code e}: the entity's label where the article writes no other. */
    String name(Entity e) {
        if (e.type() == EntityType.CITY || e.type() == EntityType.REGION) {
            String bare = QUALIFIER.matcher(e.label()).replaceFirst("");
            return bare.isEmpty() ? e.label() : bare;
        }
        String name = fullest.get(e.key());
        if (name == null || Entity.fold(name).equals(Entity.fold(e.label())) || endsWith(words(name), words(e.label()))) {
            return e.label();
        }
        return name;
    }

    /**
     * Two words or more, no digit, the first capitalized; the last word has a capital ("al-Hilu"), and so has every
     * word of five letters or more.
     */
    private static boolean fullName(String name) {
        String[] w = words(name);
        if (w.length < 2 || !Character.isUpperCase(w[0].codePointAt(0)) || name.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return Arrays.stream(w).allMatch(x -> x.length() <= 4 || x.chars().anyMatch(Character::isUpperCase))
                && w[w.length - 1].chars().anyMatch(Character::isUpperCase);
    }

    /** More words, then more letters; the first found wins a tie. */
    private static boolean fuller(String a, String b) {
        int wa = words(a).length;
        int wb = words(b).length;
        return wa != wb ? wa > wb : a.length() > b.length();
    }

    /** {@code longer} is {@code shorter} with words before it. */
    private static boolean endsWith(String[] longer, String[] shorter) {
        if (longer.length <= shorter.length) {
            return false;
        }
        int off = longer.length - shorter.length;
        for (int i = 0; i < shorter.length; i++) {
            if (!Entity.fold(longer[off + i]).equals(Entity.fold(shorter[i]))) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String s) {
        return s.strip().split("\\s+");
    }

    private static String stripPossessive(String s) {
        return s.endsWith("'s") || s.endsWith("\u2019s") ? s.substring(0, s.length() - 2) : s;
    }
}
