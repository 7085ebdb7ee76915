package org.parley.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.parley.catalog.CatalogException;
import org.parley.core.InputProblem;
import org.parley.ingest.ArticleFiles;
import org.parley.store.Tdb2GraphStore;

/**
 * The bundled samples ingested once per test JVM into a TDB2 store on disk (under target/), for the integration
 * tests that read a real store (exports, the browser test). Closed and deleted when the JVM ends.
 */
public final class IngestedSamples {

    private static Tdb2GraphStore store;

    private IngestedSamples() {
    }

    /** The store, ingesting the samples on the first call. */
    public static synchronized Tdb2GraphStore store() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "samples-store");
                store = Tdb2GraphStore.open(dir);
                List<InputProblem> problems = new ArrayList<>();
                IngestSummary s = Ingestion.run(store, (articles, p) -> ArticleFiles.read(List.of(Path.of("samples")), articles, p),
                        Ingestion.Options.defaults(), problems::add, null);
                if (s.stored() == 0 || !problems.isEmpty()) {
                    throw new IllegalStateException("samples did not go in: " + s.describe() + " " + problems);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    store.close();
                    delete(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (CatalogException e) {
                throw new IllegalStateException(e);
            }
        }
        return store;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover folder under target/ goes with the next 'mvn clean'
        }
    }
}
