package org.policylod.bench;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policylod.extract.Etl;

/** The gate data of one document as main built it before the fast gate (2012aed): the benchmark's baseline. */
final class MainGateData {
    private MainGateData() {
    }

    static Graph of(Etl etl, Model document) {
        Graph data = GraphFactory.createDefaultGraph();
        Model reference = etl.reference(List.of(document));
        for (Graph part : List.of(etl.ontology().getGraph(), document.getGraph(), reference.getGraph())) {
            part.find().forEach(data::add);
            part.getPrefixMapping().getNsPrefixMap().forEach((p, ns) -> {
                if (data.getPrefixMapping().getNsPrefixURI(p) == null) {
                    data.getPrefixMapping().setNsPrefix(p, ns);
                }
            });
        }
        return data;
    }
}
