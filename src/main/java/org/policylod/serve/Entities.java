package org.policylod.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.policylod.Bundle;
import org.policylod.rdf.Plo;

/**
 * What the home page and the search show of the release's resources: the published documents
 * (documents.rq) and the label index, each read once (a release does not change while served).
 */
final class Entities {
    static final String DOCUMENTS = "org/policylod/serve/documents.rq";

    private final Site site;
    private volatile LabelIndex index;
    private volatile List<Map<String, Object>> documents;

    Entities(Site site) {
        this.site = site;
    }

    Site site() {
        return site;
    }

    LabelIndex index() {
        LabelIndex i = index;
        if (i == null) {
            i = LabelIndex.of(site);
            index = i;
        }
        return i;
    }

    /** The documents whose text is published: href, identifier, title, date. */
    List<Map<String, Object>> documents() {
        List<Map<String, Object>> d = documents;
        if (d == null) {
            d = Txn.calculateRead(site.dataset(), this::readDocuments);
            documents = d;
        }
        return d;
    }

    private List<Map<String, Object>> readDocuments() {
        List<Map<String, Object>> out = new ArrayList<>();
        try (QueryExec qe = Stats.exec(site.dataset(), Bundle.read(DOCUMENTS))) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                String iri = b.get("document").getURI();
                Optional<String> path = site.path(iri);
                if (path.isEmpty()) {
                    continue;
                }
                Map<String, Object> row = new HashMap<>();
                row.put("href", path.get());
                row.put("identifier", text(b, "identifier").orElse(iri));
                text(b, "title").ifPresent(t -> row.put("title", t));
                text(b, "date").ifPresent(t -> row.put("date", t));
                out.add(row);
            }
        }
        return List.copyOf(out);
    }

    /** The most mentioned resources: href, label, kind, mentions. */
    List<Map<String, Object>> main(int limit) {
        List<LabelIndex.Mentioned> top = index().mostMentioned(limit);
        return Txn.calculateRead(site.dataset(), () -> {
            Graph union = site.dataset().getUnionGraph();
            List<Map<String, Object>> out = new ArrayList<>();
            for (LabelIndex.Mentioned m : top) {
                Map<String, Object> row = new HashMap<>(describe(union, m.iri()));
                row.put("mentions", m.mentions());
                out.add(row);
            }
            return out;
        });
    }

    /** A resource for a list: its path here, label and kind (call inside a read transaction). */
    Map<String, Object> describe(Graph union, String iri) {
        Node n = NodeFactory.createURI(iri);
        Map<String, Object> row = new HashMap<>();
        row.put("iri", iri);
        row.put("href", site.path(iri).orElse(iri));
        row.put("label", Describe.label(union, n).orElse(iri));
        kind(union, n).ifPresent(k -> row.put("kind", k));
        return row;
    }

    /** The label of the resource's class in our ontology (the first by label when it has several). */
    static Optional<String> kind(Graph union, Node n) {
        return union.find(n, RDF.type.asNode(), Node.ANY).toList().stream().map(t -> t.getObject())
                .filter(t -> t.isURI() && t.getURI().startsWith(Plo.NS))
                .map(t -> Describe.label(union, t).orElse(t.getURI().substring(Plo.NS.length()))).sorted().findFirst();
    }

    private static Optional<String> text(Binding b, String var) {
        Node n = b.get(var);
        return n == null || !n.isLiteral() ? Optional.empty() : Optional.of(n.getLiteralLexicalForm());
    }
}
