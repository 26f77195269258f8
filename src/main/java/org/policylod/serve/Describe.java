package org.policylod.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.rdf.Plo;

/**
 * What the server says about one resource: every triple about it in any graph (with the blank
 * nodes those reach), and the triples that point at it, up to {@link #MAX_INCOMING}.
 */
public final class Describe {
    /** Cap on incoming triples in one description, so a much-cited resource stays a page. */
    public static final int MAX_INCOMING = 2000;
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    /** Label properties, most preferred first. */
    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            NodeFactory.createURI(ELI + "title"), Plo.heading.asNode(), NodeFactory.createURI(ELI + "id_local"),
            DCTerms.title.asNode(), SKOS.notation.asNode());

    private Describe() {
    }

    /** True when the resource occurs as subject or object anywhere in the dataset. */
    public static boolean known(DatasetGraph dsg, String iri) {
        Node n = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            return union.contains(n, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, n)
                    || dsg.containsGraph(n);
        });
    }

    /** The description as an RDF model, with the dataset's prefixes. */
    public static Model model(Site site, String iri) {
        DatasetGraph dsg = site.dataset();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(prefixes(dsg));
        Node n = NodeFactory.createURI(iri);
        Txn.executeRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            Graph out = m.getGraph();
            Deque<Node> todo = new ArrayDeque<>(List.of(n));
            Set<Node> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                Node s = todo.pop();
                if (!seen.add(s)) {
                    continue;
                }
                union.find(s, Node.ANY, Node.ANY).forEach(t -> {
                    out.add(t);
                    if (t.getObject().isBlank()) {
                        todo.push(t.getObject());
                    }
                });
            }
            Iterator<Triple> in = union.find(Node.ANY, Node.ANY, n);
            for (int i = 0; i < MAX_INCOMING && in.hasNext(); i++) {
                out.add(in.next());
            }
        });
        return m;
    }

    /**
     * Jena's standard prefixes, the dataset's own and plo:, without any prefix of a namespace that
     * contains plo:'s (such as the base), so ontology terms are written plo:term, never base-relative.
     */
    public static PrefixMapping prefixes(DatasetGraph dsg) {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard);
        Txn.executeRead(dsg, () -> dsg.prefixes().forEach(pm::setNsPrefix));
        pm.getNsPrefixMap().forEach((p, u) -> {
            if (Plo.NS.startsWith(u) && !Plo.NS.equals(u)) {
                pm.removeNsPrefix(p);
            }
        });
        return pm.setNsPrefix("plo", Plo.NS).lock();
    }

    /** A human label for a node, from the data, if it has one (call inside a read transaction). */
    public static Optional<String> label(Graph union, Node n) {
        if (!n.isURI() && !n.isBlank()) {
            return Optional.empty();
        }
        for (Node p : LABELS) {
            String fallback = null;
            Iterator<Triple> it = union.find(n, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) {
                    String lang = o.getLiteralLanguage();
                    if (lang.isEmpty() || lang.startsWith("en")) {
                        return Optional.of(o.getLiteralLexicalForm());
                    }
                    fallback = fallback == null ? o.getLiteralLexicalForm() : fallback;
                }
            }
            if (fallback != null) {
                return Optional.of(fallback);
            }
        }
        return Optional.empty();
    }
}
