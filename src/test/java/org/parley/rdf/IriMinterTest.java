package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.Article;
import org.parley.core.CharSpan;
import org.parley.core.Entity;
import org.parley.core.EntityType;
import org.parley.core.ExtractionRun;

class IriMinterTest {

    private final IriMinter minter = new IriMinter(IriMinter.DEFAULT_BASE);
    private final Article article = SampleExtraction.article();

    @Test
    void entityIrisFollowTheKey() {
        assertEquals("https://w3id.org/parley/id/entity/Q7747",
                minter.entity(new Entity("Q7747", EntityType.PERSON, "Vladimir Putin", "Q7747")).getURI());
        assertEquals("https://w3id.org/parley/id/entity/person/jane-doe",
                minter.entity(Entity.minted(EntityType.PERSON, "Jane Doe")).getURI());
        assertEquals("https://w3id.org/parley/id/entity/org/a%20b%3Fc%C3%A9/%2E%2E",
                minter.entity("org/a b?cé/..").getURI());
    }

    @Test
    void articleIrisAreStableAndDistinct() {
        Article again = new Article(article.id(), "other-name", "elsewhere", article.url(), null, null, List.of(),
                null, article.body());
        assertEquals(minter.articleGraph(article), minter.articleGraph(again));
        Article other = new Article(Article.identityOf(null, "Another body."), "x", "x", null, null, null,
                List.of(), null, "Another body.");
        assertNotEquals(minter.articleGraph(article), minter.articleGraph(other));
        assertNotEquals(minter.articleGraph(article), minter.article(article));
        String h = "d5538be28e7d563ce242affb1d0a7771";
        assertEquals("https://w3id.org/parley/id/article/" + h + "/mention/3-9", minter.mention(article, new CharSpan(3, 9), 0).getURI());
        assertEquals("https://w3id.org/parley/id/article/" + h + "/mention/3-9-2", minter.mention(article, new CharSpan(3, 9), 1).getURI());
        assertEquals("https://w3id.org/parley/id/article/" + h + "/sentence/4", minter.sentence(article, 4).getURI());
        assertEquals("https://w3id.org/parley/id/article/" + h + "/statement/s%2F1", minter.statement(article, "s/1").getURI());
    }

    @Test
    void otherIris() {
        ExtractionRun run = new ExtractionRun("6f1c-22", "1.0", Instant.EPOCH, List.of());
        assertEquals("https://w3id.org/parley/id/run/6f1c-22", minter.run(run).getURI());
        assertEquals("https://w3id.org/parley/id/graph/catalog", minter.catalogGraph().getURI());
        assertEquals("https://w3id.org/parley/id/graph/ontology", minter.ontologyGraph().getURI());
        assertEquals("https://w3id.org/parley/id/model/en%20pos.bin", minter.model("en pos.bin").getURI());
    }

    @Test
    void rejectsABadBase() {
        assertThrows(IllegalArgumentException.class, () -> new IriMinter("https://example.org/x"));
        assertThrows(IllegalArgumentException.class, () -> new IriMinter("parley/"));
        assertThrows(IllegalArgumentException.class, () -> new IriMinter("https://exa mple.org/"));
        assertEquals("https://example.org/kg/entity/Q1", new IriMinter("https://example.org/kg/").entity("Q1").getURI());
    }
}
