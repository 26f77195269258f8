package org.policylod.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.Path;

/**
 * A validation report as comparable text: whether it conforms, then one line per result (focus
 * node, path, constraint component, severity, value, source shape, message), in the report's order.
 */
public final class ReportKey {
    private ReportKey() {
    }

    public static List<String> of(Verdict v) {
        List<String> key = of(ValidationReport.fromGraph(v.report()));
        key.add(0, "verdict conforms=" + v.conforms() + " violations=" + v.violations() + " warnings=" + v.warnings());
        return key;
    }

    /** As {@link #of(Verdict)}, results sorted: a report read back from its graph has no order. */
    public static List<String> sorted(Verdict v) {
        List<String> key = of(v);
        key.subList(2, key.size()).sort(null);
        return key;
    }

    public static List<String> of(ValidationReport report) {
        List<String> key = new ArrayList<>();
        key.add("conforms=" + report.conforms());
        for (ReportEntry e : report.getEntries()) {
            key.add(String.join(" | ", str(e.focusNode()), str(e.resultPath()), str(e.sourceConstraintComponent()),
                    str(e.severity().level()), str(e.value()), str(e.source()), e.message()));
        }
        return key;
    }

    private static String str(Node n) {
        return n == null ? "-" : n.isBlank() ? "_:" : n.toString();
    }

    private static String str(Path p) {
        return p == null ? "-" : p.toString();
    }
}
