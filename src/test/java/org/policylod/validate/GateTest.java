package org.policylod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class GateTest {
    private static final Gate GATE = Gate.create();
    private static final String OTHER_BASE = "http://example.org/lod/";

    @Test
    void positiveExampleConformsWithoutAnyResult() {
        Verdict v = GATE.check(Examples.read("positive/publication.ttl"));
        assertEquals(0, v.violations(), v.summary());
        assertEquals(0, v.warnings(), v.summary());
        assertTrue(v.conforms());
        assertEquals("SHACL validation: conforms (0 violations, 0 warnings)\n", v.summary());
    }

    @Test
    void warningsAloneStillConform() {
        Graph g = Examples.read("positive/publication.ttl");
        g.remove(NodeFactory.createURI("https://w3id.org/policy-lod/id/organisation/delegations"), null,
                NodeFactory.createURI("https://w3id.org/policy-lod/ontology#NationalAuthority"));
        Verdict v = GATE.check(g);
        assertTrue(v.conforms());
        assertEquals(0, v.violations());
        assertEquals(1, v.warnings());
        assertTrue(v.summary().startsWith("SHACL validation: conforms (0 violations, 1 warning)\n\nWarning plos:OrganisationKind-type: 1 result\n"),
                v.summary());
    }

    @Test
    void gateForAnotherBaseHoldsRebasedDataToTheSameRules() {
        Gate other = Gate.create(OTHER_BASE);
        Verdict moved = other.check(rebase(Examples.read("positive/publication.ttl")));
        assertEquals(0, moved.violations() + moved.warnings(), moved.summary());

        Verdict unmoved = other.check(Examples.read("positive/publication.ttl"));
        assertFalse(unmoved.conforms());
        Set<String> shapes = new TreeSet<>();
        ValidationReport.fromGraph(unmoved.report()).getEntries().forEach(e -> shapes.add(e.source().getLocalName()));
        assertTrue(shapes.containsAll(Set.of("Work", "ExpressionUri", "FootnoteUri", "Mission", "Organisation", "SourceFileUri")), shapes.toString());
    }

    @Test
    void rebasingMovesDataIrisAndPatternsButNotTheOntology() {
        Graph shapes = Gate.create(OTHER_BASE).shapes();
        assertTrue(shapes.contains(null, null, NodeFactory.createURI(OTHER_BASE + "id/scheme/region")));
        assertFalse(shapes.contains(null, null, NodeFactory.createURI(ShapesGraph.DEFAULT_BASE + "id/scheme/region")));
        assertTrue(shapes.contains(NodeFactory.createURI("https://w3id.org/policy-lod/shapes#Work"), null, null));
        assertTrue(shapes.contains(null, null, NodeFactory.createURI("https://w3id.org/policy-lod/ontology#Footnote")));
        assertEquals("http://example\\.org/lod/", ShapesGraph.regexEscape(OTHER_BASE));
    }

    @Test
    void baseMustBeAnAbsoluteIriEndingInSlash() {
        assertThrows(IllegalArgumentException.class, () -> Gate.create("https://example.org/lod"));
        assertThrows(IllegalArgumentException.class, () -> Gate.create("lod/"));
    }

    @Test
    void reportIsWrittenAsTurtleWithTheShapesPrefixes() {
        Graph g = Examples.read("positive/publication.ttl");
        g.remove(NodeFactory.createURI("https://w3id.org/policy-lod/id/mission/eubam-libya"),
                NodeFactory.createURI("https://w3id.org/policy-lod/ontology#hostCountry"), null);
        Verdict v = GATE.check(g);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.write(v, out);
        String turtle = out.toString(StandardCharsets.UTF_8);
        assertTrue(turtle.contains("sh:sourceShape") && turtle.contains("plos:MissionHost"), turtle);
        assertEquals(1, v.violations());
    }

    private static Graph rebase(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEach(t -> out.add(Triple.create(move(t.getSubject()), move(t.getPredicate()), move(t.getObject()))));
        return out;
    }

    private static Node move(Node n) {
        if (n.isURI()) {
            for (String part : new String[] {"id/", "graph/"}) {
                if (n.getURI().startsWith(ShapesGraph.DEFAULT_BASE + part)) {
                    return NodeFactory.createURI(OTHER_BASE + n.getURI().substring(ShapesGraph.DEFAULT_BASE.length()));
                }
            }
        }
        return n;
    }
}
