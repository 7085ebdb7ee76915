package org.parley.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.core.EntityType;

/**
 * Reads catalog TSV files. UTF-8, one entity per line, {@code #} starts a comment line, and a
 * header line naming the columns:
 *
 * <pre>
 * key  type  label  wikidata  aliases  demonyms  metonyms  part_of  offices  groups
 * </pre>
 *
 * Lists ({@code aliases}, {@code demonyms}, {@code metonyms}, {@code groups}) are separated by
 * {@code |}. {@code offices} are separated by {@code ;}, each {@code Title@OfKey@From@To} with
 * ISO dates, any part but the title may be empty. Empty cells are allowed except key, type, label.
 */
public final class CatalogReader {

    static final List<String> COLUMNS = List.of("key", "type", "label", "wikidata", "aliases", "demonyms",
            "metonyms", "part_of", "offices", "groups");

    private CatalogReader() {
    }

    public static List<CatalogEntry> read(Path file) throws CatalogException {
        return entries(readLocated(file));
    }

    public static List<CatalogEntry> read(String name, InputStream in) throws CatalogException, IOException {
        return entries(readLocated(name, in));
    }

    /** Like {@link #read(Path)}, keeping each entry's file and line for diagnostics. */
    public static List<LocatedEntry> readLocated(Path file) throws CatalogException {
        try (InputStream in = Files.newInputStream(file)) {
            return readLocated(file.toString(), in);
        } catch (IOException e) {
            throw new CatalogException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Like {@link #read(String, InputStream)}, keeping each entry's file and line for diagnostics. */
    public static List<LocatedEntry> readLocated(String name, InputStream in) throws CatalogException, IOException {
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n", -1);
        List<LocatedEntry> out = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = name + ":" + (i + 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!header) {
                if (!Arrays.asList(cells).equals(COLUMNS)) {
                    throw new CatalogException(where + ": header must be the tab-separated columns " + String.join(",", COLUMNS)
                            + ", found \"" + String.join(",", cells) + "\"");
                }
                header = true;
                continue;
            }
            if (cells.length != COLUMNS.size()) {
                throw new CatalogException(where + ": " + cells.length + " columns, expected " + COLUMNS.size());
            }
            out.add(new LocatedEntry(entry(where, cells), name, i + 1));
        }
        return out;
    }

    private static List<CatalogEntry> entries(List<LocatedEntry> located) {
        return located.stream().map(LocatedEntry::entry).toList();
    }

    private static CatalogEntry entry(String where, String[] c) throws CatalogException {
        String key = c[0].strip();
        String label = c[2].strip();
        if (key.isEmpty() || label.isEmpty()) {
            throw new CatalogException(where + ": key and label must not be empty");
        }
        EntityType type;
        try {
            type = EntityType.parse(c[1]);
        } catch (IllegalArgumentException e) {
            throw new CatalogException(where + ": " + e.getMessage());
        }
        String qid = c[3].strip().isEmpty() ? null : c[3].strip();
        if (qid != null && !qid.matches("Q[1-9][0-9]*")) {
            throw new CatalogException(where + ": wikidata \"" + qid + "\" is not a Q-identifier");
        }
        return new CatalogEntry(key, type, label, qid, list(c[4]), list(c[5]), list(c[6]),
                c[7].strip().isEmpty() ? null : c[7].strip(), offices(where, c[8]), list(c[9]));
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Office> offices(String where, String cell) throws CatalogException {
        List<Office> out = new ArrayList<>();
        for (String part : cell.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] f = part.split("@", -1);
            if (f.length != 4 || f[0].isBlank()) {
                throw new CatalogException(where + ": office \"" + part.strip() + "\" is not Title@OfKey@From@To");
            }
            LocalDate from = date(where, f[2]);
            LocalDate to = date(where, f[3]);
            if (from != null && to != null && to.isBefore(from)) {
                throw new CatalogException(where + ": office \"" + part.strip() + "\" ends before it starts");
            }
            out.add(new Office(f[0].strip(), blankToNull(f[1]), from, to));
        }
        return out;
    }

    private static LocalDate date(String where, String s) throws CatalogException {
        if (s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new CatalogException(where + ": \"" + s.strip() + "\" is not an ISO date (YYYY-MM-DD)");
        }
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
