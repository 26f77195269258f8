package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylod.extract.Etl;
import org.policylod.validate.ShapesGraph;

/** The rules read from the real shapes, on documents given as statements. */
class CrossDocumentTest {
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private static final String PLO = "https://w3id.org/policy-lod/ontology#";
    private static final Node W = uri(Fixture.BASE + "id/document/com-2012-286");
    private static final Node V = uri(Fixture.BASE + "id/document/com-2012-287");
    private static CrossDocument rules;

    @BeforeAll
    static void rules() {
        Graph ontology = Etl.create(Fixture.BASE, Fixture.TIME).ontology().getGraph();
        rules = CrossDocument.of(ShapesGraph.load(Fixture.BASE), ontology);
    }

    @Test
    void aWorkGivenTwoIdentifiersByTwoDocumentsHoldsBackTheLaterGiverOnly() {
        List<List<Triple>> docs = List.of(
                List.of(t(W, RDF.type.asNode(), uri(PLO + "CommissionCommunication")), t(W, uri(ELI + "id_local"), lit("COM(2012) 286 final"))),
                List.of(t(uri(Fixture.BASE + "id/document/x"), uri(ELI + "cites"), uri(Fixture.BASE + "id/document/y"))),
                List.of(t(W, RDF.type.asNode(), uri(PLO + "CommissionCommunication")), t(W, uri(ELI + "id_local"), lit("COM(2012) 286"))),
                List.of(t(uri(Fixture.BASE + "id/document/z"), uri(ELI + "cites"), W)));
        CrossDocument.Outcome o = check(docs);
        assertEquals(List.of(2), List.copyOf(o.heldBack().keySet()), "document 3 only cites the work: it stays");
        CrossDocument.Conflict c = o.heldBack().get(2);
        assertEquals(0, c.keeper());
        assertEquals(W, c.focus());
        assertTrue(c.message().startsWith("<" + ELI + "id_local> takes 2 values across the documents [\"COM(2012) 286 final\", "
                + "\"COM(2012) 286\"], at most 1 (Work)"), c.message());
        assertTrue(o.unresolved().isEmpty());
    }

    @Test
    void theSameValueFromTwoDocumentsIsNoConflictAndAnUntypedResourceIsNotTargeted() {
        List<List<Triple>> docs = List.of(
                List.of(t(W, RDF.type.asNode(), uri(ELI + "Work")), t(W, uri(ELI + "id_local"), lit("COM(2012) 286 final"))),
                List.of(t(W, uri(ELI + "id_local"), lit("COM(2012) 286 final"))),
                List.of(t(V, uri(ELI + "id_local"), lit("a")), t(V, RDF.type.asNode(), uri(ELI + "Expression"))),
                List.of(t(V, uri(ELI + "id_local"), lit("b"))));
        CrossDocument.Outcome o = check(docs);
        assertEquals(Map.of(), o.heldBack());
        assertTrue(o.unresolved().isEmpty());
    }

    @Test
    void twoWorksClaimingOneCelexHoldBackTheLaterClaim() {
        Node celex = uri(PLO + "celex");
        CrossDocument.Outcome o = check(List.of(
                List.of(t(W, celex, lit("52012DC0286"))),
                List.of(t(W, celex, lit("52012DC0286"))),
                List.of(t(V, celex, lit("52012DC0286")))));
        assertEquals(List.of(2), List.copyOf(o.heldBack().keySet()), "document 1 claims it for the same work");
        CrossDocument.Conflict c = o.heldBack().get(2);
        assertEquals(0, c.keeper());
        assertTrue(c.message().startsWith("CELEX 52012DC0286 is also claimed by <" + V + ">"), c.message());
        assertTrue(o.unresolved().isEmpty());
    }

    @Test
    void aViolationTheFirstDocumentMakesAloneCannotBePutOnALaterOne() {
        // Document 0 gives two identifiers to a resource it does not type; document 1 types it as a work.
        CrossDocument.Outcome o = check(List.of(
                List.of(t(W, uri(ELI + "id_local"), lit("a")), t(W, uri(ELI + "id_local"), lit("b"))),
                List.of(t(W, RDF.type.asNode(), uri(ELI + "Work")), t(W, uri(ELI + "id_local"), lit("a")))));
        assertEquals(Map.of(), o.heldBack());
        assertEquals(1, o.unresolved().size());
    }

    @Test
    void hashesSeparateKindsOfNodes() {
        assertFalse(CrossDocumentScan.hash(uri("urn:a")) == CrossDocumentScan.hash(lit("urn:a")));
        assertEquals(CrossDocumentScan.hash(lit("x")), CrossDocumentScan.hash(lit("x")));
    }

    private static CrossDocument.Outcome check(List<List<Triple>> docs) {
        CrossDocumentScan scan = rules.scan();
        feed(docs, scan::first);
        if (scan.needsSecondPass()) {
            feed(docs, scan::second);
        }
        return scan.outcome();
    }

    private static void feed(List<List<Triple>> docs, CrossDocumentScan.Pass pass) {
        for (int i = 0; i < docs.size(); i++) {
            for (Triple t : docs.get(i)) {
                pass.statement(i, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
    }

    private static Triple t(Node s, Node p, Node o) {
        return Triple.create(s, p, o);
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
