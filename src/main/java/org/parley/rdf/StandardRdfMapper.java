package org.parley.rdf;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.core.Argument;
import org.parley.core.Article;
import org.parley.core.ArticleExtraction;
import org.parley.core.CharSpan;
import org.parley.core.Entity;
import org.parley.core.ExtractionRun;
import org.parley.core.Mention;
import org.parley.core.Sentence;
import org.parley.core.Statement;
import org.parley.core.StatementFlag;
import org.parley.core.StatementLink;
import org.parley.rdf.ParleyVocab.Nif;
import org.parley.rdf.ParleyVocab.Prov;
import org.parley.rdf.ParleyVocab.Schema;
import org.parley.rdf.ParleyVocab.Wikidata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps an article's extraction to the Parley ontology: article (schema.org), body, sentences and
 * mentions (NIF 2.0), statements, the entities they name (type, label, Wikidata link, repeated in
 * every article graph so each graph stands alone) and provenance (PROV-O). All quads go to the
 * article's named graph. A statement without a date gets the article's date; an action outside
 * {@link ParleyVocab#ACTIONS} or a link to an unknown statement is left out with a warning.
 * Immutable and thread-safe.
 */
public final class StandardRdfMapper implements RdfMapper {

    private static final Logger LOG = LoggerFactory.getLogger("org.parley.rdf");

    private final IriMinter minter;
    private final Clock clock;

    public StandardRdfMapper(IriMinter minter) {
        this(minter, Clock.systemUTC());
    }

    /** @param clock gives {@code prov:generatedAtTime} of each article graph */
    public StandardRdfMapper(IriMinter minter, Clock clock) {
        this.minter = Objects.requireNonNull(minter, "minter");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void map(ArticleExtraction extraction, ExtractionRun run, StreamRDF sink) {
        new ArticleWriter(extraction, run, sink).write();
    }

    /** The state of one call: the graph name, the sink and what was written already. */
    private final class ArticleWriter {
        private final ArticleExtraction x;
        private final Article article;
        private final ExtractionRun run;
        private final StreamRDF sink;
        private final Node graph;
        private final Node articleNode;
        private final Node text;
        private final Set<Node> sentencesWritten = new LinkedHashSet<>();
        private final Map<String, Node> entitiesWritten = new LinkedHashMap<>();
        private final Set<Triple> links = new LinkedHashSet<>();
        private final ArticleNames names;

        ArticleWriter(ArticleExtraction x, ExtractionRun run, StreamRDF sink) {
            this.x = x;
            this.names = ArticleNames.of(x.mentions());
            this.article = x.article();
            this.run = Objects.requireNonNull(run, "run");
            this.sink = Objects.requireNonNull(sink, "sink");
            this.graph = minter.articleGraph(article);
            this.articleNode = minter.article(article);
            this.text = minter.text(article);
        }

        void write() {
            writeProvenance();
            writeArticle();
            writeMentions();
            writeStatements();
            LOG.debug("{}: {} mentions, {} statements, {} entities mapped", article.source(),
                    x.mentions().size(), x.statements().size(), entitiesWritten.size());
        }

        private void writeProvenance() {
            Node runNode = minter.run(run);
            Node agent = minter.agent(run.softwareVersion());
            add(graph, RDF.Nodes.type, Prov.Entity);
            add(graph, ParleyVocab.describes, articleNode);
            add(graph, Prov.wasGeneratedBy, runNode);
            add(graph, Prov.generatedAtTime, dateTime(clock.instant().toString()));
            add(runNode, RDF.Nodes.type, Prov.Activity);
            add(runNode, Prov.startedAtTime, dateTime(run.started().toString()));
            add(runNode, Prov.wasAssociatedWith, agent);
            add(agent, RDF.Nodes.type, Prov.SoftwareAgent);
            add(agent, RDFS.Nodes.label, str("Parley"));
            add(agent, Schema.softwareVersion, str(run.softwareVersion()));
            for (String model : run.models()) {
                Node m = minter.model(model);
                add(runNode, Prov.used, m);
                add(m, RDF.Nodes.type, Prov.Entity);
                add(m, RDFS.Nodes.label, str(model));
            }
        }

        private void writeArticle() {
            add(articleNode, RDF.Nodes.type, Schema.NewsArticle);
            add(articleNode, ParleyVocab.sourceName, str(article.docName()));
            add(articleNode, ParleyVocab.contentHash, str(article.contentHash()));
            if (article.title() != null && !article.title().isBlank()) {
                add(articleNode, Schema.headline, str(article.title()));
            }
            if (article.published() != null) {
                add(articleNode, Schema.datePublished, date(article.published()));
            }
            for (String author : article.authors()) {
                add(articleNode, Schema.author, str(author));
            }
            if (article.publisher() != null && !article.publisher().isBlank()) {
                add(articleNode, Schema.publisher, str(article.publisher()));
            }
            if (article.url() != null && !article.url().isBlank()) {
                add(articleNode, Schema.url, urlNode(article.url().strip()));
            }
            add(articleNode, ParleyVocab.body, text);
            add(text, RDF.Nodes.type, Nif.Context);
            add(text, Nif.isString, str(article.body()));
            add(text, Nif.beginIndex, offset(0));
            add(text, Nif.endIndex, offset(article.body().length()));
        }

        private void writeMentions() {
            Map<CharSpan, Integer> seenSpans = new HashMap<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Mention m : x.mentions()) {
                if (!seen.add(m.span().begin() + ":" + m.span().end() + ":" + m.entity().key())) {
                    continue; // the same span found twice for the same entity
                }
                int ordinal = seenSpans.merge(m.span(), 1, Integer::sum) - 1;
                Node node = minter.mention(article, m.span(), ordinal);
                add(articleNode, ParleyVocab.mentions, node);
                add(node, RDF.Nodes.type, ParleyVocab.Mention);
                add(node, Nif.referenceContext, text);
                add(node, Nif.beginIndex, offset(m.span().begin()));
                add(node, Nif.endIndex, offset(m.span().end()));
                add(node, Nif.anchorOf, str(m.text()));
                add(node, ParleyVocab.mentionKind, ParleyVocab.mentionKind(m.kind()));
                add(node, ParleyVocab.confidence, dbl(m.confidence()));
                add(node, ParleyVocab.refersTo, entity(m.entity()));
                add(node, ParleyVocab.rule, str(m.rule().id()));
                Node sentence = sentence(m.sentenceIndex(), null);
                if (sentence != null) {
                    add(node, Nif.sentence, sentence);
                }
            }
        }

        private void writeStatements() {
            Set<String> ids = new LinkedHashSet<>();
            x.statements().forEach(s -> ids.add(s.id()));
            for (Statement s : x.statements()) {
                Node node = minter.statement(article, s.id());
                add(articleNode, ParleyVocab.reports, node);
                add(node, RDF.Nodes.type, ParleyVocab.kindClass(s.kind()));
                for (Node c : ParleyVocab.categories(s.kind())) {
                    add(node, ParleyVocab.category, c);
                }
                add(node, ParleyVocab.cue, str(s.cue()));
                add(node, ParleyVocab.rule, str(s.rule().id()));
                add(node, ParleyVocab.evidence, sentence(s.sentenceIndex(), s.evidence()));
                add(node, ParleyVocab.confidence, dbl(s.confidence()));
                if (s.content() != null && s.content().end() <= article.body().length()) {
                    add(node, ParleyVocab.content, str(s.content().of(article.body())));
                    add(node, ParleyVocab.contentBegin, offset(s.content().begin()));
                    add(node, ParleyVocab.contentEnd, offset(s.content().end()));
                }
                if (s.action() != null) {
                    ParleyVocab.action(s.action()).ifPresentOrElse(a -> add(node, ParleyVocab.action, a),
                            () -> LOG.warn("{}: statement {}: action \"{}\" is not one of {}; not written",
                                    article.source(), s.id(), s.action(), ParleyVocab.ACTIONS));
                }
                for (StatementFlag f : s.flags()) {
                    add(node, ParleyVocab.flag, ParleyVocab.flag(f));
                }
                LocalDate d = s.date() != null ? s.date() : article.published();
                if (d != null) {
                    add(node, ParleyVocab.date, date(d));
                }
                int n = 0;
                for (Argument a : s.arguments()) {
                    Node property = argumentProperty(a);
                    Node entity = entity(a.entity());
                    add(node, property, entity);
                    Node qualified = minter.argument(article, s.id(), ++n);
                    add(node, ParleyVocab.hasArgument, qualified);
                    add(qualified, RDF.Nodes.type, ParleyVocab.Argument);
                    add(qualified, ParleyVocab.property, property);
                    add(qualified, ParleyVocab.entity, entity);
                    add(qualified, ParleyVocab.rule, str(a.rule().id()));
                }
                n = 0;
                for (StatementLink link : s.links()) {
                    if (!ids.contains(link.targetId())) {
                        LOG.warn("{}: statement {}: link {} to unknown statement \"{}\"; not written",
                                article.source(), s.id(), link.type(), link.targetId());
                        continue;
                    }
                    Node target = minter.statement(article, link.targetId());
                    Node qualified = minter.link(article, s.id(), ++n);
                    add(node, ParleyVocab.hasLink, qualified);
                    add(qualified, RDF.Nodes.type, ParleyVocab.Link);
                    add(qualified, ParleyVocab.property, linkProperty(link.type()));
                    add(qualified, ParleyVocab.targetStatement, target);
                    add(qualified, ParleyVocab.rule, str(link.rule().id()));
                    switch (link.type()) {
                        case CONDITION_OF -> {
                            links.add(Triple.create(node, ParleyVocab.isConditionOf, target));
                            links.add(Triple.create(target, ParleyVocab.conditionalOn, node));
                        }
                        case CONDITIONAL_ON -> {
                            links.add(Triple.create(node, ParleyVocab.conditionalOn, target));
                            links.add(Triple.create(target, ParleyVocab.isConditionOf, node));
                        }
                        case ANSWERS -> links.add(Triple.create(node, ParleyVocab.answers, target));
                    }
                }
            }
            for (Triple t : links) {
                add(t.getSubject(), t.getPredicate(), t.getObject());
            }
        }

        private static Node linkProperty(StatementLink.Type type) {
            return switch (type) {
                case CONDITION_OF -> ParleyVocab.isConditionOf;
                case CONDITIONAL_ON -> ParleyVocab.conditionalOn;
                case ANSWERS -> ParleyVocab.answers;
            };
        }

        private Node argumentProperty(Argument a) {
            return switch (a.role()) {
                case BY -> ParleyVocab.by;
                case TO -> ParleyVocab.to;
                case REGION -> a.inferred() ? ParleyVocab.impliesRegion : ParleyVocab.namesRegion;
                case ORGANIZATION -> a.inferred() ? ParleyVocab.impliesOrganization : ParleyVocab.namesOrganization;
            };
        }

        /**
         * The entity's IRI; its type, label and Wikidata link are written once per article graph, and a person's name
         * where the article spells it otherwise ({@link ArticleNames}).
         */
        private Node entity(Entity e) {
            Node node = entitiesWritten.get(e.key());
            if (node != null) {
                return node;
            }
            node = minter.entity(e);
            entitiesWritten.put(e.key(), node);
            add(node, RDF.Nodes.type, ParleyVocab.typeClass(e.type()));
            add(node, RDFS.Nodes.label, str(e.label()));
            String named = names.name(e);
            if (!named.equals(e.label())) {
                add(node, ParleyVocab.nameInArticle, str(named));
            }
            if (e.wikidataId() != null) {
                add(node, ParleyVocab.wikidata, Wikidata.item(e.wikidataId()));
            }
            return node;
        }

        /**
         * The sentence node, written once per graph with its offsets and text. The span comes from the
         * analysis, else from {@code fallback}; null when neither knows the sentence.
         */
        private Node sentence(int index, CharSpan fallback) {
            List<Sentence> sentences = x.analysis().sentences();
            CharSpan span = null;
            for (Sentence s : sentences) {
                if (s.index() == index) {
                    span = s.span();
                    break;
                }
            }
            if (span == null) {
                span = fallback;
            }
            if (span == null || span.end() > article.body().length()) {
                return null;
            }
            Node node = minter.sentence(article, index);
            if (sentencesWritten.add(node)) {
                add(node, RDF.Nodes.type, Nif.Sentence);
                add(node, Nif.referenceContext, text);
                add(node, Nif.beginIndex, offset(span.begin()));
                add(node, Nif.endIndex, offset(span.end()));
                add(node, Nif.anchorOf, str(span.of(article.body())));
            }
            return node;
        }

        private void add(Node s, Node p, Node o) {
            sink.quad(Quad.create(graph, s, p, o));
        }
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node offset(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node dbl(double d) {
        return NodeFactory.createLiteralDT(Double.toString(d), XSDDatatype.XSDdouble);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.format(DateTimeFormatter.ISO_LOCAL_DATE), XSDDatatype.XSDdate);
    }

    private static Node dateTime(String isoInstant) {
        return NodeFactory.createLiteralDT(isoInstant, XSDDatatype.XSDdateTime);
    }

    /** The URL as an IRI when it is a valid absolute one, else as an {@code xsd:anyURI} literal. */
    private static Node urlNode(String url) {
        try {
            IRIx iri = IRIx.create(url);
            if (iri.isAbsolute()) {
                return NodeFactory.createURI(iri.str());
            }
        } catch (IRIException e) {
            LOG.debug("url {} is not a valid IRI ({}); written as a literal", url, e.getMessage());
        }
        return NodeFactory.createLiteralDT(url, XSDDatatype.XSDanyURI);
    }
}
