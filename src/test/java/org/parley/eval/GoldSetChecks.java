package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parley.catalog.CatalogException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the gold-set integration tests ({@link GoldSetIT}, {@link RealGoldSetIT}) check before scoring: every article
 * of a gold folder went in, none was skipped, and each has entities under its file's base name. Then prints the
 * evaluation's figures ({@code -Dparley.eval.verbose=true} also lists misses and spurious items).
 */
final class GoldSetChecks {

    private static final Logger LOG = LoggerFactory.getLogger(GoldSetChecks.class);

    private GoldSetChecks() {
    }

    /** Ingests {@code folder} through the real pipeline, checks that every article went in, and prints its figures. */
    static GoldRun ingestEveryArticle(Path folder) throws IOException, CatalogException {
        GoldRun run = GoldRun.of(folder);
        assertEquals(run.gold().docs().size(), run.articles().size(), "one article per gold file in " + folder);
        LOG.info("{}: {}", folder, run.summary().describe());
        assertEquals(run.articles().size(), run.summary().stored(), () -> "articles stored: " + run.summary().describe());
        assertTrue(run.problems().isEmpty(), () -> "gold articles were skipped: " + run.problems());
        List<String> docsFound = run.entities().stream().map(r -> r.get("doc")).distinct().sorted().toList();
        assertEquals(List.copyOf(run.gold().docs().keySet()), docsFound,
                "every gold article, named by its file's base name, has entities");

        Scores scores = run.scores();
        System.out.println(folder + ":");
        scores.report().forEach(System.out::println);
        if (Boolean.getBoolean("parley.eval.verbose")) {
            scores.details().forEach(System.out::println);
        }
        return run;
    }
}
