package org.parley.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The entity catalog: entities with names, aliases, demonyms, metonyms, offices and group facts,
 * loaded from TSV files (format: {@link CatalogReader}). Immutable and thread-safe once built.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.bundled();
 * catalog.findZeroOrOne("Q159").map(CatalogEntry::label);   // Optional[Russia]
 * }</pre>
 */
public final class Catalog {

    /** The bundled files, in load order, as listed in {@code index.txt} beside them. */
    static final String RESOURCE_DIR = "/org/parley/catalog/";

    private static volatile Catalog bundled;

    private final List<CatalogEntry> entries;
    private final Map<String, CatalogEntry> byKey;
    /** People by the lower-case title of an office they held, in catalog order: a lookup, not a pass over the catalog. */
    private final Map<String, List<CatalogEntry>> byOfficeTitle;
    private volatile String contentHash;

    private Catalog(List<CatalogEntry> entries) {
        this(entries, null);
    }

    /** With {@code contentHash} already known (the build's {@link CatalogSnapshot}), or null to compute it when asked. */
    Catalog(List<CatalogEntry> entries, String contentHash) {
        this.contentHash = contentHash;
        Map<String, CatalogEntry> map = new LinkedHashMap<>();
        for (CatalogEntry e : entries) {
            map.put(e.key(), e); // a later file overrides an earlier entry with the same key
        }
        this.byKey = Collections.unmodifiableMap(map);
        this.entries = List.copyOf(map.values());
        Map<String, List<CatalogEntry>> holders = new HashMap<>();
        for (CatalogEntry e : this.entries) {
            e.offices().stream().map(o -> o.title().toLowerCase(Locale.ROOT)).distinct()
                    .forEach(t -> holders.computeIfAbsent(t, x -> new ArrayList<>()).add(e));
        }
        this.byOfficeTitle = holders;
    }

    public static Catalog of(List<CatalogEntry> entries) {
        return new Catalog(entries);
    }

    /**
     * The catalog shipped in the jar; loaded once, from the build's {@link CatalogSnapshot} when it holds the bundled
     * TSVs as they are, else from the TSVs.
     */
    public static Catalog bundled() {
        Catalog c = bundled;
        if (c == null) {
            synchronized (Catalog.class) {
                c = bundled;
                if (c == null) {
                    c = CatalogSnapshot.readBundled().orElseGet(Catalog::bundledFromTsvs);
                    bundled = c;
                }
            }
        }
        return c;
    }

    /** The catalog shipped in the jar, read afresh from its TSV files (never from the build's snapshot). */
    public static Catalog bundledFromTsvs() {
        return new Catalog(readBundledEntries());
    }

    /** The bundled files' entries, as read and in load order. */
    static List<CatalogEntry> readBundledEntries() {
        return readBundledLocated().stream().map(LocatedEntry::entry).toList();
    }

    /** The bundled catalog extended (and overridden, key by key) by the given files; with none, the bundled one. */
    public static Catalog withExtraFiles(List<Path> files) throws CatalogException {
        if (files.isEmpty()) {
            return bundled();
        }
        List<CatalogEntry> all = new ArrayList<>(bundled().entries());
        for (Path f : files) {
            all.addAll(CatalogReader.read(f));
        }
        return new Catalog(all);
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** SHA-256 (hex) of every entry as a catalog line, in order: equal for two catalogs with the same entries. */
    public String contentHash() {
        String h = contentHash;
        if (h == null) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (CatalogEntry e : entries) {
                    sha.update(CatalogWriter.line(e, true).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                }
                h = HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java", e);
            }
            contentHash = h;
        }
        return h;
    }

    public Optional<CatalogEntry> findZeroOrOne(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Entries tagged with {@code group}, in catalog order. */
    public List<CatalogEntry> listByGroup(String group) {
        return entries.stream().filter(e -> e.groups().contains(group)).toList();
    }

    /** People who held an office with this title (case-insensitive) of {@code ofKey} on {@code date}. */
    public List<CatalogEntry> listHolders(String title, String ofKey, LocalDate date) {
        String t = title.toLowerCase(Locale.ROOT);
        return byOfficeTitle.getOrDefault(t, List.of()).stream()
                .filter(e -> e.offices().stream().anyMatch(o -> o.title().toLowerCase(Locale.ROOT).equals(t)
                        && (ofKey == null || ofKey.equals(o.of())) && (date == null || o.heldOn(date))))
                .toList();
    }

    /**
     * Entries whose label, alias or metonym equals {@code name} (case-insensitive), in catalog order.
     * Demonyms are not names and do not match.
     */
    public List<CatalogEntry> listByName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.names().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(n))).toList();
    }

    /**
     * Entries whose key, label, alias, demonym or metonym contains {@code text} (case-insensitive),
     * exact name matches first, then in catalog order.
     */
    public List<CatalogEntry> listMatching(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        List<CatalogEntry> exact = listByName(text);
        List<CatalogEntry> out = new ArrayList<>(exact);
        for (CatalogEntry e : entries) {
            boolean hit = e.key().toLowerCase(Locale.ROOT).contains(t)
                    || Stream.concat(e.names(), e.demonyms().stream())
                    .anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(t));
            if (hit && !exact.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The bundled files' entries, as read and in load order, with their resource name and line. */
    public static List<LocatedEntry> readBundledLocated() {
        return readBundledLocated(Set.of());
    }

    /**
     * Like {@link #readBundledLocated()}, leaving out the files named in {@code leaveOut} (which need not exist):
     * the generated files, for the import that writes them.
     */
    public static List<LocatedEntry> readBundledLocated(Set<String> leaveOut) {
        try (InputStream index = Catalog.class.getResourceAsStream(RESOURCE_DIR + "index.txt")) {
            if (index == null) {
                throw new IllegalStateException("catalog index missing from the classpath: " + RESOURCE_DIR + "index.txt");
            }
            List<LocatedEntry> all = new ArrayList<>();
            for (String name : listedFiles(index.readAllBytes())) {
                if (leaveOut.contains(name)) {
                    continue;
                }
                try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE_DIR + name)) {
                    if (in == null) {
                        throw new IllegalStateException("catalog file listed in index.txt is missing: " + name);
                    }
                    all.addAll(CatalogReader.readLocated(name, in));
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogException e) {
            throw new IllegalStateException("bundled catalog is invalid: " + e.getMessage(), e);
        }
    }

    /** The file names {@code index.txt} lists, in load order (blank lines and {@code #} comments left out). */
    static List<String> listedFiles(byte[] index) {
        List<String> out = new ArrayList<>();
        for (String line : new String(index, StandardCharsets.UTF_8).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                out.add(name);
            }
        }
        return out;
    }
}
