package org.parley.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statement index ({@code parley:StatementIndex}, one graph: {@link IriMinter#indexGraph()}): per entity the
 * demands, offers and rejections it made and received and the demands naming or implying it as a place, per pair of
 * actors the statements they share, the article count, and of every entity the articles describe one type, label
 * and Wikidata link (the least of those the articles give, as {@code MIN} over all graphs would), and per place one
 * key of each demand naming or implying it ({@link #demandKey}: the order a page of {@code region-demands.rq} takes,
 * so that a page reads the place's keys instead of every demand's graph), and per entity one key of each statement in
 * which it plays a role ({@link EvidenceKeys}: the order a page of {@code entity-evidence.rq} takes), and beside each
 * label its key in lower case ({@link LabelKeys}: an entity found by a name in one look-up). Counts read only
 * a statement's kind and its by, to and place arguments; the keys also its date, its organizations and the source name
 * of the article reporting it. A {@link Change} tallies what article graphs
 * give the index and what the stored versions of replaced graphs gave, then writes the difference; the caller runs
 * it inside the write transaction of those graphs. Thread-safe; a change is used by one thread.
 *
 * <pre>{@code
 * StatementIndex.Change c = index.newChange();
 * c.addGraph(graphName, triples);             // before the transaction
 * c.removeStored(dsg, graphName);             // in it, before the old graph is deleted
 * c.apply(dsg);                               // in it, after the graphs are written
 * }</pre>
 */
public final class StatementIndex {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.rdf");

    /** The counts kept per entity: kind × role for actors, naming and implying demands for places. */
    enum Count {
        DEMANDS_MADE(ParleyVocab.demandsMade), OFFERS_MADE(ParleyVocab.offersMade),
        REJECTIONS_MADE(ParleyVocab.rejectionsMade), DEMANDS_RECEIVED(ParleyVocab.demandsReceived),
        OFFERS_RECEIVED(ParleyVocab.offersReceived), REJECTIONS_RECEIVED(ParleyVocab.rejectionsReceived),
        DEMANDS_NAMING(ParleyVocab.demandsNaming), DEMANDS_IMPLYING(ParleyVocab.demandsImplying),
        DEMAND_ARTICLES(ParleyVocab.demandArticles);

        final Node property;

        Count(Node property) {
            this.property = property;
        }

        static Count made(Node kind) {
            return kind.equals(ParleyVocab.Demand) ? DEMANDS_MADE : kind.equals(ParleyVocab.Offer) ? OFFERS_MADE : REJECTIONS_MADE;
        }

        static Count received(Node kind) {
            return kind.equals(ParleyVocab.Demand) ? DEMANDS_RECEIVED
                    : kind.equals(ParleyVocab.Offer) ? OFFERS_RECEIVED : REJECTIONS_RECEIVED;
        }
    }

    private static final Set<Node> KINDS = Set.of(ParleyVocab.Demand, ParleyVocab.Offer, ParleyVocab.Rejection);
    private static final Set<Node> ENTITY_CLASSES = Set.of(ParleyVocab.Person, ParleyVocab.Organization,
            ParleyVocab.Country, ParleyVocab.Region, ParleyVocab.City);
    /** The arguments a change reads: the counted roles and the organizations (the evidence keys read them all). */
    private static final Set<Node> ARGUMENTS = EvidenceKeys.ROLES.keySet();
    /** What a change reads of the articles reporting statements: the reports and their source names. */
    private static final List<Node> REPORTING = List.of(ParleyVocab.reports, ParleyVocab.sourceName);
    private static final Set<Node> DESCRIPTIONS = Set.of(RDF.Nodes.type, RDFS.Nodes.label, ParleyVocab.wikidata);
    /** A date's place in a demand key when the demand has none (or one that is not yyyy-mm-dd): after every date. */
    private static final String NO_DATE = "99999999";
    /** A date written yyyy-mm-dd, the one form the keys order. */
    static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Every predicate whose triples a change reads: the arguments, the statements' dates, the reports and source names,
     * and the descriptions (types among them).
     */
    public static final Set<Node> PREDICATES = Stream.of(ARGUMENTS.stream(), DESCRIPTIONS.stream(), REPORTING.stream(),
            Stream.of(ParleyVocab.date)).flatMap(s -> s).collect(Collectors.toUnmodifiableSet());

    /**
     * The version of what the index holds, written when an index is made: 4 since the label keys ({@link LabelKeys},
     * 2026-12-06; 3 had the evidence keys, 2 the demand keys, 1 the counts alone, neither of the last two wrote it). A
     * store whose index has another is indexed again when opened ({@code StoreUpkeep.ensureIndex}).
     */
    public static final Node VERSION = NodeFactory.createLiteralDT("4", XSDDatatype.XSDinteger);

    private final IriMinter minter;

    public StatementIndex(IriMinter minter) {
        this.minter = Objects.requireNonNull(minter, "minter");
    }

    /** The name of the index's graph. */
    public Node graphName() {
        return minter.indexGraph();
    }

    /** An empty change. */
    public Change newChange() {
        return new Change();
    }

    /** The statements of one article graph: kinds and arguments by role, as read from its triples. */
    private static final class Statements {
        final Map<Node, Set<Node>> kinds = new LinkedHashMap<>();
        final Map<Node, Map<Node, Set<Node>>> arguments = new LinkedHashMap<>();
        final Map<Node, Node> dates = new HashMap<>();
        /** The articles reporting each statement, and each article's source names. */
        final Map<Node, Set<Node>> reporters = new HashMap<>();
        final Map<Node, Set<Node>> docs = new HashMap<>();

        void add(Node subject, Node predicate, Node object) {
            if (predicate.equals(RDF.Nodes.type) && KINDS.contains(object)) {
                kinds.computeIfAbsent(subject, k -> new LinkedHashSet<>()).add(object);
            } else if (predicate.equals(ParleyVocab.date)) {
                dates.merge(subject, object, StatementIndex::least);
            } else if (predicate.equals(ParleyVocab.reports)) {
                reporters.computeIfAbsent(object, k -> new LinkedHashSet<>()).add(subject);
            } else if (predicate.equals(ParleyVocab.sourceName)) {
                docs.computeIfAbsent(subject, k -> new LinkedHashSet<>()).add(object);
            } else if (ARGUMENTS.contains(predicate)) {
                arguments.computeIfAbsent(subject, k -> new HashMap<>())
                        .computeIfAbsent(predicate, k -> new LinkedHashSet<>()).add(object);
            }
        }

        Set<Node> of(Node statement, Node role) {
            return arguments.getOrDefault(statement, Map.of()).getOrDefault(role, Set.of());
        }
    }

    /** What some graphs give the index, less what the stored versions of the graphs they replace gave. */
    public final class Change {
        private final Map<Node, long[]> counts = new HashMap<>();
        private final Map<List<Node>, Long> pairs = new HashMap<>();
        /** Index keys (subject, property, key) to add (above 0) or take out (below 0). */
        private final Map<List<Node>, Long> keys = new HashMap<>();
        private final Map<Node, Map<Node, Node>> descriptions = new HashMap<>();
        private long articles;
        private long replaced;

        private Change() {
        }

        /** Adds what graph {@code graph} with {@code triples} gives the index. */
        public void addGraph(Node graph, Collection<Triple> triples) {
            Statements statements = new Statements();
            Set<Node> entities = new HashSet<>();
            for (Triple t : triples) {
                statements.add(t.getSubject(), t.getPredicate(), t.getObject());
                if (t.getPredicate().equals(RDF.Nodes.type) && ENTITY_CLASSES.contains(t.getObject())) {
                    entities.add(t.getSubject());
                }
            }
            tally(graph, statements, +1);
            if (minter.isArticleGraph(graph)) {
                articles++;
                for (Triple t : triples) {
                    boolean fact = t.getPredicate().equals(RDF.Nodes.type) ? ENTITY_CLASSES.contains(t.getObject())
                            : DESCRIPTIONS.contains(t.getPredicate());
                    if (fact && entities.contains(t.getSubject())) {
                        describe(t.getSubject(), t.getPredicate(), t.getObject());
                    }
                }
            }
        }

        private static void read(DatasetGraph dsg, Node graph, Node predicate, Node object, Statements into) {
            dsg.find(graph, Node.ANY, predicate, object)
                    .forEachRemaining(q -> into.add(q.getSubject(), q.getPredicate(), q.getObject()));
        }

        /**
         * Takes out what the stored graph {@code graph} gave the index; call it in the write transaction, before
         * replacing it.
         */
        public void removeStored(DatasetGraph dsg, Node graph) {
            Statements statements = new Statements();
            for (Node kind : KINDS) {
                read(dsg, graph, RDF.Nodes.type, kind, statements);
            }
            for (Node argument : ARGUMENTS) {
                read(dsg, graph, argument, Node.ANY, statements);
            }
            for (Node reporting : REPORTING) {
                read(dsg, graph, reporting, Node.ANY, statements);
            }
            read(dsg, graph, ParleyVocab.date, Node.ANY, statements);
            tally(graph, statements, -1);
            if (minter.isArticleGraph(graph)) {
                articles--;
                replaced++;
            }
        }

        /** Adds {@code other} to this change. */
        public void merge(Change other) {
            other.counts.forEach((entity, delta) -> {
                long[] mine = counts.computeIfAbsent(entity, k -> new long[Count.values().length]);
                for (int i = 0; i < delta.length; i++) {
                    mine[i] += delta[i];
                }
            });
            other.pairs.forEach((pair, delta) -> pairs.merge(pair, delta, Long::sum));
            other.keys.forEach((key, delta) -> keys.merge(key, delta, Long::sum));
            other.descriptions.forEach((entity, facts) -> facts.forEach((p, o) -> describe(entity, p, o)));
            articles += other.articles;
            replaced += other.replaced;
        }

        /** Writes the change into the index graph of {@code dsg}; call it in the write transaction, after the graphs. */
        public void apply(DatasetGraph dsg) {
            Node index = graphName();
            if (!dsg.contains(index, index, RDF.Nodes.type, ParleyVocab.StatementIndex)) {
                dsg.add(index, index, RDF.Nodes.type, ParleyVocab.StatementIndex);
                dsg.add(index, index, ParleyVocab.indexVersion, VERSION);
            }
            for (Map.Entry<Node, long[]> e : counts.entrySet()) {
                for (Count c : Count.values()) {
                    long delta = e.getValue()[c.ordinal()];
                    if (delta != 0) {
                        adjust(dsg, index, e.getKey(), c.property, delta);
                    }
                }
            }
            for (Map.Entry<List<Node>, Long> e : pairs.entrySet()) {
                if (e.getValue() != 0) {
                    adjustPair(dsg, index, e.getKey().get(0), e.getKey().get(1), e.getValue());
                }
            }
            keys.forEach((key, delta) -> {
                if (delta > 0) {
                    dsg.add(index, key.get(0), key.get(1), key.get(2));
                } else if (delta < 0) {
                    dsg.delete(index, key.get(0), key.get(1), key.get(2));
                }
            });
            descriptions.forEach((entity, facts) -> facts.forEach((p, o) -> keepLeast(dsg, index, entity, p, o)));
            adjust(dsg, index, index, ParleyVocab.articles, articles);
            adjust(dsg, index, index, ParleyVocab.replacedArticles, replaced);
        }

        /** Keeps the least value of each fact of an entity. */
        private void describe(Node entity, Node predicate, Node value) {
            descriptions.computeIfAbsent(entity, k -> new HashMap<>(4)).merge(predicate, value, StatementIndex::least);
        }

        /** Counts the statements into this change with {@code sign}. */
        private void tally(Node graph, Statements statements, int sign) {
            Set<Node> demandPlaces = new LinkedHashSet<>();
            for (Map.Entry<Node, Set<Node>> e : statements.kinds.entrySet()) {
                Node statement = e.getKey();
                Set<Node> by = statements.of(statement, ParleyVocab.by);
                Set<Node> to = statements.of(statement, ParleyVocab.to);
                for (Node kind : e.getValue()) {
                    by.forEach(actor -> count(actor, Count.made(kind), sign));
                    to.forEach(actor -> count(actor, Count.received(kind), sign));
                    if (kind.equals(ParleyVocab.Demand)) {
                        Set<Node> named = statements.of(statement, ParleyVocab.namesRegion);
                        Set<Node> implied = statements.of(statement, ParleyVocab.impliesRegion);
                        named.forEach(place -> count(place, Count.DEMANDS_NAMING, sign));
                        implied.forEach(place -> count(place, Count.DEMANDS_IMPLYING, sign));
                        Node date = statements.dates.get(statement);
                        if (!statement.isURI() || !graph.isURI()) {
                            continue;
                        }
                        named.forEach(place -> key(place, ParleyVocab.demandKey,
                                demandKey(date, statement, true, graph), sign));
                        implied.forEach(place -> key(place, ParleyVocab.demandKey,
                                demandKey(date, statement, false, graph), sign));
                        demandPlaces.addAll(named);
                        demandPlaces.addAll(implied);
                    }
                }
            }
            demandPlaces.forEach(place -> count(place, Count.DEMAND_ARTICLES, sign));
            if (graph.isURI()) {
                statements.kinds.forEach((statement, kinds) -> evidenceKeys(graph, statements, statement, kinds, sign));
            }
            for (Node statement : statements.arguments.keySet()) {
                List<Node> actors = new ArrayList<>(statements.of(statement, ParleyVocab.by));
                statements.of(statement, ParleyVocab.to).stream().filter(a -> !actors.contains(a)).forEach(actors::add);
                actors.removeIf(a -> !a.isURI());
                actors.sort((a, b) -> a.getURI().compareTo(b.getURI()));
                for (int i = 0; i < actors.size(); i++) {
                    for (int j = i + 1; j < actors.size(); j++) {
                        pairs.merge(List.of(actors.get(i), actors.get(j)), (long) sign, Long::sum);
                    }
                }
            }
        }

        /** The evidence keys of one statement: per argument, kind and source name of an article reporting it. */
        private void evidenceKeys(Node graph, Statements statements, Node statement, Set<Node> kinds, int sign) {
            if (!statement.isURI()) {
                return;
            }
            Node date = statements.dates.get(statement);
            for (Node article : statements.reporters.getOrDefault(statement, Set.of())) {
                for (Node doc : statements.docs.getOrDefault(article, Set.of())) {
                    if (!doc.isLiteral()) {
                        continue;
                    }
                    for (Node property : ARGUMENTS) {
                        for (Node entity : statements.of(statement, property)) {
                            if (entity.isURI()) {
                                kinds.forEach(kind -> key(entity, ParleyVocab.evidenceKey,
                                        EvidenceKeys.key(date, doc, statement, property, kind, graph), sign));
                            }
                        }
                    }
                }
            }
        }

        private void key(Node subject, Node property, Node key, int sign) {
            keys.merge(List.of(subject, property, key), (long) sign, Long::sum);
        }

        private void count(Node entity, Count c, int sign) {
            counts.computeIfAbsent(entity, k -> new long[Count.values().length])[c.ordinal()] += sign;
        }
    }

    /**
     * The key of a demand naming ({@code named}) or implying a place: its date inverted (99999999 less yyyymmdd, so that
     * the newest comes first in the keys' order), the statement's IRI, {@code n} or {@code i}, and the graph holding it,
     * separated by spaces. Ordered as strings the keys give the order of {@code ORDER BY DESC(?date) ?statement}: a
     * demand without a date (or with one not written yyyy-mm-dd) comes after every dated one, as an unbound date does.
     */
    public static Node demandKey(Node date, Node statement, boolean named, Node graph) {
        String inverted = NO_DATE;
        String d = date != null && date.isLiteral() ? date.getLiteralLexicalForm() : "";
        if (DAY.matcher(d).matches()) {
            inverted = String.format("%08d", 99_999_999 - Integer.parseInt(d.replace("-", "")));
        }
        return NodeFactory.createLiteralString(inverted + " " + statement.getURI() + " " + (named ? "n" : "i") + " "
                + graph.getURI());
    }

    /** The lesser of two values of one fact, as SPARQL's {@code MIN} orders them (strings, IRIs by their text). */
    private static Node least(Node a, Node b) {
        String x = a.isLiteral() ? a.getLiteralLexicalForm() : a.toString();
        String y = b.isLiteral() ? b.getLiteralLexicalForm() : b.toString();
        return x.compareTo(y) <= 0 ? a : b;
    }

    /** Stores {@code value} as the entity's fact unless the index holds a lesser one. */
    private static void keepLeast(DatasetGraph dsg, Node graph, Node entity, Node predicate, Node value) {
        List<Quad> stored = new ArrayList<>(1);
        dsg.find(graph, entity, predicate, Node.ANY).forEachRemaining(stored::add);
        Node keep = value;
        for (Quad q : stored) {
            keep = least(keep, q.getObject());
        }
        if (stored.size() == 1 && stored.get(0).getObject().equals(keep)) {
            return;
        }
        stored.forEach(dsg::delete);
        dsg.add(graph, entity, predicate, keep);
        if (predicate.equals(RDFS.Nodes.label)) {
            LabelKeys.replace(dsg, graph, entity, keep);
        }
    }

    /** Adds {@code delta} to the count {@code subject property n} in {@code graph}; a count of zero is removed. Returns the old count. */
    private static long adjust(DatasetGraph dsg, Node graph, Node subject, Node property, long delta) {
        long old = 0;
        List<Quad> stored = new ArrayList<>(1);
        Iterator<Quad> it = dsg.find(graph, subject, property, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            stored.add(q);
            old += Long.parseLong(q.getObject().getLiteralLexicalForm());
        }
        if (delta == 0 && stored.size() <= 1) {
            return old;
        }
        stored.forEach(dsg::delete);
        long now = old + delta;
        if (now < 0) {
            LOG.warn("statement index: {} {} would fall to {}; kept at 0 (was the index built with the store?)", subject, property, now);
            now = 0;
        }
        if (now > 0) {
            dsg.add(graph, subject, property, NodeFactory.createLiteralDT(Long.toString(now), XSDDatatype.XSDinteger));
        }
        return old;
    }

    private void adjustPair(DatasetGraph dsg, Node graph, Node first, Node second, long delta) {
        Node pair = minter.actorPair(first, second);
        long old = adjust(dsg, graph, pair, ParleyVocab.sharedStatements, delta);
        long now = Math.max(0, old + delta);
        if (old == 0 && now > 0) {
            dsg.add(graph, pair, RDF.Nodes.type, ParleyVocab.ActorPair);
            dsg.add(graph, pair, ParleyVocab.firstActor, first);
            dsg.add(graph, pair, ParleyVocab.secondActor, second);
        } else if (old > 0 && now == 0) {
            dsg.deleteAny(graph, pair, Node.ANY, Node.ANY);
        }
    }
}
