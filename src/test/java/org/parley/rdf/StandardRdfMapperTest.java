package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.parley.core.ArticleExtraction;
import org.parley.core.Statement;
import org.parley.core.StatementLink;

class StandardRdfMapperTest {

    /** What the sample must map to, written by hand; compared as graphs, not as text. */
    private static final String EXPECTED = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX id:     <https://w3id.org/parley/id/>
            PREFIX a:      <https://w3id.org/parley/id/article/d5538be28e7d563ce242affb1d0a7771/>
            PREFIX e:      <https://w3id.org/parley/id/entity/>
            PREFIX wd:     <http://www.wikidata.org/entity/>

            <https://w3id.org/parley/id/graph/article/d5538be28e7d563ce242affb1d0a7771> {
              <https://w3id.org/parley/id/graph/article/d5538be28e7d563ce242affb1d0a7771>
                  a prov:Entity ;
                  parley:describes <https://w3id.org/parley/id/article/d5538be28e7d563ce242affb1d0a7771> ;
                  prov:wasGeneratedBy <https://w3id.org/parley/id/run/run-1> ;
                  prov:generatedAtTime "2024-03-06T12:00:00Z"^^xsd:dateTime .
              <https://w3id.org/parley/id/run/run-1> a prov:Activity ;
                  prov:startedAtTime "2024-03-06T11:59:00Z"^^xsd:dateTime ;
                  prov:wasAssociatedWith <https://w3id.org/parley/id/agent/parley/0.1.0-test> ;
                  prov:used <https://w3id.org/parley/id/model/opennlp-en-ud-ewt-sentence-1.3> ,
                            <https://w3id.org/parley/id/model/catalog> .
              <https://w3id.org/parley/id/agent/parley/0.1.0-test> a prov:SoftwareAgent ;
                  rdfs:label "Parley" ; schema:softwareVersion "0.1.0-test" .
              <https://w3id.org/parley/id/model/opennlp-en-ud-ewt-sentence-1.3> a prov:Entity ;
                  rdfs:label "opennlp-en-ud-ewt-sentence-1.3" .
              <https://w3id.org/parley/id/model/catalog> a prov:Entity ; rdfs:label "catalog" .

              <https://w3id.org/parley/id/article/d5538be28e7d563ce242affb1d0a7771> a schema:NewsArticle ;
                  parley:sourceName "2024-03-04-withdrawal-demand" ;
                  parley:contentHash "969ec8bc7519760b86e1e3dd842bca93f23290aefbaea44873e1645fa3a4dd4c" ;
                  schema:headline "Ukraine demands withdrawal" ;
                  schema:datePublished "2024-03-04"^^xsd:date ;
                  schema:author "Jane Roe" ;
                  schema:publisher "Example News" ;
                  schema:url <https://news.example.com/2024/03/04/withdrawal-demand> ;
                  parley:body a:text ;
                  parley:mentions a:mention\\/0-7 , a:mention\\/22-28 , a:mention\\/54-73 , a:mention\\/134-138 ,
                      a:mention\\/140-146 , a:mention\\/185-192 , a:mention\\/217-221 , a:mention\\/223-227 ;
                  parley:reports a:statement\\/s1 , a:statement\\/s2 , a:statement\\/s3 , a:statement\\/s4 .
              a:text a nif:Context ;
                  nif:isString "Ukraine demanded that Russia withdraw its forces from Zaporizhzhia Oblast and the other occupied regions under the supervision of the OSCE. Russia said it would agree to a ceasefire if Ukraine gave up its bid to join NATO. Kyiv rejected the Russian proposal on Tuesday." ;
                  nif:beginIndex "0"^^xsd:nonNegativeInteger ;
                  nif:endIndex "269"^^xsd:nonNegativeInteger .

              a:sentence\\/0 a nif:Sentence ; nif:referenceContext a:text ;
                  nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "139"^^xsd:nonNegativeInteger ;
                  nif:anchorOf "Ukraine demanded that Russia withdraw its forces from Zaporizhzhia Oblast and the other occupied regions under the supervision of the OSCE." .
              a:sentence\\/1 a nif:Sentence ; nif:referenceContext a:text ;
                  nif:beginIndex "140"^^xsd:nonNegativeInteger ; nif:endIndex "222"^^xsd:nonNegativeInteger ;
                  nif:anchorOf "Russia said it would agree to a ceasefire if Ukraine gave up its bid to join NATO." .
              a:sentence\\/2 a nif:Sentence ; nif:referenceContext a:text ;
                  nif:beginIndex "223"^^xsd:nonNegativeInteger ; nif:endIndex "269"^^xsd:nonNegativeInteger ;
                  nif:anchorOf "Kyiv rejected the Russian proposal on Tuesday." .

              a:mention\\/0-7 a parley:Mention ; nif:referenceContext a:text ; nif:sentence a:sentence\\/0 ;
                  nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "7"^^xsd:nonNegativeInteger ;
                  nif:anchorOf "Ukraine" ; parley:mentionKind parley:mention-name ;
                  parley:rule "mention.catalog.name" ; parley:confidence "1.0"^^xsd:double ; parley:refersTo e:Q212 .
              a:mention\\/22-28 a parley:Mention ; nif:referenceContext a:text ; nif:sentence a:sentence\\/0 ;
                  nif:beginIndex "22"^^xsd:nonNegativeInteger ; nif:endIndex "28"^^xsd:nonNegativeInteger ;
                  nif:anchorOf "Russia" ; parley:mentionKind parley:mention-name ;
                  parley:rule "mention.catalog.name" ; parley:confidence "1.0"^^xsd:double ; parley:refersTo e:Q159 .
              a:mention\\/54-73 a parley:Mention ; nif:referenceContext a:text ; nif:sentence a:sentence\\/0 ;
                  nif:beginIndex "54"^^xsd:nonNegativeInteger ; nif:endIndex "73"^^xsd:nonNegativeInteger ;
                  nif:anchorOf "Zaporizhzhia Oblast" ; parley:mentionKind parley:mention-name ;
                  parley:rule "mention.catalog.name" ; parley:confidence "1.0"^^xsd:double ; parley:refersTo e:region\\/zaporizhzhia-oblast .
              a:mention\\/134-138 a parley:Mention ; nif:referenceContext a:text ; nif:sentence a:sentence\\/0 ;
                  nif:beginIndex "134"^^xsd:nonNegativeInteger ; nif:endIndex "138"^^xsd:nonNegativeInteger ;
                  nif:anchorOf "OSCE" ; parley:mentionKind parley:mention-name ;
                  parley:rule "mention.catalog.name" ; parley:confidence "1.0"^^xsd:double ; parley:refersTo e:organization\\/osce .
              a:mention\\/140-146 a parley:Mention ; nif:referenceContext a:text ; nif:sentence a:sentence\\/1 ;
                  nif:beginIndex "140"^^xsd:nonNegativeInteger ; nif:endIndex "146"^^xsd:nonNegativeInteger ;
                  nif:anchorOf "Russia" ; parley:mentionKind parley:mention-name ;
                  parley:rule "mention.catalog.name" ; parley:confidence "1.0"^^xsd:double ; parley:refersTo e:Q159 .
              a:mention\\/185-192 a parley:Mention ; nif:referenceContext a:text ; nif:sentence a:sentence\\/1 ;
                  nif:beginIndex "185"^^xsd:nonNegativeInteger ; nif:endIndex "192"^^xsd:nonNegativeInteger ;
                  nif:anchorOf "Ukraine" ; parley:mentionKind parley:mention-name ;
                  parley:rule "mention.catalog.name" ; parley:confidence "1.0"^^xsd:double ; parley:refersTo e:Q212 .
              a:mention\\/217-221 a parley:Mention ; nif:referenceContext a:text ; nif:sentence a:sentence\\/1 ;
                  nif:beginIndex "217"^^xsd:nonNegativeInteger ; nif:endIndex "221"^^xsd:nonNegativeInteger ;
                  nif:anchorOf "NATO" ; parley:mentionKind parley:mention-name ;
                  parley:rule "mention.catalog.name" ; parley:confidence "1.0"^^xsd:double ; parley:refersTo e:Q7184 .
              a:mention\\/223-227 a parley:Mention ; nif:referenceContext a:text ; nif:sentence a:sentence\\/2 ;
                  nif:beginIndex "223"^^xsd:nonNegativeInteger ; nif:endIndex "227"^^xsd:nonNegativeInteger ;
                  nif:anchorOf "Kyiv" ; parley:mentionKind parley:mention-metonym ;
                  parley:rule "mention.catalog.name" ; parley:confidence "1.0"^^xsd:double ; parley:refersTo e:Q212 .

              e:Q212 a parley:Country ; rdfs:label "Ukraine" ; parley:wikidata wd:Q212 .
              e:Q159 a parley:Country ; rdfs:label "Russia" ; parley:wikidata wd:Q159 .
              e:Q7184 a parley:Organization ; rdfs:label "NATO" ; parley:wikidata wd:Q7184 .
              e:organization\\/osce a parley:Organization ; rdfs:label "OSCE" .
              e:region\\/zaporizhzhia-oblast a parley:Region ; rdfs:label "Zaporizhzhia Oblast" .
              e:region\\/kherson-oblast a parley:Region ; rdfs:label "Kherson Oblast" .

              a:statement\\/s1 a parley:Demand ;
                  parley:category parley:plover-REQUEST , parley:cameo-10 ;
                  parley:cue "demanded" ; parley:rule "statement.demand.verb" ; parley:evidence a:sentence\\/0 ;
                  parley:confidence "0.9"^^xsd:double ;
                  parley:content "Russia withdraw its forces from Zaporizhzhia Oblast and the other occupied regions under the supervision of the OSCE" ;
                  parley:contentBegin "22"^^xsd:nonNegativeInteger ; parley:contentEnd "138"^^xsd:nonNegativeInteger ;
                  parley:action parley:action-withdrawal ;
                  parley:date "2024-03-04"^^xsd:date ;
                  parley:by e:Q212 ; parley:to e:Q159 ;
                  parley:namesRegion e:region\\/zaporizhzhia-oblast ;
                  parley:impliesRegion e:region\\/kherson-oblast ;
                  parley:namesOrganization e:organization\\/osce ;
                  parley:hasArgument a:statement\\/s1\\/argument\\/1 , a:statement\\/s1\\/argument\\/2 , a:statement\\/s1\\/argument\\/3 ,
                      a:statement\\/s1\\/argument\\/4 , a:statement\\/s1\\/argument\\/5 .
              a:statement\\/s1\\/argument\\/1 a parley:Argument ; parley:property parley:by ; parley:entity e:Q212 ;
                  parley:rule "test.by" .
              a:statement\\/s1\\/argument\\/2 a parley:Argument ; parley:property parley:to ; parley:entity e:Q159 ;
                  parley:rule "test.to" .
              a:statement\\/s1\\/argument\\/3 a parley:Argument ; parley:property parley:namesRegion ; parley:entity e:region\\/zaporizhzhia-oblast ;
                  parley:rule "test.region" .
              a:statement\\/s1\\/argument\\/4 a parley:Argument ; parley:property parley:impliesRegion ; parley:entity e:region\\/kherson-oblast ;
                  parley:rule "place.implied-group" .
              a:statement\\/s1\\/argument\\/5 a parley:Argument ; parley:property parley:namesOrganization ; parley:entity e:organization\\/osce ;
                  parley:rule "test.organization" .
              a:statement\\/s2 a parley:Offer ;
                  parley:category parley:cameo-03 ;
                  parley:cue "would agree" ; parley:rule "statement.offer.hedged-agree" ; parley:evidence a:sentence\\/1 ;
                  parley:confidence "0.8"^^xsd:double ;
                  parley:content "a ceasefire" ;
                  parley:contentBegin "170"^^xsd:nonNegativeInteger ; parley:contentEnd "181"^^xsd:nonNegativeInteger ;
                  parley:action parley:action-ceasefire ;
                  parley:flag parley:flag-hypothetical ;
                  parley:date "2024-03-04"^^xsd:date ;
                  parley:by e:Q159 ; parley:to e:Q212 ;
                  parley:conditionalOn a:statement\\/s3 ;
                  parley:hasArgument a:statement\\/s2\\/argument\\/1 , a:statement\\/s2\\/argument\\/2 ;
                  parley:hasLink a:statement\\/s2\\/link\\/1 .
              a:statement\\/s2\\/argument\\/1 a parley:Argument ; parley:property parley:by ; parley:entity e:Q159 ;
                  parley:rule "test.by" .
              a:statement\\/s2\\/argument\\/2 a parley:Argument ; parley:property parley:to ; parley:entity e:Q212 ;
                  parley:rule "test.to" .
              a:statement\\/s2\\/link\\/1 a parley:Link ; parley:property parley:conditionalOn ; parley:targetStatement a:statement\\/s3 ;
                  parley:rule "condition.if-clause" .
              a:statement\\/s3 a parley:Demand ;
                  parley:category parley:plover-REQUEST , parley:cameo-10 ;
                  parley:cue "if" ; parley:rule "condition.if-clause" ; parley:evidence a:sentence\\/1 ;
                  parley:confidence "0.7"^^xsd:double ;
                  parley:content "Ukraine gave up its bid to join NATO" ;
                  parley:contentBegin "185"^^xsd:nonNegativeInteger ; parley:contentEnd "221"^^xsd:nonNegativeInteger ;
                  parley:action parley:action-neutrality ;
                  parley:date "2024-03-04"^^xsd:date ;
                  parley:by e:Q159 ; parley:to e:Q212 ;
                  parley:namesOrganization e:Q7184 ;
                  parley:isConditionOf a:statement\\/s2 ;
                  parley:hasArgument a:statement\\/s3\\/argument\\/1 , a:statement\\/s3\\/argument\\/2 , a:statement\\/s3\\/argument\\/3 ;
                  parley:hasLink a:statement\\/s3\\/link\\/1 .
              a:statement\\/s3\\/argument\\/1 a parley:Argument ; parley:property parley:by ; parley:entity e:Q159 ;
                  parley:rule "test.by" .
              a:statement\\/s3\\/argument\\/2 a parley:Argument ; parley:property parley:to ; parley:entity e:Q212 ;
                  parley:rule "test.to" .
              a:statement\\/s3\\/argument\\/3 a parley:Argument ; parley:property parley:namesOrganization ; parley:entity e:Q7184 ;
                  parley:rule "test.organization" .
              a:statement\\/s3\\/link\\/1 a parley:Link ; parley:property parley:isConditionOf ; parley:targetStatement a:statement\\/s2 ;
                  parley:rule "condition.if-clause" .
              a:statement\\/s4 a parley:Rejection ;
                  parley:category parley:plover-REJECT , parley:cameo-12 ;
                  parley:cue "rejected" ; parley:rule "statement.rejection.verb" ; parley:evidence a:sentence\\/2 ;
                  parley:confidence "0.85"^^xsd:double ;
                  parley:content "the Russian proposal" ;
                  parley:contentBegin "237"^^xsd:nonNegativeInteger ; parley:contentEnd "257"^^xsd:nonNegativeInteger ;
                  parley:date "2024-03-05"^^xsd:date ;
                  parley:by e:Q212 ; parley:to e:Q159 ;
                  parley:answers a:statement\\/s2 ;
                  parley:hasArgument a:statement\\/s4\\/argument\\/1 , a:statement\\/s4\\/argument\\/2 ;
                  parley:hasLink a:statement\\/s4\\/link\\/1 .
              a:statement\\/s4\\/argument\\/1 a parley:Argument ; parley:property parley:by ; parley:entity e:Q212 ;
                  parley:rule "test.by" .
              a:statement\\/s4\\/argument\\/2 a parley:Argument ; parley:property parley:to ; parley:entity e:Q159 ;
                  parley:rule "addressee.rejected-owner" .
              a:statement\\/s4\\/link\\/1 a parley:Link ; parley:property parley:answers ; parley:targetStatement a:statement\\/s2 ;
                  parley:rule "link.answers.owner" .
            }
            """;

    private static final Node GRAPH = NodeFactory.createURI(
            "https://w3id.org/parley/id/graph/article/d5538be28e7d563ce242affb1d0a7771");

    @Test
    void mapsTheSampleToTheExpectedGraph() {
        DatasetGraph actual = SampleExtraction.mappedDataset();
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(EXPECTED, Lang.TRIG).lang(Lang.TRIG).parse(expected);

        assertEquals(List.of(GRAPH), names(actual), "exactly one named graph, the article's");
        assertTrue(actual.getDefaultGraph().isEmpty(), "nothing in the default graph");
        Graph got = actual.getGraph(GRAPH);
        Graph want = expected.getGraph(GRAPH);
        assertEquals(want.size(), got.size(), () -> "triple count; got:\n" + trig(actual));
        assertTrue(got.isIsomorphicWith(want), () -> "graphs differ; got:\n" + trig(actual));
    }

    @Test
    void graphIsTheMintersArticleGraph() {
        IriMinter minter = new IriMinter(IriMinter.DEFAULT_BASE);
        assertEquals(GRAPH, minter.articleGraph(SampleExtraction.article()));
    }

    @Test
    void mappingTwiceGivesTheSameGraph() {
        Graph first = SampleExtraction.mappedDataset().getGraph(GRAPH);
        Graph second = SampleExtraction.mappedDataset().getGraph(GRAPH);
        assertTrue(first.isIsomorphicWith(second));
    }

    @Test
    void linkToAnUnknownStatementIsNotWritten() {
        ArticleExtraction x = SampleExtraction.extraction();
        List<Statement> statements = new ArrayList<>(x.statements());
        Statement s4 = statements.remove(3);
        statements.add(new Statement(s4.id(), s4.kind(), s4.sentenceIndex(), s4.evidence(), s4.cue(), s4.content(),
                "not-an-action", s4.arguments(), s4.flags(), s4.date(),
                List.of(new StatementLink(StatementLink.Type.ANSWERS, "s99", s4.rule())), s4.confidence(), s4.rule()));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new StandardRdfMapper(new IriMinter(IriMinter.DEFAULT_BASE), SampleExtraction.CLOCK)
                .map(new ArticleExtraction(x.article(), x.analysis(), x.mentions(), statements),
                        SampleExtraction.RUN, StreamRDFLib.dataset(dsg));
        Graph g = dsg.getGraph(GRAPH);
        assertFalse(g.contains(Node.ANY, ParleyVocab.answers, Node.ANY), "dangling link written");
        assertFalse(g.contains(Node.ANY, ParleyVocab.action, NodeFactory.createURI(ParleyVocab.NS + "action-not-an-action")));
        assertTrue(g.contains(Node.ANY, ParleyVocab.conditionalOn, Node.ANY), "valid links still written");
    }

    @Test
    void otherBaseMintsEverythingUnderIt() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new StandardRdfMapper(new IriMinter("urn:example:parley:"), SampleExtraction.CLOCK)
                .map(SampleExtraction.extraction(), SampleExtraction.RUN, StreamRDFLib.dataset(dsg));
        List<String> foreign = new ArrayList<>();
        dsg.find().forEachRemaining(q -> {
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getObject())) {
                if (n.isURI() && n.getURI().contains("w3id.org/parley/id/")) {
                    foreign.add(n.getURI());
                }
            }
        });
        assertEquals(List.of(), foreign);
        assertEquals(1, names(dsg).size());
        assertTrue(names(dsg).get(0).getURI().startsWith("urn:example:parley:graph/article/"));
    }

    private static List<Node> names(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(out::add);
        return out;
    }

    private static String trig(DatasetGraph dsg) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, dsg, Lang.TRIG);
        return w.toString();
    }
}
