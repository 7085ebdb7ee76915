package org.parley.catalog.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data tables of the reference import, read once from the resource folder {@code org/parley/catalog/reference/}:
 * division nouns, name rewrites, adjectival endings, known wrong ids, common English words, proper names, the
 * imported names that read as English words, the words after a division's name, the words too general to make two
 * names alike and the division types that are cities.
 * Immutable and thread-safe.
 */
final class NameTables {

    private static final String DIR = "/org/parley/catalog/reference/";

    /** How news names a division of one kind: the label's noun (empty: the bare name) and the nouns of other forms. */
    record DivisionNouns(String labelNoun, List<String> nouns) {
    }

    /**
     * One rewrite of a place's name; {@code base} true when the result replaces a division's name as the English base;
     * {@code joined} true when the result is written as one word ("Si Sa Ket" gives "Sisaket").
     */
    record Rewrite(Set<String> countries, Pattern pattern, String replacement, boolean base, boolean joined) {
        boolean appliesTo(String country) {
            return countries.contains("*") || countries.contains(country);
        }

        /** The rewritten name, or null when the pattern does not match the whole name. */
        String apply(String name) {
            Matcher m = pattern.matcher(name);
            if (!m.matches()) {
                return null;
            }
            String out = m.replaceFirst(replacement).strip();
            return joined ? joinWords(out) : out;
        }

        /** "Si Sa Ket" gives "Sisaket": the words without spaces, the first letter kept and the others lower case. */
        static String joinWords(String name) {
            String glued = name.replace(" ", "");
            return glued.isEmpty() ? glued : glued.substring(0, 1) + glued.substring(1).toLowerCase(Locale.ROOT);
        }
    }

    private final Map<String, DivisionNouns> nouns = new HashMap<>();
    private final List<Rewrite> rewrites = new ArrayList<>();
    private final Map<String, List<String>> adjectivalEndings = new HashMap<>();
    private final Set<String> wrongIds = new HashSet<>();
    private final Set<String> commonWords;
    private final Set<String> properNames;
    private final Set<String> wordNames;
    private final Set<String> divisionWords;
    private final Set<String> generalPlaceWords;
    private final Set<String> cityTypes;

    private NameTables() {
        for (String[] r : rows("division-nouns.tsv", 4)) {
            nouns.put(r[0] + "\t" + r[1], new DivisionNouns(r[2], split(r[3])));
        }
        for (String[] r : rows("name-rewrites.tsv", 4)) {
            rewrites.add(new Rewrite(Set.copyOf(split(r[0])), Pattern.compile(r[1]), r[2], r[3].equals("base"),
                    r[3].equals("joined")));
        }
        for (String[] r : rows("adjectival-suffixes.tsv", 2)) {
            adjectivalEndings.put(r[0], split(r[1]));
        }
        for (String[] r : rows("id-errata.tsv", 4)) {
            wrongIds.add(r[0] + "\t" + r[1] + "\t" + r[2]);
        }
        commonWords = Set.copyOf(lines("common-words.txt"));
        properNames = Set.copyOf(lines("proper-names.txt"));
        wordNames = Set.copyOf(lines("word-names.txt").stream().map(PlaceNames::fold).toList());
        divisionWords = Set.copyOf(lines("division-words.txt"));
        generalPlaceWords = Set.copyOf(lines("general-place-words.txt"));
        cityTypes = Set.copyOf(lines("city-types.txt"));
    }

    private static final class Holder {
        static final NameTables INSTANCE = new NameTables();
    }

    static NameTables get() {
        return Holder.INSTANCE;
    }

    /** The nouns for a division type of a country: the most specific row of the table. */
    DivisionNouns nouns(String country, String type) {
        for (String k : List.of(country + "\t" + type, country + "\t*", "*\t" + type, "*\t*")) {
            DivisionNouns n = nouns.get(k);
            if (n != null) {
                return n.nouns().contains("{type}")
                        ? new DivisionNouns(n.labelNoun(), type.isBlank() || type.contains(" ") ? List.of() : List.of(type))
                        : n;
            }
        }
        throw new IllegalStateException("division-nouns.tsv has no * * row");
    }

    List<Rewrite> rewrites() {
        return rewrites;
    }

    /** Adjectival endings of a country's division names, longest first; empty for most countries. */
    List<String> adjectivalEndings(String country) {
        return adjectivalEndings.getOrDefault(country, List.of());
    }

    /** True when the errata list {@code wrongId} for this row ({@code file}: regions or cities). */
    boolean isKnownWrong(String file, String row, String wrongId) {
        return wrongIds.contains(file + "\t" + row + "\t" + wrongId);
    }

    boolean isCommonWord(String lowerCase) {
        return commonWords.contains(lowerCase);
    }

    boolean isProperName(String name) {
        return properNames.contains(name);
    }

    /** An imported place's name that reads as an English word in news ("Meta", "Lira"), folded. */
    boolean isWordName(String folded) {
        return wordNames.contains(folded);
    }

    /** A word that follows a division's name ("oblast", "governorate"), folded lower case. */
    boolean isDivisionWord(String folded) {
        return divisionWords.contains(folded);
    }

    /** A word too general to make two place names alike ("nord", "city", "san"), folded lower case. */
    boolean isGeneralPlaceWord(String folded) {
        return generalPlaceWords.contains(folded);
    }

    /** A division type of {@code regions.tsv} whose division is the town itself ("capital city"). */
    boolean isCityType(String type) {
        return cityTypes.contains(type);
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).toList();
    }

    /** The data rows of a TSV resource (comments and the header line left out), each with {@code n} cells. */
    private static List<String[]> rows(String name, int n) {
        List<String[]> out = new ArrayList<>();
        boolean header = true;
        for (String line : lines(name)) {
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != n) {
                throw new IllegalStateException(DIR + name + ": line \"" + line + "\" has " + cells.length
                        + " cells, expected " + n);
            }
            out.add(cells);
        }
        return out;
    }

    private static List<String> lines(String name) {
        try (InputStream in = NameTables.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the classpath: " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
