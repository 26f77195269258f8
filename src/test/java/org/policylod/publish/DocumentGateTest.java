package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.DocumentOutcome.HeldBack;
import org.policylod.publish.DocumentOutcome.Published;
import org.policylod.publish.DocumentOutcome.Reason;
import org.policylod.source.SourceDocument;
import org.policylod.validate.Verdict;

/** One document at a time through the real ETL and the real SHACL gate, and a batch of them. */
class DocumentGateTest {
    static final String SEED_GRAPH = Fixture.BASE + "graph/st-12493-2022";

    @TempDir
    static Path dir;
    static DocumentGate gate;
    static Published seed;

    @BeforeAll
    static void checkTheSeed() {
        gate = DocumentGate.create(Fixture.BASE, Fixture.TIME);
        seed = assertInstanceOf(Published.class, gate.check(SeedVariants.SEED));
    }

    @Test
    void theSeedConformsOnItsOwn() {
        assertEquals(SEED_GRAPH, seed.graph().graphIri());
        assertTrue(seed.verdict().conforms(), seed.verdict().summary());
        assertEquals(0, seed.verdict().violations());
        assertEquals(SeedVariants.SEED, seed.file());
        assertTrue(seed.published());
    }

    @Test
    void anEmptyFileIsHeldBackAsBadInput() throws IOException {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        HeldBack h = assertInstanceOf(HeldBack.class, gate.check(f));
        assertEquals(Reason.BAD_INPUT, h.reason());
        assertEquals(f + ": empty document: no text to publish", h.message());
        assertNull(h.graph());
        assertNull(h.verdict());
        assertFalse(h.published());
    }

    @Test
    void badEncodingNamesTheLine() throws IOException {
        Path f = Files.write(dir.resolve("latin1.txt"), "12493/22\n\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        HeldBack h = assertInstanceOf(HeldBack.class, gate.check(f));
        assertEquals(Reason.BAD_INPUT, h.reason());
        assertEquals(3, h.line());
        assertTrue(h.message().startsWith(f + ":3: not UTF-8 text"), h.message());
    }

    @Test
    void textWithoutADocumentIdentifierIsPublishedUnderItsFileName() {
        Published p = assertInstanceOf(Published.class,
                gate.check(Path.of("prose.txt"), "Some prose, no identifier.\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("https://w3id.org/policy-lod/graph/file-prose", p.graph().graphIri());
        assertTrue(p.graph().warnings().stream().anyMatch(w -> w.startsWith("prose.txt:1: no identifier of its own")),
                p.graph().warnings().toString());
    }

    @Test
    void anExtractorFailureIsHeldBackWithItsStackTrace() {
        HeldBack h = assertInstanceOf(HeldBack.class,
                gate.check(new SourceDocument(Path.of("broken.txt"), "broken.txt", null, "00")));
        assertEquals(Reason.EXTRACTOR_FAILED, h.reason());
        assertTrue(h.message().startsWith("broken.txt: the extractor failed"), h.message());
        assertTrue(h.detail().contains("NullPointerException"), h.detail());
        assertTrue(h.detail().contains("\tat org.policylod.extract."), h.detail());
    }

    @Test
    void aNonConformingDocumentKeepsItsGraphAndReport() throws IOException {
        HeldBack h = assertInstanceOf(HeldBack.class, gate.check(SeedVariants.withoutFootnote3(dir)));
        assertEquals(Reason.NOT_CONFORMING, h.reason());
        assertTrue(h.message().endsWith("gap.txt: does not conform to the SHACL shapes (1 violation)"), h.message());
        assertEquals(SEED_GRAPH, h.graph().graphIri());
        assertFalse(h.verdict().conforms());
        assertTrue(h.detail().contains("plos:FootnoteNumbering"), h.detail());
        assertTrue(h.detail().contains("footnote 4 exists but footnote 3 does not"), h.detail());
    }

    /** The same gate from several threads at once gives each caller the graph a lone caller gets. */
    @Test
    void isThreadSafe() throws Exception {
        Path gap = SeedVariants.withoutFootnote3(Files.createDirectories(dir.resolve("threads")));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<DocumentOutcome>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runs.add(pool.submit(() -> gate.check(SeedVariants.SEED)));
                runs.add(pool.submit(() -> gate.check(gap)));
            }
            for (int i = 0; i < runs.size(); i += 2) {
                Published p = assertInstanceOf(Published.class, runs.get(i).get());
                assertTrue(p.graph().model().isIsomorphicWith(seed.graph().model()));
                HeldBack h = assertInstanceOf(HeldBack.class, runs.get(i + 1).get());
                assertEquals(1, h.verdict().violations(), h.detail());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aBatchHoldsBackTheSecondCopyOfADocument() throws IOException {
        Path copy = Files.copy(SeedVariants.SEED, dir.resolve("copy.txt"));
        Batch b = Batch.of(List.of(seed, gate.check(copy)), gate.etl(), Fixture.BASE);
        assertEquals(List.of(seed), b.published());
        HeldBack h = b.heldBack().get(0);
        assertEquals(Reason.DUPLICATE, h.reason());
        assertEquals(copy + ": holds the same document as " + SeedVariants.SEED + " (both give the graph " + SEED_GRAPH
                + ")", h.message());
    }

    /** The gate sees exactly the ontology, the document and the reference graph a publication of it holds. */
    @Test
    void theGateDataIsTheOntologyTheDocumentAndItsReferenceData() {
        Model document = seed.graph().model();
        Model union = ModelFactory.createDefaultModel().add(gate.etl().ontology()).add(document)
                .add(gate.etl().reference(List.of(document)));
        Model data = ModelFactory.createModelForGraph(gate.gateData(document));
        assertEquals(union.size(), data.size());
        assertTrue(union.isIsomorphicWith(data));
        assertTrue(data.size() > document.size() + gate.etl().ontology().size(), "the reference data is there");
        gate.etl().ontology().getNsPrefixMap().forEach((prefix, ns) -> assertEquals(ns, data.getNsPrefixURI(prefix), prefix));
    }

    /** The assembly of a batch holds the published documents only, with the reference data they use. */
    @Test
    void aBatchAssemblesThePublishedDocumentsOnly() throws IOException {
        Path empty = Files.write(dir.resolve("none.txt"), new byte[0]);
        Assembly a = Batch.of(List.of(gate.check(empty), seed), gate.etl(), Fixture.BASE).assembly();
        List<String> graphs = new ArrayList<>();
        a.dataset().listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        graphs.sort(null);
        assertEquals(List.of(Fixture.BASE + Assembly.ONTOLOGY_GRAPH, Fixture.BASE + Assembly.REFERENCE_GRAPH, SEED_GRAPH),
                graphs);
        assertEquals(List.of(seed.source()), a.sources());
        Model reference = ModelFactory.createModelForGraph(
                a.dataset().getGraph(NodeFactory.createURI(Fixture.BASE + Assembly.REFERENCE_GRAPH)));
        assertTrue(reference.isIsomorphicWith(gate.etl().reference(List.of(seed.graph().model()))));
    }

    /**
     * A violation of the whole whose focus node two documents hold is put on the later one; one that
     * no two documents share is not put on any.
     */
    @Test
    void aConflictHoldsBackTheLaterDocument() throws IOException {
        String mission = Fixture.BASE + "id/mission/eubam-libya";
        assertTrue(seed.graph().model().getGraph().contains(Node.ANY, Node.ANY, NodeFactory.createURI(mission)),
                "the seed names " + mission);
        Path other = SeedVariants.renumbered(dir);
        Published second = assertInstanceOf(Published.class, gate.check(other));
        Batch b = Batch.of(List.of(seed, second), gate.etl(), Fixture.BASE);
        assertFalse(b.holdBackConflicts(report("<https://w3id.org/policy-lod/id/nowhere>")));
        assertEquals(2, b.published().size());
        assertTrue(b.holdBackConflicts(report("<" + mission + ">")));
        assertEquals(List.of(seed), b.published());
        HeldBack h = b.heldBack().get(0);
        assertEquals(Reason.CONFLICT, h.reason());
        assertEquals(other + ": conflicts with " + SeedVariants.SEED + " on <" + mission + ">: two kinds", h.message());
    }

    /** A one-violation SHACL report on {@code focus}, as the gate writes them. */
    private static Verdict report(String focus) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                [] a sh:ValidationReport ; sh:conforms false ;
                   sh:result [ a sh:ValidationResult ; sh:resultSeverity sh:Violation ; sh:focusNode %s ;
                       sh:sourceConstraintComponent sh:MaxCountConstraintComponent ;
                       sh:sourceShape <https://w3id.org/policy-lod/shapes#S> ; sh:resultMessage "two kinds" ] .
                """.formatted(focus), Lang.TURTLE).parse(m);
        return new Verdict(false, 1, 0, m.getGraph(), "1 violation");
    }
}
