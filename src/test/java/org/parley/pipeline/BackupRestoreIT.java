package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.SparqlRunner;
import org.parley.store.StoreBackup;
import org.parley.store.Tdb2GraphStore;

/** A store rebuilt from a backup answers every query of {@code queries/} as the original does. */
class BackupRestoreIT {

    @TempDir
    Path dir;

    @Test
    void aRestoredStoreAnswersEveryQueryTheSame() throws Exception {
        Path backup = dir.resolve("samples.nq.gz");
        try (Tdb2GraphStore original = Tdb2GraphStore.open(dir.resolve("original"))) {
            Ingestion.run(original, (a, p) -> org.parley.ingest.ArticleFiles.read(List.of(Path.of("samples")), a, p),
                    Ingestion.Options.defaults(), p -> { }, null);
            long quads = StoreBackup.writeFile(original, backup);
            assertEquals(original.countQuads(), quads);
            assertEquals(quads, StoreBackup.restore(backup, dir.resolve("restored")));
            try (Tdb2GraphStore restored = Tdb2GraphStore.open(dir.resolve("restored"));
                 Stream<Path> files = Files.list(Path.of("queries"))) {
                List<Path> queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
                assertTrue(queries.size() >= 8, queries.toString());
                for (Path file : queries) {
                    Query q = SparqlRunner.parse(file.toString(), Files.readString(file));
                    SparqlRunner before = new SparqlRunner(original.datasetGraph(), Duration.ofSeconds(60));
                    SparqlRunner after = new SparqlRunner(restored.datasetGraph(), Duration.ofSeconds(60));
                    if (q.isSelectType()) {
                        ResultSetRewindable a = ResultSetFactory.makeRewindable(before.select(q, Map.of()));
                        ResultSetRewindable b = ResultSetFactory.makeRewindable(after.select(q, Map.of()));
                        assertEquals(a.size(), b.size(), file.toString());
                        assertTrue(q.hasOrderBy() ? ResultsCompare.equalsByTermAndOrder(a, b) : ResultsCompare.equalsByTerm(a, b),
                                file + ": the same rows");
                    } else if (q.isConstructType() || q.isDescribeType()) {
                        assertTrue(before.graph(q, Map.of()).isIsomorphicWith(after.graph(q, Map.of())), file.toString());
                    } else {
                        assertEquals(before.ask(q, Map.of()), after.ask(q, Map.of()), file.toString());
                    }
                }
            }
        }
    }
}
