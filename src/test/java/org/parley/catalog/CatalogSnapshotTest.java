package org.parley.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.EntityType;

class CatalogSnapshotTest {

    @Test
    void theBundledCatalogComesFromTheBuildsSnapshotAndEqualsTheTsvs() {
        Catalog fromTsvs = Catalog.bundledFromTsvs();
        Catalog snapshot = CatalogSnapshot.readBundled()
                .orElseThrow(() -> new AssertionError("the build wrote no snapshot of the current TSVs"));
        assertEquals(fromTsvs.entries(), snapshot.entries());
        assertEquals(fromTsvs.contentHash(), snapshot.contentHash());
        assertEquals(fromTsvs.entries(), Catalog.bundled().entries());
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        CatalogEntry person = new CatalogEntry("Q100001", EntityType.PERSON, "Marta Quell", "Q100001",
                List.of("M. Quell", "Marta Kwell"), List.of(), List.of(), null,
                List.of(new Office("Foreign Minister", "Q100002", LocalDate.of(2019, 2, 1), null),
                        new Office("Envoy", null, null, LocalDate.of(1968, 12, 31))),
                List.of("envoys"));
        CatalogEntry town = new CatalogEntry("city/lowmere", EntityType.CITY, "Lowmere", null, List.of(), List.of("Lowmerian"),
                List.of("the Mill"), "Q100002", List.of(), List.of(),
                new PlaceFacts(3_000_000_123L, "region/north-fen", "XX-07", "district", List.of("Mere", "Low")));
        CatalogEntry again = new CatalogEntry("city/lowmere", EntityType.CITY, "Lowmere Town", null, List.of(), List.of(),
                List.of(), null, List.of(), List.of(), new PlaceFacts(0, null, "XX-08", null, List.of()));
        List<CatalogEntry> entries = List.of(person, town, again);
        Catalog expected = Catalog.of(entries);

        Catalog read = CatalogSnapshot.read(ByteBuffer.wrap(CatalogSnapshot.bytes(entries, "tsvs", expected.contentHash())),
                "tsvs").orElseThrow();

        assertEquals(expected.entries(), read.entries());
        assertEquals(List.of(person, again), read.entries(), "a later entry overrides one of the same key, as from TSVs");
        assertEquals(expected.contentHash(), read.contentHash());
    }

    @Test
    void aSnapshotOfOtherTsvsOrAnotherLayoutIsNotRead() {
        byte[] bytes = CatalogSnapshot.bytes(Catalog.readBundledEntries().subList(0, 10), "old tsvs", "hash");
        assertTrue(CatalogSnapshot.read(ByteBuffer.wrap(bytes), "new tsvs").isEmpty());
        bytes[3]++;
        assertTrue(CatalogSnapshot.read(ByteBuffer.wrap(bytes), "old tsvs").isEmpty());
        assertTrue(CatalogSnapshot.read(ByteBuffer.wrap(new byte[3]), "old tsvs").isEmpty());
    }
}
