package org.parley.catalog;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes entries in the catalog TSV format that {@link CatalogReader} reads, header first: the ten base
 * columns, and the optional place columns when any entry has place facts.
 */
public final class CatalogWriter {

    private CatalogWriter() {
    }

    public static void write(List<CatalogEntry> entries, Writer out) throws IOException {
        boolean facts = hasPlaceFacts(entries);
        out.write(String.join("\t", columns(facts)));
        out.write('\n');
        for (CatalogEntry e : entries) {
            out.write(line(e, facts));
            out.write('\n');
        }
        out.flush();
    }

    /** True when some entry carries place facts, so that lines need the place columns. */
    public static boolean hasPlaceFacts(List<CatalogEntry> entries) {
        return entries.stream().anyMatch(e -> !e.place().isEmpty());
    }

    /** The header's columns: the ten base columns, then the place columns when {@code withPlaceFacts}. */
    public static List<String> columns(boolean withPlaceFacts) {
        List<String> out = new ArrayList<>(CatalogReader.COLUMNS);
        if (withPlaceFacts) {
            out.addAll(CatalogReader.PLACE_COLUMNS);
        }
        return out;
    }

    /** One TSV line (without the newline) of the ten base columns for {@code e}. */
    public static String line(CatalogEntry e) {
        return line(e, false);
    }

    /** One TSV line (without the newline) for {@code e}, with the place columns when {@code withPlaceFacts}. */
    public static String line(CatalogEntry e, boolean withPlaceFacts) {
        String offices = e.offices().stream()
                .map(o -> o.title() + "@" + blank(o.of()) + "@" + blank(o.from()) + "@" + blank(o.to()))
                .collect(Collectors.joining(";"));
        String base = String.join("\t", e.key(), e.type().label(), e.label(), blank(e.wikidataId()),
                String.join("|", e.aliases()), String.join("|", e.demonyms()), String.join("|", e.metonyms()),
                blank(e.partOf()), offices, String.join("|", e.groups()));
        if (!withPlaceFacts) {
            return base;
        }
        PlaceFacts p = e.place();
        return String.join("\t", base, p.population() == 0 ? "" : Long.toString(p.population()), blank(p.locatedIn()),
                blank(p.isoCode()), blank(p.division()), String.join("|", p.cueNames()));
    }

    private static String blank(Object o) {
        return o == null ? "" : o.toString();
    }
}
