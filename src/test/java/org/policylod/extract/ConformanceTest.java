package org.policylod.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.validate.Gate;
import org.policylod.validate.Verdict;

/** The ETL's output, with the ontology and the reference data it uses, passes the SHACL gate. */
class ConformanceTest {
    @TempDir
    Path dir;

    private static Verdict check(List<Model> graphs) {
        Etl etl = Golden.etl();
        Model all = ModelFactory.createDefaultModel();
        graphs.forEach(all::add);
        all.add(etl.ontology());
        all.add(etl.reference(graphs));
        return Gate.create(Golden.BASE).check(all.getGraph());
    }

    @Test
    void seedConforms() {
        Verdict v = check(List.of(Golden.transform(SeedTest.SEED).model()));
        assertTrue(v.conforms(), v.summary());
        assertEquals(0, v.violations(), v.summary());
    }

    @Test
    void writtenDocumentsConform() throws IOException {
        Path a = dir.resolve("note.txt");
        Files.writeString(a, WrittenDocumentsTest.COUNCIL_NOTE, StandardCharsets.UTF_8);
        Path b = dir.resolve("eeas.txt");
        Files.write(b, WrittenDocumentsTest.EEAS_ONLY.getBytes(StandardCharsets.UTF_8));
        Verdict v = check(List.of(Golden.transform(a).model(), Golden.transform(b).model()));
        assertTrue(v.conforms(), v.summary());
    }
}
