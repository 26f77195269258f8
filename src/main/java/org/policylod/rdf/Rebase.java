package org.policylod.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/** Moves every IRI that starts with one base namespace to another (publish --base). */
public final class Rebase {
    private Rebase() {
    }

    /** The IRI moved; the ontology's own namespace is fixed and never moves. */
    public static String iri(String iri, String from, String to) {
        return iri.startsWith(from) && !iri.startsWith(Plo.NS) ? to + iri.substring(from.length()) : iri;
    }

    /** A copy of the model with IRIs under {@code from} moved under {@code to}; blank nodes kept. */
    public static Model model(Model m, String from, String to) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(m.getNsPrefixMap());
        if (from.equals(to)) {
            return out.add(m);
        }
        m.listStatements().forEachRemaining((Statement s) -> {
            Resource subject = move(out, s.getSubject(), from, to).asResource();
            RDFNode object = move(out, s.getObject(), from, to);
            out.add(subject, out.createProperty(iri(s.getPredicate().getURI(), from, to)), object);
        });
        return out;
    }

    private static RDFNode move(Model out, RDFNode n, String from, String to) {
        if (n.isURIResource()) {
            return out.createResource(iri(n.asResource().getURI(), from, to));
        }
        return n;
    }
}
