package org.policylod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.policylod.ontology.OntologyDocs;

/**
 * The ontology at /ontology, from the release's ontology graph ({@code BASE graph/ontology}): the
 * documentation page for browsers and the vocabulary itself in Turtle, JSON-LD, RDF/XML or
 * N-Triples for RDF clients, negotiated by Accept with {@code Content-Location} naming the variant
 * (/ontology.ttl and the other suffixes pick one directly), as the W3C "Best Practice Recipes for
 * Publishing RDF Vocabularies" (recipe 3, content negotiation) have it. plo: IRIs on every page
 * link to the page's anchors (/ontology#Term).
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/ontology";

    private final transient Site site;
    private final transient Caching caching;
    private transient volatile String page;
    private transient volatile Model vocabulary;

    OntologyServlet(Site site) {
        this.site = site;
        this.caching = new Caching(site);
    }

    /** The servlet mappings: the namespace document and one path per format suffix. */
    static List<String> paths() {
        List<String> paths = new ArrayList<>(List.of(PATH));
        Format.ALL.forEach(f -> paths.add(PATH + "." + f.suffix()));
        return paths;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        Optional<Format> f = path.equals(PATH) ? Send.negotiate(request, response, Format.ALL)
                : Format.bySuffix(path.substring(PATH.length() + 1));
        if (f.isEmpty()) {
            return;
        }
        if (path.equals(PATH)) {
            response.setHeader("Content-Location", PATH + "." + f.get().suffix());
        }
        String variant = "ontology" + (f.get() == Format.HTML ? "" : "-" + f.get().suffix());
        if (caching.answeredNotModified(request, response, variant)) {
            return;
        }
        caching.headers(response, variant, site.snapshot().time().toEpochMilli());
        if (f.get() == Format.HTML) {
            String html = page;
            if (html == null) {
                html = render(vocabulary());
                page = html;
            }
            Html.send(response, HttpServletResponse.SC_OK, html);
        } else {
            Send.rdf(response, vocabulary(), f.get());
        }
    }

    /** The ontology graph with the dataset's prefixes, read once per release. */
    private Model vocabulary() {
        Model m = vocabulary;
        if (m == null) {
            Model ontology = ModelFactory.createDefaultModel();
            Txn.executeRead(site.dataset(), () -> ontology.add(ModelFactory.createModelForGraph(
                    site.dataset().getGraph(NodeFactory.createURI(site.iri("graph/ontology"))))));
            ontology.setNsPrefixes(Describe.prefixes(site.dataset()));
            m = ontology;
            vocabulary = m;
        }
        return m;
    }

    /** The ontology engineer's documentation page (org.policylod.ontology.OntologyDocs). */
    static String render(Model ontology) {
        return OntologyDocs.render(ontology);
    }
}
