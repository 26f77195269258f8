package org.policylod.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.policylod.extract.Etl;
import org.policylod.rdf.DocumentGraph;
import org.policylod.source.InputException;
import org.policylod.source.SourceDocument;

/**
 * The dataset to publish: a named graph per source document, the ontology graph and the reference
 * graph, with the prefixes the parts declare and the warnings the ETL raised.
 */
public record Assembly(DatasetGraph dataset, PrefixMapping prefixes, List<SourceDocument> sources,
                       List<String> warnings) {
    public static final String ONTOLOGY_GRAPH = "graph/ontology";
    public static final String REFERENCE_GRAPH = "graph/reference";

    /** Runs the ETL over {@code docs}; two files holding the same document are an input error. */
    public static Assembly of(List<SourceDocument> docs, Etl etl, String base) throws InputException {
        Map<String, SourceDocument> byGraph = new HashMap<>();
        List<DocumentGraph> graphs = new ArrayList<>();
        for (SourceDocument doc : docs) {
            DocumentGraph g = etl.transform(doc);
            SourceDocument earlier = byGraph.putIfAbsent(g.graphIri(), doc);
            if (earlier != null) {
                throw new InputException(doc.path(), 0, "holds the same document as " + earlier.path()
                        + " (both give the graph " + g.graphIri() + ")");
            }
            graphs.add(g);
        }
        return of(docs, graphs, etl, base);
    }

    /**
     * The dataset of documents already through the ETL ({@code graphs}, in the order of
     * {@code docs}, one graph each): the reference graph is made from these documents only.
     */
    static Assembly of(List<SourceDocument> docs, List<DocumentGraph> graphs, Etl etl, String base) {
        Builder b = new Builder();
        b.add(base + ONTOLOGY_GRAPH, etl.ontology());
        List<Model> documents = new ArrayList<>();
        for (DocumentGraph g : graphs) {
            b.add(g.graphIri(), g.model());
            b.warnings.addAll(g.warnings());
            documents.add(g.model());
        }
        b.add(base + REFERENCE_GRAPH, etl.reference(documents));
        return new Assembly(b.dataset, b.prefixes, List.copyOf(docs), List.copyOf(b.warnings));
    }

    private static final class Builder {
        final DatasetGraph dataset = DatasetGraphFactory.create();
        final PrefixMapping prefixes = PrefixMapping.Factory.create();
        final List<String> warnings = new ArrayList<>();

        /** The first declaration of a prefix wins (the ontology's come first). */
        void add(String iri, Model model) {
            Node g = NodeFactory.createURI(iri);
            model.getGraph().find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            model.getNsPrefixMap().forEach((prefix, ns) -> {
                if (prefixes.getNsPrefixURI(prefix) == null) {
                    prefixes.setNsPrefix(prefix, ns);
                }
            });
        }
    }
}
