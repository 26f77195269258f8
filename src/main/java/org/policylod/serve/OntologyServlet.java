package org.policylod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.rdf.Plo;

/**
 * The ontology documentation at /ontology, from the release's ontology graph ({@code BASE
 * graph/ontology}); plo: IRIs on every page link to its anchors (/ontology#Term).
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/ontology";

    private final transient Site site;
    private final transient Caching caching;

    OntologyServlet(Site site) {
        this.site = site;
        this.caching = new Caching(site.snapshot().version());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> tag = caching.revalidated(request, "ontology");
        if (tag.isPresent()) {
            caching.notModified(response, tag.get());
            return;
        }
        Model ontology = ModelFactory.createDefaultModel();
        Txn.executeRead(site.dataset(), () -> ontology.add(ModelFactory.createModelForGraph(
                site.dataset().getGraph(org.apache.jena.graph.NodeFactory.createURI(site.iri("graph/ontology"))))));
        caching.headers(response, "ontology", site.snapshot().time().toEpochMilli());
        Html.send(response, HttpServletResponse.SC_OK, render(ontology));
    }

    /**
     * SEAM(ont): the ontology engineer's org.policylod.ontology.OntologyDocs.render(Model) replaces
     * this body once branch `ont` is merged; until then a plain index of the terms with their labels
     * and definitions, anchored by local name.
     */
    static String render(Model ontology) {
        StringBuilder b = new StringBuilder("<h1>The policy-lod ontology</h1>\n<p>Namespace <code>")
                .append(Html.esc(Plo.NS)).append("</code></p>\n");
        section(b, ontology, "Classes", List.of(RDFS.Class, org.apache.jena.vocabulary.OWL.Class));
        section(b, ontology, "Properties", List.of(RDF.Property, org.apache.jena.vocabulary.OWL.ObjectProperty,
                org.apache.jena.vocabulary.OWL.DatatypeProperty));
        return Html.page("Ontology", b.toString());
    }

    private static void section(StringBuilder b, Model m, String heading, List<Resource> types) {
        List<Resource> terms = types.stream().flatMap(t -> m.listSubjectsWithProperty(RDF.type, t).toList().stream())
                .filter(r -> r.isURIResource() && r.getURI().startsWith(Plo.NS)).distinct()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        b.append("<h2>").append(heading).append("</h2>\n<dl>\n");
        for (Resource t : terms) {
            String local = t.getURI().substring(Plo.NS.length());
            b.append("<dt id=\"").append(Html.esc(local)).append("\"><code>plo:").append(Html.esc(local))
                    .append("</code> ").append(Html.esc(text(t, RDFS.label.getURI()))).append("</dt><dd>")
                    .append(Html.esc(text(t, SKOS.definition.getURI()))).append("</dd>\n");
        }
        b.append("</dl>\n");
    }

    private static String text(Resource r, String property) {
        Statement s = r.getProperty(r.getModel().createProperty(property), "en");
        if (s == null) {
            s = r.getProperty(r.getModel().createProperty(property));
        }
        return s == null || !s.getObject().isLiteral() ? "" : s.getString();
    }
}
