package org.policylod.spark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policylod.extract.Etl;
import org.policylod.publish.Assembly;
import org.policylod.publish.Canonical;
import org.policylod.rdf.DocumentGraph;
import org.policylod.source.InputException;
import org.policylod.source.SourceReader;
import org.policylod.validate.Gate;
import org.policylod.validate.Verdict;

/**
 * The per-document work of {@code publish}, called directly: {@link Etl#transform} and the SHACL
 * {@link Gate} applied to the document's graph with the reference data it uses and the ontology
 * (the shapes need both: classes of linked entries, subclass axioms). The quads are canonical
 * N-Quads, as {@code publish} writes them. The ETL and the gate are built once per JVM (executor).
 */
public final class EtlAndGate implements PerDocument {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Tools> TOOLS = new ConcurrentHashMap<>();

    private final String base;
    private final String time;

    public EtlAndGate(String base, Instant time) {
        this.base = base;
        this.time = time.toString();
    }

    private record Tools(Etl etl, Gate gate, Graph ontology) {
    }

    private Tools tools() {
        Stax.useJdkFactory();
        return TOOLS.computeIfAbsent(base + ' ' + time, k -> {
            Etl etl = Etl.create(base, Instant.parse(time));
            return new Tools(etl, Gate.create(base), etl.ontology().getGraph());
        });
    }

    @Override
    public Result apply(String file, byte[] bytes) {
        Tools t = tools();
        DocumentGraph doc;
        try {
            doc = t.etl().transform(SourceReader.decode(Path.of(file), file, bytes));
        } catch (InputException e) {
            return new Result(file, null, false, e.getMessage(), List.of(), List.of());
        }
        Model reference = t.etl().reference(List.of(doc.model()));
        Graph data = GraphFactory.createDefaultGraph();
        data.getPrefixMapping().setNsPrefixes(doc.model().getNsPrefixMap());
        t.ontology().find().forEach(data::add);
        reference.getGraph().find().forEach(data::add);
        doc.model().getGraph().find().forEach(data::add);
        Verdict verdict = t.gate().check(data);
        if (!verdict.conforms()) {
            return new Result(file, doc.graphIri(), false, verdict.violations() + " SHACL violation(s): "
                    + firstLines(verdict.summary(), 3), List.of(), List.of());
        }
        return new Result(file, doc.graphIri(), true, null, lines(doc.graphIri(), doc.model().getGraph()),
                lines(base + Assembly.REFERENCE_GRAPH, reference.getGraph()));
    }

    /** A graph as the sorted, canonical N-Quads lines of one named graph (blank nodes labelled as publish does). */
    static List<String> lines(String graphIri, Graph g) {
        Node name = NodeFactory.createURI(graphIri);
        DatasetGraph ds = DatasetGraphFactory.create();
        g.find().forEach(tr -> ds.add(name, tr.getSubject(), tr.getPredicate(), tr.getObject()));
        return Canonical.of(ds, g.getPrefixMapping()).quadLines();
    }

    private static String firstLines(String s, int n) {
        String[] lines = s.strip().split("\n");
        return String.join(" | ", java.util.Arrays.copyOf(lines, Math.min(n, lines.length)));
    }
}
