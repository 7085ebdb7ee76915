package org.parley.catalog;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** Writes entries in the catalog TSV format that {@link CatalogReader} reads, header first. */
public final class CatalogWriter {

    private CatalogWriter() {
    }

    public static void write(List<CatalogEntry> entries, Writer out) throws IOException {
        out.write(String.join("\t", CatalogReader.COLUMNS));
        out.write('\n');
        for (CatalogEntry e : entries) {
            out.write(line(e));
            out.write('\n');
        }
        out.flush();
    }

    /** One TSV line (without the newline) for {@code e}. */
    public static String line(CatalogEntry e) {
        String offices = e.offices().stream()
                .map(o -> o.title() + "@" + blank(o.of()) + "@" + blank(o.from()) + "@" + blank(o.to()))
                .collect(Collectors.joining(";"));
        return String.join("\t", e.key(), e.type().label(), e.label(), blank(e.wikidataId()),
                String.join("|", e.aliases()), String.join("|", e.demonyms()), String.join("|", e.metonyms()),
                blank(e.partOf()), offices, String.join("|", e.groups()));
    }

    private static String blank(Object o) {
        return o == null ? "" : o.toString();
    }
}
