package org.parley.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.catalog.CatalogProblem.Severity;
import org.parley.core.EntityType;

/**
 * Checks facts that span entries and files, which the line-by-line {@link CatalogReader} cannot:
 * duplicate keys and Wikidata ids, unresolved {@code part_of}, {@code located_in} and office keys, keys that disagree
 * with the Wikidata id, a name shared by two entries of one type, aliases that are common words.
 *
 * <pre>{@code
 * List<CatalogProblem> problems = new CatalogValidator().validate(located, Catalog.bundled());
 * }</pre>
 * Stateless and thread-safe.
 */
public final class CatalogValidator {

    /** Frequent English words that make poor aliases: a mention finder would fire on ordinary text. */
    static final Set<String> COMMON_WORDS = Set.of(
            "a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "army", "as",
            "at", "back", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can",
            "city", "could", "country", "day", "did", "do", "does", "down", "during", "each", "even", "few",
            "first", "for", "force", "forces", "from", "front", "further", "general", "government", "had",
            "has", "have", "he", "her", "here", "him", "his", "home", "how", "i", "if", "in", "into", "is",
            "it", "its", "just", "last", "leader", "like", "made", "make", "male", "man", "many", "may", "me",
            "might", "more", "most", "much", "must", "my", "new", "no", "nor", "not", "now", "of", "off",
            "office", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "party",
            "peace", "people", "president", "region", "said", "same", "say", "says", "she", "should", "so",
            "some", "state", "states", "still", "such", "than", "that", "the", "their", "them", "then",
            "there", "these", "they", "this", "those", "through", "time", "to", "too", "two", "under",
            "union", "until", "up", "us", "very", "war", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "why", "will", "with", "would", "year", "years", "you", "your");

    /**
     * Validates {@code entries} (as read, in load order) against themselves and an optional base
     * catalog that they extend: keys and Wikidata ids of the base may be overridden, not duplicated
     * within {@code entries}; references may point into the base.
     *
     * @param entries entries with their locations; never null
     * @param base    catalog the entries extend, or null to validate them on their own
     * @return problems in file order of discovery; empty when all is well
     */
    public List<CatalogProblem> validate(List<LocatedEntry> entries, Catalog base) {
        List<CatalogProblem> out = new ArrayList<>();
        Map<String, LocatedEntry> byKey = new HashMap<>();
        Map<String, LocatedEntry> byQid = new HashMap<>();
        for (LocatedEntry le : entries) {
            CatalogEntry e = le.entry();
            LocatedEntry first = byKey.putIfAbsent(e.key(), le);
            if (first != null) {
                out.add(error(le, "duplicate key \"" + e.key() + "\", first defined at " + first.where()));
            }
            if (e.wikidataId() != null) {
                LocatedEntry other = byQid.putIfAbsent(e.wikidataId(), le);
                if (other != null && first == null) {
                    out.add(error(le, "Wikidata id " + e.wikidataId() + " is also used by \""
                            + other.entry().label() + "\" at " + other.where()));
                }
            }
            checkKey(le, out);
        }
        if (base != null) {
            Map<String, CatalogEntry> baseByQid = new HashMap<>();
            base.entries().stream().filter(e -> e.wikidataId() != null)
                    .forEach(e -> baseByQid.putIfAbsent(e.wikidataId(), e));
            for (LocatedEntry le : entries) {
                String qid = le.entry().wikidataId();
                CatalogEntry b = qid == null ? null : baseByQid.get(qid);
                if (b != null && !b.key().equals(le.entry().key())) {
                    out.add(error(le, "Wikidata id " + qid + " is already used by \"" + b.label()
                            + "\" (key " + b.key() + ") in the base catalog"));
                }
            }
        }
        for (LocatedEntry le : entries) {
            CatalogEntry e = le.entry();
            if (e.partOf() != null) {
                if (e.partOf().equals(e.key())) {
                    out.add(error(le, "part_of points to the entry itself"));
                } else if (!resolves(e.partOf(), byKey, base)) {
                    out.add(error(le, "part_of \"" + e.partOf() + "\" is not the key of any entry"));
                }
            }
            String locatedIn = e.place().locatedIn();
            if (locatedIn != null && !resolves(locatedIn, byKey, base)) {
                out.add(error(le, "located_in \"" + locatedIn + "\" is not the key of any entry"));
            }
            for (Office o : e.offices()) {
                if (o.of() != null && !resolves(o.of(), byKey, base)) {
                    out.add(error(le, "office \"" + o.title() + "\" of \"" + o.of() + "\": not the key of any entry"));
                }
            }
            if (!e.offices().isEmpty() && e.type() != EntityType.PERSON) {
                out.add(warning(le, "offices on a " + e.type().label() + "; offices are meant for people"));
            }
            checkNames(le, out);
        }
        checkSharedNames(entries, out);
        return out;
    }

    /**
     * Reads and validates user files that extend {@code base}: a file the reader rejects gives one
     * error (its first bad line) and is left out of the cross-file checks.
     */
    public List<CatalogProblem> validateFiles(List<Path> files, Catalog base) {
        List<CatalogProblem> out = new ArrayList<>();
        List<LocatedEntry> all = new ArrayList<>();
        for (Path f : files) {
            try {
                all.addAll(CatalogReader.readLocated(f));
            } catch (CatalogException e) {
                out.add(fromReader(f.toString(), e.getMessage()));
            }
        }
        out.addAll(validate(all, base));
        return out;
    }

    private static CatalogProblem fromReader(String file, String message) {
        String prefix = file + ":";
        if (message.startsWith(prefix)) {
            Matcher m = LINE_PREFIX.matcher(message.substring(prefix.length()));
            if (m.matches()) {
                return new CatalogProblem(file, Integer.parseInt(m.group(1)), Severity.ERROR, m.group(2));
            }
            return new CatalogProblem(file, 0, Severity.ERROR, message.substring(prefix.length()).strip());
        }
        return new CatalogProblem(file, 0, Severity.ERROR, message);
    }

    private static final Pattern LINE_PREFIX = Pattern.compile("(\\d+): (.*)", Pattern.DOTALL);

    private static void checkKey(LocatedEntry le, List<CatalogProblem> out) {
        CatalogEntry e = le.entry();
        if (e.wikidataId() != null && !e.key().equals(e.wikidataId())) {
            out.add(error(le, "key \"" + e.key() + "\" should be the Wikidata id " + e.wikidataId()));
        } else if (e.wikidataId() == null && e.key().matches("Q[0-9]+")) {
            out.add(error(le, "key \"" + e.key() + "\" looks like a Wikidata id but the wikidata cell is empty"));
        } else if (e.wikidataId() == null && !e.key().matches("[a-z]+/[a-z0-9-]+")) {
            out.add(error(le, "key \"" + e.key() + "\" is neither a Wikidata id nor type/slug (e.g. city/kherson)"));
        }
    }

    private static void checkNames(LocatedEntry le, List<CatalogProblem> out) {
        CatalogEntry e = le.entry();
        for (String alias : e.aliases()) {
            if (alias.equals(e.label())) {
                out.add(warning(le, "alias \"" + alias + "\" repeats the label"));
            }
        }
        List<String> names = new ArrayList<>(e.aliases());
        names.addAll(e.metonyms());
        for (String name : names) {
            if (isCommonWord(name)) {
                out.add(warning(le, "name \"" + name + "\" is a common English word; a mention finder would match ordinary text"));
            }
        }
    }

    /** True for a common word, unless written as an all-capital acronym ("WHO", "US"). */
    static boolean isCommonWord(String name) {
        boolean acronym = name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT));
        return !acronym && COMMON_WORDS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static void checkSharedNames(List<LocatedEntry> entries, List<CatalogProblem> out) {
        Map<String, LocatedEntry> seen = new LinkedHashMap<>();
        for (LocatedEntry le : entries) {
            CatalogEntry e = le.entry();
            List<String> names = new ArrayList<>();
            names.add(e.label());
            names.addAll(e.aliases());
            for (String name : names.stream().distinct().toList()) {
                String k = e.type() + "\u0000" + name.toLowerCase(Locale.ROOT);
                LocatedEntry other = seen.putIfAbsent(k, le);
                if (other != null && !other.entry().key().equals(e.key())) {
                    out.add(warning(le, e.type().label() + " name \"" + name + "\" also names \""
                            + other.entry().label() + "\" at " + other.where()));
                }
            }
        }
    }

    private static boolean resolves(String key, Map<String, LocatedEntry> byKey, Catalog base) {
        return byKey.containsKey(key) || (base != null && base.findZeroOrOne(key).isPresent());
    }

    private static CatalogProblem error(LocatedEntry le, String message) {
        return new CatalogProblem(le.file(), le.line(), Severity.ERROR, message);
    }

    private static CatalogProblem warning(LocatedEntry le, String message) {
        return new CatalogProblem(le.file(), le.line(), Severity.WARNING, message);
    }
}
