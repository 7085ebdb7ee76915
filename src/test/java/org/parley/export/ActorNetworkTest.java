package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.parley.export.SampleStore.KHERSON;
import static org.parley.export.SampleStore.NATO;
import static org.parley.export.SampleStore.OSCE;
import static org.parley.export.SampleStore.RUSSIA;
import static org.parley.export.SampleStore.UKRAINE;
import static org.parley.export.SampleStore.ZAPORIZHZHIA;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.store.Tdb2GraphStore;

/** The actor network of the hand-written sample: a demand, an offer on a condition, a rejection answering the offer. */
class ActorNetworkTest {

    private static Tdb2GraphStore store;

    @BeforeAll
    static void load() {
        store = SampleStore.open();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static CollectingSink network(NetworkFilter filter) {
        CollectingSink sink = new CollectingSink();
        new ActorNetwork(store.datasetGraph(), Duration.ZERO).write(filter, sink);
        assertEquals(1, sink.starts);
        assertEquals(1, sink.finishes);
        return sink;
    }

    @Test
    void everyLinkOfTheSampleWithItsNodes() {
        CollectingSink net = network(NetworkFilter.all());
        assertEquals(List.of(
                        "Q159>demanded-of>Q212:1",
                        "Q159>names-organization>Q7184:1",
                        "Q159>offered-to>Q212:1",
                        "Q212>demanded-of>Q159:1",
                        "Q212>names-organization>osce:1",
                        "Q212>names-region>kherson-oblast:1",
                        "Q212>names-region>zaporizhzhia-oblast:1",
                        "Q212>rejected>Q159:1"),
                net.linkLines());
        assertEquals(Set.of(UKRAINE, RUSSIA, NATO, OSCE, ZAPORIZHZHIA, KHERSON),
                Set.copyOf(net.nodes.stream().map(ActorNode::iri).toList()));
    }

    @Test
    void nodesCarryLabelTypeWikidataAndTheirStatementsRankedFirst() {
        CollectingSink net = network(NetworkFilter.all());
        ActorNode ukraine = net.nodes.stream().filter(n -> n.iri().equals(UKRAINE)).findFirst().orElseThrow();
        // made: the demand s1 and the rejection s4; received: the offer s2 and the condition s3
        assertEquals(new ActorNode(UKRAINE, "Ukraine", "Country", "http://www.wikidata.org/entity/Q212", 2, 2, 0), ukraine);
        ActorNode kherson = net.nodes.stream().filter(n -> n.iri().equals(KHERSON)).findFirst().orElseThrow();
        assertEquals(new ActorNode(KHERSON, "Kherson Oblast", "Region", "", 0, 0, 1), kherson);
        List<Long> ranks = net.nodes.stream().map(ActorNode::statements).toList();
        assertEquals(ranks.stream().sorted((a, b) -> Long.compare(b, a)).toList(), ranks, "nodes by statements, most first");
    }

    @Test
    void linksCarryDatesAndTheirEvidenceSentence() {
        CollectingSink net = network(NetworkFilter.all());
        ActorLink rejected = net.links.stream().filter(l -> l.kind() == LinkKind.REJECTED).findFirst().orElseThrow();
        assertEquals(new ActorLink(UKRAINE, RUSSIA, LinkKind.REJECTED, 1, "2024-03-05", "2024-03-05",
                "Kyiv rejected the Russian proposal on Tuesday."), rejected);
    }

    @Test
    void kindsAndDatesFilterLinksAndTheCountsOfTheirNodes() {
        CollectingSink rejections = network(new NetworkFilter(null, null, Set.of(LinkKind.REJECTED), null, 1));
        assertEquals(List.of("Q212>rejected>Q159:1"), rejections.linkLines());
        assertEquals(List.of(new ActorNode(RUSSIA, "Russia", "Country", "http://www.wikidata.org/entity/Q159", 0, 1, 0),
                        new ActorNode(UKRAINE, "Ukraine", "Country", "http://www.wikidata.org/entity/Q212", 1, 0, 0)),
                rejections.nodes, "one statement each, ties in IRI order");

        CollectingSink late = network(new NetworkFilter(LocalDate.of(2024, 3, 5), null, null, null, 1));
        assertEquals(List.of("Q212>rejected>Q159:1"), late.linkLines());
        CollectingSink early = network(new NetworkFilter(null, LocalDate.of(2024, 3, 4), null, null, 1));
        assertEquals(7, early.links.size(), early.linkLines().toString());
        assertEquals(0, network(new NetworkFilter(LocalDate.of(2025, 1, 1), null, null, null, 1)).links.size());
    }

    @Test
    void aroundKeepsTheEntitiesWithinTheDepthAndTheLinksBetweenThem() {
        CollectingSink one = network(NetworkFilter.all().withAround(OSCE, 1));
        assertEquals(List.of("Q212>names-organization>osce:1"), one.linkLines());
        CollectingSink two = network(NetworkFilter.all().withAround(OSCE, 2));
        assertEquals(Set.of(OSCE, UKRAINE, RUSSIA, ZAPORIZHZHIA, KHERSON),
                Set.copyOf(two.nodes.stream().map(ActorNode::iri).toList()));
        assertEquals(7, two.links.size(), "all but Russia naming NATO: " + two.linkLines());
        assertEquals(0, network(NetworkFilter.all().withAround("https://example.org/nobody", 3)).nodes.size());
    }

    @Test
    void filterValuesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new NetworkFilter(LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 1, 1), null, null, 1));
        assertThrows(IllegalArgumentException.class, () -> NetworkFilter.all().withAround(UKRAINE, 0));
        assertThrows(IllegalArgumentException.class, () -> LinkKind.parse("threatened"));
        assertEquals(LinkKind.NAMES_REGION, LinkKind.parse("Names-Region"));
    }
}
