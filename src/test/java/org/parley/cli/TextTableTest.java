package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void valuesReadAsAPersonReadsThemAndTheTableFitsTheWidth() {
        Var region = Var.alloc("region");
        Var date = Var.alloc("date");
        Var evidence = Var.alloc("evidence");
        List<Var> vars = List.of(region, date, evidence);
        var row = BindingFactory.binding(
                BindingFactory.binding(BindingFactory.binding(region, NodeFactory.createURI("https://w3id.org/parley/id/entity/Q212")),
                        date, NodeFactory.createLiteralDT("2025-05-19", XSDDatatype.XSDdate)),
                evidence, NodeFactory.createLiteralString("A long sentence ".repeat(20)));
        TextTable table = TextTable.of(RowSetStream.create(vars, List.of(row).iterator()), vars);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.print(new PrintStream(out, true, StandardCharsets.UTF_8), 80);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.length() <= 80), lines.toString());
        assertTrue(lines.get(2).startsWith("pid:entity/Q212  2025-05-19  A long sentence"), lines.get(2));
        assertTrue(lines.get(2).endsWith("…"), "the widest column is cut: " + lines.get(2));
    }
}
