package org.parley.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.parley.core.EntityType;

/**
 * The bundled catalog as the build read it, written into the classes folder so that a start-up reads arrays instead
 * of parsing 21,000 TSV lines (docs/DESIGN.md, "Start-up"). The file holds the SHA-256 of the TSV files it was read
 * from ({@link #sourceHash()}: {@code index.txt} and every file it lists), the catalog's {@link Catalog#contentHash()},
 * every distinct string once (their characters, then where each ends) and the entries as string positions and numbers.
 * {@link Catalog#bundled()} uses it only when the bundled TSVs on the classpath hash to what it records; otherwise (a
 * TSV edited since the build, no file) it reads the TSVs. Extra catalog files a user gives always take the TSV path.
 * No Java serialization: a fixed layout of ints and chars.
 * <pre>{@code java -cp ... org.parley.catalog.CatalogSnapshot target/classes/org/parley/catalog/catalog.snapshot}</pre>
 */
public final class CatalogSnapshot {

    static final String RESOURCE = Catalog.RESOURCE_DIR + "catalog.snapshot";
    /** "PCS" and the layout's version: a file of another layout is not read. */
    private static final int FORMAT = 0x50435301;
    private static final int NONE = -1;
    private static final int NO_DATE = Integer.MIN_VALUE;

    private CatalogSnapshot() {
    }

    /**
     * Build step: writes the snapshot of the bundled TSVs to {@code args[0]} (run at every build, about a second, so
     * that it always follows the reader's code too; a file with the same bytes is left as it is).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CatalogSnapshot OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        Catalog catalog = Catalog.bundledFromTsvs();
        byte[] bytes = bytes(Catalog.readBundledEntries(), sourceHash(), catalog.contentHash());
        if (Files.exists(out) && Arrays.equals(Files.readAllBytes(out), bytes)) {
            return;
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("wrote %s (%d entries, %d KB)%n", out, catalog.size(), bytes.length >> 10);
    }

    /** The bundled catalog from the snapshot on the classpath, when there is one of the bundled TSVs as they are. */
    static Optional<Catalog> readBundled() {
        try (InputStream in = CatalogSnapshot.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : read(ByteBuffer.wrap(in.readAllBytes()), sourceHash());
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The snapshot's bytes.
     *
     * @param entries     the entries as read from the TSVs, in load order (a later entry overrides one of the same key)
     * @param source      the TSVs' {@link #sourceHash()}
     * @param contentHash the catalog's {@link Catalog#contentHash()}
     */
    static byte[] bytes(List<CatalogEntry> entries, String source, String contentHash) {
        Strings strings = new Strings();
        strings.id(source);
        strings.id(contentHash);
        List<Integer> fields = new ArrayList<>();
        fields.add(entries.size());
        for (CatalogEntry e : entries) {
            fields.add(strings.id(e.key()));
            fields.add(strings.id(e.type().name()));
            fields.add(strings.id(e.label()));
            fields.add(strings.id(e.wikidataId()));
            strings.list(e.aliases(), fields);
            strings.list(e.demonyms(), fields);
            strings.list(e.metonyms(), fields);
            fields.add(strings.id(e.partOf()));
            fields.add(e.offices().size());
            for (Office o : e.offices()) {
                fields.add(strings.id(o.title()));
                fields.add(strings.id(o.of()));
                fields.add(o.from() == null ? NO_DATE : Math.toIntExact(o.from().toEpochDay()));
                fields.add(o.to() == null ? NO_DATE : Math.toIntExact(o.to().toEpochDay()));
            }
            strings.list(e.groups(), fields);
            place(e.place(), strings, fields);
        }
        return SnapshotLayout.write(FORMAT, strings.table, fields);
    }

    private static void place(PlaceFacts p, Strings strings, List<Integer> fields) {
        if (p.isEmpty()) {
            fields.add(0);
            return;
        }
        fields.add(1);
        fields.add((int) (p.population() >>> 32));
        fields.add((int) p.population());
        fields.add(strings.id(p.locatedIn()));
        fields.add(strings.id(p.isoCode()));
        fields.add(strings.id(p.division()));
        strings.list(p.cueNames(), fields);
    }

    /** The catalog in {@code file}, when it is in this layout and was read from TSVs of hash {@code source}. */
    static Optional<Catalog> read(ByteBuffer file, String source) {
        if (!SnapshotLayout.opens(file, FORMAT)) {
            return Optional.empty();
        }
        String[] strings = SnapshotLayout.strings(file);
        if (!strings[0].equals(source)) {
            return Optional.empty();
        }
        Fields in = new Fields(SnapshotLayout.ints(file), strings);
        CatalogEntry[] entries = new CatalogEntry[in.next()];
        for (int i = 0; i < entries.length; i++) {
            String key = in.string();
            EntityType type = EntityType.valueOf(in.string());
            String label = in.string();
            String wikidataId = in.string();
            List<String> aliases = in.list();
            List<String> demonyms = in.list();
            List<String> metonyms = in.list();
            String partOf = in.string();
            Office[] offices = new Office[in.next()];
            for (int k = 0; k < offices.length; k++) {
                offices[k] = new Office(in.string(), in.string(), in.date(), in.date());
            }
            List<String> groups = in.list();
            entries[i] = new CatalogEntry(key, type, label, wikidataId, aliases, demonyms, metonyms, partOf,
                    List.of(offices), groups, in.place());
        }
        return Optional.of(new Catalog(Arrays.asList(entries), strings[1]));
    }

    /**
     * SHA-256 (hex) of the bundled TSVs as the classpath holds them: {@code index.txt}, then each file it lists, its
     * name and its bytes.
     */
    static String sourceHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] index = resource("index.txt");
            sha.update(index);
            for (String name : Catalog.listedFiles(index)) {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(resource(name));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CatalogSnapshot.class.getResourceAsStream(Catalog.RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("catalog file missing from the classpath: " + Catalog.RESOURCE_DIR + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strings of the entries, null as {@link #NONE}. */
    private static final class Strings {
        private final SnapshotLayout.StringTable table = new SnapshotLayout.StringTable();

        int id(String s) {
            return s == null ? NONE : table.id(s);
        }

        void list(List<String> list, List<Integer> fields) {
            fields.add(list.size());
            list.forEach(s -> fields.add(id(s)));
        }
    }

    /** A reader of the entries' fields, in the order {@link #bytes} wrote them. */
    private static final class Fields {
        private final int[] fields;
        private final String[] strings;
        private int at;

        Fields(int[] fields, String[] strings) {
            this.fields = fields;
            this.strings = strings;
        }

        int next() {
            return fields[at++];
        }

        String string() {
            int id = next();
            return id == NONE ? null : strings[id];
        }

        LocalDate date() {
            int day = next();
            return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
        }

        List<String> list() {
            String[] out = new String[next()];
            for (int i = 0; i < out.length; i++) {
                out[i] = string();
            }
            return List.of(out);
        }

        PlaceFacts place() {
            if (next() == 0) {
                return PlaceFacts.NONE;
            }
            long population = ((long) next() << 32) | (next() & 0xffffffffL);
            return new PlaceFacts(population, string(), string(), string(), list());
        }
    }
}
