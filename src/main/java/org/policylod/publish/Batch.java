package org.policylod.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.policylod.extract.Etl;
import org.policylod.publish.DocumentOutcome.HeldBack;
import org.policylod.publish.DocumentOutcome.Published;
import org.policylod.publish.DocumentOutcome.Reason;
import org.policylod.rdf.DocumentGraph;
import org.policylod.validate.Verdict;

/**
 * The documents of one per-document publish, in the order given, each published or held back.
 * Everything made across documents (the reference graph, and through the assembly the dumps, VoID,
 * statistics and tables) is made from the published ones only.
 */
public final class Batch {
    private final List<DocumentOutcome> outcomes;
    private final Etl etl;
    private final String base;

    private Batch(List<DocumentOutcome> outcomes, Etl etl, String base) {
        this.outcomes = outcomes;
        this.etl = etl;
        this.base = base;
    }

    /**
     * The batch of {@code checked} outcomes, in order; a document whose graph an earlier file
     * already gives is held back as a duplicate.
     */
    public static Batch of(List<DocumentOutcome> checked, Etl etl, String base) {
        List<DocumentOutcome> outcomes = new ArrayList<>(checked.size());
        Map<String, Published> byGraph = new HashMap<>();
        for (DocumentOutcome o : checked) {
            if (o instanceof Published p) {
                Published earlier = byGraph.putIfAbsent(p.graph().graphIri(), p);
                if (earlier != null) {
                    o = new HeldBack(p.file(), Reason.DUPLICATE, 0, p.file() + ": holds the same document as "
                            + earlier.file() + " (both give the graph " + p.graph().graphIri() + ")", "",
                            p.graph(), null, p.warnings());
                }
            }
            outcomes.add(o);
        }
        return new Batch(outcomes, etl, base);
    }

    /** Every outcome, in the order of the files. */
    public List<DocumentOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public List<Published> published() {
        return outcomes.stream().filter(Published.class::isInstance).map(Published.class::cast).toList();
    }

    public List<HeldBack> heldBack() {
        return outcomes.stream().filter(HeldBack.class::isInstance).map(HeldBack.class::cast).toList();
    }

    /** The dataset of the published documents, with the ontology and their reference data. */
    public Assembly assembly() {
        List<Published> ok = published();
        return Assembly.of(ok.stream().map(Published::source).toList(), ok.stream().map(Published::graph).toList(),
                etl, base);
    }

    /**
     * Holds back the documents that break a {@link CrossDocument} rule next to an earlier one: the
     * same documents the bulk load of a sharded ETL holds back ({@link ShardLoader}).
     *
     * @return the violations no document could be held back for (the gate on the whole then fails)
     */
    public List<String> holdBackCrossDocument(CrossDocument rules) {
        while (true) {
            List<Published> ok = published();
            CrossDocumentScan scan = rules.scan();
            statements(ok, scan::first);
            if (scan.needsSecondPass()) {
                statements(ok, scan::second);
            }
            CrossDocument.Outcome o = scan.outcome();
            if (o.heldBack().isEmpty()) {
                return o.unresolved();
            }
            // Held back, as publish's loop did; the rest is checked again, since a violation that had
            // a later holder can remain between the documents that stay.
            o.heldBack().forEach((i, c) -> {
                Published p = ok.get(i);
                outcomes.set(outcomes.indexOf(p), new HeldBack(p.file(), Reason.CONFLICT, 0,
                        conflict(p.file().toString(), ok.get(c.keeper()).file().toString(), c.focus(), c.message()), "",
                        p.graph(), null, p.warnings()));
            });
        }
    }

    /** The reason a document is held back for a conflict with an earlier one (here and in the bulk load). */
    static String conflict(String file, String keeper, Node focus, String message) {
        return file + ": conflicts with " + keeper + " on <" + focus + ">: " + message;
    }

    private static void statements(List<Published> docs, CrossDocumentScan.Pass pass) {
        for (int i = 0; i < docs.size(); i++) {
            int doc = i;
            docs.get(i).graph().model().getGraph().find()
                    .forEach(t -> pass.statement(doc, t.getSubject(), t.getPredicate(), t.getObject()));
        }
    }

    /**
     * Documents that conform alone can break a shape together (two documents giving one work two
     * identifiers). For each violation of {@code union}, the verdict on the assembly, the documents
     * whose graphs hold its focus node are found; the first keeps it, the later ones are held back.
     *
     * @return false when no violation could be put on two documents (nothing was held back)
     */
    public boolean holdBackConflicts(Verdict union) {
        Map<Published, String> conflicts = new LinkedHashMap<>();
        List<Published> ok = published();
        for (ReportEntry e : ValidationReport.fromGraph(union.report()).getEntries()) {
            Node focus = e.focusNode();
            if (!Severity.Violation.equals(e.severity()) || focus == null || focus.isBlank()) {
                continue;
            }
            List<Published> holders = ok.stream().filter(p -> mentions(p.graph(), focus)).toList();
            for (Published later : holders.subList(Math.min(1, holders.size()), holders.size())) {
                conflicts.putIfAbsent(later, conflict(later.file().toString(), holders.get(0).file().toString(), focus,
                        e.message()));
            }
        }
        conflicts.forEach((p, message) -> outcomes.set(outcomes.indexOf(p), new HeldBack(p.file(), Reason.CONFLICT, 0,
                message, union.summary(), p.graph(), union, p.warnings())));
        return !conflicts.isEmpty();
    }

    private static boolean mentions(DocumentGraph g, Node n) {
        Graph graph = g.model().getGraph();
        return graph.contains(n, Node.ANY, Node.ANY) || graph.contains(Node.ANY, Node.ANY, n);
    }
}
