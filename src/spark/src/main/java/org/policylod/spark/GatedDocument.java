package org.policylod.spark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.policylod.publish.Canonical;
import org.policylod.publish.DocumentGate;
import org.policylod.publish.DocumentOutcome;

/**
 * The per-document step of {@code publish}, {@link DocumentGate}: the ETL, then the SHACL gate on
 * the document's graph with the ontology and the reference data it uses. The quads are the
 * canonical N-Quads lines {@code publish} writes. The gate is made once per JVM (executor).
 */
public final class GatedDocument implements PerDocument {
    private static final long serialVersionUID = 1L;
    private static final Map<String, DocumentGate> GATES = new ConcurrentHashMap<>();

    private final String base;
    private final String time;

    public GatedDocument(String base, Instant time) {
        this.base = base;
        this.time = time.toString();
    }

    private DocumentGate gate() {
        Stax.useJdkFactory();
        return GATES.computeIfAbsent(base + ' ' + time, k -> DocumentGate.create(base, Instant.parse(time)));
    }

    @Override
    public Result apply(String file, byte[] bytes) {
        DocumentOutcome o = gate().check(Path.of(file), bytes);
        if (o instanceof DocumentOutcome.Published p) {
            return new Result(file, p.graph().graphIri(), null,
                    lines(p.graph().graphIri(), p.graph().model().getGraph()), p.graph().model());
        }
        DocumentOutcome.HeldBack h = (DocumentOutcome.HeldBack) o;
        return new Result(file, h.graph() == null ? null : h.graph().graphIri(), h.reason() + ": " + h.message(),
                List.of(), null);
    }

    @Override
    public List<String> reference(String graphIri, Collection<Model> documents) {
        return lines(graphIri, gate().etl().reference(documents).getGraph());
    }

    /** A graph as the sorted, canonical N-Quads lines of one named graph (blank nodes labelled as publish does). */
    static List<String> lines(String graphIri, Graph g) {
        return Canonical.quadLines(NodeFactory.createURI(graphIri), g);
    }
}
