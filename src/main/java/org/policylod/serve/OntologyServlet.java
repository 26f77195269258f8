package org.policylod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.policylod.ontology.OntologyDocs;

/**
 * The ontology documentation at /ontology, from the release's ontology graph ({@code BASE
 * graph/ontology}), rendered once per release; plo: IRIs on every page link to its anchors
 * (/ontology#Term).
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/ontology";

    private final transient Site site;
    private final transient Caching caching;
    private transient volatile String page;

    OntologyServlet(Site site) {
        this.site = site;
        this.caching = new Caching(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (caching.answeredNotModified(request, response, "ontology")) {
            return;
        }
        String html = page;
        if (html == null) {
            Model ontology = ModelFactory.createDefaultModel();
            Txn.executeRead(site.dataset(), () -> ontology.add(ModelFactory.createModelForGraph(
                    site.dataset().getGraph(NodeFactory.createURI(site.iri("graph/ontology"))))));
            html = render(ontology);
            page = html;
        }
        caching.headers(response, "ontology", site.snapshot().time().toEpochMilli());
        Html.send(response, HttpServletResponse.SC_OK, html);
    }

    /** The ontology engineer's documentation page (org.policylod.ontology.OntologyDocs). */
    static String render(Model ontology) {
        return OntologyDocs.render(ontology);
    }
}
