package org.policylod.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * A person's view of a validation report: one block per shape (severity, shape, number of results),
 * then one line per result with focus node, path, value and message.
 */
final class Summary {
    /** Results listed per shape; the rest are counted, and the full report has them all. */
    static final int LISTED_PER_SHAPE = 20;

    private Summary() {
    }

    static String of(ValidationReport report, PrefixMapping prefixes) {
        Prologue prologue = new Prologue(prefixes);
        Map<String, List<ReportEntry>> byShape = new TreeMap<>();
        int violations = 0;
        for (ReportEntry e : report.getEntries()) {
            boolean violation = Severity.Violation.equals(e.severity());
            violations += violation ? 1 : 0;
            String key = (violation ? "0 Violation " : "1 " + name(e.severity()) + " ") + node(e.source(), prologue);
            byShape.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        int others = report.getEntries().size() - violations;
        StringBuilder out = new StringBuilder();
        out.append("SHACL validation: ").append(violations == 0 ? "conforms" : "does not conform")
                .append(" (").append(count(violations, "violation")).append(", ")
                .append(count(others, "warning")).append(")\n");
        for (Map.Entry<String, List<ReportEntry>> group : byShape.entrySet()) {
            List<ReportEntry> entries = new ArrayList<>(group.getValue());
            ReportEntry first = entries.get(0);
            out.append('\n').append(name(first.severity())).append(' ').append(node(first.source(), prologue))
                    .append(": ").append(count(entries.size(), "result")).append('\n');
            entries.sort(Comparator.comparing((ReportEntry e) -> node(e.focusNode(), prologue))
                    .thenComparing(e -> node(e.value(), prologue)));
            for (ReportEntry e : entries.subList(0, Math.min(entries.size(), LISTED_PER_SHAPE))) {
                out.append("  focus ").append(node(e.focusNode(), prologue));
                if (e.resultPath() != null) {
                    out.append("  path ").append(PathWriter.asString(e.resultPath(), prologue));
                }
                if (e.value() != null && !e.value().equals(e.focusNode())) {
                    out.append("  value ").append(node(e.value(), prologue));
                }
                out.append("\n    ").append(e.message()).append('\n');
            }
            if (entries.size() > LISTED_PER_SHAPE) {
                out.append("  ... and ").append(entries.size() - LISTED_PER_SHAPE)
                        .append(" more (the full report lists them all)\n");
            }
        }
        return out.toString();
    }

    private static String name(Severity severity) {
        Node level = severity.level();
        return level.isURI() ? level.getLocalName() : level.toString();
    }

    private static String node(Node n, Prologue prologue) {
        return n == null ? "" : FmtUtils.stringForNode(n, prologue);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
