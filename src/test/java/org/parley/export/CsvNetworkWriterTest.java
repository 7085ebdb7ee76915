package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvNetworkWriterTest {

    @Test
    void writesANodeTableAndAnEdgeTableQuotingWhatNeedsIt() {
        ByteArrayOutputStream nodes = new ByteArrayOutputStream();
        ByteArrayOutputStream edges = new ByteArrayOutputStream();
        GraphmlWriterTest.write(new CsvNetworkWriter(nodes, edges), edges);
        assertEquals(List.of("Id,Label,Type,Wikidata,Made,Received,Named,Statements",
                        "https://example.org/e/kyiv,\"Kyiv & <the> \"\"capital\"\"\",City,http://www.wikidata.org/entity/Q1899,1,2,3,6",
                        "https://example.org/e/oslo,Oslo,City,,0,0,1,1"),
                List.of(nodes.toString(StandardCharsets.UTF_8).split("\r\n")));
        assertEquals(List.of("Source,Target,Type,Kind,Weight,FirstDate,LastDate,Evidence",
                        "https://example.org/e/kyiv,https://example.org/e/oslo,Directed,names-region,3,2024-01-02,2024-05-06,"
                                + "\"Kyiv said talks, \"\"if any\"\", could be held in Oslo,\nnot elsewhere.\u0007\"",
                        "https://example.org/e/kyiv,https://example.org/e/oslo,Directed,offered-to,1,,,"),
                List.of(edges.toString(StandardCharsets.UTF_8).split("\r\n")));
    }
}
