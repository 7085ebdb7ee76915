package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.parley.store.GraphStore.NamedGraph;

/**
 * Hand-run measurement (not a test): quads/s of {@link Tdb2GraphStore#replaceGraphs} in batches against
 * {@link BulkLoad}, and store sizes. Args: [graphs=1000] [quadsPerGraph=100] [batch=200] [folder=tmp].
 */
public final class StoreLoadBenchmark {

    private StoreLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int graphs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int perGraph = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path root = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("parley-bench");
        List<NamedGraph> data = articleLikeGraphs(graphs, perGraph);
        long total = (long) graphs * perGraph;
        System.out.printf("%d graphs x %d quads = %d quads, batches of %d, in %s%n", graphs, perGraph, total, batch, root);

        for (int run = 0; run < 2; run++) {  // the first run warms the JVM up
            Path tx = root.resolve("tx" + run);
            try (Tdb2GraphStore store = Tdb2GraphStore.open(tx)) {
                long start = System.nanoTime();
                for (int i = 0; i < data.size(); i += batch) {
                    store.replaceGraphs(data.subList(i, Math.min(data.size(), i + batch)));
                }
                long ms = Math.max(1, (System.nanoTime() - start) / 1_000_000);
                long size = store.sizeOnDisk();
                long reStart = System.nanoTime();
                for (int i = 0; i < data.size(); i += batch) {
                    store.replaceGraphs(data.subList(i, Math.min(data.size(), i + batch)));
                }
                long reMs = Math.max(1, (System.nanoTime() - reStart) / 1_000_000);
                long sizeAfterReplace = store.sizeOnDisk();
                long cStart = System.nanoTime();
                store.compact();
                long cMs = (System.nanoTime() - cStart) / 1_000_000;
                System.out.printf("run %d replaceGraphs: %d ms, %d quads/s, %s; replace all again: %d ms, %d quads/s, %s;"
                                + " compact %d ms -> %s (%d quads)%n",
                        run, ms, total * 1000 / ms, mb(size), reMs, total * 1000 / reMs, mb(sizeAfterReplace), cMs,
                        mb(store.sizeOnDisk()), store.countQuads());
            }
            Path bulk = root.resolve("bulk" + run);
            long start = System.nanoTime();
            long n = BulkLoad.loadIntoEmptyStore(bulk, data.stream()
                    .flatMap(g -> g.triples().stream().map(t -> Quad.create(g.name(), t))).iterator());
            long ms = Math.max(1, (System.nanoTime() - start) / 1_000_000);
            System.out.printf("run %d BulkLoad (phased): %d quads in %d ms, %d quads/s, %s%n", run, n, ms, n * 1000 / ms,
                    mb(Tdb2GraphStore.sizeOnDisk(bulk)));
        }
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    /** Graphs shaped like article graphs: shared entities and predicates, per-article mentions and literals. */
    static List<NamedGraph> articleLikeGraphs(int graphs, int perGraph) {
        String base = "https://example.org/bench/";
        List<NamedGraph> out = new ArrayList<>(graphs);
        for (int g = 0; g < graphs; g++) {
            Node name = NodeFactory.createURI(base + "article/" + g);
            List<Triple> ts = new ArrayList<>(perGraph);
            for (int i = 0; i < perGraph; i++) {
                Node s = NodeFactory.createURI(base + "article/" + g + "#m" + (i / 5));
                Node p = NodeFactory.createURI(base + "p" + (i % 5));
                Node o = switch (i % 5) {
                    case 0 -> NodeFactory.createURI(base + "entity/" + ((g * 7 + i) % 500));
                    case 1 -> NodeFactory.createLiteralString("mention text " + g + "-" + i);
                    case 2, 3 -> NodeFactory.createLiteralDT(Integer.toString(i * 37 + g), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
                    default -> name;
                };
                ts.add(Triple.create(s, p, o));
            }
            out.add(new NamedGraph(name, ts));
        }
        return out;
    }
}
