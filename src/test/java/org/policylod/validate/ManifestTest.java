package org.policylod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** One negative test per shape, driven by shacl/manifest.ttl. */
class ManifestTest {
    private static final Gate GATE = Gate.create();
    private static final List<Manifest.Case> CASES = Manifest.cases();

    /* Shape parameters that target, describe or group; every other sh: predicate is a constraint. */
    private static final Set<String> NOT_CONSTRAINTS = Stream.of("property", "targetClass", "targetNode",
            "targetSubjectsOf", "targetObjectsOf", "message", "severity", "path", "name", "description",
            "deactivated", "ignoredProperties", "order", "group", "declare", "prefixes")
            .map(local -> SHACL.getURI() + local).collect(Collectors.toSet());

    @TestFactory
    Stream<DynamicTest> eachBrokenGraphFailsWithExactlyItsShape() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Verdict v = GATE.check(c.data());
            ValidationReport report = ValidationReport.fromGraph(v.report());
            List<String> others = report.getEntries().stream()
                    .filter(e -> !e.source().equals(c.shape()) || !e.severity().level().equals(c.severity()))
                    .map(e -> e.source() + " " + e.focusNode() + ": " + e.message()).toList();
            assertEquals(List.of(), others, "results from other shapes or severities\n" + v.summary());
            assertEquals(c.count(), report.getEntries().size(), v.summary());
            assertEquals(c.conforms(), v.conforms(), v.summary());
        }));
    }

    /* A shape reached only through sh:node reports as the shape that names it (sh:NodeConstraintComponent). */
    private static boolean reported(Graph shapes, Node shape) {
        return shapes.contains(null, SHACL.property, shape) || shapes.contains(shape, SHACL.targetClass, Node.ANY)
                || shapes.contains(shape, SHACL.targetSubjectsOf, Node.ANY)
                || shapes.contains(shape, SHACL.targetObjectsOf, Node.ANY)
                || shapes.contains(shape, SHACL.targetNode, Node.ANY);
    }

    @Test
    void everyShapeWithAConstraintHasANegativeTest() {
        Graph shapes = GATE.shapes();
        Set<String> constrained = new TreeSet<>();
        shapes.find().forEach(t -> {
            Node s = t.getSubject();
            String p = t.getPredicate().getURI();
            if (s.isURI() && p.startsWith(SHACL.getURI()) && !NOT_CONSTRAINTS.contains(p) && reported(shapes, s)) {
                constrained.add(s.getURI());
            }
        });
        Set<String> tested = CASES.stream().map(c -> c.shape().getURI()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> untested = new TreeSet<>(constrained);
        untested.removeAll(tested);
        assertEquals(Set.of(), untested, "shapes without a negative test in the manifest");
        assertTrue(constrained.containsAll(tested), "manifest names shapes that do not exist: " + tested);
        assertEquals(162, CASES.size());
    }
}
