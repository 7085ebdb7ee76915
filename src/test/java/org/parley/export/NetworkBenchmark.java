package org.parley.export;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.parley.pipeline.IngestedSamples;
import org.parley.store.BulkLoad;
import org.parley.store.Tdb2GraphStore;

/**
 * Hand-run measurement (not a test): how long the graph view's network, the exports and the evidence queries take
 * on a large store. The store is made from the ingested samples, each article copied N/13 times under new IRIs with
 * its unlinked entities renamed in 40 variants (so the network grows as a real one would), bulk-loaded into TDB2.
 * Args: [articles=20000] [folder=target/network-bench]. Prints one line per measurement.
 */
public final class NetworkBenchmark {

    /** Unlinked (minted) entity IRIs: type/slug, not a Wikidata id. */
    private static final Pattern MINTED = Pattern.compile("(.*/entity/(?:person|organization|country|region|city)/[^/#]+)");
    private static final Pattern ARTICLE = Pattern.compile("(.*/(?:graph/)?article/[0-9a-f]+)(.*)");
    private static final int ENTITY_VARIANTS = 40;

    private NetworkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/network-bench");
        if (!Files.exists(folder)) {
            List<Quad> sample = new ArrayList<>();
            Tdb2GraphStore samples = IngestedSamples.store();
            samples.calculateRead(d -> {
                d.find().forEachRemaining(sample::add);
                return null;
            });
            long graphs = sample.stream().map(Quad::getGraph).distinct().count();
            int copies = (int) Math.ceil(articles / (double) (graphs - 2));
            long start = System.nanoTime();
            long loaded = BulkLoad.loadIntoEmptyStore(folder, copies(sample, copies));
            System.out.printf("store: %d copies of %d article graphs, %,d quads loaded in %.0f s%n", copies, graphs - 2,
                    loaded, (System.nanoTime() - start) / 1e9);
        }
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            ActorNetwork network = new ActorNetwork(store.datasetGraph(), Duration.ZERO);
            NetworkSnapshot[] all = new NetworkSnapshot[1];
            time("graph view, first time: aggregate the network", () -> all[0] = NetworkSnapshot.of(network, NetworkFilter.all()));
            for (int run = 1; run <= 3; run++) {
                time("graph view from memory, 150 nodes (run " + run + ")", () -> all[0].replay(NetworkFilter.all(),
                        new NetworkJsonWriter(OutputStream.nullOutputStream(), 150, 600)));
            }
            CollectingCounts counts = new CollectingCounts();
            all[0].replay(NetworkFilter.all(), counts);
            System.out.printf("  network: %,d nodes, %,d links%n", counts.nodes, counts.links);
            time("graph view from memory, around Ukraine, depth 2", () -> all[0].replay(
                    NetworkFilter.all().withAround("https://w3id.org/parley/id/entity/Q212", 2),
                    new NetworkJsonWriter(OutputStream.nullOutputStream(), 150, 600)));
            time("GraphML export, streamed", () -> network.write(NetworkFilter.all(),
                    new GraphmlWriter(OutputStream.nullOutputStream())));
            time("entity lookup 'Ukraine'", () -> new EntityLookup(store.datasetGraph(), Duration.ZERO).find("Ukraine"));
        }
    }

    private static void time(String what, Runnable r) {
        long start = System.nanoTime();
        r.run();
        System.out.printf("%-50s %,8d ms%n", what, (System.nanoTime() - start) / 1_000_000);
    }

    /** Counts what the network sends. */
    static final class CollectingCounts implements NetworkSink {
        long nodes;
        long links;

        @Override
        public void start() {
        }

        @Override
        public void node(ActorNode node) {
            nodes++;
        }

        @Override
        public void link(ActorLink link) {
            links++;
        }

        @Override
        public void finish() {
        }
    }

    /** The article graphs of {@code sample}, {@code copies} times under new IRIs (catalog and ontology once). */
    private static Iterator<Quad> copies(List<Quad> sample, int copies) {
        return new Iterator<>() {
            int copy = 0;
            int i = 0;

            @Override
            public boolean hasNext() {
                while (copy < copies && i < sample.size() && copy > 0 && !isArticle(sample.get(i).getGraph())) {
                    i++;
                    if (i == sample.size()) {
                        copy++;
                        i = 0;
                    }
                }
                return copy < copies && i < sample.size();
            }

            @Override
            public Quad next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Quad q = sample.get(i);
                int k = copy;
                i++;
                if (i == sample.size()) {
                    copy++;
                    i = 0;
                }
                if (k == 0 || !isArticle(q.getGraph())) {
                    return q;
                }
                return Quad.create(rename(q.getGraph(), k), rename(q.getSubject(), k), q.getPredicate(), rename(q.getObject(), k));
            }
        };
    }

    private static boolean isArticle(Node graph) {
        return graph.isURI() && graph.getURI().contains("/graph/article/");
    }

    private static Node rename(Node n, int copy) {
        if (!n.isURI()) {
            return n;
        }
        Matcher a = ARTICLE.matcher(n.getURI());
        if (a.matches()) {
            return NodeFactory.createURI(a.group(1) + "c" + copy + a.group(2));
        }
        Matcher m = MINTED.matcher(n.getURI());
        if (m.matches()) {
            return NodeFactory.createURI(m.group(1) + "-v" + (copy % ENTITY_VARIANTS));
        }
        return n;
    }
}
