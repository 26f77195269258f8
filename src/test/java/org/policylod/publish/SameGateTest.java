package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.policylod.bench.Corpus;
import org.policylod.harden.Mutator;
import org.policylod.rdf.DocumentGraph;
import org.policylod.source.InputException;
import org.policylod.source.SourceDocument;
import org.policylod.source.SourceReader;
import org.policylod.validate.Gate;
import org.policylod.validate.ReportKey;
import org.policylod.validate.Verdict;

/**
 * The gate (screened SHACL-SPARQL constraints) and Jena's plain validator give the same verdict,
 * report and summary on every document the tests have: the corpus, the acceptance texts of the dev
 * set, the ETL's golden cases, fuzz mutants of the seed and generated documents; each on its own as
 * the per-document gate sees it, and all of them together as the publication's last gate sees them.
 */
class SameGateTest {
    private static final DocumentGate GATE = DocumentGate.create(Fixture.BASE, Fixture.TIME);
    private static final Gate PLAIN = Gate.plain(Fixture.BASE);
    private static final Gate SCREENED = Gate.create(Fixture.BASE);
    static final int FUZZ = 30;
    static final int GENERATED = 12;

    static List<SourceDocument> documents() throws IOException, InputException {
        List<SourceDocument> docs = new ArrayList<>(Sources.read(List.of(Path.of("corpus"),
                Path.of("src/test/resources/acceptance/dev"), Path.of("src/test/resources/etl"))));
        String seed = Files.readString(SeedVariants.SEED, StandardCharsets.UTF_8);
        for (int i = 0; i < FUZZ; i++) {
            docs.add(decode("fuzz-" + i + ".txt", new Mutator(i).mutate(seed)));
        }
        Corpus generator = Corpus.bundled(7);
        for (int i = 0; i < GENERATED; i++) {
            docs.add(decode(Corpus.name(i), generator.document(i)));
        }
        return docs;
    }

    private static SourceDocument decode(String name, String text) throws InputException {
        return SourceReader.decode(Path.of(name), name, text.getBytes(StandardCharsets.UTF_8));
    }

    static void assertSameVerdict(Graph data, String what) {
        Verdict plain = PLAIN.check(data);
        Verdict screened = SCREENED.check(data);
        assertEquals(ReportKey.sorted(plain), ReportKey.sorted(screened), what);
        assertEquals(plain.summary(), screened.summary(), what);
        assertTrue(plain.report().isIsomorphicWith(screened.report()), what);
    }

    @TestFactory
    Stream<DynamicTest> eachDocumentOnItsOwn() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (SourceDocument doc : documents()) {
            tests.add(DynamicTest.dynamicTest(doc.name(), () -> {
                DocumentGraph g;
                try {
                    g = GATE.etl().transform(doc);
                } catch (InputException e) {
                    return; // nothing reaches the gate
                }
                assertSameVerdict(GATE.gateData(g.model()), doc.name());
            }));
        }
        return tests.stream();
    }

    @Test
    void allDocumentsTogether() throws Exception {
        List<SourceDocument> docs = new ArrayList<>();
        List<DocumentGraph> graphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SourceDocument d : documents()) {
            try {
                DocumentGraph g = GATE.etl().transform(d);
                // Mutants often keep the seed's identity: one graph per document, as publish keeps.
                if (seen.add(g.graphIri())) {
                    docs.add(d);
                    graphs.add(g);
                }
            } catch (InputException e) {
                // left out, as publish leaves it out
            }
        }
        Assembly assembly = Assembly.of(docs, graphs, GATE.etl(), Fixture.BASE);
        Graph union = GraphFactory.createDefaultGraph();
        assembly.dataset().find().forEachRemaining(q -> union.add(q.asTriple()));
        assertSameVerdict(union, "all documents as one publication");
        assertTrue(PLAIN.check(union).violations() > 0, "documents that conflict: the union exercises violations");
    }
}
