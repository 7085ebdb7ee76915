package org.parley.extract.mention;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.catalog.SnapshotLayout;
import org.parley.core.MentionKind;

/**
 * The mention finder's name index and name skeletons over the bundled catalog as the build made them, written into the
 * classes folder so that a start-up reads arrays instead of building them (about a CPU second; docs/DESIGN.md,
 * "Start-up"). Like {@link org.parley.catalog.CatalogSnapshot}: every distinct string once, the rest as ints, entries
 * as their positions in {@link Catalog#entries()}; no Java serialization. It is used only for a catalog of the same
 * {@link Catalog#contentHash()} and size as the one it was made from, and only while the code and word lists that
 * build the index are the ones it was made with: it records the names of those files (the classes and files of this
 * package, the lexicon's word lists, the catalog entry's classes) and their SHA-256, and a start-up hashes the files
 * on the class path again (a few milliseconds). A class or word list changed since the build, an extra catalog file,
 * or no snapshot: the index is built as before.
 * <pre>{@code java -cp ... org.parley.extract.mention.NameIndexSnapshot OUTPUT_FILE CLASSES_FOLDER}</pre>
 */
final class NameIndexSnapshot {

    static final String RESOURCE = "/org/parley/extract/mention/name-index.snapshot";
    /** "PNI" and the layout's version: a file of another layout is not read. */
    private static final int FORMAT = 0x504e4901;
    /** The folders whose every file goes into the source hash, and single files besides. */
    private static final List<String> SOURCE_FOLDERS = List.of("org/parley/extract/mention", "org/parley/extract/lexicon");
    private static final List<String> SOURCE_FILES = List.of("org/parley/extract/Lexicon.class",
            "org/parley/extract/Lexicon$Bundled.class", "org/parley/extract/WordList.class",
            "org/parley/catalog/CatalogEntry.class", "org/parley/catalog/Office.class",
            "org/parley/catalog/PlaceFacts.class", "org/parley/core/EntityType.class",
            "org/parley/core/MentionKind.class");

    /** The index and the skeletons of one catalog. */
    record Parts(NameIndex index, NameSkeletons skeletons) {

        static Parts build(Catalog catalog) {
            return new Parts(new NameIndex(catalog), new NameSkeletons(catalog));
        }
    }

    private NameIndexSnapshot() {
    }

    /**
     * Build step: writes the snapshot of the bundled catalog's index to {@code args[0]}, hashing the files of
     * {@code args[1]} (the classes folder) that build it; a file with the same bytes is left as it is.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: NameIndexSnapshot OUTPUT_FILE CLASSES_FOLDER");
        }
        Path out = Path.of(args[0]);
        List<String> files = sourceFiles(Path.of(args[1]), out);
        Catalog catalog = Catalog.bundled();
        byte[] bytes = bytes(catalog, Parts.build(catalog), files, sourceHash(files).orElseThrow());
        if (Files.exists(out) && Arrays.equals(Files.readAllBytes(out), bytes)) {
            return;
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("wrote %s (%d KB)%n", out, bytes.length >> 10);
    }

    /** The index and skeletons of {@code catalog}: from the snapshot on the class path when it fits, else built. */
    static Parts forCatalog(Catalog catalog) {
        try (InputStream in = NameIndexSnapshot.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Optional<Parts> read = read(ByteBuffer.wrap(in.readAllBytes()), catalog);
                if (read.isPresent()) {
                    return read.get();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot read: " + e.getMessage(), e);
        }
        return Parts.build(catalog);
    }

    /** The files under {@code classes} whose bytes the snapshot depends on, as class-path names, sorted. */
    static List<String> sourceFiles(Path classes, Path snapshot) throws IOException {
        List<String> names = new ArrayList<>(SOURCE_FILES);
        for (String folder : SOURCE_FOLDERS) {
            try (Stream<Path> walk = Files.walk(classes.resolve(folder))) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> !f.toAbsolutePath().normalize().equals(snapshot.toAbsolutePath().normalize()))
                        .filter(f -> !f.getFileName().toString().endsWith(".tmp"))
                        .map(f -> classes.relativize(f).toString().replace('\\', '/')).forEach(names::add);
            }
        }
        return names.stream().distinct().sorted().toList();
    }

    /** SHA-256 (hex) of the named class-path files, each name and its bytes; empty when one is missing. */
    static Optional<String> sourceHash(List<String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : files) {
                try (InputStream in = NameIndexSnapshot.class.getResourceAsStream("/" + name)) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    sha.update(name.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(in.readAllBytes());
                }
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The snapshot's bytes: {@code parts} of {@code catalog}, made by the files {@code files} of hash {@code source}. */
    static byte[] bytes(Catalog catalog, Parts parts, List<String> files, String source) {
        Map<CatalogEntry, Integer> at = new IdentityHashMap<>();
        List<CatalogEntry> entries = catalog.entries();
        for (int i = 0; i < entries.size(); i++) {
            at.put(entries.get(i), i);
        }
        Ints out = new Ints(at);
        out.string(catalog.contentHash());
        out.string(source);
        out.strings(files);
        out.add(entries.size());
        NameIndex index = parts.index();
        out.add(index.maxPieces());
        out.add(index.allForms().size());
        index.allForms().forEach((key, forms) -> {
            out.string(key);
            out.add(forms.size());
            for (NameIndex.Form f : forms) {
                out.entry(f.entry());
                out.add(f.kind().ordinal());
                out.strings(f.surface());
                out.add(f.cueOnly() ? 1 : 0);
            }
        });
        out.entryMap(index.allDemonyms());
        out.entryMap(index.allSurnames());
        out.add(index.allOfficeTitles().size());
        index.allOfficeTitles().forEach((key, titles) -> {
            out.string(key);
            out.strings(titles);
        });
        out.strings(index.allGivenNames());
        out.entryMap(parts.skeletons().all());
        return out.bytes();
    }

    /** The parts in {@code file} when it is in this layout, of {@code catalog}, and made by the files as they are. */
    static Optional<Parts> read(ByteBuffer file, Catalog catalog) {
        if (!SnapshotLayout.opens(file, FORMAT)) {
            return Optional.empty();
        }
        Reader in = new Reader(file, catalog.entries());
        if (!in.string().equals(catalog.contentHash())) {
            return Optional.empty();
        }
        String source = in.string();
        List<String> files = in.strings(new ArrayList<>());
        if (in.next() != catalog.size() || !sourceHash(files).map(source::equals).orElse(false)) {
            return Optional.empty();
        }
        int maxPieces = in.next();
        Map<String, List<NameIndex.Form>> forms = new HashMap<>();
        MentionKind[] kinds = MentionKind.values();
        for (int k = in.next(); k > 0; k--) {
            String key = in.string();
            List<NameIndex.Form> list = new ArrayList<>();
            for (int n = in.next(); n > 0; n--) {
                list.add(new NameIndex.Form(in.entry(), kinds[in.next()], List.copyOf(in.strings(new ArrayList<>())),
                        in.next() == 1));
            }
            forms.put(key, list);
        }
        Map<String, List<CatalogEntry>> demonyms = in.entryMap();
        Map<String, List<CatalogEntry>> surnames = in.entryMap();
        Map<String, Set<String>> officeTitles = new HashMap<>();
        for (int k = in.next(); k > 0; k--) {
            officeTitles.put(in.string(), in.strings(new LinkedHashSet<>()));
        }
        Set<String> givenNames = in.strings(new LinkedHashSet<>());
        NameSkeletons skeletons = new NameSkeletons(in.entryMap());
        return Optional.of(new Parts(new NameIndex(forms, demonyms, surnames, officeTitles, givenNames, maxPieces),
                skeletons));
    }

    /** The writer: distinct strings in the order first met, and the ints that refer to them and to entries. */
    private static final class Ints {
        private final Map<CatalogEntry, Integer> entries;
        private final SnapshotLayout.StringTable strings = new SnapshotLayout.StringTable();
        private final List<Integer> ints = new ArrayList<>();

        Ints(Map<CatalogEntry, Integer> entries) {
            this.entries = entries;
        }

        void add(int i) {
            ints.add(i);
        }

        void string(String s) {
            ints.add(strings.id(s));
        }

        void strings(java.util.Collection<String> list) {
            add(list.size());
            list.forEach(this::string);
        }

        void entry(CatalogEntry e) {
            Integer i = entries.get(e);
            if (i == null) {
                throw new IllegalStateException("the index names an entry the catalog does not hold: " + e.key());
            }
            add(i);
        }

        void entryMap(Map<String, List<CatalogEntry>> map) {
            add(map.size());
            map.forEach((key, list) -> {
                string(key);
                add(list.size());
                list.forEach(this::entry);
            });
        }

        byte[] bytes() {
            return SnapshotLayout.write(FORMAT, strings, ints);
        }
    }

    /** The reader of what {@link Ints} wrote. */
    private static final class Reader {
        private final String[] strings;
        private final int[] ints;
        private final List<CatalogEntry> entries;
        private int at;

        Reader(ByteBuffer file, List<CatalogEntry> entries) {
            this.entries = entries;
            strings = SnapshotLayout.strings(file);
            ints = SnapshotLayout.ints(file);
        }

        int next() {
            return ints[at++];
        }

        String string() {
            return strings[next()];
        }

        <C extends java.util.Collection<String>> C strings(C out) {
            for (int n = next(); n > 0; n--) {
                out.add(string());
            }
            return out;
        }

        CatalogEntry entry() {
            return entries.get(next());
        }

        Map<String, List<CatalogEntry>> entryMap() {
            Map<String, List<CatalogEntry>> out = new HashMap<>();
            for (int k = next(); k > 0; k--) {
                String key = string();
                List<CatalogEntry> list = new ArrayList<>();
                for (int n = next(); n > 0; n--) {
                    list.add(entry());
                }
                out.put(key, list);
            }
            return out;
        }
    }
}
