package org.parley.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.Mention;

/**
 * The name index and skeletons read from the build's snapshot are the ones built from the catalog, and the mention
 * finder over them finds the same mentions; a snapshot made by other files or of another catalog is not read.
 */
class NameIndexSnapshotTest {

    private static final List<String> SENTENCES = List.of(
            "Kyiv and Moscow traded accusations on Tuesday as the Kremlin rejected the offer.",
            "President Erdogan told reporters in Ankara that Turkey would host the talks in Istanbul.",
            "Tayyip Erdogan and Mahmud Abbas spoke by phone about Deir ez-Zor and Raqa.",
            "The Democratic Republic of Congo and Rwanda signed a framework in Washington.",
            "Shelling hit Zaporizhzhia and Kherson overnight, the regional governor said.",
            "Hamas said the proposal from Egypt and Qatar fell short of its demands for Gaza.",
            "Israeli officials met envoys of the United Nations and the European Union in Cairo.",
            "The Russian foreign minister said Moscow wanted guarantees before any ceasefire in the Donbas.",
            "Sergei Lavrov said Russia wanted guarantees; Lavrov added that Ukrainian troops must leave.",
            "The Sudanese army and the Rapid Support Forces fought near Khartoum and El Fasher.");

    private static Catalog catalog;
    private static Map<CatalogEntry, Integer> positions;
    private static NameIndexSnapshot.Parts built;

    @BeforeAll
    static void build() {
        catalog = Catalog.bundled();
        built = NameIndexSnapshot.Parts.build(catalog);
    }

    @Test
    void theBuildsSnapshotIsReadForTheBundledCatalog() throws IOException {
        try (InputStream in = NameIndexSnapshot.class.getResourceAsStream(NameIndexSnapshot.RESOURCE)) {
            assertTrue(in != null, "the build writes " + NameIndexSnapshot.RESOURCE + " (mvn process-classes)");
            Optional<NameIndexSnapshot.Parts> read = NameIndexSnapshot.read(ByteBuffer.wrap(in.readAllBytes()), catalog);
            assertTrue(read.isPresent(), "the snapshot fits the bundled catalog and the classes as they are");
            assertSameParts(built, read.get());
        }
    }

    @Test
    void theSameMentionsAsOverTheBuiltIndex() {
        NameIndexSnapshot.Parts read = NameIndexSnapshot.read(ByteBuffer.wrap(written(sourceHash())), catalog).orElseThrow();
        CatalogMentionFinder fromSnapshot = new CatalogMentionFinder(catalog, org.parley.core.NameTagger.NONE, read);
        CatalogMentionFinder fromCatalog = new CatalogMentionFinder(catalog, org.parley.core.NameTagger.NONE, built);
        LocalDate date = LocalDate.of(2025, 5, 2);
        for (String s : SENTENCES) {
            List<Mention> expected = fromCatalog.find(MentionTestTexts.article(s, date), MentionTestTexts.analyze(s));
            assertFalse(expected.isEmpty(), s);
            assertEquals(expected, fromSnapshot.find(MentionTestTexts.article(s, date), MentionTestTexts.analyze(s)), s);
        }
    }

    @Test
    void aSnapshotOfOtherFilesIsNotRead() {
        assertTrue(NameIndexSnapshot.read(ByteBuffer.wrap(written(sourceHash())), catalog).isPresent());
        String other = "0".repeat(64);
        assertTrue(NameIndexSnapshot.read(ByteBuffer.wrap(written(other)), catalog).isEmpty(),
                "a word list or class changed since the snapshot was made");
        List<String> missing = new ArrayList<>(files());
        missing.add("org/parley/extract/lexicon/no-such-list.txt");
        byte[] bytes = NameIndexSnapshot.bytes(catalog, built, missing, sourceHash());
        assertTrue(NameIndexSnapshot.read(ByteBuffer.wrap(bytes), catalog).isEmpty(), "a file it was made with is gone");
        assertTrue(NameIndexSnapshot.sourceHash(missing).isEmpty());
        assertTrue(NameIndexSnapshot.read(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), catalog).isEmpty());
    }

    @Test
    void theSourceFilesAreTheMentionCodeAndTheWordLists() {
        List<String> files = files();
        assertTrue(files.contains("org/parley/extract/mention/NameIndex.class"), files.toString());
        assertTrue(files.contains("org/parley/extract/mention/NameSkeletons.class"));
        assertTrue(files.contains("org/parley/extract/lexicon/titles.txt"));
        assertFalse(files.stream().anyMatch(f -> f.endsWith(".snapshot")), "not the snapshot itself");
    }

    private static byte[] written(String source) {
        return NameIndexSnapshot.bytes(catalog, built, files(), source);
    }

    private static String sourceHash() {
        return NameIndexSnapshot.sourceHash(files()).orElseThrow();
    }

    /** The files the build hashed, as the snapshot on the class path names them. */
    private static List<String> files() {
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(
                    NameIndexSnapshot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return NameIndexSnapshot.sourceFiles(classes, classes.resolve(NameIndexSnapshot.RESOURCE.substring(1)));
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertSameParts(NameIndexSnapshot.Parts expected, NameIndexSnapshot.Parts actual) {
        NameIndex e = expected.index();
        NameIndex a = actual.index();
        assertEquals(e.maxPieces(), a.maxPieces());
        assertEquals(forms(e.allForms()), forms(a.allForms()));
        assertEquals(keys(e.allDemonyms()), keys(a.allDemonyms()));
        assertEquals(keys(e.allSurnames()), keys(a.allSurnames()));
        assertEquals(keys(expected.skeletons().all()), keys(actual.skeletons().all()));
        Map<String, List<String>> titles = new TreeMap<>();
        e.allOfficeTitles().forEach((k, v) -> titles.put(k, List.copyOf(v)));
        Map<String, List<String>> readTitles = new TreeMap<>();
        a.allOfficeTitles().forEach((k, v) -> readTitles.put(k, List.copyOf(v)));
        assertEquals(titles, readTitles);
        assertEquals(Set.copyOf(e.allGivenNames()), Set.copyOf(a.allGivenNames()));
        assertEquals(Set.copyOf(e.allKeyPrefixes()), Set.copyOf(a.allKeyPrefixes()));
        assertFalse(e.allForms().isEmpty());
        assertFalse(expected.skeletons().all().isEmpty());
    }

    /** Each key's entries in order, by identity of the catalog's entry objects (as their positions). */
    private static Map<String, List<Integer>> keys(Map<String, List<CatalogEntry>> map) {
        Map<String, List<Integer>> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k, v.stream().map(NameIndexSnapshotTest::position).toList()));
        return out;
    }

    private static int position(CatalogEntry entry) {
        if (positions == null) {
            positions = new IdentityHashMap<>();
            List<CatalogEntry> entries = catalog.entries();
            for (int i = 0; i < entries.size(); i++) {
                positions.put(entries.get(i), i);
            }
        }
        return positions.getOrDefault(entry, -1);
    }

    /** Each key's forms in order: the entry's position, the kind, the pieces, whether the name needs a cue. */
    private static Map<String, List<String>> forms(Map<String, List<NameIndex.Form>> map) {
        Map<String, List<String>> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k, v.stream()
                .map(f -> position(f.entry()) + " " + f.kind() + " " + f.surface() + " " + f.cueOnly()).toList()));
        return out;
    }
}
