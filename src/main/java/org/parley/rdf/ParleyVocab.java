package org.parley.rdf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.parley.core.EntityType;
import org.parley.core.MentionKind;
import org.parley.core.StatementFlag;
import org.parley.core.StatementKind;

/**
 * The Parley ontology ({@code ontology/parley.ttl}) as Jena nodes; checked against the file by a test.
 * Reused vocabularies (schema.org, NIF, PROV-O, SKOS) are in the nested classes.
 */
public final class ParleyVocab {

    /** The ontology namespace, prefix {@code parley:}. */
    public static final String NS = "https://w3id.org/parley/ontology#";
    /** The ontology's own IRI. */
    public static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/parley/ontology");

    // Classes
    public static final Node Entity = uri("Entity");
    public static final Node Person = uri("Person");
    public static final Node Organization = uri("Organization");
    public static final Node Country = uri("Country");
    public static final Node Region = uri("Region");
    public static final Node City = uri("City");
    public static final Node Statement = uri("Statement");
    public static final Node Demand = uri("Demand");
    public static final Node Offer = uri("Offer");
    public static final Node Rejection = uri("Rejection");
    public static final Node Mention = uri("Mention");

    // Entity properties
    public static final Node wikidata = uri("wikidata");
    public static final Node demonym = uri("demonym");
    public static final Node metonym = uri("metonym");
    public static final Node partOf = uri("partOf");
    public static final Node nameInArticle = uri("nameInArticle");

    // Article and text properties
    public static final Node sourceName = uri("sourceName");
    public static final Node contentHash = uri("contentHash");
    public static final Node body = uri("body");
    public static final Node mentions = uri("mentions");
    public static final Node reports = uri("reports");
    public static final Node refersTo = uri("refersTo");
    public static final Node mentionKind = uri("mentionKind");
    public static final Node confidence = uri("confidence");
    public static final Node describes = uri("describes");

    // Statement properties
    public static final Node by = uri("by");
    public static final Node to = uri("to");
    public static final Node namesRegion = uri("namesRegion");
    public static final Node impliesRegion = uri("impliesRegion");
    public static final Node namesOrganization = uri("namesOrganization");
    public static final Node impliesOrganization = uri("impliesOrganization");
    public static final Node content = uri("content");
    public static final Node contentBegin = uri("contentBegin");
    public static final Node contentEnd = uri("contentEnd");
    public static final Node cue = uri("cue");
    public static final Node evidence = uri("evidence");
    public static final Node date = uri("date");
    public static final Node action = uri("action");
    public static final Node category = uri("category");
    public static final Node flag = uri("flag");
    public static final Node isConditionOf = uri("isConditionOf");
    public static final Node conditionalOn = uri("conditionalOn");
    public static final Node answers = uri("answers");

    // rule provenance: every fact names the rule that made it; arguments and links are qualified with it
    public static final Node rule = uri("rule");
    public static final Node Argument = uri("Argument");
    public static final Node hasArgument = uri("hasArgument");
    public static final Node Link = uri("Link");
    public static final Node hasLink = uri("hasLink");
    public static final Node property = uri("property");
    public static final Node entity = uri("entity");
    public static final Node targetStatement = uri("targetStatement");

    // the statement index: counts and pairs kept in one graph for the ranking questions
    public static final Node StatementIndex = uri("StatementIndex");
    public static final Node ActorPair = uri("ActorPair");
    public static final Node articles = uri("articles");
    public static final Node replacedArticles = uri("replacedArticles");
    public static final Node demandsMade = uri("demandsMade");
    public static final Node offersMade = uri("offersMade");
    public static final Node rejectionsMade = uri("rejectionsMade");
    public static final Node demandsReceived = uri("demandsReceived");
    public static final Node offersReceived = uri("offersReceived");
    public static final Node rejectionsReceived = uri("rejectionsReceived");
    public static final Node demandsNaming = uri("demandsNaming");
    public static final Node demandsImplying = uri("demandsImplying");
    public static final Node demandArticles = uri("demandArticles");
    public static final Node demandKey = uri("demandKey");
    public static final Node evidenceKey = uri("evidenceKey");
    public static final Node labelKey = uri("labelKey");
    public static final Node indexVersion = uri("indexVersion");
    public static final Node firstActor = uri("firstActor");
    public static final Node secondActor = uri("secondActor");
    public static final Node sharedStatements = uri("sharedStatements");

    // Concept schemes and event-data categories
    public static final Node PloverScheme = uri("PloverScheme");
    public static final Node CameoScheme = uri("CameoScheme");
    public static final Node ActionScheme = uri("ActionScheme");
    public static final Node FlagScheme = uri("FlagScheme");
    public static final Node MentionKindScheme = uri("MentionKindScheme");
    public static final Node ploverRequest = uri("plover-REQUEST");
    public static final Node ploverReject = uri("plover-REJECT");
    public static final Node cameo03 = uri("cameo-03");
    public static final Node cameo10 = uri("cameo-10");
    public static final Node cameo12 = uri("cameo-12");

    // The actor network that queries/actor-network.rq constructs (derived, not stored)
    public static final Node ActorLink = uri("ActorLink");
    public static final Node source = uri("source");
    public static final Node target = uri("target");
    public static final Node linkKind = uri("linkKind");
    public static final Node weight = uri("weight");
    public static final Node firstDate = uri("firstDate");
    public static final Node lastDate = uri("lastDate");
    public static final Node exampleEvidence = uri("exampleEvidence");
    public static final Node statementsMade = uri("statementsMade");
    public static final Node statementsReceived = uri("statementsReceived");
    public static final Node statementsNaming = uri("statementsNaming");

    /** The normalized action names of {@link #ActionScheme}, as {@code Statement.action()} gives them. */
    public static final List<String> ACTIONS = List.of("withdrawal", "ceasefire", "negotiation", "recognition",
            "cession", "neutrality", "disarmament", "sanctions-relief", "prisoner-release", "aid-access", "elections",
            "constitutional-change", "security-guarantee", "referendum");

    private ParleyVocab() {
    }

    /** The class of an entity type: {@code parley:Person}, ... */
    public static Node typeClass(EntityType type) {
        return switch (type) {
            case PERSON -> Person;
            case ORGANIZATION -> Organization;
            case COUNTRY -> Country;
            case REGION -> Region;
            case CITY -> City;
        };
    }

    /** The class of a statement kind: {@code parley:Demand}, ... */
    public static Node kindClass(StatementKind kind) {
        return switch (kind) {
            case DEMAND -> Demand;
            case OFFER -> Offer;
            case REJECTION -> Rejection;
        };
    }

    /** The PLOVER and CAMEO categories of a statement kind (an offer has no PLOVER type). */
    public static List<Node> categories(StatementKind kind) {
        return switch (kind) {
            case DEMAND -> List.of(ploverRequest, cameo10);
            case OFFER -> List.of(cameo03);
            case REJECTION -> List.of(ploverReject, cameo12);
        };
    }

    /** The concept of a normalized action, or empty when {@code name} is not one of {@link #ACTIONS}. */
    public static Optional<Node> action(String name) {
        return ACTIONS.contains(name) ? Optional.of(uri("action-" + name)) : Optional.empty();
    }

    public static Node flag(StatementFlag flag) {
        return uri("flag-" + flag.name().toLowerCase(Locale.ROOT));
    }

    public static Node mentionKind(MentionKind kind) {
        return uri("mention-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** Prefixes for writers: parley, schema, nif, prov, skos, rdf, rdfs, owl, xsd, wd. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(PrefixMapping.Standard);
        pm.setNsPrefix("parley", NS);
        pm.setNsPrefix("schema", Schema.NS);
        pm.setNsPrefix("nif", Nif.NS);
        pm.setNsPrefix("prov", Prov.NS);
        pm.setNsPrefix("skos", Skos.NS);
        pm.setNsPrefix("wd", Wikidata.ENTITY_NS);
        return pm.lock();
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /** The schema.org terms Parley uses ({@code http://schema.org/}, as Wikidata writes it). */
    public static final class Schema {
        public static final String NS = "http://schema.org/";
        public static final Node NewsArticle = NodeFactory.createURI(NS + "NewsArticle");
        public static final Node headline = NodeFactory.createURI(NS + "headline");
        public static final Node datePublished = NodeFactory.createURI(NS + "datePublished");
        public static final Node author = NodeFactory.createURI(NS + "author");
        public static final Node publisher = NodeFactory.createURI(NS + "publisher");
        public static final Node url = NodeFactory.createURI(NS + "url");
        public static final Node softwareVersion = NodeFactory.createURI(NS + "softwareVersion");

        private Schema() {
        }
    }

    /** NIF 2.0 core terms. */
    public static final class Nif {
        public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        public static final Node Context = NodeFactory.createURI(NS + "Context");
        public static final Node Sentence = NodeFactory.createURI(NS + "Sentence");
        public static final Node Phrase = NodeFactory.createURI(NS + "Phrase");
        public static final Node isString = NodeFactory.createURI(NS + "isString");
        public static final Node beginIndex = NodeFactory.createURI(NS + "beginIndex");
        public static final Node endIndex = NodeFactory.createURI(NS + "endIndex");
        public static final Node anchorOf = NodeFactory.createURI(NS + "anchorOf");
        public static final Node referenceContext = NodeFactory.createURI(NS + "referenceContext");
        public static final Node sentence = NodeFactory.createURI(NS + "sentence");

        private Nif() {
        }
    }

    /** PROV-O terms. */
    public static final class Prov {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Node Entity = NodeFactory.createURI(NS + "Entity");
        public static final Node Activity = NodeFactory.createURI(NS + "Activity");
        public static final Node SoftwareAgent = NodeFactory.createURI(NS + "SoftwareAgent");
        public static final Node wasGeneratedBy = NodeFactory.createURI(NS + "wasGeneratedBy");
        public static final Node generatedAtTime = NodeFactory.createURI(NS + "generatedAtTime");
        public static final Node startedAtTime = NodeFactory.createURI(NS + "startedAtTime");
        public static final Node used = NodeFactory.createURI(NS + "used");
        public static final Node wasAssociatedWith = NodeFactory.createURI(NS + "wasAssociatedWith");

        private Prov() {
        }
    }

    /** SKOS terms used for entity names. */
    public static final class Skos {
        public static final String NS = "http://www.w3.org/2004/02/skos/core#";
        public static final Node altLabel = NodeFactory.createURI(NS + "altLabel");

        private Skos() {
        }
    }

    /** Wikidata item IRIs: {@code http://www.wikidata.org/entity/Q7747}. */
    public static final class Wikidata {
        public static final String ENTITY_NS = "http://www.wikidata.org/entity/";

        private Wikidata() {
        }

        public static Node item(String qid) {
            if (!qid.matches("Q[1-9][0-9]*")) {
                throw new IllegalArgumentException("not a Wikidata id: " + qid);
            }
            return NodeFactory.createURI(ENTITY_NS + qid);
        }
    }
}
