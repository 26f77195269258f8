package org.policylod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shapes are standard SHACL (core and SHACL-SPARQL): RDF4J's ShaclSail, which supports both,
 * must find the same violated shapes as Jena on the positive example and on every negative test.
 */
class IndependentEngineTest {
    private static final Gate GATE = Gate.create();

    @Test
    void positiveExampleConformsUnderRdf4j() {
        Rdf4jShacl.Outcome outcome = Rdf4jShacl.validate(Examples.read("positive/publication.ttl"));
        assertTrue(outcome.conforms(), outcome.toString());
        assertEquals(Set.of(), outcome.violatedShapes());
    }

    @TestFactory
    Stream<DynamicTest> rdf4jAgreesWithJenaOnEveryNegativeTest() {
        return Manifest.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Set<String> jena = violatedShapes(c.data());
            Rdf4jShacl.Outcome rdf4j = Rdf4jShacl.validate(c.data());
            assertEquals(jena, new TreeSet<>(rdf4j.violatedShapes()));
            assertEquals(c.conforms(), rdf4j.conforms());
        }));
    }

    private static Set<String> violatedShapes(Graph data) {
        ValidationReport report = ValidationReport.fromGraph(GATE.check(data).report());
        return report.getEntries().stream()
                .filter(e -> Severity.Violation.equals(e.severity()))
                .map(e -> e.source().getURI())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
