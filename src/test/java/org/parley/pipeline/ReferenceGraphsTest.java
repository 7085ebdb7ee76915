package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.catalog.Catalog;
import org.parley.catalog.CatalogEntry;
import org.parley.core.EntityType;
import org.parley.rdf.IriMinter;
import org.parley.store.Tdb2GraphStore;

class ReferenceGraphsTest {

    static final IriMinter MINTER = new IriMinter(IriMinter.DEFAULT_BASE);

    static Catalog catalog(String label) {
        return Catalog.of(List.of(new CatalogEntry("Q212", EntityType.COUNTRY, label, "Q212", List.of(), List.of(),
                List.of(), null, List.of(), List.of())));
    }

    @Test
    void catalogAndOntologyAreWrittenOnlyWhenTheirContentChanged() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            assertEquals(2, ReferenceGraphs.writeChanged(store, catalog("Ukraine"), MINTER));
            long quads = store.countQuads();
            assertEquals(0, ReferenceGraphs.writeChanged(store, catalog("Ukraine"), MINTER), "same content: nothing written");
            assertEquals(quads, store.countQuads());
            assertEquals(1, ReferenceGraphs.writeChanged(store, catalog("Ukraine (country)"), MINTER), "the catalog changed");
            assertEquals(quads, store.countQuads(), "replaced, not added to");
            assertTrue(store.containsGraph(MINTER.catalogGraph()));
            assertTrue(store.containsGraph(MINTER.ontologyGraph()));
        }
    }
}
