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
import java.util.regex.Pattern;
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
 *
 * <p>Any of the optional place columns may follow the ten, each once, in any order ({@link PlaceFacts}):
 * {@code population} (a whole number), {@code located_in} (a key), {@code iso_code}, {@code division} and
 * {@code cue_names} (separated by {@code |}). Files with the ten columns alone read as before.
 */
public final class CatalogReader {

    static final List<String> COLUMNS = List.of("key", "type", "label", "wikidata", "aliases", "demonyms",
            "metonyms", "part_of", "offices", "groups");

    /** The optional place columns, in the order the writer puts them. */
    static final List<String> PLACE_COLUMNS = List.of("population", "located_in", "iso_code", "division", "cue_names");

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,18}");

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
        List<String> header = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = name + ":" + (i + 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = header(where, cells);
                continue;
            }
            if (cells.length != header.size()) {
                throw new CatalogException(where + ": " + cells.length + " columns, expected " + header.size());
            }
            out.add(new LocatedEntry(entry(where, cells, header), name, i + 1));
        }
        return out;
    }

    /** The columns the header names: the ten base columns, then optional place columns, each once. */
    private static List<String> header(String where, String[] cells) throws CatalogException {
        List<String> all = Arrays.asList(cells);
        if (cells.length < COLUMNS.size() || !all.subList(0, COLUMNS.size()).equals(COLUMNS)) {
            throw new CatalogException(where + ": header must be the tab-separated columns " + String.join(",", COLUMNS)
                    + ", found \"" + String.join(",", cells) + "\"");
        }
        List<String> extra = all.subList(COLUMNS.size(), all.size());
        for (int k = 0; k < extra.size(); k++) {
            String c = extra.get(k);
            if (!PLACE_COLUMNS.contains(c) || extra.indexOf(c) != k) {
                throw new CatalogException(where + ": header column " + (COLUMNS.size() + k + 1) + " \"" + c
                        + "\" is not one of the optional columns " + String.join(",", PLACE_COLUMNS) + " (each once)");
            }
        }
        return List.copyOf(all);
    }

    private static List<CatalogEntry> entries(List<LocatedEntry> located) {
        return located.stream().map(LocatedEntry::entry).toList();
    }

    private static CatalogEntry entry(String where, String[] c, List<String> header) throws CatalogException {
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
        if (qid != null && !QID.matcher(qid).matches()) {
            throw new CatalogException(where + ": wikidata \"" + qid + "\" is not a Q-identifier");
        }
        return new CatalogEntry(key, type, label, qid, list(c[4]), list(c[5]), list(c[6]),
                c[7].strip().isEmpty() ? null : c[7].strip(), offices(where, c[8]), list(c[9]), place(where, c, header));
    }

    private static PlaceFacts place(String where, String[] c, List<String> header) throws CatalogException {
        if (header.size() == COLUMNS.size()) {
            return PlaceFacts.NONE;
        }
        String population = cell(c, header, "population");
        if (!population.isEmpty() && !WHOLE_NUMBER.matcher(population).matches()) {
            throw new CatalogException(where + ": population \"" + population + "\" is not a whole number");
        }
        long people = population.isEmpty() ? 0 : Long.parseLong(population);
        PlaceFacts facts = new PlaceFacts(people, blankToNull(cell(c, header, "located_in")),
                blankToNull(cell(c, header, "iso_code")), blankToNull(cell(c, header, "division")),
                list(cell(c, header, "cue_names")));
        return facts.isEmpty() ? PlaceFacts.NONE : facts;
    }

    private static String cell(String[] c, List<String> header, String column) {
        int i = header.indexOf(column);
        return i < 0 ? "" : c[i].strip();
    }

    private static List<String> list(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            String s = part.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
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
