package org.policylod.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.policylod.rdf.DocumentGraph;
import org.policylod.validate.Gate;
import org.policylod.validate.Verdict;

/**
 * Every golden case of src/test/resources/etl/: {@code <case>.txt} is transformed and compared as a
 * graph with {@code <case>.ttl}, its warnings with {@code <case>.warnings} (one a line), and the
 * graph, with the ontology and the reference data it uses, passes the SHACL gate of shapes/. A new
 * case is a new pair of files (write its graph with {@code -Dgolden.write=true}, then review it).
 */
class GoldenFilesTest {
    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(Golden.DIR)) {
            cases = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no golden cases in " + Golden.DIR);
        return cases.stream().map(txt -> DynamicTest.dynamicTest(txt.getFileName().toString(), () -> check(txt)));
    }

    private static void check(Path txt) throws IOException {
        String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        DocumentGraph g = Golden.transform(txt);
        Golden.compare(g.model(), name + ".ttl");
        Path warnings = Golden.DIR.resolve(name + ".warnings");
        assertTrue(Files.exists(warnings), "missing " + warnings);
        assertEquals(Files.readAllLines(warnings, StandardCharsets.UTF_8), g.warnings(), "warnings of " + txt);
        Verdict v = gate(g.model());
        assertTrue(v.conforms(), v.summary());
        assertEquals(0, v.violations(), v.summary());
    }

    private static Verdict gate(Model graph) {
        Etl etl = Golden.etl();
        Model all = ModelFactory.createDefaultModel().add(graph);
        all.add(etl.ontology());
        all.add(etl.reference(List.of(graph)));
        return Gate.create(Golden.BASE).check(all.getGraph());
    }
}
