package org.policylod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.policylod.Bundle;

/** The shapes are well-formed SHACL: they validate against the W3C SHACL-for-SHACL shapes graph. */
class ShaclForShaclTest {
    private static final Shapes SHSH = Shapes.parse(metaShapes());

    @Test
    void shapesConformToShaclForShacl() {
        ValidationReport report = ShaclValidator.get().validate(SHSH, Gate.create().shapes());
        assertEquals(0, report.getEntries().size(), () -> {
            ShLib.printReport(report);
            return report.getEntries().toString();
        });
    }

    @Test
    void aMalformedShapeIsCaught() {
        Graph shapes = GraphFactory.createDefaultGraph();
        Gate.create().shapes().find().forEach(shapes::add);
        Node shape = NodeFactory.createURI("https://w3id.org/policy-lod/shapes#Footnote-number");
        shapes.remove(shape, SHACL.minCount, Node.ANY);
        shapes.add(Triple.create(shape, SHACL.minCount, NodeFactory.createLiteralString("one")));
        ValidationReport report = ShaclValidator.get().validate(SHSH, shapes);
        assertFalse(report.conforms());
        assertEquals(1, report.getEntries().size());
    }

    @Test
    void theMetaShapesAreNotLoadedByTheGate() {
        assertFalse(Gate.create().shapes().contains(
                NodeFactory.createURI("http://www.w3.org/ns/shacl-shacl#ShapeShape"), null, null));
    }

    private static Graph metaShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Bundle.open("shapes/meta/shacl-shacl.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return g;
    }
}
