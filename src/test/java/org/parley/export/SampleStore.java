package org.parley.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.rdf.IriMinter;
import org.parley.rdf.SampleExtraction;
import org.parley.rdf.StatementIndex;
import org.parley.store.GraphStore.NamedGraph;
import org.parley.store.Tdb2GraphStore;

/**
 * The hand-written sample extraction in an in-memory TDB2 store (union default graph, as a real store), with the
 * statement index an ingest keeps.
 */
public final class SampleStore {

    public static final String E = "https://w3id.org/parley/id/entity/";
    public static final String UKRAINE = E + "Q212";
    public static final String RUSSIA = E + "Q159";
    public static final String NATO = E + "Q7184";
    public static final String OSCE = E + "organization/osce";
    public static final String ZAPORIZHZHIA = E + "region/zaporizhzhia-oblast";
    public static final String KHERSON = E + "region/kherson-oblast";

    private SampleStore() {
    }

    public static Tdb2GraphStore open() {
        DatasetGraph mapped = SampleExtraction.mappedDataset();
        Map<Node, List<Triple>> graphs = new LinkedHashMap<>();
        mapped.find().forEachRemaining(q -> graphs.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.asTriple()));
        Tdb2GraphStore store = Tdb2GraphStore.inMemory();
        store.replaceGraphs(graphs.entrySet().stream().map(e -> new NamedGraph(e.getKey(), e.getValue())).toList());
        StatementIndex.Change index = new StatementIndex(new IriMinter(IriMinter.DEFAULT_BASE)).newChange();
        graphs.forEach(index::addGraph);
        store.executeWrite(index::apply);
        return store;
    }
}
