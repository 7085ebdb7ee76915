package org.parley.catalog.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parley.catalog.CatalogException;

/**
 * The rows of the three reference lists (countries, first-level divisions, towns) as read from their TSV files,
 * checked for their header and for well-formed ids and numbers. Immutable.
 *
 * @param countries countries and territories, in file order
 * @param regions   divisions, in file order
 * @param towns     towns, in file order
 */
public record ReferenceRows(List<Country> countries, List<Region> regions, List<Town> towns) {

    static final List<String> COUNTRY_COLUMNS = List.of("name", "iso2", "iso3", "capital", "nationality", "region",
            "subregion", "wikidata", "native");
    static final List<String> REGION_COLUMNS = List.of("name", "native", "type", "iso3166_2", "country_iso2", "country",
            "wikidata", "parent_wikidata");
    static final List<String> TOWN_COLUMNS = List.of("name", "native", "country_iso2", "region_wikidata", "population",
            "wikidata");

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public ReferenceRows {
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        towns = List.copyOf(towns);
    }

    /** A country or territory of {@code countries.tsv}. */
    public record Country(String where, String name, String iso2, String capital, String nationality, String wikidata) {
        public Country {
            Objects.requireNonNull(iso2, "iso2");
        }
    }

    /** A division of {@code regions.tsv}; {@code parent} is the Wikidata id of the division it belongs to, or null. */
    public record Region(String where, String name, String nativeName, String type, String iso, String country,
                         String wikidata, String parent) {
        public Region {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A town of {@code cities.tsv}; {@code region} is the Wikidata id of its division, or null. */
    public record Town(String where, String name, String nativeName, String country, String region, long population,
                       String wikidata) {
        public Town {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Reads the three files; the first malformed line stops the read with its file and line. */
    public static ReferenceRows read(Path regions, Path towns, Path countries) throws CatalogException {
        return new ReferenceRows(readFile(countries, COUNTRY_COLUMNS, ReferenceRows::country),
                readFile(regions, REGION_COLUMNS, ReferenceRows::region), readFile(towns, TOWN_COLUMNS, ReferenceRows::town));
    }

    /** One data line with its location, for the converters. */
    private record Line(String where, String[] cells) {
        String cell(int i) {
            return cells[i].strip();
        }

        String qid(int i, String column) throws CatalogException {
            String v = cell(i);
            if (v.isEmpty()) {
                return null;
            }
            if (!QID.matcher(v).matches()) {
                throw new CatalogException(where + ": " + column + " \"" + v + "\" is not a Wikidata id (Q...)");
            }
            return v;
        }
    }

    /** A converter that may reject a line. */
    private interface Converter<T> {
        T convert(Line line) throws CatalogException;
    }

    private static <T> List<T> readFile(Path file, List<String> columns, Converter<T> converter) throws CatalogException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CatalogException(file + ": no such file");
        } catch (IOException e) {
            throw new CatalogException(file + ": cannot read: " + e.getMessage());
        }
        if (lines.isEmpty() || !Arrays.asList(lines.get(0).split("\t", -1)).equals(columns)) {
            throw new CatalogException(file + ":1: header must be the tab-separated columns " + String.join(",", columns));
        }
        List<T> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            String where = file.getFileName() + ":" + (i + 1);
            if (cells.length != columns.size()) {
                throw new CatalogException(where + ": " + cells.length + " columns, expected " + columns.size());
            }
            if (cells[0].isBlank()) {
                throw new CatalogException(where + ": the name is empty");
            }
            out.add(converter.convert(new Line(where, cells)));
        }
        return out;
    }

    private static Country country(Line l) throws CatalogException {
        return new Country(l.where(), l.cell(0), l.cell(1), l.cell(3), l.cell(4), l.qid(7, "wikidata"));
    }

    private static Region region(Line l) throws CatalogException {
        return new Region(l.where(), l.cell(0), l.cell(1), l.cell(2).toLowerCase(java.util.Locale.ROOT), l.cell(3),
                l.cell(4), l.qid(6, "wikidata"), l.qid(7, "parent_wikidata"));
    }

    private static Town town(Line l) throws CatalogException {
        String people = l.cell(4);
        if (!people.matches("[0-9]{1,12}")) {
            throw new CatalogException(l.where() + ": population \"" + people + "\" is not a whole number");
        }
        return new Town(l.where(), l.cell(0), l.cell(1), l.cell(2), l.qid(3, "region_wikidata"), Long.parseLong(people),
                l.qid(5, "wikidata"));
    }
}
