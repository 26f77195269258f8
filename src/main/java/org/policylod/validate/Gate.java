package org.policylod.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

/** The SHACL publication gate: validates data against the bundled shapes/. */
public final class Gate {
    private final Graph shapesGraph;
    private final Validator validator;

    private Gate(Graph shapesGraph, boolean screening) {
        this.shapesGraph = shapesGraph;
        Shapes shapes = Shapes.parse(shapesGraph);
        this.validator = screening ? Validator.screened(shapes) : Validator.plain(shapes);
    }

    /** Loads the bundled shapes once; the gate is then reusable and thread-safe. */
    public static Gate create() {
        return create(ShapesGraph.DEFAULT_BASE);
    }

    /** The gate for a publication whose minted URIs start with {@code base} (ending in '/'). */
    public static Gate create(String base) {
        return new Gate(ShapesGraph.load(base), true);
    }

    /**
     * The same gate on Jena's plain validator, without screening (what the gate was before the
     * screen; the benchmark and the equivalence tests compare the two).
     */
    public static Gate plain(String base) {
        return new Gate(ShapesGraph.load(base), false);
    }

    /** A gate applying other shapes (e.g. DCAT-AP's, read with {@link DataReader}) as they are. */
    public static Gate of(Graph shapes) {
        return new Gate(shapes, true);
    }

    /** The shapes graph the gate applies (read-only by convention: callers must not change it). */
    public Graph shapes() {
        return shapesGraph;
    }

    public Verdict check(Graph data) {
        ValidationReport report = validator.validate(data);
        int violations = 0;
        int warnings = 0;
        for (ReportEntry e : report.getEntries()) {
            if (Severity.Violation.equals(e.severity())) {
                violations++;
            } else {
                warnings++;
            }
        }
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(data.getPrefixMapping())
                .setNsPrefixes(shapesGraph.getPrefixMapping());
        String summary = Summary.of(report, prefixes);
        Graph reportGraph = GraphFactory.createDefaultGraph();
        reportGraph.getPrefixMapping().setNsPrefixes(shapesGraph.getPrefixMapping());
        report.getGraph().find().forEach(reportGraph::add);
        return new Verdict(violations == 0, violations, warnings, reportGraph, summary);
    }
}
