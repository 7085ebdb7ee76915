package org.parley.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule ids of the extractor two ways: as the code and the rule files emit them, and as {@code docs/RULES.md}
 * lists them. Read from the source tree (the project folder is the working directory of the tests), so that a rule
 * added or removed in code or data and not in the catalogue is named. Used by {@link RuleCatalogueTest} and by the
 * development report's {@code --rules-doc}.
 *
 * <p>A party argument's id is a base id with the ways the party was resolved appended
 * ({@code maker.subject} + {@code -pronoun} + {@code -in-sentence}); the catalogue lists the bases and the suffixes,
 * and {@link #decompose} splits an emitted id into them.
 */
public final class RuleCatalogue {

    /** The catalogue, relative to the project folder. */
    public static final Path DOC = Path.of("docs", "RULES.md");

    private static final Path JAVA = Path.of("src/main/java/org/parley/extract");
    private static final Path DATA = Path.of("src/main/resources/org/parley/extract");
    private static final String ID = "[a-z][a-z0-9]*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+";
    /** A literal that becomes a rule id: {@code RuleId.of("x")}, a registry {@code put("x", ...)}, or a last argument {@code , "x")}. */
    private static final Pattern MADE = Pattern.compile("(?:RuleId\\.of\\(|\\.put\\(|,\\s*)\"(" + ID + ")\"(?=\\s*[,)])");
    /** A suffix appended to a caller's rule: {@code rule + "-owner"}. */
    private static final Pattern SUFFIX = Pattern.compile("\\brule\\s*\\+\\s*\"(-[a-z0-9]+(?:-[a-z0-9]+)*)\"");
    /** A literal an id is compared with: {@code .equals("x")}, {@code .startsWith("x")}. */
    private static final Pattern COMPARED = Pattern.compile("\\.(equals|startsWith)\\(\"(" + ID + ")\"\\)");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|");
    public static final String SEEN_BEGIN = "<!-- seen:begin -->";
    public static final String SEEN_END = "<!-- seen:end -->";

    /** What the code and data emit: base ids, resolution suffixes, and the literals ids are compared with. */
    public record InCode(Set<String> ids, Set<String> suffixes, List<String> comparisons) {
    }

    /**
     * What the catalogue lists: base ids, suffixes, and the composed ids of its "seen" table.
     *
     * @param ids      the base ids of the family tables
     * @param suffixes the resolution suffixes ({@code -owner})
     * @param seen     the composed ids listed between the seen markers
     */
    public record InDoc(Set<String> ids, Set<String> suffixes, Set<String> seen) {
    }

    private RuleCatalogue() {
    }

    /** Scans the extractor's Java sources and rule files under {@code project}. */
    public static InCode inCode(Path project) {
        Set<String> ids = new TreeSet<>();
        Set<String> suffixes = new TreeSet<>();
        List<String> comparisons = new ArrayList<>();
        for (Path file : files(project.resolve(JAVA), ".java")) {
            String text = read(file);
            MADE.matcher(text).results().forEach(m -> ids.add(m.group(1)));
            SUFFIX.matcher(text).results().forEach(m -> suffixes.add(m.group(1)));
            Matcher c = COMPARED.matcher(text);
            while (c.find()) {
                comparisons.add(project.relativize(file) + ": ." + c.group(1) + "(\"" + c.group(2) + "\")");
            }
        }
        Path rules = project.resolve(DATA).resolve("statement/rules");
        firstFields(rules.resolve("triggers.rules"), "\\s+").forEach(ids::add);
        firstFields(rules.resolve("makers.rules"), "\\s+").forEach(ids::add);
        firstFields(rules.resolve("addressees.rules"), "\\s+").forEach(ids::add);
        firstFields(project.resolve(DATA).resolve("mention/phrase-types.tsv"), "\t").forEach(ids::add);
        return new InCode(ids, suffixes, comparisons);
    }

    /** Reads the catalogue's tables: rows whose first cell is a back-quoted id or suffix. */
    public static InDoc inDoc(List<String> lines) {
        Set<String> ids = new TreeSet<>();
        Set<String> suffixes = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        boolean inSeen = false;
        for (String line : lines) {
            if (line.strip().equals(SEEN_BEGIN) || line.strip().equals(SEEN_END)) {
                inSeen = line.strip().equals(SEEN_BEGIN);
                continue;
            }
            String id = rowId(line);
            if (id == null) {
                continue;
            }
            (inSeen ? seen : id.startsWith("-") ? suffixes : ids).add(id);
        }
        return new InDoc(ids, suffixes, seen);
    }

    /** The back-quoted first cell of a table row, or null when the line is no such row. */
    public static String rowId(String line) {
        Matcher m = ROW.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Splits an emitted id into the longest base of {@code bases} it starts with and the suffixes that follow
     * ({@code maker.subject-pronoun-in-sentence} → {@code [maker.subject, -pronoun, -in-sentence]}); null when it is
     * no such composition.
     */
    public static List<String> decompose(String id, Set<String> bases, Set<String> suffixes) {
        String best = null;
        List<String> bestTail = null;
        for (String base : bases) {
            if (id.startsWith(base) && (best == null || base.length() > best.length())) {
                List<String> tail = suffixes(id.substring(base.length()), suffixes);
                if (tail != null) {
                    best = base;
                    bestTail = tail;
                }
            }
        }
        if (best == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        out.add(best);
        out.addAll(bestTail);
        return out;
    }

    private static List<String> suffixes(String rest, Set<String> suffixes) {
        if (rest.isEmpty()) {
            return new ArrayList<>();
        }
        for (String s : suffixes) {
            if (rest.startsWith(s)) {
                List<String> tail = suffixes(rest.substring(s.length()), suffixes);
                if (tail != null) {
                    tail.add(0, s);
                    return tail;
                }
            }
        }
        return null;
    }

    /** The first field of each content line ({@code #} comments and blank lines skipped). */
    private static List<String> firstFields(Path file, String separator) {
        List<String> out = new ArrayList<>();
        for (String line : read(file).lines().toList()) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t.split(separator)[0]);
            }
        }
        return out;
    }

    private static List<Path> files(Path folder, String ending) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
